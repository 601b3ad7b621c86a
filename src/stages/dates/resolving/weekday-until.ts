/**
 * icesco.weekday-until: a lone weekday whose period runs until a day that names its weekday
 * ("kicked off on Monday … until Thursday, 7 December 2023") is the one on or before that day,
 * within its week: read from the text alone.
 */
import { mark, UNTIL, valueOf } from '../tags.js';
import { imply, type ResolvingRefiner } from '../article.js';

export const NAME = 'icesco.weekday-until';

export const refiner: ResolvingRefiner = {
  refine(context, results) {
    if (!context.date) return results;
    for (const r of results) {
      const until = r.kind === 'weekday' ? valueOf(r, UNTIL) : undefined;
      if (!until) continue;
      const end = Date.parse(`${until}T00:00:00Z`);
      const back = (new Date(end).getUTCDay() - r.start.get('weekday')! + 7) % 7;
      imply(r, new Date(end - back * 864e5));
      mark(r, NAME);
    }
    return results;
  },
};
