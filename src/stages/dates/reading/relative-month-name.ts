/**
 * icesco.relative-month-name: "this coming December", "last June", "next May": a month without a
 * year that the word before it places relative to the article's date. Notes the word; resolving
 * gives the year.
 */
import type { Refiner } from 'chrono-node';
import { before, kindOf, mark, WORD } from '../tags.js';

export const NAME = 'icesco.relative-month-name';

/** Words before a month-only mention that anchor it to a specific year. */
const RELATIVE_MONTH = /\b(this(?: coming)?|next|last|past|coming)\s+$/i;

export const refiner: Refiner = {
  refine(context, results) {
    for (const r of results) {
      if (kindOf(r) !== 'date' || !r.start.isCertain('month') || r.start.isCertain('day') || r.start.isCertain('year')) continue;
      const word = RELATIVE_MONTH.exec(before(context.text, r));
      if (word) mark(r, NAME, `${WORD}${word[0].trim()}`);
    }
    return results;
  },
};
