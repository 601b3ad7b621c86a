/**
 * The lexicon: every word the entity rules read, each class written once (titles.ts, bodies.ts,
 * names.ts, places.ts, grammar.ts), loaded into compromise as tags (compromise.ts), and read here
 * as the classes the passes test words against. Where compromise has a class of its own, its tag
 * is read instead of a list: months and weekdays (#Month, #WeekDay), and which abbreviations are
 * honorifics (#Honorific: "Dr" as well as "Dr.").
 */
import { hasLexiconTag } from '../compromise.js';
import { CLASSES, formsOf, keyOf, wordsOf } from './classes.js';

/** A word class, tested by lower-case key ("dr", "h.e", "university"). */
export interface WordTest {
  has(word: string): boolean;
}

// Titles
/** Titles and honorifics that introduce a person's name, token by token as written, longest first. */
export const HONORIFICS: string[][] = honorificSequences();
export const ROLE_WORDS = wordsOf('Role');
export const HARD_ROLE_WORDS = wordsOf('HardRole');
export const ROYAL_TITLES = wordsOf('RulerTitle');
export const GIVEN_NAME_TITLES = wordsOf('GivenNameTitle');
export const NAMING_HONOURS = wordsOf('NamingHonour');
export const PERSONAL_HONORIFICS = wordsOf('PersonalHonorific');
export const NEXT_PERSON_TITLES = wordsOf('NextPersonTitle');
export const TITLE_AFTER_NAME = wordsOf('TitleAfterName');
export const ROLE_HEADS = wordsOf('RoleHead');
export const ROLE_MODIFIERS = wordsOf('RoleModifier');

// Organizations
export const ORG_HEADS = wordsOf('OrgHead');
export const CITY_NAMED_HEADS = wordsOf('CityNamedHead');
export const HEAD_FIRST = wordsOf('HeadFirst');
export const LOCATED_HEADS = wordsOf('LocatedHead');
export const COMPANY_NOUNS = wordsOf('CompanyNoun');
export const BUSINESS_NOUNS = wordsOf('BusinessNoun');
export const BUSINESS_PLURALS = wordsOf('BusinessPlural');
export const AGENCY_WORDS = wordsOf('AgencyWord');
/** Legal forms, as written ("Ltd", "GmbH"). */
export const LEGAL_FORMS = new Set(formsOf('LegalForm'));
export const NON_ORG_TAILS = wordsOf('NonOrgTail');
export const GOVERNING_MEMBERS = wordsOf('GoverningMember');
export const GOVERNING_ORGANS = wordsOf('GoverningOrgan');
export const TWO_WORD_BODIES = wordsOf('TwoWordBody');
/** As written ("UN", "IsDB"). */
export const BODY_ACRONYMS = new Set(formsOf('BodyAcronym'));
/** As written ("ICESCO"). */
export const OWN_ACRONYMS = new Set(formsOf('OwnAcronym'));
/** As written ("AI", "MoU"). */
export const NOUN_ACRONYMS = new Set(formsOf('NounAcronym'));

// Names
export const NAME_PARTICLES = wordsOf('NameParticle');
export const HYPHENATED_NAME_PARTICLES = wordsOf('HyphenParticle');
export const PATRONYMIC_PARTICLES = wordsOf('Patronymic');
export const NASAB_KUNYA = wordsOf('NasabKunya');
export const NOT_NAME_WORDS = wordsOf('NotName');

const CONTEXT_MONTHS = wordsOf('ContextMonth');
/** Month and weekday names: capitalised, but never names. compromise's #Month and #WeekDay, and "march", "may". */
export const CALENDAR_WORDS: WordTest = {
  has: (word) => CONTEXT_MONTHS.has(word) || hasLexiconTag(word, 'Month') || hasLexiconTag(word, 'WeekDay'),
};

// Places
export const REGION_SUFFIXES = wordsOf('RegionSuffix');
export const COMPASS = wordsOf('Compass');
export const WATER_FEATURES = wordsOf('WaterFeature');
export const PLACE_SUFFIXES = wordsOf('PlaceSuffix');
export const PLACE_PREPOSITIONS = wordsOf('PlacePreposition');
export const THING_NOUNS = wordsOf('ThingNoun');
/** As written, in lower case only ("the city of", not "the City of"). */
export const SETTLEMENTS = new Set(formsOf('Settlement'));
export const PLACE_OF = wordsOf('PlaceOf');
/** As written ("Republic", "Kingdom"). */
export const STATE_FORMS = formsOf('StateForm');
/** As written ("UK", "USA"). */
export const COUNTRY_ABBREVIATIONS = new Set(formsOf('CountryAbbreviation'));
export const PLACE_EPITHETS = wordsOf('PlaceEpithet');
/** As written, with their dot ("St."). */
export const PLACE_ABBREVIATIONS = new Set(formsOf('PlaceAbbreviation'));
const ATTRIBUTIVE_SUFFIXES = wordsOf('AttributiveSuffix');
/** "Kuala Lumpur-based", "Malay-language": a place made into an adjective. */
export const isAttributiveCompound = (word: string) => word.includes('-') && ATTRIBUTIVE_SUFFIXES.has(keyOf(word.slice(word.lastIndexOf('-') + 1)));

// Grammar
export const COMPLEMENT_WORDS = wordsOf('Complement');
export const ACRONYM_CONNECTORS = wordsOf('AcronymConnector');
export const DESCRIPTION_BREAKS = wordsOf('DescriptionBreak');
export const AFTER_DESCRIPTION = wordsOf('AfterDescription');
export const PHRASE_JOINERS = wordsOf('PhraseJoiner');
export const EXAMPLE_OPENERS = wordsOf('ExampleOpener');
export const SOURCE_VERBS = wordsOf('SourceVerb');
export const NAME_ARTICLES = wordsOf('NameArticle');

/** Words whose closing dot belongs to them ("Dr.", "St.", "Jr."): every abbreviation the lexicon writes with its dot. */
export const DOTTED_ABBREVIATIONS: Set<string> = new Set(CLASSES.flatMap((c) => c.words).filter((w) => /^[^\s.]+\.$/.test(w)).map((w) => w.slice(0, -1)));

/**
 * The honorifics as token sequences. An abbreviation written with its dot also stands without it
 * when compromise knows the bare word as an honorific ("Dr" as well as "Dr.", but only "Eng.").
 */
function honorificSequences(): string[][] {
  const forms = formsOf('Honorific');
  const undotted = forms.filter((f) => /^\p{Lu}\p{Ll}+\.$/u.test(f) && hasLexiconTag(keyOf(f), 'Honorific')).map((f) => f.slice(0, -1));
  return [...forms, ...undotted].map((f) => f.split(' ')).sort((a, b) => b.length - a.length);
}
