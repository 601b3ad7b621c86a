/**
 * icesco.numeric-day-first: a numeric date is read day first, as the world outside the United
 * States writes it ("09/05/2019" is 9 May, "12.11.2024 10:30" 12 November), unless only the other
 * order is a date or the weekday printed with it says so.
 */
import type { Refiner } from 'chrono-node';
import { mark } from '../tags.js';

export const NAME = 'icesco.numeric-day-first';

/** A numeric date ("09/05/2019", "12.11.2024 10:30", "09/05/19"): which of its first two numbers is the day is open. */
const NUMERIC_DATE = /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d./-])/;

export const refiner: Refiner = {
  refine(_context, results) {
    for (const r of results) {
      const numeric = NUMERIC_DATE.exec(r.text);
      const c = r.start;
      if (!numeric || !c.isCertain('year')) continue;
      const [a, b, year] = [Number(numeric[1]), Number(numeric[3]), c.get('year')!];
      const weekdayOf = (month: number, day: number) => new Date(Date.UTC(year, month - 1, day)).getUTCDay();
      const [dayMonth, monthDay] = [b <= 12, a <= 12];
      const weekday = c.isCertain('weekday') ? c.get('weekday') : null;
      const weekdaySays = weekday !== null && dayMonth && monthDay && weekdayOf(a, b) === weekday && weekdayOf(b, a) !== weekday;
      const read = dayMonth && !weekdaySays ? [a, b] : monthDay ? [b, a] : null;
      if (!read) continue;
      const [day, month] = read;
      const moved = !c.isCertain('day') || !c.isCertain('month') || c.get('day') !== day || c.get('month') !== month;
      c.assign('day', day).assign('month', month);
      if (moved) mark(r, NAME);
    }
    return results;
  },
};
