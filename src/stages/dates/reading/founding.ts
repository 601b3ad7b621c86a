/**
 * icesco.founding: the month or year a body was founded in — "Founded in May 1979, the
 * Organization …", "ISESCO was founded by the … (OIC) in 1979", "established in 1982", "was set up
 * … in May 1980" — is a
 * mention of its history, never the article's date nor the year its year-less days are in
 * (`background`). A founding day is left alone: "the centre, inaugurated on 5 May 2025" is news.
 */
import type { Refiner } from 'chrono-node';
import { BACKGROUND, before, kindOf, mark } from '../tags.js';

export const NAME = 'icesco.founding';

/** A body's founding, told in the sentence before the date ("was founded by … in"). */
export const FOUNDED = /\b(?:founded|established|establishment|founding|inception|(?:was|were|been) (?:set up|created)|didirikan|fondée?|créée?)(?![\p{L}])/iu;

export const refiner: Refiner = {
  refine(context, results) {
    for (const r of results) {
      if (kindOf(r) !== 'date' || r.start.isCertain('day')) continue;
      const upTo = before(context.text, r);
      const sentence = upTo.slice(Math.max(upTo.lastIndexOf('. '), upTo.lastIndexOf('\n')) + 1);
      if (FOUNDED.test(sentence)) mark(r, NAME, BACKGROUND);
    }
    return results;
  },
};
