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
