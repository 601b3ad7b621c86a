/**
 * icesco.day-shift: "the following day", "two days earlier", "the day before": counted from the
 * day the text named last (a range's last day), or from the article's date.
 */
import { dayAfter, toDate } from '../calendar.js';
import { DAYS, mark, valueOf } from '../tags.js';
import { imply, isDay, type ResolvingRefiner } from '../article.js';

export const NAME = 'icesco.day-shift';

export const refiner: ResolvingRefiner = {
  refine(context, results) {
    if (!context.date) return results;
    let last: string | null = null;
    for (const r of results) {
      if (r.kind === 'shift') {
        imply(r, toDate(dayAfter(last ? toDate(last) : context.date, Number(valueOf(r, DAYS)))));
        mark(r, NAME);
      }
      if (isDay(r)) {
        const span = r.span;
        last = span.end ?? span.start;
      }
    }
    return results;
  },
};
