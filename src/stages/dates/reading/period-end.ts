/**
 * icesco.period-end: "kicked off on Monday … and runs until Thursday, 7 December 2023": a
 * weekday alone is in the week of the day its period runs until, when that day names its own
 * weekday ("open until 15 January 2024" is a deadline weeks away, not the end of the week).
 * Notes that day; resolving takes the weekday on or before it.
 */
import type { Refiner } from 'chrono-node';
import { iso } from '../calendar.js';
import { kindOf, mark, UNTIL } from '../tags.js';

export const NAME = 'icesco.period-end';

/** The word right before the later date a weekday's period runs to. */
const UNTIL_BEFORE = /\b(?:until|till|through)\s+$/i;

export const refiner: Refiner = {
  refine(context, results) {
    results.forEach((w, k) => {
      if (kindOf(w) !== 'weekday') return;
      const end = results.slice(k + 1).find((x) =>
        x.start.isCertain('weekday') && x.start.isCertain('day') && x.start.isCertain('month') && x.start.isCertain('year') &&
        UNTIL_BEFORE.test(context.text.slice(w.index + w.text.length, x.index)));
      if (end) mark(w, NAME, `${UNTIL}${iso(end.start.get('year')!, end.start.get('month')!, end.start.get('day')!)}`);
    });
    return results;
  },
};
