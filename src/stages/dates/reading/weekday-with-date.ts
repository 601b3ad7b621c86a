/**
 * icesco.weekday-with-date: a weekday, "today" or "yesterday" right before a date, joined by a
 * comma or an opening bracket, opens it — "today, Thursday (September 15, 2022)" and "met
 * yesterday, September 10" are one mention each (chrono joins only "Thursday, September 15").
 * Of a run of weekdays with no date after it, the first weekday stands alone; the rest, and
 * "today" alone, are no mention ("yesterday" alone is a day of its own).
 */
import type { ParsingResult, Refiner } from 'chrono-node';
import { DAYS, isToday, isWeekdayOnly, JOINED, LEAD, mark, SKIP, valueOf } from '../tags.js';

export const NAME = 'icesco.weekday-with-date';

const opens = (r: ParsingResult) => isWeekdayOnly(r) || isToday(r);
/** "yesterday" opens a run (not inside one: "today, yesterday" stays as it was read). */
const isYesterday = (r: ParsingResult) => /^yesterday\b/i.test(r.text.trim());

export const refiner: Refiner = {
  refine(context, results) {
    /** Two results joined by a comma or an opening bracket only ("Thursday (September 15"). */
    const joined = (a: ParsingResult, b: ParsingResult) => /^[\s,(]*$/.test(context.text.slice(a.index + a.text.length, b.index));
    for (let k = 0; k < results.length; k++) {
      const r = results[k];
      if (valueOf(r, DAYS) !== undefined || !(opens(r) || isYesterday(r))) continue;
      let j = k;
      while (j + 1 < results.length && opens(results[j + 1]) && joined(results[j], results[j + 1])) j++;
      const run = results.slice(k, j + 1);
      const next = results[j + 1];
      if (next && !opens(next) && joined(results[j], next)) {
        for (const x of run) mark(x, NAME, LEAD);
        mark(next, NAME, JOINED);
        k = j + 1;
      } else {
        const alone = run.find(isWeekdayOnly);
        for (const x of run) if (x !== alone && !isYesterday(x)) mark(x, NAME, SKIP);
        k = j;
      }
    }
    return results;
  },
};
