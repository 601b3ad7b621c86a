/**
 * boilerplate: SegmentedPage[] -> cleaned SegmentedPage[] + every chrome line removed. Segmentation
 * has already set aside what a line is by itself (bylines, widgets, teasers, the page's header);
 * this stage adds what only the whole corpus shows:
 *  - recurring: a short line that recurs on more pages than the article it sits in (so a
 *    duplicated article's own paragraphs, which recur exactly as often as its title, stay);
 *  - orphan: an article left with nothing article-like once those lines are removed.
 */
import { endsLikeSentence, lineKey, wordCount, wordCountUpTo } from '../text.js';
import { isBodyParagraph } from './lines.js';
import type { ArticleBlock, BoilerplateEntry, BoilerplateReason, ChromeLine, Page, PageLine, SegmentedPage } from '../types.js';

/** Longest line (in words) that a recurrence alone can make chrome; longer prose is content. */
export const RECURRING_MAX_WORDS = 20;

/** The key every long line shares: recurrence is never counted for them. */
const LONG = '\u0000long';

export interface BoilerplateResult {
  pages: SegmentedPage[];
  chrome: ChromeLine[];
}

/** The lines an article holds on its page (a lead's credit is part of its first paragraph). */
function articleLines(a: ArticleBlock): PageLine[] {
  return [...(a.title ? [a.title] : []), ...a.datelines.filter((d) => !d.inline), ...a.body];
}

/** Removes chrome from segmented pages; every removed line is returned in `chrome`. */
export function removeBoilerplate(segmented: SegmentedPage[]): BoilerplateResult {
  // Per key, the pages carrying it: counted as each page's lines are noted (a page's lines are
  // noted together, so remembering the last page is enough to count each page once).
  const pagesWith = new Map<string, { pages: number; last: number }>();
  // Only short lines can be judged by recurrence (titles included): long ones share one key.
  // (Words counted only as far as the limit: most lines are long paragraphs.)
  const keyOf = (text: string) => (text.length > 300 || wordCountUpTo(text, RECURRING_MAX_WORDS + 1) > RECURRING_MAX_WORDS ? LONG : lineKey(text));
  const note = (text: string, p: number) => {
    const k = keyOf(text);
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
    for (const c of sp.chrome) note(c.text, sp.pageIndex);
    return sp.articles.map((a) => {
      for (const d of a.datelines) if (!d.inline) note(d.text, sp.pageIndex);
      const body = a.body.map((l) => note(l.text, sp.pageIndex));
      // (An article without a title line is known by its lead.)
      return { title: a.title ? note(a.title.text, sp.pageIndex) : body[0] ?? '', body };
    });
  });
  const df = (key: string) => (key === LONG ? 1 : pagesWith.get(key)?.pages ?? 0);

  const chrome: ChromeLine[] = [];
  const drop = (p: number, l: PageLine, reason: BoilerplateReason) => chrome.push({ pageIndex: p, lineNo: l.lineNo, text: l.text, reason });
  const cleanedPages = segmented.map((sp, at) => {
    for (const c of sp.chrome) chrome.push(c); // (not push(...): a page of 100,000 chrome lines would overflow the stack)
    const kept: ArticleBlock[] = [];
    sp.articles.forEach((a, n) => {
      const keys = articleKeys[at][n];
      const titleDf = df(keys.title);
      const recurring = new Set<number>();
      const body = a.body.filter((l, i) => {
        // (A sentence of prose is never chrome for recurring: a story reposted with edits shares some.)
        // (Nor is a piece of a hard-wrapped paragraph: its breaks fall anywhere.)
        if (!a.wrapped && df(keys.body[i]) > Math.max(1, titleDf) && wordCount(l.text) <= RECURRING_MAX_WORDS && !isBodyParagraph(l.text)) {
          drop(sp.pageIndex, l, 'recurring');
          recurring.add(l.lineNo);
          return false;
        }
        return true;
      });
      if (body.length === 0 || (recurring.size > 0 && !body.some((l) => endsLikeSentence(l.text) || wordCount(l.text) >= 12))) {
        // Nothing article-like is left once the recurring lines are gone: the "title" was chrome too.
        for (const l of articleLines({ ...a, body })) drop(sp.pageIndex, l, 'orphan');
        return;
      }
      const lines = recurring.size ? a.lines.map((l) => (recurring.has(l.line) && !l.removed && l.class !== 'title' ? { ...l, class: 'recurring' as const, removed: true } : l)) : a.lines;
      kept.push({ ...a, index: kept.length, body, lines });
    });
    return { ...sp, chrome: [], articles: kept };
  });
  chrome.sort((x, y) => x.pageIndex - y.pageIndex || x.lineNo - y.lineNo);
  return { pages: cleanedPages, chrome };
}

/** Groups chrome lines into one report entry per distinct text, most widespread first. */
export function summarizeBoilerplate(chrome: ChromeLine[], pages: Page[]): BoilerplateEntry[] {
  const byKey = new Map<string, BoilerplateEntry & { pageSet: Set<number> }>();
  for (const c of chrome) {
    const k = lineKey(c.text);
    let e = byKey.get(k);
    if (!e) byKey.set(k, (e = { text: c.text, reason: c.reason, pageCount: 0, occurrenceCount: 0, sources: [], pageSet: new Set() }));
    e.occurrenceCount++;
    if (!e.pageSet.has(c.pageIndex)) {
      e.pageSet.add(c.pageIndex);
      e.sources.push(pages[c.pageIndex].source);
    }
  }
  return [...byKey.values()]
    .map(({ pageSet, ...e }) => ({ ...e, pageCount: pageSet.size }))
    .sort((a, b) => b.pageCount - a.pageCount || b.occurrenceCount - a.occurrenceCount || a.text.localeCompare(b.text));
}
