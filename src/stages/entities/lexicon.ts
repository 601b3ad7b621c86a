/**
 * Domain vocabulary for entity rules: the words that introduce, bound or disqualify names.
 * These are general English and news-style words (titles, role nouns, organization heads),
 * never names taken from the pages.
 */

/** Titles and honorifics that introduce a person's name; matched token by token, longest first. */
export const HONORIFICS: string[][] = [
  ['His', 'Royal', 'Highness'], ['Her', 'Royal', 'Highness'], ['His', 'Highness'], ['Her', 'Highness'],
  ['His', 'Majesty'], ['Her', 'Majesty'], ['His', 'Excellency'], ['Her', 'Excellency'],
  ['His', 'Eminence'], ['Her', 'Eminence'], ['His', 'Holiness'], ['The', 'Grand', 'Imam'], ['Grand', 'Imam'],
  ['H.E.'], ['H.', 'E.'], ['HE'], ['HRH'], ['Dr.'], ['Dr'], ['Mr.'], ['Mr'], ['Mrs.'], ['Mrs'], ['Ms.'], ['Ms'],
  ['Prof.'], ['Prof'], ['Professor'], ['Eng.'], ['Engr.'], ['Sheikh'], ['Shaikh'], ['Sheikha'], ['Shaikha'], ['Imam'], ['Pope'],
  ['King'], ['Queen'], ['Prince'], ['Princess'], ['Sultan'], ['Emir'], ['Amir'], ['President'], ['Minister'],
  ['Ambassador'], ['Counselor'], ['Counsellor'], ['Judge'], ['Senator'], ['Mayor'], ['Governor'], ['Sir'], ['Dame'],
  ['Madam'], ['Mme'], ['Mme.'], ['Father'], ['Rabbi'], ['Bishop'], ['Cardinal'], ['Archbishop'], ['Patriarch'],
  ['Mufti'], ['Grand', 'Mufti'], ['Lord'], ['Lady'],
  // Malaysian and Bruneian honours ("Dato' Seri Setia", "Tan Sri", "Datuk"): the apostrophe is
  // not part of the token.
  ['Dato', 'Seri', 'Setia'], ['Dato', 'Seri'], ['Dato', 'Sri'], ['Datuk', 'Seri'], ['Datuk', 'Sri'], ['Dato'], ['Datuk'],
  ['Datin', 'Seri'], ['Datin'], ['Tan', 'Sri'], ['Puan', 'Sri'], ['Tun'], ['Pehin'],
];

/** Role nouns: never part of a person's name, and the start of an apposition ("X, Director of Y"). */
export const ROLE_WORDS = new Set(
  [
    'director-general', 'director', 'general', 'deputy', 'assistant', 'head', 'rector', 'chairman', 'chairwoman',
    'chairperson', 'chair', 'secretary-general', 'secretary', 'president', 'vice-president', 'minister',
    'vice-minister', 'ambassador', 'mayor', 'governor', 'akim', 'adviser', 'advisor', 'counselor', 'counsellor',
    'expert', 'coordinator', 'dean', 'professor', 'manager', 'officer', 'representative', 'member', 'founder',
    'ceo', 'chief', 'consul', 'consul-general', 'envoy', 'delegate', 'spokesperson', 'spokesman', 'acting',
    'executive', 'undersecretary', 'under-secretary', 'commissioner', 'prime', 'vice', 'high', 'permanent',
    'special', 'senior', 'former', 'lecturer', 'researcher', 'specialist', 'official', 'rapporteur', 'moderator',
    'supervisor', 'principal', 'chancellor', 'vice-chancellor', 'president-elect', 'premier', 'speaker', 'leader',
    'sheikh', 'imam', 'king', 'queen', 'prince', 'princess', 'sultan', 'emir', 'pope', 'his', 'her', 'excellency',
    'majesty', 'highness', 'eminence', 'mr', 'dr', 'ms', 'mrs', 'prof', 'h.e', 'he', 'coach', 'partner',
    'businessman', 'businesswoman', 'journalist', 'author', 'scholar', 'poet', 'writer', 'artist', 'father', 'mother',
    'son', 'daughter', 'brother', 'sister', 'wife', 'husband', 'colleague', 'counterpart', 'host', 'guest',
  ],
);

/** Role nouns that end an organization's name on its left ("Rector of | Bishkek State University"). */
export const HARD_ROLE_WORDS = new Set(
  [
    'director-general', 'director', 'deputy', 'head', 'rector', 'chairman', 'chairwoman', 'chairperson', 'president',
    'vice-president', 'minister', 'vice-minister', 'ambassador', 'mayor', 'governor', 'akim', 'adviser', 'advisor',
    'counselor', 'counsellor', 'expert', 'coordinator', 'dean', 'professor', 'manager', 'officer', 'representative',
    'member', 'founder', 'ceo', 'chief', 'secretary-general', 'secretary', 'consul', 'envoy', 'rapporteur', 'chancellor',
  ],
);

/** Nouns that head an organization's name ("... University", "Ministry of ..."). */
export const ORG_HEADS = new Set(
  [
    'organization', 'organisation', 'organizations', 'university', 'universities', 'ministry', 'foundation', 'center',
    'centre', 'commission', 'sector', 'embassy', 'office', 'department', 'academy', 'council', 'bank', 'group',
    'federation', 'network', 'alliance', 'institute', 'institution', 'agency', 'association', 'union', 'library',
    'theater', 'theatre', 'chair', 'bureau', 'company', 'corporation', 'committee', 'school', 'college', 'museum',
    'society', 'league', 'fund', 'authority', 'secretariat', 'directorate', 'parliament', 'senate', 'court', 'observatory',
    'consulate', 'mission', 'division', 'chamber', 'club', 'trust', 'ministries', 'agencies', 'institutes',
    'foundations', 'commissions', 'councils', 'cooperative', 'polytechnic', 'faculty', 'board',
    // A university in Malay, Indonesian and French ("Universiti Brunei Darussalam").
    'universiti', 'universitas', 'université',
  ],
);

/** Last words that make a capitalised span an event, award or programme, not an organization. */
export const NON_ORG_TAILS = new Set(
  [
    'award', 'awards', 'prize', 'program', 'programme', 'forum', 'conference', 'congress', 'summit', 'symposium',
    'festival', 'week', 'day', 'year', 'initiative', 'project', 'campaign', 'contest', 'competition', 'session',
    'workshop', 'training', 'course', 'meeting', 'declaration', 'charter', 'strategy', 'plan', 'vision', 'agenda',
    'report', 'goals', 'capital', 'capitals', 'medal', 'honor', 'honour', 'encyclopedia', 'film', 'book',
  ],
);

/** Lowercase particles that stay inside personal names. */
export const NAME_PARTICLES = new Set(['bin', 'bint', 'binti', 'ibn', 'al', 'el', 'al-', 'el-', 'de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'dos', 'das', 'ould', 'ben', 'abu', 'abd', 'abdel', 'ter', 'ait', 'y']);

/** Particles that start a father's name ("bin Radi"): what follows them is always a name. */
export const PATRONYMIC_PARTICLES = new Set(['bin', 'bint', 'binti', 'ibn']);

/** Particles a name is joined to by a hyphen ("El-Sherif", "Abu-Bakr"). */
export const HYPHENATED_NAME_PARTICLES = new Set(['al', 'el', 'ibn', 'bin', 'bint', 'abu', 'abd', 'abdel', 'ould', 'ben', 'ait']);

/** Generic words that are not names even when capitalised in running text. */
export const NOT_NAME_WORDS = new Set(
  [
    'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'in', 'on', 'at', 'during',
    'moreover', 'furthermore', 'however', 'meanwhile', 'additionally', 'also', 'for', 'and', 'but', 'with', 'as',
    'both', 'all', 'each', 'several', 'after', 'before', 'following', 'through', 'under', 'among', 'within', 'while',
    'he', 'she', 'they', 'it', 'we', 'i', 'you', 'member', 'states', 'islamic', 'world', 'arab', 'organization',
    'allah', 'god', 'prophet', 'quran', 'holy', 'muslims', 'islam', 'internet', 'covid-19', 'covid',
  ],
);

/** Month and weekday names (capitalised, but never names). */
export const CALENDAR_WORDS = new Set(
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
    'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
);

/** Suffixes that keep a region's name whole ("Turkistan Region"). */
export const REGION_SUFFIXES = new Set(['region', 'province', 'governorate', 'oblast', 'district', 'prefecture', 'county', 'emirate', 'wilaya', 'municipality', 'state', 'valley', 'basin', 'archipelago', 'delta', 'oasis', 'plateau']);

/** Words before a capitalised word that say a place comes ("in X", "visited X"). */
export const PLACE_PREPOSITIONS = new Set(['in', 'at', 'to', 'from', 'near', 'across', 'throughout', 'towards', 'toward', 'via', 'visited', 'visiting', 'visit', 'visits', 'outside', 'inside', 'around']);

/** Nouns that describe a business in apposition or before its name. */
export const BUSINESS_NOUNS = new Set(['company', 'corporation', 'firm', 'start-up', 'startup', 'enterprise', 'operator']);
/** A company's legal form ("Ltd.", "Co.", "Inc."). */
export const LEGAL_FORMS = /^(?:Ltd|Co|Inc|LLC|PLC|Plc|SA|SARL|GmbH|Corp|Bhd|Tbk)$/;
/** Words that end an apposition's description before its head noun. */
export const DESCRIPTION_BREAKS = new Set(['at', 'of', 'for', 'in', 'with', 'by', 'from', 'and', 'or', 'who', 'which', 'that', 'to', 'on']);
/** Words that may follow a business noun that ends its description ("a firm, which", "a startup specializing in"). */
export const AFTER_DESCRIPTION = new Set(['that', 'which', 'specializing', 'specialising', 'specialized', 'specialised', 'based', 'founded', 'providing', 'working', 'dedicated', 'with', 'in', 'from', 'of', 'whose']);
/** Heads that come first in their language: the name follows them. */
export const HEAD_FIRST = new Set(['universiti', 'universitas', 'université']);
/** Who sits on a board that is an organ of a body ("Board of Trustees"). */
export const GOVERNING_MEMBERS = new Set(['directors', 'trustees', 'governors', 'management', 'regents', 'advisors', 'advisers']);
/** Lower-case nouns that make the name before them a company's. */
export const COMPANY_NOUNS = new Set(['company', 'corporation', 'firm']);
/** Heads whose name may be followed by their city alone ("Sunan Kalijaga State Islamic University Yogyakarta"). */
export const CITY_NAMED_HEADS = new Set(['university', 'institute', 'college', 'polytechnic']);
/** Heads whose name may end with the city they sit in. */
export const LOCATED_HEADS = new Set(['office', 'bureau', 'branch', 'embassy', 'consulate', 'delegation', 'mission', 'representation']);
/** Small words a name may run through before its last words ("... Cooperation in Europe"). */
export const ACRONYM_CONNECTORS = new Set(['in', 'of', 'for', 'on', 'and', 'the']);

/** Titles of rulers, after whom institutions are named ("King Faisal Foundation"). */
export const ROYAL_TITLES = new Set(['king', 'queen', 'prince', 'princess', 'emir', 'amir', 'sultan', 'sheikh', 'shaikh', 'sheikha', 'shaikha', 'imam']);
/** Malaysian honours that bodies are named with, as with a ruler's title ("Tun Razak Foundation"). */
export const NAMING_HONOURS = new Set(['tun', 'datuk', 'dato', 'pehin']);
/** Titles that are also given names ("Dr. Amir Hamzah bin Osman"). */
export const GIVEN_NAME_TITLES = new Set(['amir', 'emir', 'sultan']);
/** Honorifics of a private person: unlike a king's or a sultan's, no institution is named after them. */
export const PERSONAL_HONORIFICS = new Set(['mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'dr.', 'dr', 'prof.', 'prof', 'professor', 'eng.', 'engr.', 'h.e.']);
export const HONORIFIC_ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'h.e', 'he', 'eng', 'engr', 'sheikh', 'imam', 'pope', 'king', 'queen', 'prince', 'princess', 'sultan', 'emir']);
/** Titles written after a name, that end it ("Ulugh Beg", "Idris Shah", "Mehmed Pasha"). */
export const TITLE_AFTER_NAME = new Set(['beg', 'bey', 'pasha', 'shah', 'khan']);
/** Capitalised particles that open an Arabic name by a father or a son ("Ibn Battuta", "Abu Bakr"). */
export const NASAB_KUNYA = new Set(['ibn', 'abu']);

/** "the city of Medina", "the provinces of Central Java": after these nouns, in lower case, even an English word names the place. */
export const SETTLEMENTS = /^(?:city|cities|town|towns|village|villages|province|provinces|region|regions)$/;
/** "the city of Samarkand", "the Mayor of Nur-Sultan": what follows "of" after these is a place. */
export const PLACE_OF = /^(?:city|cities|province|provinces|region|regions|republic|emirate|town|towns|village|villages|capital|municipality|mayor|governor)$/i;
export const COMPASS = new Set(['north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western', 'upper', 'lower']);
/** "Kuala Lumpur-based", "Malay-language": a place made into an adjective is no mention of it. */
export const ATTRIBUTIVE_COMPOUND = /-(?:based|language|speaking|led|born|funded|run|owned|made|backed|sponsored|style)$/i;
