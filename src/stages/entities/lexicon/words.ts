/**
 * The lexicon's word classes as lists: every class the entity rules read that needs nothing of
 * compromise. Kept apart from index.ts, which adds the classes read from compromise's own
 * lexicon, so that the main thread (merging, place names) can read these lists without loading
 * compromise, which only the analysis needs.
 */
import { CLASSES, formsOf, keyOf, wordsOf } from './classes.js';

/** A word class, tested by lower-case key ("dr", "h.e", "university"). */
export interface WordTest {
  has(word: string): boolean;
}

// Titles
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

/** "march", "may": month names that are also common words (CALENDAR_WORDS, index.ts). */
export const CONTEXT_MONTHS = wordsOf('ContextMonth');

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
