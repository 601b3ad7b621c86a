/**
 * icesco.since: "since 7 October 2023" starts a period still going on: a date mention, never the
 * article's own date (`background`).
 */
import type { Refiner } from 'chrono-node';
import { BACKGROUND, before, kindOf, mark } from '../tags.js';

export const NAME = 'icesco.since';

export const refiner: Refiner = {
  refine(context, results) {
    for (const r of results) {
      if (kindOf(r) === 'date' && r.start.isCertain('day') && (/\bsince\s*$/i.test(before(context.text, r)) || /^\s*since\b/i.test(r.text))) mark(r, NAME, BACKGROUND);
    }
    return results;
  },
};
