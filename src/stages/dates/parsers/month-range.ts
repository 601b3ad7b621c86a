/**
 * icesco.month-range: "from January to June 2025", "between April and June 2026": a range of
 * months (not "between October and November 30, 2025": a day ends that range). chrono reads the
 * last month alone.
 */
import type { Parser } from 'chrono-node';
import { MONTH_NAME, monthNumber } from '../lexicon.js';

export const NAME = 'icesco.month-range';

/** parser's expression, compiled once: chrono asks for it on every sentence. */
const PARSER_PATTERN = new RegExp(`\\b(?:[Ff]rom|[Bb]etween)\\s+${MONTH_NAME}\\s+(?:to|and|until|till)\\s+${MONTH_NAME}(?!\\s+\\d{1,2}\\b)(?:\\s*,?\\s*(\\d{4}))?\\b`);

export const parser: Parser = {
  pattern: () => PARSER_PATTERN,
  extract: (context, m) => {
    const [first, last] = [monthNumber(m[1]), monthNumber(m[2])];
    if (first === last) return null;
    // Without a year, months name no specific month and no mention is made of them; the range is
    // still read, so that chrono does not read "June" alone out of it.
    if (!m[3]) return context.createParsingResult(m.index ?? 0, m[0], { month: first }, { month: last }).addTag(`parser/${NAME}`);
    const year = Number(m[3]);
    // "from November to February 2026": the first month is in the year before.
    return context.createParsingResult(m.index ?? 0, m[0], { year: first > last ? year - 1 : year, month: first }, { year, month: last }).addTag(`parser/${NAME}`);
  },
};
