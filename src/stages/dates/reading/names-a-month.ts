/**
 * icesco.names-a-month: only an expression that names a calendar month is a date mention ("17
 * September", "Dec. 31", "2021-02-14"); "for two days", "next year", "tomorrow", a time alone, a
 * stray number are not.
 */
import type { Refiner } from 'chrono-node';
import { NAMES_A_MONTH } from '../lexicon.js';
import { kindOf, mark, SKIP } from '../tags.js';

export const NAME = 'icesco.names-a-month';

export const refiner: Refiner = {
  refine(_context, results) {
    for (const r of results) {
      if (kindOf(r) !== 'date') continue;
      if (!r.start.isCertain('month') || !(NAMES_A_MONTH.test(r.text) || /\d{4}-\d{2}-\d{2}/.test(r.text))) mark(r, NAME, SKIP);
    }
    return results;
  },
};
