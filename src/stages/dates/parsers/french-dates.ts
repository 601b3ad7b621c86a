/**
 * icesco.french-date: dates written in French, which chrono's English reads not at all —
 * "jeudi 14 octobre 2021", "samedi, 31 août, 2019", "le 1er mars 2015", "9 février", "du 21 au 23 mai 2013", and a month
 * with its year in lower case, as French writes it ("octobre 2021"; not "Mars 2020", a rover).
 * The year, when the text gives none, is left for resolving to imply, as chrono's own parsers do.
 */
import type { Parser } from 'chrono-node';
import { FRENCH_MONTHS, FRENCH_WEEKDAYS, frenchMonthNumber } from '../lexicon.js';
import { dayRange } from './day-range.js';

export const NAME = 'icesco.french-date';

const MONTH = `(${FRENCH_MONTHS.flat().join('|')})`;
const DAY = '(1er|[12]\\d|3[01]|0?[1-9])';
const WEEKDAY = `(?:(?:${FRENCH_WEEKDAYS.join('|')}),?\\s+)?`;
/** Not inside a word, nor after one (a French word may end in a letter \b does not know). */
const START = '(?<![\\p{L}\\d])';
const END = '(?![\\p{L}\\d])';

const day = (text: string) => Number(text.replace(/er$/, ''));

/** dayMonth's expression, compiled once: chrono asks for it on every sentence. */
const DAY_MONTH_PATTERN = new RegExp(`${START}${WEEKDAY}(?:(?:du|le)\\s+)?${DAY}(?:\\s+(?:au|à|-|–)\\s+${DAY})?\\s+${MONTH}(?:,?\\s+(\\d{4}))?${END}`, 'iu');

/** "jeudi 14 octobre 2021", "du 21 au 23 mai 2013", "9 février". */
export const dayMonth: Parser = {
  pattern: () => DAY_MONTH_PATTERN,
  extract: (context, m) => {
    const month = frenchMonthNumber(m[3]);
    // (A capitalised "Mars" or "Mai" without a year may be English: the planet, a name.)
    if (!m[4] && /^(?:mars|mai)$/i.test(m[3]) && m[3][0] !== m[3][0].toLowerCase()) return null;
    return dayRange(context, m, NAME, { month, first: day(m[1]), last: m[2] ? day(m[2]) : null, year: m[4] ? Number(m[4]) : null });
  },
};

/** monthYear's expression, compiled once: chrono asks for it on every sentence. */
const MONTH_YEAR_PATTERN = new RegExp(`${START}${MONTH}\\s+(\\d{4})${END}`, 'u');

/** "octobre 2021", "en janvier 2023": a month with its year, the month in lower case. */
export const monthYear: Parser = {
  pattern: () => MONTH_YEAR_PATTERN,
  extract: (context, m) => context.createParsingResult(m.index ?? 0, m[0], { year: Number(m[2]), month: frenchMonthNumber(m[1]) }).addTag(`parser/${NAME}`),
};
