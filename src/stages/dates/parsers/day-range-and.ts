/**
 * icesco.day-range-and: two consecutive days named with "and" — "September 8 and 9 , 2025",
 * "8 and 9 September 2025". chrono reads the first day alone.
 */
import type { Parser } from 'chrono-node';
import { MONTH_NAME, monthNumber } from '../lexicon.js';

export const NAME = 'icesco.day-range-and';

/** "September 8 and 9 , 2025" */
export const monthFirst: Parser = {
  pattern: () => new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})\\s+(?:and|&)\\s+(\\d{1,2})\\s*,?\\s*(\\d{4})\\b`, 'i'),
  extract: (context, m) => {
    const [month, year] = [monthNumber(m[1]), Number(m[4])];
    return context.createParsingResult(m.index ?? 0, m[0], { year, month, day: Number(m[2]) }, { year, month, day: Number(m[3]) }).addTag(`parser/${NAME}`);
  },
};

/** "8 and 9 September 2025" */
export const dayFirst: Parser = {
  pattern: () => new RegExp(`\\b(\\d{1,2})\\s+(?:and|&)\\s+(\\d{1,2})\\s+${MONTH_NAME},?\\s*(\\d{4})\\b`, 'i'),
  extract: (context, m) => {
    const [month, year] = [monthNumber(m[3]), Number(m[4])];
    return context.createParsingResult(m.index ?? 0, m[0], { year, month, day: Number(m[1]) }, { year, month, day: Number(m[2]) }).addTag(`parser/${NAME}`);
  },
};
