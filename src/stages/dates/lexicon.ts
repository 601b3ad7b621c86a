/**
 * The words the date rules read, written once: every pattern that names a month, a weekday or a
 * small number is built from these lists.
 */

/** Month names, January first (index + 1 is the month's number). */
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Weekday names, Sunday first, as JavaScript numbers them (Date.getUTCDay). */
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Numbers written as words, one first ("two days earlier"). */
export const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven'];

const capitalised = (w: string) => w[0].toUpperCase() + w.slice(1);

/** "(January|February|…)": a month's full name, capitalised, as one capturing group. */
export const MONTH_NAME = `(${MONTHS.map(capitalised).join('|')})`;

/** The first letters every spelling of a month starts with ("Sep", "Sept.", "September"). */
const MONTH_STEMS = MONTHS.flatMap((m) => (m === 'september' ? ['sep', 'sept'] : [m.slice(0, 3)]));

/** A month's name or its usual abbreviation, capitalised ("December", "Dec.", "Sept"), as alternatives. */
export const MONTH_SPELLINGS = `${MONTHS.map(capitalised).join('|')}|(?:${MONTH_STEMS.filter((m) => !MONTHS.includes(m)).map(capitalised).join('|')})\\.?`;

/**
 * French month names, January first, with and without their accents ("février", "fevrier"):
 * pages in French (icesco.org/fr, agencies' French services) date their articles so.
 */
export const FRENCH_MONTHS = [['janvier'], ['février', 'fevrier'], ['mars'], ['avril'], ['mai'], ['juin'], ['juillet'], ['août', 'aout'], ['septembre'], ['octobre'], ['novembre'], ['décembre', 'decembre']];

/** French weekday names ("jeudi 14 octobre 2021"). */
export const FRENCH_WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

/** Indonesian and Malay month names, January first ("3-4 Oktober 2017", "Mei 1979", "15 Ogos 2023"). */
export const INDONESIAN_MONTHS = [['januari'], ['februari', 'pebruari'], ['maret', 'mac'], ['april'], ['mei'], ['juni', 'jun'], ['juli', 'julai'], ['agustus', 'ogos'], ['september'], ['oktober'], ['november', 'nopember'], ['desember', 'disember']];

/** Indonesian and Malay weekday names ("Jumat, 11 November 2011"). */
export const INDONESIAN_WEEKDAYS = ['senin', 'isnin', 'selasa', 'rabu', 'kamis', 'khamis', "jum['’]?at", 'jumaat', 'sabtu', 'minggu', 'ahad'];

/** The spellings chrono's English does not read ("Oktober", not "November"). */
export const INDONESIAN_ONLY_MONTHS = ['januari', 'februari', 'pebruari', 'maret', 'mac', 'mei', 'juni', 'juli', 'julai', 'agustus', 'ogos', 'oktober', 'nopember', 'desember', 'disember'];

export function indonesianMonthNumber(name: string): number {
  const n = name.toLowerCase();
  return INDONESIAN_MONTHS.findIndex((spellings) => spellings.includes(n)) + 1;
}

/** German month names that no English stem ("Jan", "Sep") or French name covers. */
const GERMAN_ONLY_MONTHS = ['märz', 'maerz', 'oktober', 'dezember'];

/** The number (1-12) of a French month's name, any case; 0 when none. */
export function frenchMonthNumber(name: string): number {
  const n = name.toLowerCase();
  return FRENCH_MONTHS.findIndex((spellings) => spellings.includes(n)) + 1;
}

/** A word that names a month, spelled out or abbreviated ("Dec.", "September"), or in French, German or Indonesian ("février", "Oktober", "Mei"). */
export const NAMES_A_MONTH = new RegExp(`\\b(?:${MONTH_STEMS.join('|')})[a-z]*\\b|(?<![\\p{L}])(?:${[...FRENCH_MONTHS.flat(), ...GERMAN_ONLY_MONTHS, ...INDONESIAN_ONLY_MONTHS].join('|')})(?![\\p{L}])`, 'iu');

/** A sentence that ends on a month's abbreviation ("… ending on Dec."): the day follows in what comes next. */
export const ENDS_ON_MONTH_ABBREVIATION = new RegExp(`\\b(?:${MONTH_STEMS.filter((m) => m !== 'may').map(capitalised).join('|')})\\.$`);

/** The number (1-12) of a month's full name, or of an abbreviation of three letters or more; 0 when none. */
export function monthNumber(name: string): number {
  const n = name.toLowerCase();
  return MONTHS.findIndex((m) => m === n || (n.length >= 3 && m.startsWith(n))) + 1;
}
