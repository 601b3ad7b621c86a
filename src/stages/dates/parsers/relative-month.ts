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

export const parser: Parser = {
  pattern: () => new RegExp(`\\b([Tt]his coming|[Tt]his|[Nn]ext|[Ll]ast|[Pp]ast|[Cc]oming)\\s+(${MONTH_SPELLINGS})(?![\\w-]|\\.?\\s*,?\\s*\\d)`),
  extract: (context, m) =>
    context.createParsingResult(m.index ?? 0, m[0], { month: monthNumber(m[2].replace(/\.$/, '')) }).addTags([`parser/${NAME}`, `${WORD}${m[1]}`]),
};
