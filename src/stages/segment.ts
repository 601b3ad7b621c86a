/**
 * segment: Page -> SegmentedPage. Finds articles by the shape of their lines: a title is a
 * short line without closing punctuation, followed (perhaps after a dateline) by a body
 * paragraph. No list of known titles; a wrapped body fragment stays in its article.
 */
import { endsLikeSentence, pageLines, wordCount } from '../text.js';
import type { ArticleBlock, Page, PageLine, SegmentedPage } from '../types.js';

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
/**
 * A dateline is a line holding only a date (as published under a title), perhaps with a
 * weekday, a "Posted on" lead or a trailing counter ("June 19, 2022 0": a comment count).
 */
const DATELINE = new RegExp(
  `^(?:(?:posted|published|updated)(?: on)?:?\\s+)?(?:${WEEKDAY},?\\s+)?` +
    `(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4})` +
    `(?:\\s*[-|,]?\\s*\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?)?(?:\\s+\\d{1,4})?$`,
  'i',
);

/** A month and day, either order ("October 23", "23 October"). */
const MONTH_DAY = new RegExp(`(?:\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\b|\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)`, 'i');

/**
 * A line that holds only a publication date, or an agency lead: a place, the date and the
 * agency's name ("Cairo, October 23, AZERTAC", "Rabat, 12 November 2025 (MAP)").
 */
export function isDateline(text: string): boolean {
  if (text.length <= 60 && DATELINE.test(text)) return true;
  if (text.length > 80 || wordCount(text) > 10 || !MONTH_DAY.test(text)) return false;
  const rest = text.replace(MONTH_DAY, ' ').replace(/\b\d{4}\b/, ' ');
  // What is left is names only: capitalised words or acronyms between commas, dashes, brackets.
  return rest.split(/[,–—\-()/|]+/).every((part) => /^\s*(?:[\p{Lu}][\p{L}.'’]*\s*){0,3}$/u.test(part));
}

/** A paragraph of prose: long enough, and closed like a sentence unless very long. */
export function isBodyParagraph(text: string): boolean {
  const words = wordCount(text);
  return (words >= 12 && endsLikeSentence(text)) || words >= 40;
}

/** "... in cooperation with UNDP and", "... and heritage;": a sentence broken off mid-way. */
const BROKEN_OFF = /(?:[,;]|\b(?:and|or|but|nor|the|a|an|of|to|for|with|by|from|as|that|which|whose|its|their|his|her))["”’]?$/;

/** Could this line be a title, judged by itself and the line before it? */
export function isTitleShaped(text: string, previous: string | undefined): boolean {
  const words = wordCount(text);
  if (words < 2 || words > 35 || text.length > 260) return false;
  if (endsLikeSentence(text)) return false;
  if (!/^[\p{Lu}\p{N}"“‘'(«]/u.test(text)) return false;
  if (text.includes(';')) return false; // a list continued from the previous paragraph
  // A title never ends broken off, and never continues a paragraph that was ("...; and" /
  // "Sport, arts and heritage as tools ..."). (After a colon a title can follow, when the
  // colon introduced a list the scrape lost.)
  if (BROKEN_OFF.test(text)) return false;
  // (A bare ";" ends a bullet item, after which a title may come.)
  if (previous !== undefined && BROKEN_OFF.test(previous) && !/;["”’]?$/.test(previous)) return false;
  return !isDateline(text);
}

/** Splits one page into header lines and articles. */
export function segmentPage(page: Page, pageIndex: number): SegmentedPage {
  const lines = pageLines(page.text);
  const titleAt = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!isTitleShaped(lines[i].text, lines[i - 1]?.text)) continue;
    let next = i + 1;
    if (lines[next] && isDateline(lines[next].text)) next++;
    // A body never starts in lower case: "... readings from the Khamsa of Nizami" / "in
    // Azerbaijani, Arabic, and Persian, ..." is one sentence broken across lines.
    if (lines[next] && isBodyParagraph(lines[next].text) && !/^\p{Ll}/u.test(lines[next].text)) titleAt.add(i);
  }
  const header: PageLine[] = [];
  const articles: ArticleBlock[] = [];
  let current: ArticleBlock | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (titleAt.has(i)) {
      current = { pageIndex, index: articles.length, title: line, dateline: null, body: [] };
      articles.push(current);
      if (lines[i + 1] && isDateline(lines[i + 1].text)) current.dateline = lines[++i];
    } else if (current) current.body.push(line);
    else header.push(line);
  }
  return { pageIndex, header, articles };
}
