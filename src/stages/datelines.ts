/**
 * datelines: which lines only date an article. A dateline is a date the date parser reads with
 * nothing around it but page furniture — labels ("Updated", "Date :", an icon's name), a time,
 * counters, a weekday — and a place or agency credit set off by punctuation ("Cairo, October 23,
 * AZERTAC", "King Abdullah Economic City/ Area of Makkah: 09/05/2019"). The parser comes in as a
 * function, so that this stage stays pure and chrono-node is imported by dates.ts alone.
 */
import { wordCount } from '../text.js';
import type { Dateline, LineDate, PageLine } from '../types.js';

/** One date or time the parser found in a line. */
export interface DateSpan {
  index: number;
  text: string;
  year: number | null;
  month: number | null;
  day: number | null;
  weekday: number | null;
}

/** Reads the dates and times of a short line (dates.ts: readLineDates). */
export type DateReader = (text: string) => DateSpan[];

/** Longest line (in words) that can be a dateline (lines.ts skips the short-line tests beyond it). */
export const MAX_WORDS = 18;
/** Most words of place or agency credit a dateline carries (an emirate's official name is eight). */
const MAX_CREDIT_WORDS = 10;

/** Words of page furniture around a date: labels, clock words, counters' names. */
const LABELS = new Set([
  'date', 'dated', 'time', 'updated', 'update', 'posted', 'published', 'publish', 'modified', 'last', 'on', 'at', 'print', 'read', 'reads',
  'views', 'view', 'id', 'gmt', 'utc', 'local', 'am', 'pm', 'a.m', 'p.m', 'hrs', 'h', 'ah', 'ad', 'hijri', 'comments', 'comment', 'created', 'source',
  'by', 'admin', 'first', 'added', 'details', 'off',
  // French ("samedi, 31 août, 2019 à 23:49", "Publié le 3 mars 2021").
  'à', 'le', 'publié',
]);
/** Labels that say a date is when the page was published (they may follow a byline's name). */
const PUBLISHING = /^(?:published|posted|updated|modified|created|dated?)[:.]?$/i;
const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?$/i;
/** A month's name the parser left beside the date it read ("December 24 - 24 december 2022" is read from the second). */
const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|tember|ober|ember)?\.?$/i;
/** An icon's name printed beside a date or time ("calendar-gray", "Clock-gray"). */
const ICON = /^\p{L}+(?:-\p{Ll}+)+$/u;
/** Words that join a place's name ("Area of Makkah", "Dar es Salaam"). */
const CONNECTORS = new Set(['of', 'the', 'and', 'al', 'el', 'de', 'du', 'des', 'es', 'bin', 'bint', 'ibn', 'upon', 'la', 'le']);
/** What separates the parts of a dateline: commas (Latin and Arabic), colons, bars, middle dots, slashes, brackets, dashes between spaces. */
const SEPARATOR = /([,،;:|·/\\()[\]–—]|\s*-+\s+|\s+-+\s*|^-+|-+$|\u0000)/;

/**
 * A date announced by a field's label is a deadline or a schedule, not a dateline ("Deadline: 30
 * June 2025", "Event date: 12 May 2026").
 */
const FIELD_LABEL = /\b(?:deadlines?|due|closing|opening|event|start|end|registration|applications?|submissions?|valid|expir(?:es|y)|until|till)\b/i;

/**
 * The date a whole line gives when it is a dateline; null when it says anything more. With
 * English words known, a credit of three words or more must hold a name ("World Arabic
 * Language Day, 18 December" is a headline).
 */
export function readDateline(text: string, read: DateReader, isWord?: (w: string) => boolean): LineDate | null {
  if (text.length > 160 || wordCount(text) > MAX_WORDS || !/\d/.test(text)) return null;
  const spans = read(text);
  const dated = spans.filter((s) => s.month !== null && s.day !== null);
  if (dated.length === 0 || !onlyFurniture(text, spans, true, isWord)) return null;
  const best = dated.find((s) => s.year !== null) ?? dated[0];
  return { text: best.text, year: best.year, month: best.month!, day: best.day!, weekday: best.weekday };
}

/**
 * Whether a dateline says where the report was filed — a place or agency credit ("Tashkent:
 * 11/03/2025", a lead's "DOHA, May 07 (QNA)") — and not only when a page posted it ("12 March
 * 2025", "Sunday, June 15, 2025", "Posted on 3 April 2023 by admin", "By Amina Yusuf, 12 March 2025").
 */
export function isDispatch(d: Dateline): boolean {
  if (d.inline) return true;
  const at = d.text.indexOf(d.date.text);
  const rest = at < 0 ? d.text : `${d.text.slice(0, at)}\u0000${d.text.slice(at + d.date.text.length)}`;
  if (rest.split(/\s+/).some((w) => PUBLISHING.test(w))) return false;
  const pieces = rest.split(SEPARATOR);
  for (let p = 0; p < pieces.length; p += 2) {
    const all = pieces[p].trim().split(/\s+/);
    const words = all.filter((w) => w && !isFurnitureWord(w));
    // (A byline's name, "By Amina Yusuf", is no place.)
    if (words.length && isCredit(words) && !/^by$/i.test(all[0])) return true;
  }
  return false;
}

/** Day, month word ("16 сентября, 2024 16:08": a comma may follow it), year, time (seconds optional), and at most a short suffix ("pm", "nm", "WIB"). */
const FOREIGN_STAMP = /^\d{1,2}\.? \p{L}{3,12}[.,]? \d{4},? \d{1,2}[:.]\d\d(?:[:.]\d\d)?(?: ?\p{L}{1,4}\.?)?$/u;

/** A line that holds a time of day and nothing else of substance ("09:54 LOCAL TIME 06:54 GMT", "Clock-gray 16:35"). */
export function isTimestamp(text: string, read: DateReader): boolean {
  if (text.length > 80 || !/\d[:.]\d\d/.test(text)) return false;
  // A day, a month in any language, a year and a time: a publishing system's stamp ("20 Oktober
  // 2010 11:47:25 nm"), whose month the date parser, which reads English, does not know. (The
  // shape takes any word for the month: a line with an English one is read as a dateline
  // first, lines.ts's classifyLine asking readDateline before this.)
  if (FOREIGN_STAMP.test(text.trim())) return true;
  const spans = read(text);
  return spans.length > 0 && spans.every((s) => s.month === null) && onlyFurniture(text, spans, false);
}

/**
 * The dateline that opens a lead paragraph: an agency's credit before its first dash, colon or
 * full stop ("RIYADH, Jan 18 (KUNA) --", "BAKU, Azerbaijan, April 29.", "Rabat, May 26, 2021, SPA –").
 * Returns the credit as written (without the separator) and its date.
 */
export function readLeadDateline(text: string, read: DateReader): { credit: string; date: LineDate } | null {
  if (!/\d/.test(text.slice(0, 200))) return null;
  // (A wire's byline may come first, glued to the credit: "By Mujahid Ishak LANGKAWI, April 4 --".)
  const by = leadByline(text)?.length ?? 0;
  for (const end of creditEnds(text)) {
    if (end <= by) continue;
    const credit = text.slice(0, end).trim();
    if (wordCount(credit) > MAX_WORDS) break;
    const date = readDateline(credit.slice(by), read);
    if (date) return { credit, date };
  }
  return null;
}

/** A wire's byline glued to the start of its lead, before the upper-case city: "By Moustafa Al-Soufi RABAT, Oct 30 (KUNA) --". */
const LEAD_BYLINE = /^By\s+((?:\p{Lu}[\p{Ll}'’.-]*(?:-\p{Lu}[\p{Ll}'’.-]*)?\s+){1,4})(?=\p{Lu}{3,}[\s,])/u;

/** The writer a lead's glued byline names, and how many characters the byline takes; null when it has none. */
export function leadByline(text: string): { writer: string; length: number } | null {
  const m = LEAD_BYLINE.exec(text);
  return m ? { writer: m[1].trim(), length: m[0].length } : null;
}

/** Where a lead's credit may end: each dash, colon or full stop outside brackets, in order. */
function* creditEnds(text: string): Generator<number> {
  let depth = 0;
  for (let i = 0; i < Math.min(text.length, 200); i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (depth > 0) continue;
    else if (c === ':' || c === '–' || c === '—') yield i;
    else if (c === '-' && (text[i + 1] === '-' || text[i + 1] === ' ') && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '-')) yield i;
    else if (c === '.' && text[i + 1] === ' ' && /\d/.test(text[i - 1] ?? '')) yield i;
  }
}

/**
 * Whether the line, its dates taken out, holds only furniture: each part between separators is
 * a label, a number, a weekday or an icon's name; or (when `credit` allows) a place or agency
 * name of capitalised words that punctuation sets off from the date ("on 18 May" is prose).
 */
function onlyFurniture(text: string, spans: DateSpan[], credit = true, isWord?: (w: string) => boolean): boolean {
  let rest = '';
  let at = 0;
  for (const s of spans) {
    rest += `${text.slice(at, s.index)}\u0000`;
    at = s.index + s.text.length;
  }
  rest += text.slice(at);
  let creditWords = 0;
  // Parts and the separators after them, alternately (the split keeps what it splits on).
  const pieces = rest.split(SEPARATOR);
  for (let p = 0; p < pieces.length; p += 2) {
    let words = pieces[p].trim().split(/\s+/).filter(Boolean);
    if (words.length === 0 || words.every(isFurnitureWord)) continue;
    if (pieces[p + 1] === '\u0000') {
      // A name glued to the date it precedes is a sentence ("Language Day on 18 May 2025"), unless
      // a publishing label parts them ("Umer Jamshaid Published February 24, 2025").
      let end = words.length;
      while (end > 0 && isFurnitureWord(words[end - 1])) end--;
      if (!words.slice(end).some((w) => PUBLISHING.test(w))) return false;
      words = words.slice(0, end);
    }
    if (!credit || !isCredit(words) || FIELD_LABEL.test(pieces[p])) return false;
    // (Not a byline after the date: "October 15, 2018 Off By Web Desk" names its desk in English words.)
    const byAt = words.findIndex((w) => /^by$/i.test(w));
    const byline = byAt >= 0 && words.slice(0, byAt).every(isFurnitureWord);
    if (isWord && !byline && words.length >= 3 && words.every((w) => CONNECTORS.has(w.toLowerCase()) || isWord(w.toLowerCase().replace(/[^\p{L}]/gu, '')))) return false;
    creditWords += words.length;
  }
  return creditWords <= MAX_CREDIT_WORDS;
}

/** (A social-media handle beside a byline's name is furniture too: "Mohammad Ali (@ChaudhryMAli88) Published …".) */
function isFurnitureWord(word: string): boolean {
  const w = word.replace(/[.,:;!?'"“”‘’]+$/, '');
  return w === '' || /^[\d.+-]+$/.test(w) || /^@\w+$/.test(w) || /^\d+(?:st|nd|rd|th)$/i.test(w) || LABELS.has(w.toLowerCase()) || WEEKDAY.test(w) || MONTH.test(w) || ICON.test(w) || /^[ap]\.?m\.?$/i.test(w) || /^A[+-]$/.test(w);
}

/** Capitalised words (a place, an agency), joined by the small words of names. */
function isCredit(words: string[]): boolean {
  let named = 0;
  for (const w of words) {
    if (CONNECTORS.has(w.toLowerCase().replace(/-$/, ''))) continue;
    if (!/^[\p{Lu}\d]/u.test(w) && !/^(?:al|el)-\p{Lu}/u.test(w)) return false;
    named++;
  }
  return named > 0 && named * 2 >= words.length;
}

/** A machine date (YYYY-MM-DD), perhaps labelled: a stamp a scraper or a page's markup stored. */
// (A month alone, "date 2023-01", only after its label: a line may open with a plain "2024-05".)
const STAMP = '(?:(?:[Dd]ate|[Pp]ublished|[Uu]pdated|[Pp]osted)\\s*:?\\s*\\d{4}-\\d{2}(?:-\\d{2})?|\\d{4}-\\d{2}-\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?Z?)?';

const STAMP_LINE = new RegExp(`^${STAMP}$`);
/** (Case-sensitive: the text after a glued stamp starts like a title or a lead.) */
const GLUED_STAMP = new RegExp(`^\\s*(${STAMP})\\s+(?=[\\p{Lu}\\p{N}"“(«])`, 'u');

/** A line that is nothing but a stamp ("date 2021-02-14", "2021-02-14"). */
export function isStampLine(text: string): boolean {
  return STAMP_LINE.test(text.trim());
}

/**
 * A scraper's stored stamp glued to the front of a line (" date 2021-01-14 ICESCO proposes ..."):
 * the stamp and the rest, or null. Only a machine date (YYYY-MM-DD) is read as a stamp.
 */
export function splitStamp(text: string): { stamp: string; rest: string } | null {
  const m = GLUED_STAMP.exec(text);
  return m ? { stamp: m[1], rest: text.slice(m[0].length) } : null;
}

/** A page's lines with each glued stamp split off as a line of its own (same line number), and which lines are stamps. */
export function splitStamps(lines: PageLine[]): { lines: PageLine[]; stamps: Set<number> } {
  const out: PageLine[] = [];
  const stamps = new Set<number>();
  for (const l of lines) {
    const split = splitStamp(l.text);
    if (split) {
      stamps.add(out.length);
      out.push({ lineNo: l.lineNo, text: split.stamp }, { lineNo: l.lineNo, text: split.rest });
    } else {
      if (isStampLine(l.text)) stamps.add(out.length);
      out.push(l);
    }
  }
  return { lines: out, stamps };
}
