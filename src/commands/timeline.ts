import type { RecordSet } from '../render/index.js';
import type { Corpus } from '../types.js';
import { dateCounts, noMatch, unknownNames, type ArticleFilter } from './filters.js';

export const TIMELINE_UNITS = ['month', 'week', 'year'] as const;
export type TimelineUnit = (typeof TIMELINE_UNITS)[number];

/** One period of the timeline. */
export interface TimelineRow {
  /** "2025-09", "2025-W38" or "2025". */
  period: string;
  start: string;
  end: string;
  /** Number of dated articles in the period. */
  articleCount: number;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const day = (s: string) => new Date(`${s}T00:00:00Z`);

/** The period containing a date: its label and first and last days. ISO weeks start on Monday. */
export function periodOf(date: string, unit: TimelineUnit): { period: string; start: string; end: string } {
  const d = day(date);
  const y = d.getUTCFullYear();
  if (unit === 'year') return { period: String(y), start: `${y}-01-01`, end: `${y}-12-31` };
  if (unit === 'month') {
    const m = d.getUTCMonth();
    return { period: date.slice(0, 7), start: iso(new Date(Date.UTC(y, m, 1))), end: iso(new Date(Date.UTC(y, m + 1, 0))) };
  }
  const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 864e5);
  const thursday = new Date(monday.getTime() + 3 * 864e5);
  const weekYear = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / (7 * 864e5)) + 1;
  return { period: `${weekYear}-W${String(week).padStart(2, '0')}`, start: iso(monday), end: iso(new Date(monday.getTime() + 6 * 864e5)) };
}

/** The period after the one starting on `start`. */
function nextStart(end: string): string {
  return iso(new Date(day(end).getTime() + 864e5));
}

/** `icesco timeline`: articles per period, every period between the first and last shown (zeros too). */
export function timeline(corpus: Corpus, unit: TimelineUnit, filter: ArticleFilter): RecordSet<TimelineRow> {
  const byDate = dateCounts(corpus, filter);
  const counts = new Map<string, number>();
  for (const [date, n] of byDate) {
    // (A year's or month's label is the date's head: no Date made for each of thousands of dates.)
    const p = unit === 'year' ? String(Number(date.slice(0, 4))) : unit === 'month' ? date.slice(0, 7) : periodOf(date, unit).period;
    counts.set(p, (counts.get(p) ?? 0) + n);
  }
  const records: TimelineRow[] = [];
  if (byDate.size) {
    let [first, lastDate] = [byDate.keys().next().value as string, ''];
    for (const date of byDate.keys()) (date < first && (first = date), date > lastDate && (lastDate = date));
    const last = periodOf(lastDate, unit).period;
    for (let p = periodOf(first, unit); ; p = periodOf(nextStart(p.end), unit)) {
      records.push({ ...p, articleCount: counts.get(p.period) ?? 0 });
      if (p.period === last) break;
    }
  }
  const max = Math.max(1, ...records.map((r) => r.articleCount));
  return {
    records,
    empty: noMatch('No dated articles match', unknownNames(corpus, filter)),
    columns: [
      { header: unit, value: (r) => r.period, style: 'date', min: 7 },
      { header: 'articles', value: (r) => r.articleCount, align: 'right', style: 'number' },
      { header: '', value: (r) => r.articleCount / max, flex: true, bar: true },
    ],
    fields: [
      { name: 'period', value: (r) => r.period },
      { name: 'start', value: (r) => r.start },
      { name: 'end', value: (r) => r.end },
      { name: 'articleCount', value: (r) => r.articleCount },
    ],
    json: (r) => r,
  };
}
