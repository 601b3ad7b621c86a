/**
 * dates: the only importer of chrono-node. Finds every date mention in an article, resolves
 * year-less and relative expressions against the article's own context (not the clock), and
 * decides each article's own date:
 *   1. a dateline under the title (or an agency lead, "Cairo, October 23, AZERTAC");
 *   2. else the first mention in the lead paragraph that reports something that happened (not
 *      a deadline or an event announced for later), else the body's best-supported such date;
 *   3. else, on a listing page (newest first), the date of the nearest dated article below it,
 *      or above it when none is below.
 */
import * as chrono from 'chrono-node';
import { sentences } from '../text.js';
import type { DateSpan } from './datelines.js';
import {
  iso, lastDay, MONTHS, parseDateBound as parseDateBoundByRules, resolveDates,
  UNITS, type ComponentsSnapshot, type DateBound, type DateExpression, type ParsedDates, type RawMention, type Unit,
} from './date-rules.js';

export * from './date-rules.js';

const MONTH_RE = '(January|February|March|April|May|June|July|August|September|October|November|December)';
const monthIndex = (name: string) => MONTHS.indexOf(name.toLowerCase()) + 1;

/** chrono's English parser plus the range forms it misses ("September 8 and 9, 2025"). */
function buildParser(): chrono.Chrono {
  const parser = chrono.casual.clone();
  parser.parsers.unshift(
    {
      // "September 8 and 9 , 2025": two consecutive days named with "and".
      pattern: () => new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})\\s+(?:and|&)\\s+(\\d{1,2})\\s*,?\\s*(\\d{4})\\b`, 'i'),
      extract: (context, m) => {
        const month = monthIndex(m[1]);
        const year = Number(m[4]);
        return context.createParsingResult(m.index ?? 0, m[0], { year, month, day: Number(m[2]) }, { year, month, day: Number(m[3]) });
      },
    },
    {
      // "8 and 9 September 2025"
      pattern: () => new RegExp(`\\b(\\d{1,2})\\s+(?:and|&)\\s+(\\d{1,2})\\s+${MONTH_RE},?\\s*(\\d{4})\\b`, 'i'),
      extract: (context, m) => {
        const month = monthIndex(m[3]);
        const year = Number(m[4]);
        return context.createParsingResult(m.index ?? 0, m[0], { year, month, day: Number(m[1]) }, { year, month, day: Number(m[2]) });
      },
    },
    {
      // "between 3 and 5 November (2025)", "between November 3 and 5": a range of days.
      // (Month names capitalised: "aged between 18 and 25 may register" names no month.)
      pattern: () => new RegExp(`\\b[Bb]etween\\s+(?:(\\d{1,2})\\s+and\\s+(\\d{1,2})\\s+${MONTH_RE}|${MONTH_RE}\\s+(\\d{1,2})\\s+and\\s+(\\d{1,2}))(?:\\s*,?\\s*(\\d{4}))?\\b`),
      extract: (context, m) => {
        const month = monthIndex(m[3] ?? m[4]);
        const [from, to] = m[1] ? [Number(m[1]), Number(m[2])] : [Number(m[5]), Number(m[6])];
        const year = m[7] ? { year: Number(m[7]) } : {};
        return context.createParsingResult(m.index ?? 0, m[0], { ...year, month, day: from }, { ...year, month, day: to });
      },
    },
    {
      // "from January to June 2025", "between April and June 2026": a range of months.
      // (Not "between October and November 30, 2025": a day ends that range.)
      pattern: () => new RegExp(`\\b(?:[Ff]rom|[Bb]etween)\\s+${MONTH_RE}\\s+(?:to|and|until|till)\\s+${MONTH_RE}(?!\\s+\\d{1,2}\\b)(?:\\s*,?\\s*(\\d{4}))?\\b`),
      extract: (context, m) => {
        const [first, last] = [monthIndex(m[1]), monthIndex(m[2])];
        if (first === last) return null;
        // Without a year, months name no specific month and toMention reports none; the range is
        // still read here so that chrono does not read "June" alone out of it.
        if (!m[3]) return context.createParsingResult(m.index ?? 0, m[0], { month: first }, { month: last });
        const year = Number(m[3]);
        // "from November to February 2026": the first month is in the year before.
        return context.createParsingResult(m.index ?? 0, m[0], { year: first > last ? year - 1 : year, month: first }, { year, month: last });
      },
    },
  );
  return parser;
}

let parser: chrono.Chrono | null = null;

/** The reference chrono parses against; only stated components are kept, so it never shows. */
const NEUTRAL_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

function snapshot(c: chrono.ParsedComponents): ComponentsSnapshot {
  const stated: Partial<Record<Unit, number>> = {};
  for (const u of UNITS) if (c.isCertain(u)) stated[u] = c.get(u)!;
  return { stated };
}

/** "the afternoon of": a part of the day, then the day it belongs to. */
const PART_OF_DAY_LEAD = /^(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night)\s+of\s+/i;

/**
 * chrono's results for one sentence. chrono reads "the afternoon of Wednesday, 23 July 2025" as
 * an afternoon on the reference day, with nothing of the date stated: the date after "of" is
 * read again on its own.
 */
function readExpressions(parser: chrono.Chrono, sentence: string): DateExpression[] {
  const out: DateExpression[] = [];
  // "the following day", "two days earlier": counted from the day named before (see resolveDates).
  const shifted = [...sentence.matchAll(SHIFTED_DAY)].map((m) => ({ index: m.index ?? 0, text: m[0], start: { stated: {} }, end: null, shiftDays: shiftOf(m) }));
  const read = (text: string, shift: number) => {
    for (const r of parser.parse(text, { instant: NEUTRAL_REFERENCE, timezone: 0 })) {
      const lead = PART_OF_DAY_LEAD.exec(r.text);
      if (lead && shift === 0 && !UNITS.some((u) => r.start.isCertain(u))) read(text.slice(r.index + lead[0].length, r.index + r.text.length), r.index + lead[0].length);
      else out.push({ index: r.index + shift, text: r.text, start: snapshot(r.start), end: r.end ? snapshot(r.end) : null });
    }
  };
  read(sentence, 0);
  // (chrono's own readings of these, "the day before", "evening", name no month: resolveDates drops them.)
  return [...out, ...shifted].sort((a, b) => a.index - b.index);
}

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven'];
const SHIFTED_DAY = /\bthe\s+(following|next|previous|preceding)\s+(?:day|morning|afternoon|evening)\b|\bthe\s+day\s+(before|after)\b(?!\s+(?:tomorrow|yesterday))|\b(one|two|three|four|five|six|seven|[1-7])\s+days?\s+(earlier|later|before|after)\b/gi;

/** The days a SHIFTED_DAY match counts: +1 "the following day", -2 "two days earlier". */
function shiftOf(m: RegExpMatchArray): number {
  if (m[1]) return /^(?:following|next)$/i.test(m[1]) ? 1 : -1;
  if (m[2]) return m[2].toLowerCase() === 'after' ? 1 : -1;
  const n = /^\d$/.test(m[3]) ? Number(m[3]) : NUMBER_WORDS.indexOf(m[3].toLowerCase()) + 1;
  return /^(?:later|after)$/i.test(m[4]) ? n : -n;
}

/** Reads the date expressions of an article's paragraphs with chrono (no reference needed later). */
export function parseDates(paragraphs: string[]): ParsedDates {
  parser ??= buildParser();
  const out: ParsedDates = { sentences: [] };
  let offset = 0;
  for (const [index, paragraph] of paragraphs.entries()) {
    let sentenceOffset = offset;
    for (const sentence of sentences(paragraph)) {
      const at = paragraph.indexOf(sentence, sentenceOffset - offset);
      const base = offset + (at < 0 ? 0 : at);
      const expressions = readExpressions(parser, sentence);
      if (expressions.length) out.sentences.push({ text: sentence, paragraph: index, offset: base, expressions });
      sentenceOffset = base + sentence.length;
    }
    offset += paragraph.length + 2;
  }
  return out;
}


/**
 * Finds the date mentions in an article's paragraphs. `reference` resolves expressions that
 * lack a year ("from 15 to 18 September", "this coming December"): it should be the article's
 * (or its page's) date, never today's.
 */
export function findDateMentions(paragraphs: string[], reference: Date): RawMention[] {
  return resolveDates(parseDates(paragraphs), reference);
}


/** parseDateBound with chrono for the forms the rules do not read ("1 Sep 2025", "Sept. 1st"). */
export function parseDateBound(value: string, today: Date): DateBound | null {
  return parseDateBoundByRules(value, today, chronoBound);
}

function chronoBound(value: string, t: Date): DateBound | null {
  parser ??= buildParser();
  const r = parser.parse(value, { instant: t, timezone: 0 });
  if (r.length !== 1 || r[0].text.trim().length < value.trim().length - 1 || !r[0].start.isCertain('month')) return null;
  const s = r[0].start;
  const y = s.get('year')!;
  const mo = s.get('month')!;
  if (!s.isCertain('day')) return { start: iso(y, mo, 1), end: iso(y, mo, lastDay(y, mo)) };
  const d = iso(y, mo, s.get('day')!);
  return { start: d, end: d };
}


/** A numeric date ("09/05/2019", "12.11.2024 10:30", "09/05/19"): which of its first two numbers is the day is open. */
const NUMERIC_DATE = /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d./-])/;
/** Years of a Gregorian date in a news page; a Hijri date beside it ("1442/10/14 - 2021/05/26") is read past. */
const GREGORIAN = (year: number | null) => year === null || (year >= 1800 && year <= 2200);

/**
 * The dates and times chrono reads in a short line (a dateline candidate), as plain spans.
 * Numeric dates are read day first, as the world outside the United States writes them
 * ("09/05/2019" is 9 May, "12.11.2024 10:30" 12 November), unless only the other order is a
 * date or the weekday printed with it says so; of a Hijri and a Gregorian date printed
 * together, the Gregorian one is kept.
 */
export function readLineDates(text: string): DateSpan[] {
  parser ??= buildParser();
  const out: DateSpan[] = [];
  for (const r of parser.parse(text, { instant: NEUTRAL_REFERENCE, timezone: 0 })) {
    const c = GREGORIAN(r.start.isCertain('year') ? r.start.get('year') : null) || !r.end ? r.start : r.end;
    const year = c.isCertain('year') ? c.get('year')! : null;
    if (!GREGORIAN(year)) continue;
    const span: DateSpan = {
      index: r.index,
      text: r.text,
      year,
      month: c.isCertain('month') ? c.get('month')! : null,
      day: c.isCertain('day') ? c.get('day')! : null,
      weekday: c.isCertain('weekday') ? c.get('weekday')! : null,
    };
    const numeric = NUMERIC_DATE.exec(r.text);
    if (numeric && year !== null) dayFirst(span, Number(numeric[1]), Number(numeric[3]), year);
    out.push(span);
  }
  return out;
}

/** Reads a numeric date's two numbers day first, unless only month first is a date, or the weekday printed with it says month first. */
function dayFirst(span: DateSpan, a: number, b: number, year: number): void {
  const weekdayOf = (month: number, day: number) => new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  const dayMonth = b <= 12;
  const monthDay = a <= 12;
  const weekdaySays = span.weekday !== null && dayMonth && monthDay && weekdayOf(a, b) === span.weekday && weekdayOf(b, a) !== span.weekday;
  if (dayMonth && !weekdaySays) [span.day, span.month] = [a, b];
  else if (monthDay) [span.day, span.month] = [b, a];
}
