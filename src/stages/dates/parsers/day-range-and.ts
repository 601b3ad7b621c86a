/**
 * icesco.day-range-and: two days named with "and" — "September 8 and 9 , 2025", "8 and 9
 * September 2025" — or a dash with spaces around it ("July 30 – 31, 2024"). chrono reads the
 * first day alone (and, for the spaced dash, without its year).
 */
import type { Parser } from 'chrono-node';
import { MONTH_NAME, MONTH_SPELLINGS, monthNumber } from '../lexicon.js';

export const NAME = 'icesco.day-range-and';

/** "and" between the two days, or a dash (chrono reads "30-31" itself, not "30 – 31"). */
const BETWEEN = String.raw`(?:\s+(?:and|&)\s+|\s*[–—-]\s*)`;

/** monthFirst's expression, compiled once: chrono asks for it on every sentence. */
const MONTH_FIRST_PATTERN = new RegExp(`\\b(${MONTH_SPELLINGS})\\s+(\\d{1,2})${BETWEEN}(\\d{1,2})(?:\\s*,?\\s*(\\d{4}))?\\b(?![-–—/:]?\\d)`, 'i');

/** "September 8 and 9 , 2025", "Dec. 1 and 2" */
export const monthFirst: Parser = {
  pattern: () => MONTH_FIRST_PATTERN,
  extract: (context, m) => {
    // (The month spelled out or abbreviated: "Dec. 1 and 2".)
    const month = monthNumber(m[1].replace(/\.$/, ''));
    if (Number(m[3]) <= Number(m[2])) return null; // not a range of days ("June 30 - 1, ...")
    // (No year: the year is left for resolving to imply, as chrono's own parsers leave it.)
    const year = m[4] ? { year: Number(m[4]) } : {};
    return context.createParsingResult(m.index ?? 0, m[0], { ...year, month, day: Number(m[2]) }, { ...year, month, day: Number(m[3]) }).addTag(`parser/${NAME}`);
  },
};

/** dayFirst's expression, compiled once: chrono asks for it on every sentence. */
const DAY_FIRST_PATTERN = new RegExp(`\\b(\\d{1,2})${BETWEEN}(\\d{1,2})\\s+${MONTH_NAME}(?:,?\\s*(\\d{4}))?\\b`, 'i');

/** "8 and 9 September 2025" */
export const dayFirst: Parser = {
  pattern: () => DAY_FIRST_PATTERN,
  extract: (context, m) => {
    const month = monthNumber(m[3]);
    if (Number(m[2]) <= Number(m[1])) return null;
    const year = m[4] ? { year: Number(m[4]) } : {};
    return context.createParsingResult(m.index ?? 0, m[0], { ...year, month, day: Number(m[1]) }, { ...year, month, day: Number(m[2]) }).addTag(`parser/${NAME}`);
  },
};
