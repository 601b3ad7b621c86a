/**
 * icesco.recurring: "every year on September 21", "annually on 5 October", "every Friday", "on
 * Fridays": a recurring day is no dated event.
 */
import type { Refiner } from 'chrono-node';
import { before, kindOf, mark, SKIP } from '../tags.js';
import { RECURRING_CONTEXT } from '../wording.js';

export const NAME = 'icesco.recurring';

export const refiner: Refiner = {
  refine(context, results) {
    for (const r of results) {
      const kind = kindOf(r);
      const said = before(context.text, r);
      const recurs =
        (kind === 'date' && RECURRING_CONTEXT.test(said)) ||
        (kind === 'weekday' && (RECURRING_CONTEXT.test(said) || /\b(?:every|each)\s*$/i.test(said) || /s$/i.test(r.text.trim())));
      if (recurs) mark(r, NAME, SKIP);
    }
    return results;
  },
};
