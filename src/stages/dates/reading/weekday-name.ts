/** icesco.weekday-name: "the Friday Mosque in Isfahan": a weekday that starts a name is no day. */
import type { Refiner } from 'chrono-node';
import { after, before, kindOf, mark, SKIP, UNTIL, valueOf } from '../tags.js';

export const NAME = 'icesco.weekday-name';

export const refiner: Refiner = {
  refine(context, results) {
    for (const r of results) {
      if (kindOf(r) !== 'weekday' || valueOf(r, UNTIL) !== undefined) continue;
      if (/\bthe\s+$/i.test(before(context.text, r)) && /^\s+\p{Lu}\p{Ll}/u.test(after(context.text, r))) mark(r, NAME, SKIP);
    }
    return results;
  },
};
