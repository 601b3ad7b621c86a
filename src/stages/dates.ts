/**
 * dates: reading dates with chrono-node, the only module that runs its parsers (they load only
 * when something is not cached: this file is bundled apart). What is read here depends on no
 * reference date; see dates/configuration.ts for the parsers and refiners, in order, and for how
 * a reading is resolved in its page's context and the article's date chosen.
 */
import * as chrono from 'chrono-node';
import { sentences } from '../text.js';
import type { DateSpan } from './datelines.js';
import { LINES, PARSERS, READING } from './dates/configuration.js';
import { ENDS_ON_MONTH_ABBREVIATION } from './dates/lexicon.js';
import { toReadResult, type DateReading } from './dates/reading.js';

export type { DateReading } from './dates/reading.js';

/** The reference chrono parses against when reading: what it implies from it is never kept. */
const NEUTRAL = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };

/** chrono's casual English with icesco's parsers, and `refiners` after chrono's own. */
function configured(refiners: chrono.Refiner[]): chrono.Chrono {
  const parser = chrono.casual.clone();
  parser.parsers.unshift(...PARSERS.map((p) => p.step));
  parser.refiners.push(...refiners);
  return parser;
}

let parsersOnly: chrono.Chrono | null = null;
let textReader: chrono.Chrono | null = null;
let lineReader: chrono.Chrono | null = null;
const reader = () => (parsersOnly ??= configured([]));

/** Reads the date expressions of an article's paragraphs, sentence by sentence (no reference needed later). */
export function readDates(paragraphs: string[]): DateReading {
  textReader ??= configured(READING(reader).map((r) => r.step));
  const out: DateReading = { sentences: [] };
  let offset = 0;
  for (const [index, paragraph] of paragraphs.entries()) {
    for (const { text, at } of dateSentences(paragraph)) {
      const expressions = textReader.parse(text, NEUTRAL).map(toReadResult);
      if (expressions.length) out.sentences.push({ text, paragraph: index, offset: offset + at, expressions });
    }
    offset += paragraph.length + 2;
  }
  return out;
}

/** A sentence that opens on a German month's name (after "am 3." the sentence splitter stopped). */
const GERMAN_MONTH_START = /^(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/u;

/**
 * A paragraph's sentences and where each starts. A full stop after a month's abbreviation ends
 * no sentence when a number follows ("ending on Dec. 31, 2024"): the date is read whole.
 */
function dateSentences(paragraph: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let from = 0;
  for (const sentence of sentences(paragraph)) {
    const found = paragraph.indexOf(sentence, from);
    const at = found < 0 ? 0 : found;
    const last = out.at(-1);
    // (Nor does one after a day in German, "am 3. Oktober 2016": the month follows.)
    const germanDay = last && /(?<![\d.])\d{1,2}\.$/.test(last.text) && GERMAN_MONTH_START.test(sentence);
    if (last && ((ENDS_ON_MONTH_ABBREVIATION.test(last.text) && /^\d/.test(sentence)) || germanDay)) last.text = paragraph.slice(last.at, at + sentence.length);
    else out.push({ text: sentence, at });
    from = at + sentence.length;
  }
  return out;
}

/**
 * The dates and times chrono reads in a short line (a dateline candidate), as plain spans:
 * numeric dates day first, the Gregorian date of a Hijri and a Gregorian one (LINES' refiners).
 */
export function readLineDates(text: string): DateSpan[] {
  lineReader ??= configured(LINES.map((r) => r.step));
  return lineReader.parse(text, NEUTRAL).map((r) => {
    const c = r.start;
    const known = (u: 'year' | 'month' | 'day' | 'weekday') => (c.isCertain(u) ? c.get(u)! : null);
    return { index: r.index, text: r.text, year: known('year'), month: known('month'), day: known('day'), weekday: known('weekday') };
  });
}

/**
 * The one date a whole value names ("1 Sep 2025", "Sept. 1st"), read against `today`: its year
 * (given or implied), month and day (null for a month). Null unless the value is that date.
 */
export function readDate(value: string, today: Date): { year: number; month: number; day: number | null } | null {
  const r = reader().parse(value, { instant: today, timezone: 0 });
  if (r.length !== 1 || r[0].text.trim().length < value.trim().length - 1 || !r[0].start.isCertain('month')) return null;
  const s = r[0].start;
  return { year: s.get('year')!, month: s.get('month')!, day: s.isCertain('day') ? s.get('day')! : null };
}
