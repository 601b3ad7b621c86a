/**
 * article-dates: the dates of one page's articles, read in the page's context.
 *
 * An article's own date is its first dateline with a year; else a year-less dateline ("Cairo,
 * October 23, AZERTAC") given its year by the text — a date with a year in the article, the
 * article listed below or above it, the weekday the day falls on — else the day its text
 * reports. Year-less and relative mentions ("12 March", "on Sunday", "last April") resolve
 * against that date, never against the clock: where the page gives no year at all, they are
 * left out with a warning, so that an undated "12 March" cannot sort into the future.
 */
import type { Dateline, LineDate } from '../types.js';
import { decideArticleDate, inferFromNeighbours, type ArticleDate } from './date-rules.js';
import { isDispatch } from './datelines.js';
import { iso, nearestYear, toDate } from './dates/calendar.js';
import type { RawMention } from './dates/mention.js';
import type { DateReading } from './dates/reading.js';
import { FOUNDED } from './dates/reading/founding.js';
import { resolveMentions, statedMentions } from './dates/resolve.js';

export interface DatingInput {
  heading: string;
  /** What chrono read in it (dates.ts: readDates), cached. */
  reading: DateReading;
  datelines: Dateline[];
  /** Its title and text, asked for only when year-less dates find no year elsewhere (see soleYear). */
  text?: () => string;
}

export interface DatedArticle {
  date: ArticleDate;
  mentions: RawMention[];
  /** Dates left unresolved, each said in one phrase. */
  warnings: string[];
}

/** A year written as a number, not part of a longer one, a date or a range ("for 2007"; not "2022-2023"). */
const YEAR_NUMBER = /(?<![\d.,/-])(?:19[5-9]\d|20\d\d)(?![\d.,/-]\d)/g;

/**
 * The one year a text names (as a bare number: "for 2007", "the 2015 capital"), or null when it
 * names none or several. A year its sentence looks ahead to ("in preparation for the celebration
 * of Shusha as the capital … for 2024", "the upcoming 2025 edition"), or a body's founding
 * ("ISESCO was founded … in 1979"), is no year of the text's.
 */
export function soleYear(text: string): number | null {
  const years = new Set<string>();
  for (const m of text.matchAll(YEAR_NUMBER)) {
    const sentence = text.slice(Math.max(0, m.index! - 120), m.index).split(/[.!?]\s/).pop()!;
    if (!AHEAD.test(sentence) && !FOUNDED.test(sentence)) years.add(m[0]);
  }
  return years.size === 1 ? Number([...years][0]) : null;
}

/**
 * Every year an article names as a number ("for the year 2006"), ahead or not: a year-less day is
 * looked for in these first (see weekdayYear).
 */
function namedYears(a: DatingInput): number[] {
  if (!a.text) return [];
  return [...new Set([...a.text().matchAll(YEAR_NUMBER)].map((m) => Number(m[0])))];
}

/** Words that look ahead (see soleYear). */
const AHEAD = /\b(?:preparations?|prepare|preparing|upcoming|forthcoming|will|next|ahead of|plans?|planned|scheduled)\b/i;

/** Years searched back for one in which a year-less day falls on the weekday the text names. */
const WEEKDAY_YEARS = 11;

/**
 * Dates one page's articles (in page order: a listing runs newest first). `today` bounds a year
 * found from a weekday (a page reports no day after it); without it no year is found that way.
 * (It is the only thing the day changes: see DatingDay.)
 * What each article states decides the context every article is read in (its own date, or its
 * neighbour's); each article's reading is then resolved once, in that context, and its date
 * chosen once over what that gives.
 */
export function datePage(articles: DatingInput[], today?: DatingDay): DatedArticle[] {
  const headings = articles.map((a) => a.heading);
  const stated = articles.map(ownDate);
  const context = inferFromNeighbours(stated.map((s) => s.context), headings);
  const dated = articles.map((a, i): DatedArticle => {
    const warnings: string[] = [];
    let dateline = stated[i].dateline;
    const yearless = a.datelines.find((d) => d.date.year === null);
    if (!dateline && yearless) {
      // Its year from the article listed below or above, else from the weekday.
      const year = context[i].date ? nearestYear(yearless.date.month, yearless.date.day, toDate(context[i].date!)) : weekdayYear(yearless.date, leadWeekday(a.reading), today, namedYears(a));
      if (year !== null) dateline = datelineDate(yearless, year);
      else warnings.push(`"${yearless.date.text}" names no year and the page gives none: the article is left undated`);
    }
    // A day named with its weekday but no year ("issued on Saturday, May 24") fixes the year by itself.
    const reference = dateline?.date ?? context[i].date ?? weekdayAnchor(a.reading, today, namedYears(a));
    const written = dateline?.date ? writtenOn(a.datelines, dateline.date) : reference;
    let { mentions, unresolved } = resolveMentions(a.reading, written ? toDate(written) : null, !dateline && !!context[i].floor);
    // Nothing dates the article, but its text names one year and one only ("Tashkent, capital of
    // Islamic culture for 2007"): its year-less days ("from 17 to 18 October") are in that year.
    // (Only those: a relative expression still needs a day to count from.)
    const year = !written && unresolved.length && a.text ? soleYear(a.text()) : null;
    if (year !== null) {
      const inYear = resolveMentions(a.reading, toDate(`${year}-07-01`)).mentions.filter((m) => !m.yearStated && !m.relative);
      const resolved = new Set(inYear.map((m) => m.text));
      mentions = [...mentions, ...inYear].sort((x, y) => x.offset - y.offset);
      unresolved = unresolved.filter((text) => !resolved.has(text));
    }
    // Nothing on the page says which year: only the mentions that say it themselves are kept.
    const told = new Set(yearless ? [yearless.date.text] : []);
    for (const text of unresolved) if (!told.has(text)) warnings.push(`"${text}" names no year and the page gives none: left out`);
    const date = dateline ?? decideArticleDate({ dateline: null, mentions });
    return { date, mentions: [...datelineMentions(a.datelines, date.date ?? reference, mentions), ...mentions], warnings };
  });
  const final = inferFromNeighbours(dated.map((d) => d.date), headings);
  dated.forEach((d, i) => {
    d.date = final[i];
    // A mention after the article's own date announces something ahead of it.
    if (d.date.date) for (const m of d.mentions) if (m.start > d.date.date) m.future = true;
  });
  return dated;
}

/**
 * What an article says of its own date by itself: the date its datelines give, and the date its
 * year-less mentions are read against (failing a dateline, the first date it states with a year,
 * even a deadline's); neighbours stand in for an article without either.
 */
function ownDate(a: DatingInput): { dateline: ArticleDate | null; context: ArticleDate } {
  // The lines the page prints come before a scraper's stamp, which may be a later edit's date.
  const printed = [...a.datelines.filter((d) => !d.stamp), ...a.datelines.filter((d) => d.stamp)];
  const full = printed.find((d) => d.date.year !== null);
  if (full) {
    const dateline = datelineDate(full, full.date.year!);
    return { dateline, context: dateline };
  }
  const withYear = statedMentions(a.reading).filter((m) => !m.background);
  // A year-less dateline takes its year from the dates the article states ("Baku, September 24" over "2 – 3 October 2024").
  const yearless = printed[0];
  if (yearless && withYear.length) {
    const dateline = datelineDate(yearless, nearestYear(yearless.date.month, yearless.date.day, toDate(withYear[0].start)));
    return { dateline, context: dateline };
  }
  const decided = decideArticleDate({ dateline: null, mentions: withYear });
  if (decided.date || withYear.length === 0) return { dateline: null, context: decided };
  return { dateline: null, context: { date: withYear[0].start, source: 'body', text: withYear[0].text } };
}

/**
 * The day the text was written, which its relative words ("yesterday", "here Wednesday") count
 * from: the dispatch dateline nearest the text ("Tashkent: 11/03/2025" under a post date of 12
 * March 2025; "Doha, May 07 -" opening the lead of a blog post dated 15 June), else the article's date.
 * A year-less dispatch is in the year nearest the article's date.
 */
function writtenOn(datelines: Dateline[], own: string): string {
  const dispatch = datelines.filter((d) => !d.stamp && isDispatch(d)).sort((a, b) => a.lineNo - b.lineNo).at(-1);
  if (!dispatch) return own;
  const { year, month, day } = dispatch.date;
  return iso(year ?? nearestYear(month, day, toDate(own)), month, day);
}

/** The article's date a dateline gives, in `year`. */
const datelineDate = (d: Dateline, year: number): ArticleDate => ({ date: iso(year, d.date.month, d.date.day), source: 'dateline', text: d.text });

/**
 * Each dateline printed on the page is a mention of its day. A lead's credit is read in the body,
 * unless the body's reading found no date in it ("TASHKENT, 14.03.2025 (Dunyo) –": numbers
 * day first are read so only in a dateline).
 */
function datelineMentions(datelines: Dateline[], own: string | null, body: RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  for (const d of datelines) {
    if (d.inline && body.some((m) => m.paragraph === 0 && m.offset < d.text.length)) continue;
    const year = d.date.year ?? (own ? nearestYear(d.date.month, d.date.day, toDate(own)) : null);
    if (year === null) continue;
    const start = iso(year, d.date.month, d.date.day);
    if (out.some((m) => m.start === start && m.text === d.date.text)) continue;
    out.push({
      text: d.date.text, start, end: null, granularity: 'day', sentence: d.text, future: false, yearStated: d.date.year !== null, offset: -1, paragraph: -1,
      provenance: { rule: 'icesco.dateline', refinedBy: d.date.year === null ? ['icesco.year-from-article'] : [] },
    });
  }
  return out;
}

/** The first day the text names with its weekday but without a year, in the latest year it fell on that weekday. */
function weekdayAnchor(reading: DateReading, today: DatingDay | undefined, years: number[]): string | null {
  for (const s of reading.sentences) {
    for (const e of s.expressions) {
      const { weekday, day, month, year } = e.start;
      if (weekday === undefined || day === undefined || month === undefined || year !== undefined) continue;
      const y = weekdayYear({ text: e.text, year: null, month, day, weekday }, null, today, years);
      if (y !== null) return iso(y, month, day);
    }
  }
  return null;
}

/** The weekday the lead reports its event on ("kicked off ... on Wednesday"), if it names one. */
function leadWeekday(reading: DateReading): number | null {
  for (const s of reading.sentences) {
    if (s.paragraph > 0) break;
    for (const e of s.expressions) {
      const { weekday, day, month } = e.start;
      if (weekday !== undefined && day === undefined && month === undefined && !e.end && !/^(?:last|next|past)\b/i.test(e.text.trim())) return weekday;
    }
  }
  return null;
}

/**
 * The latest year, up to today's, in which the dateline's day falls on the weekday printed with
 * it, or else on the weekday its lead reports the event on ("Muscat, Oct 2 ... on Wednesday"):
 * first among the years the article names ("TEHRAN, Jan. 9 … declared the capital for the year
 * 2006 … on Monday": 9 January 2006 was a Monday, as was 9 January 2023), then counting back.
 */
function weekdayYear(date: LineDate, leadDay: number | null, today: DatingDay | undefined, named: number[] = []): number | null {
  const weekday = date.weekday ?? leadDay;
  if (weekday === null || !today) return null;
  return today.yearOf({ month: date.month, day: date.day, weekday, named });
}

/** A day without a year, on a weekday, that dating places in a year (weekdayYear): the question it asks the day. */
export interface WeekdayQuestion {
  month: number;
  day: number;
  weekday: number;
  /** The years the article names, tried first. */
  named: number[];
}

/** The latest year up to `today` in which the question's day falls on its weekday: first among its named years, then counting back. */
export function weekdayYearOn(q: WeekdayQuestion, today: Date): number | null {
  const onWeekday = (y: number) => {
    const t = Date.UTC(y, q.month - 1, q.day);
    return t <= today.getTime() && new Date(t).getUTCDay() === q.weekday;
  };
  const fromText = q.named.filter(onWeekday);
  if (fromText.length) return Math.max(...fromText);
  for (let y = today.getUTCFullYear(); y > today.getUTCFullYear() - WEEKDAY_YEARS; y--) if (onWeekday(y)) return y;
  return null;
}

/** A question and the year the day answered (null: none). */
export type WeekdayAnswer = [WeekdayQuestion, number | null];

/**
 * The day pages are dated on, and every question dating asked it. The day changes a corpus only
 * through these answers: another day that answers each of them the same (answersAsOn) dates
 * every article the same, and a corpus assembled on one day is the corpus of the next
 * (update/update.ts) until a year found from a weekday moves.
 */
export class DatingDay {
  private readonly answers = new Map<string, WeekdayAnswer>();

  /** `asked`: the questions an earlier day was asked (the corpus being updated was dated on it). */
  constructor(
    readonly date: Date,
    asked: WeekdayAnswer[] = [],
  ) {
    for (const a of asked) this.answers.set(questionKey(a[0]), a);
  }

  /** weekdayYearOn this day, the question noted. */
  yearOf(q: WeekdayQuestion): number | null {
    const year = weekdayYearOn(q, this.date);
    this.answers.set(questionKey(q), [q, year]);
    return year;
  }

  /** The questions asked, each once, with this day's answers. */
  get asked(): WeekdayAnswer[] {
    return [...this.answers.values()];
  }

  /** Whether `date` gives every question noted the year noted for it (those given to the constructor too). */
  answersAsOn(date: Date): boolean {
    return this.asked.every(([q, year]) => weekdayYearOn(q, date) === year);
  }
}

const questionKey = (q: WeekdayQuestion) => `${q.month}-${q.day}-${q.weekday}-${q.named.join(',')}`;
