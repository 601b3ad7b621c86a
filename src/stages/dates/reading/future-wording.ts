/**
 * icesco.future-wording: a date the words around it announce for later — "will be held on",
 * "due to be held", "the deadline … is", "set … as the deadline", "by 15 June", "until" — is
 * `future`, and never the article's own date.
 */
import type { Refiner } from 'chrono-node';
import { after, before, FUTURE, kindOf, mark } from '../tags.js';
import { isFuture } from '../wording.js';

export const NAME = 'icesco.future-wording';

export const refiner: Refiner = {
  refine(context, results) {
    for (const r of results) {
      const kind = kindOf(r);
      if ((kind === 'date' || kind === 'weekday') && isFuture(before(context.text, r), after(context.text, r))) mark(r, NAME, FUTURE);
    }
    return results;
  },
};
