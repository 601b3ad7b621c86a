/** The days a resolved result names, as ISO dates: what a mention reports. */
import type { ParsingResult } from 'chrono-node';
import { iso, lastDay } from './calendar.js';

/**
 * A day mention's first and last day (end null: one day). A range's end without its year is in
 * its start's year, or the next one when it would fall before the start ("28 December – 3 January").
 */
export function daySpan(r: ParsingResult): { start: string; end: string | null } {
  const [year, month, day] = [r.start.get('year')!, r.start.get('month')!, r.start.get('day')!];
  const start = iso(year, month, day);
  if (!r.end || !r.end.isCertain('day')) return { start, end: null };
  const [em, ed] = [r.end.get('month')!, r.end.get('day')!];
  let ey = r.end.isCertain('year') ? r.end.get('year')! : year;
  if (!r.end.isCertain('year') && Date.UTC(ey, em - 1, ed) < Date.UTC(year, month - 1, day)) ey++;
  const end = iso(ey, em, ed);
  return { start, end: end > start ? end : null };
}

/** A month mention's first and last day; a range of months ends with its last month ("from January to June 2025"). */
export function monthSpan(r: ParsingResult): { start: string; end: string } {
  const [year, month] = [r.start.get('year')!, r.start.get('month')!];
  let end = iso(year, month, lastDay(year, month));
  if (r.end && r.end.isCertain('month') && !r.end.isCertain('day')) {
    const em = r.end.get('month')!;
    const ey = r.end.isCertain('year') ? r.end.get('year')! : em < month ? year + 1 : year;
    const last = iso(ey, em, lastDay(ey, em));
    if (last > end) end = last;
  }
  return { start: iso(year, month, 1), end };
}
