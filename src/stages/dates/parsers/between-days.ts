/**
 * icesco.between-days: "between 3 and 5 November (2025)", "between November 3 and 5": a range of
 * days, which chrono reads as one day. Month names are capitalised: "aged between 18 and 25 may
 * register" names no month.
 */
import type { Parser } from 'chrono-node';
import { MONTH_NAME, monthNumber } from '../lexicon.js';

export const NAME = 'icesco.between-days';

/** parser's expression, compiled once: chrono asks for it on every sentence. */
const PARSER_PATTERN = new RegExp(`\\b[Bb]etween\\s+(?:(\\d{1,2})\\s+and\\s+(\\d{1,2})\\s+${MONTH_NAME}|${MONTH_NAME}\\s+(\\d{1,2})\\s+and\\s+(?:${MONTH_NAME}\\s+)?(\\d{1,2}))(?:\\s*,?\\s*(\\d{4}))?\\b`);

export const parser: Parser = {
  pattern: () => PARSER_PATTERN,
  extract: (context, m) => {
    // ("between June 1 and June 11", "between May 28 and June 3": the second day may name its month.)
    const month = monthNumber(m[3] ?? m[4]);
    const toMonth = m[6] ? monthNumber(m[6]) : month;
    const [from, to] = m[1] ? [Number(m[1]), Number(m[2])] : [Number(m[5]), Number(m[7])];
    if (toMonth < month || (toMonth === month && to <= from)) return null;
    const year = m[8] ? { year: Number(m[8]) } : {};
    return context.createParsingResult(m.index ?? 0, m[0], { ...year, month, day: from }, { ...year, month: toMonth, day: to }).addTag(`parser/${NAME}`);
  },
};
