/**
 * icesco.weekday-from-article: "the Conference kicked off on Sunday": the latest such day up to
 * the article's date, or the next one when the sentence announces it ("will close on Monday");
 * when the date is a floor (an undated article, no older than the one listed below it), the
 * first since it, unless "last Monday".
 */
import { FUTURE, has, mark, UNTIL, valueOf } from '../tags.js';
import { imply, type ResolvingRefiner } from '../article.js';
import { NAME as IN_RANGE } from './weekday-in-range.js';

export const NAME = 'icesco.weekday-from-article';

export const refiner: ResolvingRefiner = {
  refine(context, results) {
    if (!context.date) return results;
    const ref = Date.UTC(context.date.getUTCFullYear(), context.date.getUTCMonth(), context.date.getUTCDate());
    for (const r of results) {
      if (r.kind !== 'weekday' || has(r, `refiner/${IN_RANGE}`) || valueOf(r, UNTIL) !== undefined) continue;
      let delta = r.start.get('weekday')! - new Date(ref).getUTCDay();
      if (has(r, FUTURE) || (context.floor && !/^(?:last|past)\b/i.test(r.text.trim()))) delta = (delta + 7) % 7;
      else if (delta > 0) delta -= 7;
      imply(r, new Date(ref + delta * 864e5));
      mark(r, NAME);
    }
    return results;
  },
};
