/**
 * icesco.gregorian-beside-hijri: of a Hijri and a Gregorian date printed together ("Wednesday
 * 1442/10/14 - 2021/05/26"), which chrono reads as a range, the Gregorian one is the date; a Hijri
 * date alone is none.
 */
import type { ParsingResult, Refiner } from 'chrono-node';
import { mark } from '../tags.js';

export const NAME = 'icesco.gregorian-beside-hijri';

/** Years of a Gregorian date in a news page. */
const gregorian = (c: ParsingResult['start']) => !c.isCertain('year') || (c.get('year')! >= 1800 && c.get('year')! <= 2200);

export const refiner: Refiner = {
  refine: (_context, results) =>
    results.flatMap((r) => {
      if (gregorian(r.start)) return [r];
      if (!r.end || !gregorian(r.end)) return [];
      r.start = r.end;
      r.end = undefined;
      return [mark(r, NAME)];
    }),
};
