/**
 * The date rules that need no parser: resolving chrono's readings against a reference date,
 * deciding an article's own date, and reading --since/--until values. Kept apart from
 * dates.ts so that answering from the cache never loads chrono-node.
 */
import type { DateMention, DateSource } from '../types.js';

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAME_RE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i;

/** Words before a mention (in its clause) that make it a future or scheduled date. */
const FUTURE_CONTEXT =
  /\b(?:will|shall|to be (?:held|organi[sz]ed|convened|launched|announced|hosted|submitted)|due to|scheduled|deadline|upcoming|forthcoming|set to|expected to|plans? to|intends? to|until|no later than)\b/i;
/** Words right after a mention that make it a deadline ("1 November 2025 as the deadline"). */
const FUTURE_AFTER = /^[^.;]{0,40}?\b(?:as (?:the|a) (?:deadline|closing date|last day)|deadline)\b/i;
/** Words before a mention that make it recurring, not a dated event. */
const RECURRING_CONTEXT = /\b(?:every|each)\s+(?:year|month|week)\b[^.;]{0,20}$|\bannually\b[^.;]{0,12}$/i;
/** Words before a month-only mention that anchor it to a specific year. */
const RELATIVE_MONTH = /\b(this(?: coming)?|next|last|past|coming)\s+$/i;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A date mention before the article's own date is known (future decided by wording only). */
export interface RawMention extends DateMention {
  /** Offset of the mention in the article text (-1: the dateline, above the text). */
  offset: number;
  /** Index of the paragraph it is in (0: the lead; -1: the dateline). */
  paragraph: number;
  /** True when the year came from the text itself. */
  yearStated: boolean;
  /** A weekday named with the date that contradicts it ("Monday, 17 September 2025"). */
  warning?: string;
  /** Resolved from the text's own date ("on Sunday"): never evidence for that date. */
  relative?: boolean;
  /** The start of a period still going on ("since 7 October 2023"): a date, never the article's own. */
  background?: boolean;
}

export const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
export const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Moves a year-less month/day to the year that puts it closest to the reference date. */
export function nearestYear(month: number, day: number, reference: Date): number {
  const ry = reference.getUTCFullYear();
  let best = ry;
  let bestGap = Infinity;
  for (const y of [ry - 1, ry, ry + 1]) {
    const gap = Math.abs(Date.UTC(y, month - 1, day) - reference.getTime());
    if (gap < bestGap) [best, bestGap] = [y, gap];
  }
  return best;
}

export type Unit = 'year' | 'month' | 'day' | 'weekday';
export const UNITS: Unit[] = ['year', 'month', 'day', 'weekday'];

/** What chrono read in one date expression, as plain data: the components the text states. */
export interface ComponentsSnapshot {
  /** Stated components only; nothing chrono guessed from the reference date. */
  stated: Partial<Record<Unit, number>>;
}

/** One chrono result, free of any reference date, so it can be cached and resolved later. */
export interface DateExpression {
  index: number;
  text: string;
  start: ComponentsSnapshot;
  end: ComponentsSnapshot | null;
  /** A day counted from the day the text last named: "the following day" is 1, "two days earlier" -2. */
  shiftDays?: number;
}

/** The date expressions of an article, sentence by sentence: the expensive, cacheable part. */
export interface ParsedDates {
  sentences: { text: string; paragraph: number; offset: number; expressions: DateExpression[] }[];
}


/** The part of chrono's result API the rules use, over a snapshot. */
class Components {
  constructor(private readonly s: ComponentsSnapshot) {}
  isCertain(u: Unit): boolean {
    return this.s.stated[u] !== undefined;
  }
  get(u: Unit): number | null {
    return this.s.stated[u] ?? null;
  }
}
interface Result {
  index: number;
  text: string;
  start: Components;
  end: Components | null;
}
const asResult = (e: DateExpression): Result => ({ index: e.index, text: e.text, start: new Components(e.start), end: e.end ? new Components(e.end) : null });


/** Turns parsed expressions into mentions, resolving what lacks a year against `reference`. */
export function resolveDates(parsed: ParsedDates, reference: Date, floor = false): RawMention[] {
  const out: RawMention[] = [];
  // The day the text named last: "the following day" counts from it (else from the reference).
  let lastDay: string | null = null;
  // The range of days the text named last: "on Tuesday" inside "from March 25 to 27" is its Tuesday.
  let lastRange: { start: string; end: string } | null = null;
  for (const { text: sentence, paragraph: index, offset: base, expressions } of parsed.sentences) {
    const push = (m: Omit<RawMention, 'offset' | 'paragraph'>, at: number) => {
      out.push({ ...m, offset: at, paragraph: index });
      if (m.granularity === 'day') {
        lastDay = m.end ?? m.start;
        lastRange = m.end ? { start: m.start, end: m.end } : null;
      }
    };
    {
      const results = expressions.map(asResult);
      for (let k = 0; k < results.length; k++) {
        const r = results[k];
        const shift = expressions[k].shiftDays;
        if (shift !== undefined) {
          push(shiftedDay(r, shift, lastDay, sentence, reference), base + r.index);
          continue;
        }
        if (isWeekdayOnly(r) || isToday(r)) {
          // "today, Thursday (September 15, 2022)": one mention, spelled out by the date that follows.
          let j = k;
          while (j + 1 < results.length && (isWeekdayOnly(results[j + 1]) || isToday(results[j + 1])) && gapIsJoin(sentence, results[j], results[j + 1])) j++;
          const next = results[j + 1];
          if (next && !isWeekdayOnly(next) && !isToday(next) && gapIsJoin(sentence, results[j], next)) {
            const m = toMention(next, sentence, reference);
            if (m) {
              const weekday = results.slice(k, j + 1).find(isWeekdayOnly);
              const close = sentence.slice(next.index + next.text.length).match(/^\s*\)/)?.[0] ?? '';
              const text = sentence.slice(r.index, next.index + next.text.length) + close;
              push({ ...m, ...weekdayCheck(m, weekday, text), text: cleanMentionText(text) }, base + r.index);
            }
            k = j + 1;
            continue;
          }
          // A weekday alone ("kicked off on Sunday") names the nearest such day around the reference,
          // or, when the sentence runs it until a date it names ("kicked off on Monday and runs until
          // Thursday, 7 December 2023"), that date's own week.
          const w = results.slice(k, j + 1).find(isWeekdayOnly);
          if (w) {
            const until = results.slice(j + 1).find((x) => x.start.isCertain('weekday') && x.start.isCertain('day') && x.start.isCertain('month') && x.start.isCertain('year') && UNTIL_BEFORE.test(sentence.slice(w.index + w.text.length, x.index)));
            const m = until ? weekdayUntil(w, until, sentence) : relativeWeekday(w, sentence, reference, lastRange, floor);
            if (m) push(m, base + w.index);
          }
          k = j;
          continue;
        }
        // "signed yesterday in Jakarta", "arrived yesterday evening": the day before the reference.
        // ("the lessons of yesterday" is no day; "today" and "tomorrow" alone are left out: in
        // these pages they are mostly figurative, "the university of tomorrow".)
        // "earlier this month", "last month": a month counted from the reference.
        const month = RELATIVE_MONTH_WORDS.exec(r.text.trim());
        if (month) {
          push(relativeMonth(month[1], r, sentence, reference), base + r.index);
          continue;
        }
        if (/^yesterday\b/i.test(r.text.trim())) {
          if (!/\b(?:of|from|until|and)\s*$/i.test(sentence.slice(0, r.index))) push(yesterday(r, sentence, reference), base + r.index);
          continue;
        }
        const m = toMention(r, sentence, reference);
        if (m) push(m, base + r.index);
      }
    }
  }
  return out;
}

const isWeekdayOnly = (r: Result) => r.start.isCertain('weekday') && !r.start.isCertain('day') && !r.start.isCertain('month') && !r.end;
const isToday = (r: Result) => /^(?:today|this day)$/i.test(r.text.trim());
/** Two results joined by a comma or an opening bracket only ("Thursday (September 15"). */
const gapIsJoin = (sentence: string, a: Result, b: Result) => /^[\s,(]*$/.test(sentence.slice(a.index + a.text.length, b.index));

function weekdayCheck(m: Omit<RawMention, 'offset' | 'paragraph'>, weekday: Result | undefined, text: string): { warning?: string } {
  if (!weekday || m.granularity !== 'day') return {};
  const named = weekday.start.get('weekday')!;
  const actual = new Date(`${m.start}T12:00:00Z`).getUTCDay();
  return actual === named ? {} : { warning: `${cleanMentionText(text)}: ${m.start} is a ${WEEKDAYS[actual]}, not a ${WEEKDAYS[named]}` };
}

/** "the following day", "two days earlier": a day counted from the last one named, or from the reference. */
function shiftedDay(r: Result, shift: number, lastDay: string | null, sentence: string, reference: Date): Omit<RawMention, 'offset' | 'paragraph'> {
  const from = lastDay ? new Date(`${lastDay}T12:00:00Z`) : reference;
  const start = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + shift)).toISOString().slice(0, 10);
  return { text: cleanMentionText(r.text), start, end: null, granularity: 'day', sentence, future: false, yearStated: false, relative: true };
}

/** "yesterday": the day before the reference. */
function yesterday(r: Result, sentence: string, reference: Date): Omit<RawMention, 'offset' | 'paragraph'> {
  const start = new Date(Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate() - 1)).toISOString().slice(0, 10);
  return { text: cleanMentionText(r.text), start, end: null, granularity: 'day', sentence, future: false, yearStated: false, relative: true };
}

const RELATIVE_MONTH_WORDS = /^(this|last|past|next|previous|coming) month$/i;

/** "this month", "last month", "next month": the reference's month, the one before or after. */
function relativeMonth(word: string, r: Result, sentence: string, reference: Date): Omit<RawMention, 'offset' | 'paragraph'> {
  const shift = /^(?:last|past|previous)$/i.test(word) ? -1 : /^(?:next|coming)$/i.test(word) ? 1 : 0;
  const first = new Date(Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth() + shift, 1));
  const year = first.getUTCFullYear();
  const month = first.getUTCMonth() + 1;
  const lead = /\b(?:earlier|later)\s+$/i.exec(sentence.slice(0, r.index))?.[0] ?? '';
  return {
    text: cleanMentionText(lead + r.text), start: iso(year, month, 1), end: iso(year, month, lastDay(year, month)), granularity: 'month',
    sentence, future: shift > 0, yearStated: false, relative: true,
  };
}

/**
 * The word right before the later date a weekday's period runs to. That date must name its own
 * weekday ("until Thursday, 7 December 2023"): "open until 15 January 2024" is a deadline weeks
 * away, not the end of the week the weekday is in.
 */
const UNTIL_BEFORE = /\b(?:until|till|through)\s+$/i;

/** "every Friday", "on Fridays": a recurring day, not a date. */
const recurringWeekday = (r: Result, before: string) => RECURRING_CONTEXT.test(before) || /\b(?:every|each)\s*$/i.test(before) || /s$/i.test(r.text.trim());
/** A weekday's minimal span ("on Monday", "last Monday" -> "Monday"). */
const weekdayText = (r: Result) => cleanMentionText(r.text.replace(/^(?:on|this|last|next)\s+/i, ''));

/** The weekday on or before the stated day a period runs until (within its week): read from the text alone. */
function weekdayUntil(r: Result, until: Result, sentence: string): Omit<RawMention, 'offset' | 'paragraph'> | null {
  const before = sentence.slice(0, r.index);
  if (recurringWeekday(r, before)) return null;
  const end = Date.UTC(until.start.get('year')!, until.start.get('month')! - 1, until.start.get('day')!);
  const back = (new Date(end).getUTCDay() - r.start.get('weekday')! + 7) % 7;
  return {
    text: weekdayText(r),
    start: new Date(end - back * 864e5).toISOString().slice(0, 10), end: null, granularity: 'day', sentence,
    future: isFuture(before, sentence.slice(r.index + r.text.length)), yearStated: false,
  };
}

/**
 * "on Sunday": inside a week-long range named just before, its day; else the latest up to the
 * reference (the first since it when the reference is a `floor`), or the next one when announced.
 */
function relativeWeekday(r: Result, sentence: string, reference: Date, range: { start: string; end: string } | null = null, floor = false): Omit<RawMention, 'offset' | 'paragraph'> | null {
  const before = sentence.slice(0, r.index);
  if (recurringWeekday(r, before)) return null;
  // "the Friday Mosque in Isfahan": a weekday that starts a name.
  if (/\bthe\s+$/i.test(before) && /^\s+\p{Lu}\p{Ll}/u.test(sentence.slice(r.index + r.text.length))) return null;
  const future = isFuture(before, sentence.slice(r.index + r.text.length));
  const target = r.start.get('weekday')!;
  const text = weekdayText(r);
  // Inside a week-long range of days named just before, the weekday is the range's own.
  if (range && Date.parse(range.end) - Date.parse(range.start) < 7 * 864e5) {
    for (let d = new Date(`${range.start}T12:00:00Z`); d.toISOString().slice(0, 10) <= range.end; d = new Date(d.getTime() + 864e5)) {
      if (d.getUTCDay() === target) return { text, start: d.toISOString().slice(0, 10), end: null, granularity: 'day', sentence, future, yearStated: false, relative: true };
    }
  }
  const ref = new Date(Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate()));
  let delta = target - ref.getUTCDay();
  // (After a reference the text can be no older than — the date of the article listed below it —
  // a past weekday is the first one since, unless it is "last Monday".)
  if (future || (floor && !/^(?:last|past)\b/i.test(r.text.trim()))) delta = (delta + 7) % 7;
  else if (delta > 0) delta -= 7;
  const d = new Date(ref.getTime() + delta * 864e5);
  return {
    text, start: d.toISOString().slice(0, 10), end: null, granularity: 'day', sentence, future, yearStated: false, relative: true,
  };
}

/** The minimal span: no leading punctuation or "on/from/over", no trailing comma. */
function cleanMentionText(text: string): string {
  return text.replace(/^[\s,;:(]+/, '').replace(/^(?:on|from|over|in|since|between|during)\s+/i, '').replace(/[\s,]+$/, '');
}

function toMention(r: Result, sentence: string, reference: Date): Omit<RawMention, 'offset' | 'paragraph'> | null {
  const s = r.start;
  // Weekdays alone, "today", "next year", stray numbers: no calendar month named.
  // Only expressions that name a calendar month ("for two days", "Thursday", "today" do not).
  if (!s.isCertain('month') || !(MONTH_NAME_RE.test(r.text) || /\d{4}-\d{2}-\d{2}/.test(r.text))) return null;
  if (/^(?:today|tonight|tomorrow|yesterday|now)$/i.test(r.text.trim())) return null;
  const before = sentence.slice(0, r.index);
  if (RECURRING_CONTEXT.test(before)) return null;
  let text = cleanMentionText(r.text);
  const month = s.get('month')!;
  const dayCertain = s.isCertain('day');
  const yearStated = s.isCertain('year');
  let year = s.get('year')!;
  if (!dayCertain) {
    // A month: only "of a specific year" ("December 2025", "this coming December").
    const rel = before.match(RELATIVE_MONTH);
    if (!yearStated && !rel) return null;
    if (!yearStated && rel) {
      const word = rel[1].toLowerCase();
      const ry = reference.getUTCFullYear();
      const rm = reference.getUTCMonth() + 1;
      year = word === 'last' || word === 'past' ? (month >= rm ? ry - 1 : ry) : month < rm ? ry + 1 : ry;
      text = `${rel[0].trim()} ${text}`;
    }
    let end = iso(year, month, lastDay(year, month));
    // "from January to June 2025": a range of months ends with its last month.
    if (r.end && r.end.isCertain('month') && !r.end.isCertain('day')) {
      const em = r.end.get('month')!;
      const ey = r.end.isCertain('year') ? r.end.get('year')! : em < month ? year + 1 : year;
      const last = iso(ey, em, lastDay(ey, em));
      if (last > end) end = last;
    }
    return {
      text, start: iso(year, month, 1), end, granularity: 'month',
      sentence, future: isFuture(before, sentence.slice(r.index + r.text.length)), yearStated,
    };
  }
  const day = s.get('day')!;
  if (!yearStated) year = nearestYear(month, day, reference);
  const start = iso(year, month, day);
  let end: string | null = null;
  if (r.end && r.end.isCertain('day')) {
    const em = r.end.get('month')!;
    const ed = r.end.get('day')!;
    let ey = r.end.isCertain('year') ? r.end.get('year')! : year;
    if (!r.end.isCertain('year') && Date.UTC(ey, em - 1, ed) < Date.UTC(year, month - 1, day)) ey++;
    const e = iso(ey, em, ed);
    if (e > start) end = e;
  }
  let warning: string | undefined;
  if (s.isCertain('weekday')) {
    const actual = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
    if (actual !== s.get('weekday')) warning = `${cleanMentionText(r.text)}: ${start} is a ${WEEKDAYS[actual]}, not a ${WEEKDAYS[s.get('weekday')!]}`;
  }
  return {
    text, start, end, granularity: 'day', sentence, future: isFuture(before, sentence.slice(r.index + r.text.length)), yearStated,
    ...(warning ? { warning } : {}),
    ...(/\bsince\s*$/i.test(before) || /^\s*since\b/i.test(r.text) ? { background: true } : {}),
  };
}

function isFuture(before: string, after: string): boolean {
  return FUTURE_CONTEXT.test(clauseBefore(before)) || DEADLINE_BEFORE.test(before) || FUTURE_AFTER.test(after);
}

/** "submitted ... before 31 August 2025", "by 15 June": a deadline. */
const DEADLINE_BEFORE = /\b(?:before|by)\s+$/i;

/** The clause a mention sits in, up to the mention: context further back is another clause. */
function clauseBefore(before: string): string {
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf('. '), before.lastIndexOf(', while'), before.lastIndexOf(', and'));
  return before.slice(cut + 1);
}

/** What `decideArticleDate` needs of an article. */
export interface DatedInput {
  dateline: string | null;
  mentions: RawMention[];
}

export interface ArticleDate {
  date: string | null;
  source: DateSource | null;
  text: string | null;
  /** Inferred from the article listed below: the article is no older than `date`. */
  floor?: boolean;
}

/** The article's own date from its dateline or its text, before neighbours are consulted. */
export function decideArticleDate(a: DatedInput): ArticleDate {
  if (a.dateline) return { date: a.dateline, source: 'dateline', text: a.dateline };
  const reported = a.mentions.filter((m) => m.granularity === 'day' && !m.future && !m.relative && !m.background);
  if (reported.length === 0) return { date: null, source: null, text: null };
  // The lead paragraph reports the event; failing that, the date the body names most often.
  const lead = reported.find((m) => m.paragraph === 0);
  if (lead) {
    // "On the sidelines of COP29, held from 11 to 22 November, ICESCO organized on Tuesday, 19
    // November, a side event": a day inside the range it first names is the article's own event.
    const within = lead.end && lead.end !== lead.start ? reported.find((m) => m.paragraph === 0 && !m.end && m.start > lead.start && m.start <= lead.end!) : undefined;
    const own = within ?? lead;
    return { date: own.start, source: 'body', text: own.text };
  }
  const support = new Map<string, number>();
  for (const m of reported) support.set(m.start, (support.get(m.start) ?? 0) + 1);
  const best = reported.reduce((b, m) => ((support.get(m.start) ?? 0) > (support.get(b.start) ?? 0) ? m : b));
  return { date: best.start, source: 'body', text: best.text };
}

/**
 * Fills undated articles of one listing page from their neighbours: listings run newest
 * first, so an undated article is no older than the nearest dated one below it.
 */
export function inferFromNeighbours(dates: ArticleDate[], titles: string[]): ArticleDate[] {
  return dates.map((d, i) => {
    if (d.date) return d;
    for (let j = i + 1; j < dates.length; j++)
      if (dates[j].date && dates[j].source !== 'inferred')
        return { date: dates[j].date, source: 'inferred' as const, text: `listed above "${titles[j]}" (${dates[j].date})`, floor: true };
    for (let j = i - 1; j >= 0; j--)
      if (dates[j].date && dates[j].source !== 'inferred')
        return { date: dates[j].date, source: 'inferred' as const, text: `listed below "${titles[j]}" (${dates[j].date})` };
    return d;
  });
}

/** A period a --since/--until value names: its first and last day. */
export interface DateBound {
  start: string;
  end: string;
}

const MONTH_NAMES = MONTHS;
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 864e5);
const isoOf = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Parses a user's date bound (with `fallback` for the forms only a parser reads): "2025-09-01", "2025-09", "2025", "September 2025", "Sep 2025",
 * "last 30 days", "this year", "last month", "today", or any single date chrono reads.
 * Relative forms resolve against `today`. Returns null when the value is not a date.
 */
export function parseDateBound(value: string, today: Date, fallback?: (value: string, today: Date) => DateBound | null): DateBound | null {
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
    const mo = MONTH_NAMES.findIndex((n) => n === m![1] || (m![1].length >= 3 && n.startsWith(m![1]))) + 1;
    const y = Number(m[2]);
    return mo ? { start: iso(y, mo, 1), end: iso(y, mo, lastDay(y, mo)) } : null;
  }
  const t = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  const ty = t.getUTCFullYear();
  const tm = t.getUTCMonth() + 1;
  if (v === 'today') return { start: isoOf(t), end: isoOf(t) };
  if (v === 'yesterday') return { start: isoOf(addDays(t, -1)), end: isoOf(addDays(t, -1)) };
  if ((m = v.match(/^(?:last|past) (\d+) (day|week|month|year)s?$/))) {
    const n = Number(m[1]);
    const days = { day: 1, week: 7, month: 30, year: 365 }[m[2] as 'day'] * n;
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
  return fallback ? fallback(value, t) : null;
}
