/**
 * icesco.year-from-article: a date without its year ("from 15 to 18 September", "12 March") is
 * in the year that puts it nearest the article's date; a month a word places ("this coming
 * December", "last June") in the year that word gives, counted from the article's month.
 */
import { nearestYear } from '../calendar.js';
import { mark, valueOf, WORD } from '../tags.js';
import type { ResolvingRefiner } from '../article.js';

export const NAME = 'icesco.year-from-article';

export const refiner: ResolvingRefiner = {
  refine(context, results) {
    if (!context.date) return results;
    const [ry, rm] = [context.date.getUTCFullYear(), context.date.getUTCMonth() + 1];
    for (const r of results) {
      const s = r.start;
      if (r.kind !== 'date' || s.isCertain('year')) continue;
      const month = s.get('month')!;
      if (s.isCertain('day')) s.imply('year', nearestYear(month, s.get('day')!, context.date));
      else {
        const word = valueOf(r, WORD)!.toLowerCase();
        s.imply('year', word === 'last' || word === 'past' ? (month >= rm ? ry - 1 : ry) : month < rm ? ry + 1 : ry);
      }
      mark(r, NAME);
    }
    return results;
  },
};
