/** Small text helpers shared by the stages. Pure functions, no NLP. */

/** Splits text into its non-blank lines, trimmed, keeping 1-based line numbers. */
export function pageLines(text: string): { lineNo: number; text: string }[] {
  const out: { lineNo: number; text: string }[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    // Most lines need no whitespace clean-up beyond trimming: test before rewriting.
    const trimmed = raw.trim();
    const t = trimmed.includes('  ') || trimmed.includes('\t') || trimmed.includes('\u00a0') ? raw.replace(/[\t\u00a0 ]+/g, ' ').trim() : trimmed;
    if (t) out.push({ lineNo: i + 1, text: t });
  }
  return out;
}

/** Number of whitespace-separated words. */
export function wordCount(s: string): number {
  return wordCountUpTo(s, Infinity);
}

/**
 * Number of whitespace-separated words, counted no further than `limit`: min(wordCount(s),
 * limit). A test comparing the count with numbers below `limit` gets the same answer without
 * scanning a long paragraph to its end.
 */
export function wordCountUpTo(s: string, limit: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // (Letters, the most common case, are told apart in two comparisons.)
    const space = c <= 32 ? c === 32 || c === 9 || c === 10 || c === 13 : c === 160;
    if (!space && !inWord && ++n >= limit) return limit;
    inWord = !space;
  }
  return Math.min(n, limit);
}

/** True when a line ends like a sentence or clause (after closing quotes and brackets). */
export function endsLikeSentence(s: string): boolean {
  // From the end, as a regular expression anchored at the end would try every position of a
  // long paragraph: this is called on every line of every page, several times.
  let i = s.length - 1;
  // ("… masih cukup tinggi.<>": an empty tag's remnant, some sites' end-of-story mark.)
  if (s.endsWith('<>')) i -= 2;
  while (i >= 0 && isClosing(s.charCodeAt(i))) i--;
  return i >= 0 && SENTENCE_END.has(s.charCodeAt(i));
}

const SENTENCE_END = new Set([...'.!?:;,…'].map((c) => c.charCodeAt(0)));
const CLOSING = new Set([...'"\'”’»)]'].map((c) => c.charCodeAt(0)));

/** Closing quotes and brackets, and white space as JavaScript's \s knows it. */
function isClosing(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 128) return CLOSING.has(c);
  return CLOSING.has(c) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A key for comparing lines across pages: case-, space- and quote-insensitive. */
export function lineKey(s: string): string {
  return s.toLowerCase().replace(/[“”"]/g, '"').replace(/[‘’']/g, "'").replace(/\s+/g, ' ').trim();
}

/** Folds accents and case, for matching names typed by a user. */
export function foldForMatch(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Splits a paragraph into sentences (abbreviation-aware enough for news prose). */
export function sentences(paragraph: string): string[] {
  const out: string[] = [];
  // A sentence ends at . ! ? followed by space and an uppercase letter/quote, unless the
  // period closes a known abbreviation or an initial ("Dr.", "M.", "St.").
  const re = /[.!?]["”’)]?\s+(?=["“‘(]?[A-Z\d])/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(paragraph))) {
    const before = paragraph.slice(start, m.index + 1);
    if (/(?:\b(?:Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr|No|Eng|Gen|Lt|Col|Capt|Mt|vs|etc|Inc|Ltd|Co|H\.E)|\b[A-Z])\.$/.test(before)) continue;
    out.push(paragraph.slice(start, m.index + m[0].length).trim());
    start = m.index + m[0].length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/**
 * Plain code-unit order, for ids, file names and ISO dates: deterministic and free, where
 * localeCompare would load the ICU collator (tens of milliseconds at start-up).
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A copy of a string cut from a larger one. V8 represents a slice as a view of its parent, so a
 * title kept from a page keeps the whole page in memory; a long-lived piece is copied instead.
 * (Slicing a concatenation makes V8 flatten it into a new string first, so the result is a view
 * of that copy, never of the page: one copy, where a JSON round trip made two and parsed one,
 * ~7x as long.)
 */
export function detached(s: string): string {
  return `${s} `.slice(0, -1);
}
