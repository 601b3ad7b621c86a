/**
 * icesco.range-year: "November 19 to December 10, 1946" states its year once, at its end. chrono
 * leaves the start's year to the reference date; it is the end's year (the year before, when the
 * start's month comes after the end's: "December 28 to January 3, 2025").
 */
import type { Refiner } from 'chrono-node';
import { kindOf, mark } from '../tags.js';

export const NAME = 'icesco.range-year';

export const refiner: Refiner = {
  refine(_context, results) {
    for (const r of results) {
      const { start, end } = r;
      if (kindOf(r) !== 'date' || !end || !end.isCertain('year') || start.isCertain('year') || !start.isCertain('month')) continue;
      const year = end.get('year')! - (start.get('month')! > end.get('month')! ? 1 : 0);
      start.assign('year', year);
      mark(r, NAME);
    }
    return results;
  },
};
