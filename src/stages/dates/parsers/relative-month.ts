/**
 * icesco.relative-month: "this coming December", "last June", "next May": a month without its
 * year that the word before it places relative to the article's date (resolving gives the year).
 * Read with its word: chrono reads the month alone, and drops "May" after anything but "in".
 * Not "next May 5" or "last June 2024": chrono reads those dates whole.
 */
import type { Parser } from 'chrono-node';
import { MONTH_SPELLINGS, monthNumber } from '../lexicon.js';
import { WORD } from '../tags.js';

export const NAME = 'icesco.relative-month';

/** parser's expression, compiled once: chrono asks for it on every sentence. */
const PARSER_PATTERN = new RegExp(`\\b([Tt]his coming|[Tt]his|[Nn]ext|[Ll]ast|[Pp]ast|[Cc]oming)\\s+(${MONTH_SPELLINGS})(?![\\w-]|\\.?\\s*,?\\s*\\d)`);

export const parser: Parser = {
  pattern: () => PARSER_PATTERN,
  extract: (context, m) =>
    context.createParsingResult(m.index ?? 0, m[0], { month: monthNumber(m[2].replace(/\.$/, '')) }).addTags([`parser/${NAME}`, `${WORD}${m[1]}`]),
};
