/**
 * icesco.shifted-day: "the following day", "two days earlier", "the day before": a day counted
 * from the day the text named last, which only resolving knows. Found once chrono's refiners are
 * done: chrono reads "next day" or "2 days later" from its reference, and would merge or drop an
 * overlapping reading of its own.
 */
import type { ParsingResult, Refiner } from 'chrono-node';
import { NUMBER_WORDS } from '../lexicon.js';
import { DAYS } from '../tags.js';

export const NAME = 'icesco.shifted-day';

const SHIFTED_DAY = new RegExp(
  '\\bthe\\s+(following|next|previous|preceding)\\s+(?:day|morning|afternoon|evening)\\b' +
    '|\\bthe\\s+day\\s+(before|after)\\b(?!\\s+(?:tomorrow|yesterday))' +
    `|\\b(${NUMBER_WORDS.join('|')}|[1-7])\\s+days?\\s+(earlier|later|before|after)\\b`,
  'gi',
);

/** The days a match counts: +1 "the following day", -2 "two days earlier". */
function shiftOf(m: RegExpMatchArray): number {
  if (m[1]) return /^(?:following|next)$/i.test(m[1]) ? 1 : -1;
  if (m[2]) return m[2].toLowerCase() === 'after' ? 1 : -1;
  const n = /^\d$/.test(m[3]) ? Number(m[3]) : NUMBER_WORDS.indexOf(m[3].toLowerCase()) + 1;
  return /^(?:later|after)$/i.test(m[4]) ? n : -n;
}

export const refiner: Refiner = {
  refine(context, results) {
    const found: ParsingResult[] = [...context.text.matchAll(SHIFTED_DAY)].map((m) =>
      context.createParsingResult(m.index ?? 0, m[0]).addTags([`parser/${NAME}`, `${DAYS}${shiftOf(m)}`]),
    );
    // (chrono's own readings of these, "the day before", "evening", name no month: they are skipped.)
    return [...results, ...found].sort((a, b) => a.index - b.index);
  },
};
