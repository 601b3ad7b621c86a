/**
 * boilerplate: SegmentedPage[] -> cleaned SegmentedPage[] + the chrome lines removed.
 * Chrome is recognised by what it is, never by a list of known sentences:
 *  - header: everything above a page's first article (navigation, disclaimers, widgets);
 *  - recurring: a short line that recurs on more pages than the article it sits in (so a
 *    duplicated article's own paragraphs, which recur exactly as often as its title, stay);
 *  - widget: a short unpunctuated line in the vocabulary of web UI (chat, cookies, terms,
 *    feedback, share buttons), so a single page's footer is caught without any statistics;
 *  - orphan: a title left with no body once its chrome is removed.
 */
import { endsLikeSentence, lineKey, wordCount } from '../text.js';
import type { ArticleBlock, BoilerplateEntry, BoilerplateReason, ChromeLine, Page, PageLine, SegmentedPage } from '../types.js';

/** Longest line (in words) that a recurrence alone can make chrome; longer prose is content. */
export const RECURRING_MAX_WORDS = 20;
/** Longest line (in words) that the widget vocabulary can make chrome. */
export const WIDGET_MAX_WORDS = 15;

const WIDGET_WORDS =
  /\b(?:cookies?|privacy|terms(?: of (?:use|service))?|(?:ai|cookie|privacy) policy|subscribe|newsletter|sign (?:in|up)|log ?in|log ?out|skip to|back to top|read more|share (?:this|on|via)|follow us|all rights reserved|copyright|google translate|disclaimer|feedback|satisf(?:ied|action)|chat(?:bot)?|assistant|messaging|whatsapp|facebook|twitter|linkedin|instagram|youtube|telegram|print (?:this|page)|email this|main menu|was this (?:\w+ ){0,2}(?:helpful|useful)|rate this (?:article|page|news|story))\b|©/i;

/** Phrases that are chrome however they are punctuated. */
const CHROME_MARKERS = /©|\ball rights reserved\b|\bskip to (?:main )?content\b|\b(?:privacy|cookie) policy\b|\bterms of (?:use|service)\b|\bwe use cookies\b/i;

/** A short line in the vocabulary of web page widgets. */
export function isWidgetLine(text: string): boolean {
  if (wordCount(text) > WIDGET_MAX_WORDS) return false;
  if (CHROME_MARKERS.test(text)) return true;
  return !/[.!]["”’)]?$/.test(text.trim()) && WIDGET_WORDS.test(text);
}

/** The key every long line shares: recurrence is never counted for them. */
const LONG = '\u0000long';

export interface BoilerplateResult {
  pages: SegmentedPage[];
  chrome: ChromeLine[];
}

/** Removes chrome from segmented pages; every removed line is returned in `chrome`. */
export function removeBoilerplate(segmented: SegmentedPage[]): BoilerplateResult {
  // Per key, the pages carrying it: counted as each page's lines are noted (a page's lines are
  // noted together, so remembering the last page is enough to count each page once).
  const pagesWith = new Map<string, { pages: number; last: number }>();
  // Only short lines can be judged by recurrence (titles included): long ones share one key.
  const keyOf = (l: PageLine) => (l.text.length > 300 || wordCount(l.text) > RECURRING_MAX_WORDS ? LONG : lineKey(l.text));
  const note = (l: PageLine, p: number) => {
    const k = keyOf(l);
    const seen = pagesWith.get(k);
    if (!seen) pagesWith.set(k, { pages: 1, last: p });
    else if (seen.last !== p) {
      seen.pages++;
      seen.last = p;
    }
    return k;
  };
  // Each line's key is computed once: per page, per article, the title's and the body lines'.
  const articleKeys = segmented.map((sp) => {
    for (const l of sp.header) note(l, sp.pageIndex);
    return sp.articles.map((a) => {
      const title = note(a.title, sp.pageIndex);
      if (a.dateline) note(a.dateline, sp.pageIndex);
      return { title, body: a.body.map((l) => note(l, sp.pageIndex)) };
    });
  });
  const df = (key: string) => (key === LONG ? 1 : pagesWith.get(key)?.pages ?? 0);

  const chrome: ChromeLine[] = [];
  const drop = (p: number, l: PageLine, reason: BoilerplateReason) => chrome.push({ pageIndex: p, lineNo: l.lineNo, text: l.text, reason });
  const cleanedPages = segmented.map((sp, at) => {
    for (const l of sp.header) drop(sp.pageIndex, l, 'header');
    const kept: ArticleBlock[] = [];
    sp.articles.forEach((a, n) => {
      const keys = articleKeys[at][n];
      const titleDf = df(keys.title);
      const body: PageLine[] = [];
      a.body.forEach((l, i) => {
        if (isWidgetLine(l.text)) drop(sp.pageIndex, l, 'widget');
        else if (df(keys.body[i]) > Math.max(1, titleDf) && wordCount(l.text) <= RECURRING_MAX_WORDS) drop(sp.pageIndex, l, 'recurring');
        else body.push(l);
      });
      if (a === sp.articles[sp.articles.length - 1]) dropFooter(body, (l) => drop(sp.pageIndex, l, 'footer'));
      if (body.length === 0 || !body.some((l) => endsLikeSentence(l.text) || wordCount(l.text) >= 12)) {
        // Nothing article-like is left: the "title" was chrome too.
        for (const l of [a.title, ...(a.dateline ? [a.dateline] : []), ...body]) drop(sp.pageIndex, l, 'orphan');
        return;
      }
      kept.push({ ...a, index: kept.length, body });
    });
    return { ...sp, header: [], articles: kept };
  });
  chrome.sort((x, y) => x.pageIndex - y.pageIndex || x.lineNo - y.lineNo);
  return { pages: cleanedPages, chrome };
}

/** Longest line (in words) a page's footer block is made of. */
export const FOOTER_MAX_WORDS = 15;

/**
 * The lines after a page's last article that are page furniture: a trailing block of short lines
 * ("Share this:", "Related", a teaser title and its date, a comment form) — three or more of
 * them, or any in the widget vocabulary. One short closing sentence alone stays in the article.
 */
function dropFooter(body: PageLine[], drop: (l: PageLine) => void): void {
  let start = body.length;
  while (start > 1 && wordCount(body[start - 1].text) <= FOOTER_MAX_WORDS) start--;
  const tail = body.slice(start);
  if (tail.length >= 3 || tail.some((l) => isWidgetLine(l.text))) {
    for (const l of tail) drop(l);
    body.length = start;
  }
}

/** Groups chrome lines into one report entry per distinct text, most widespread first. */
export function summarizeBoilerplate(chrome: ChromeLine[], pages: Page[]): BoilerplateEntry[] {
  const byKey = new Map<string, BoilerplateEntry & { pageSet: Set<number> }>();
  for (const c of chrome) {
    const k = lineKey(c.text);
    let e = byKey.get(k);
    if (!e) byKey.set(k, (e = { text: c.text, reason: c.reason, pages: 0, occurrences: 0, sources: [], pageSet: new Set() }));
    e.occurrences++;
    if (!e.pageSet.has(c.pageIndex)) {
      e.pageSet.add(c.pageIndex);
      e.sources.push(pages[c.pageIndex].source);
    }
  }
  return [...byKey.values()]
    .map(({ pageSet, ...e }) => ({ ...e, pages: pageSet.size }))
    .sort((a, b) => b.pages - a.pages || b.occurrences - a.occurrences || a.text.localeCompare(b.text));
}
