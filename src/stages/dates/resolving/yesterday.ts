/** icesco.yesterday: "signed yesterday", "arrived yesterday evening": the day before the article's date. */
import { mark } from '../tags.js';
import type { ResolvingRefiner } from '../article.js';

export const NAME = 'icesco.yesterday';

export const refiner: ResolvingRefiner = {
  refine(context, results) {
    if (!context.date) return results;
    const d = new Date(Date.UTC(context.date.getUTCFullYear(), context.date.getUTCMonth(), context.date.getUTCDate() - 1));
    for (const r of results) {
      if (r.kind !== 'yesterday') continue;
      // (chrono counted its own reading from a neutral reference: it is counted again.)
      r.start.assign('year', d.getUTCFullYear()).assign('month', d.getUTCMonth() + 1).assign('day', d.getUTCDate());
      mark(r, NAME);
    }
    return results;
  },
};
