/**
 * icesco.weekday-name: a weekday that is part of a name is no day — one that starts a name after
 * "the" ("the Friday Mosque in Isfahan"), or an abbreviation right before a capitalised word
 * ("Sun Yat-sen University", "Bay La Sun Expo Center").
 */
import type { ParsingResult, Refiner } from 'chrono-node';
import { WEEKDAYS } from '../lexicon.js';
import { after, before, kindOf, mark, SKIP, UNTIL, valueOf } from '../tags.js';

export const NAME = 'icesco.weekday-name';

/** "Sun", "Wed" (not "Sunday", nor "Sun." with its full stop). */
const abbreviated = (r: ParsingResult) => {
  const word = r.text.trim().replace(/^(?:on|this|last|next)\s+/i, '');
  return /^\p{L}+$/u.test(word) && !WEEKDAYS.some((w) => w.toLowerCase() === word.toLowerCase());
};

export const refiner: Refiner = {
  refine(context, results) {
    for (const r of results) {
      if (kindOf(r) !== 'weekday' || valueOf(r, UNTIL) !== undefined) continue;
      const [said, next] = [before(context.text, r), after(context.text, r)];
      const startsName = /\bthe\s+$/i.test(said) && /^\s+\p{Lu}\p{Ll}/u.test(next);
      if (startsName || (abbreviated(r) && /^\s+\p{Lu}/u.test(next))) mark(r, NAME, SKIP);
    }
    return results;
  },
};
