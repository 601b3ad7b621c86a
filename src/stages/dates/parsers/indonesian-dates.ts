/**
 * icesco.indonesian-date: dates written in Indonesian or Malay, as the region's agencies and
 * papers print them ("Jumat, 11 November 2011", "3-4 Oktober 2017", "Mei 1979", "15 Ogos
 * 2023"), in the spellings chrono's English does not read ("November" it reads itself). A month
 * counts only with its day or its year ("Mei" alone is also a name). The year, when the text gives
 * none, is left for resolving to imply.
 */
import type { Parser } from 'chrono-node';
import { INDONESIAN_MONTHS, INDONESIAN_ONLY_MONTHS, INDONESIAN_WEEKDAYS, indonesianMonthNumber } from '../lexicon.js';
import { dayRange } from './day-range.js';

export const NAME = 'icesco.indonesian-date';

const MONTH = `(${INDONESIAN_ONLY_MONTHS.join('|')})`;
const DAY = '([12]\\d|3[01]|0?[1-9])';
const WEEKDAY = `(?:(?:${INDONESIAN_WEEKDAYS.join('|')}),?\\s+)?`;
/** Not inside a word, nor after one. */
const START = '(?<![\\p{L}\\d])';
const END = '(?![\\p{L}\\d])';

/** dayMonth's expression, compiled once: chrono asks for it on every sentence. */
const DAY_MONTH_PATTERN = new RegExp(`${START}${WEEKDAY}${DAY}(?:\\s*(?:-|–|s\\.d\\.|sampai|hingga)\\s*${DAY})?\\s+${MONTH}(?:\\s+(\\d{4}))?${END}`, 'iu');

/** "11 Oktober 2017", "3-4 Oktober 2017", "Jumat, 11 Mei". */
export const dayMonth: Parser = {
  pattern: () => DAY_MONTH_PATTERN,
  extract: (context, m) => {
    return dayRange(context, m, NAME, { month: indonesianMonthNumber(m[3]), first: Number(m[1]), last: m[2] ? Number(m[2]) : null, year: m[4] ? Number(m[4]) : null });
  },
};

/** monthYear's expression, compiled once. */
const MONTH_YEAR_PATTERN = new RegExp(`${START}${MONTH}\\s+(\\d{4})${END}`, 'iu');

/** "Mei 1979", "pada Oktober 2017": a month with its year. */
export const monthYear: Parser = {
  pattern: () => MONTH_YEAR_PATTERN,
  extract: (context, m) => context.createParsingResult(m.index ?? 0, m[0], { year: Number(m[2]), month: indonesianMonthNumber(m[1]) }).addTag(`parser/${NAME}`),
};

/** Any Indonesian or Malay month's spelling, those English shares too ("November"). */
const ANY_MONTH = `(${INDONESIAN_MONTHS.flat().join('|')})`;

/** dateRange's expression, compiled once. */
const DATE_RANGE_PATTERN = new RegExp(`${START}${DAY}\\s+${ANY_MONTH}\\s+(\\d{4})\\s*(?:hingga|sampai|s\\.d\\.|-|–)\\s*${DAY}\\s+${ANY_MONTH}\\s+(\\d{4})${END}`, 'iu');

/** "22 Januari 2019 hingga 22 Januari 2022": two whole dates, "until" between them. */
export const dateRange: Parser = {
  pattern: () => DATE_RANGE_PATTERN,
  extract: (context, m) => {
    const start = { year: Number(m[3]), month: indonesianMonthNumber(m[2]), day: Number(m[1]) };
    const end = { year: Number(m[6]), month: indonesianMonthNumber(m[5]), day: Number(m[4]) };
    if (Date.UTC(end.year, end.month - 1, end.day) <= Date.UTC(start.year, start.month - 1, start.day)) return null;
    return context.createParsingResult(m.index ?? 0, m[0], start, end).addTag(`parser/${NAME}`);
  },
};
