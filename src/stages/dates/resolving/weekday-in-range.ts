/**
 * icesco.weekday-in-range: "from 8 to 10 September 2025 … On Tuesday, participants visited": a
 * lone weekday right after a range of days shorter than a week is that range's own day.
 */
import { mark, UNTIL, valueOf } from '../tags.js';
import { imply, isDay, type ResolvingRefiner } from '../article.js';

export const NAME = 'icesco.weekday-in-range';

export const refiner: ResolvingRefiner = {
  refine(context, results) {
    if (!context.date) return results;
    // The range of days the text named last (a day mention of one day clears it).
    let range: { start: string; end: string } | null = null;
    for (const r of results) {
      if (r.kind === 'weekday' && range && valueOf(r, UNTIL) === undefined && Date.parse(range.end) - Date.parse(range.start) < 7 * 864e5) {
        for (let d = new Date(`${range.start}T12:00:00Z`); d.toISOString().slice(0, 10) <= range.end; d = new Date(d.getTime() + 864e5)) {
          if (d.getUTCDay() !== r.start.get('weekday')) continue;
          imply(r, d);
          mark(r, NAME);
          break;
        }
      }
      if (isDay(r)) {
        const span = r.kind === 'date' ? r.span : null;
        range = span?.end ? { start: span.start, end: span.end } : null;
      }
    }
    return results;
  },
};
