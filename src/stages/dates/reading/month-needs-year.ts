/**
 * icesco.month-needs-year: a month alone is a mention only of a specific year ("December 2025",
 * "this coming December", read by icesco.relative-month); "in March", "from May to July" name none.
 */
import type { Refiner } from 'chrono-node';
import { kindOf, mark, SKIP, valueOf, WORD } from '../tags.js';

export const NAME = 'icesco.month-needs-year';

export const refiner: Refiner = {
  refine(_context, results) {
    for (const r of results) {
      if (kindOf(r) === 'date' && !r.start.isCertain('day') && !r.start.isCertain('year') && valueOf(r, WORD) === undefined) mark(r, NAME, SKIP);
    }
    return results;
  },
};
