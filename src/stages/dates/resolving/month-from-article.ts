/** icesco.month-from-article: "this month", "last month", "next month": the article's month, the one before or after. */
import { mark, MONTH_WORDS } from '../tags.js';
import type { ResolvingRefiner } from '../article.js';

export const NAME = 'icesco.month-from-article';

/** Months counted from the article's: -1 "last month". */
export const monthShift = (text: string) => {
  const word = MONTH_WORDS.exec(text.trim())![1];
  return /^(?:last|past|previous)$/i.test(word) ? -1 : /^(?:next|coming)$/i.test(word) ? 1 : 0;
};

export const refiner: ResolvingRefiner = {
  refine(context, results) {
    if (!context.date) return results;
    for (const r of results) {
      if (r.kind !== 'month-word') continue;
      const first = new Date(Date.UTC(context.date.getUTCFullYear(), context.date.getUTCMonth() + monthShift(r.text), 1));
      // (chrono counted its own reading from a neutral reference: it is counted again.)
      r.start.assign('year', first.getUTCFullYear()).assign('month', first.getUTCMonth() + 1).assign('day', 1);
      mark(r, NAME);
    }
    return results;
  },
};
