/**
 * --since, --until and --today values: the period a user's date names. The common forms are read
 * here by rules; only the others load chrono-node (stages/dates.js, bundled apart).
 */
import { iso, lastDay } from './stages/dates/calendar.js';
import { monthNumber } from './stages/dates/lexicon.js';

/** A period a --since/--until value names: its first and last day. */
export interface DateBound {
  start: string;
  end: string;
}

const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 864e5);
const isoOf = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Reads a user's date bound: "2025-09-01", "2025-09", "2025", "September 2025", "Sep 2025",
 * "last 30 days", "this year", "last month", "today", or any single date chrono reads ("1 Sep
 * 2025"). Relative forms resolve against `today`. Null when the value is not a date.
 */
export async function parseDateBound(value: string, today: Date): Promise<DateBound | null> {
  const t = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  const byRules = boundByRules(value, t);
  return byRules !== undefined ? byRules : boundOf((await import('./stages/dates.js')).readDate(value, t));
}

/** The period one date names: its day, or its month. */
function boundOf(date: { year: number; month: number; day: number | null } | null): DateBound | null {
  if (!date) return null;
  const { year: y, month: mo, day } = date;
  if (day === null) return { start: iso(y, mo, 1), end: iso(y, mo, lastDay(y, mo)) };
  return { start: iso(y, mo, day), end: iso(y, mo, day) };
}

/**
 * The forms read without a parser: their period, or null when the form names no date ("2025-13");
 * undefined for the other forms. `t` is today at 00:00 UTC.
 */
export function boundByRules(value: string, t: Date): DateBound | null | undefined {
  const v = value.trim().toLowerCase().replace(/\s+/g, ' ');
  let m: RegExpMatchArray | null;
  const valid = (y: number, mo: number, d: number) => mo >= 1 && mo <= 12 && d >= 1 && d <= lastDay(y, mo);
  if ((m = v.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return valid(y, mo, d) ? { start: iso(y, mo, d), end: iso(y, mo, d) } : null;
  }
  if ((m = v.match(/^(\d{4})-(\d{1,2})$/))) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    return valid(y, mo, 1) ? { start: iso(y, mo, 1), end: iso(y, mo, lastDay(y, mo)) } : null;
  }
  if ((m = v.match(/^(\d{4})$/))) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  if ((m = v.match(/^([a-z]+)\.? (\d{4})$/))) {
    const [mo, y] = [monthNumber(m[1]), Number(m[2])];
    return mo ? { start: iso(y, mo, 1), end: iso(y, mo, lastDay(y, mo)) } : null;
  }
  const [ty, tm] = [t.getUTCFullYear(), t.getUTCMonth() + 1];
  if (v === 'today') return { start: isoOf(t), end: isoOf(t) };
  if (v === 'yesterday') return { start: isoOf(addDays(t, -1)), end: isoOf(addDays(t, -1)) };
  if ((m = v.match(/^(?:last|past) (\d+) (day|week|month|year)s?$/))) {
    const days = { day: 1, week: 7, month: 30, year: 365 }[m[2] as 'day'] * Number(m[1]);
    return { start: isoOf(addDays(t, -days)), end: isoOf(t) };
  }
  if ((m = v.match(/^(this|last|next) (week|month|year)$/))) {
    const shift = m[1] === 'this' ? 0 : m[1] === 'last' ? -1 : 1;
    if (m[2] === 'year') return { start: `${ty + shift}-01-01`, end: `${ty + shift}-12-31` };
    if (m[2] === 'month') {
      const d = new Date(Date.UTC(ty, tm - 1 + shift, 1));
      const [y, mo] = [d.getUTCFullYear(), d.getUTCMonth() + 1];
      return { start: iso(y, mo, 1), end: iso(y, mo, lastDay(y, mo)) };
    }
    const monday = addDays(t, -((t.getUTCDay() + 6) % 7) + 7 * shift);
    return { start: isoOf(monday), end: isoOf(addDays(monday, 6)) };
  }
  return undefined;
}
