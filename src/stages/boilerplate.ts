/**
 * boilerplate: SegmentedPage[] -> cleaned SegmentedPage[] + every chrome line removed. Segmentation
 * has already set aside what a line is by itself (bylines, widgets, teasers, the page's header);
 * this stage adds what only the whole corpus shows:
 *  - recurring: a short line that recurs on more pages than the article it sits in (so a
 *    duplicated article's own paragraphs, which recur exactly as often as its title, stay);
 *  - orphan: an article left with nothing article-like once those lines are removed.
 */
import { byCodeUnits, endsLikeSentence, lineKey, wordCount, wordCountUpTo } from '../text.js';
import { isBodyParagraph } from './lines.js';
import type { ArticleBlock, BoilerplateEntry, BoilerplateReason, ChromeLine, Page, PageLine, SegmentedPage } from '../types.js';

/** Longest line (in words) that a recurrence alone can make chrome; longer prose is content. */
export const RECURRING_MAX_WORDS = 20;

/** The key every long line shares: recurrence is never counted for them. */
const LONG = '\u0000long';

export interface BoilerplateResult {
  pages: SegmentedPage[];
  chrome: ChromeLine[];
  /** Each page's line keys, and each key's page count: what the cleaning read. */
  keys: PageKeys[];
  pageCounts: Map<string, number>;
}

/** The lines an article holds on its page (a lead's credit is part of its first paragraph). */
function articleLines(a: ArticleBlock): PageLine[] {
  return [...(a.title ? [a.title] : []), ...a.datelines.filter((d) => !d.inline), ...a.body];
}

/**
 * The recurrence keys of a page's lines, each computed once: its chrome lines', and per article
 * its title's (or, without a title line, its lead's) and its body lines'. Only short lines are
 * judged by recurrence: long ones share one key, never counted. (Words counted only as far as
 * the limit: most lines are long paragraphs.)
 */
export interface PageKeys {
  /** Every key the page carries, once each (what the page adds to each key's page count). */
  distinct: string[];
  articles: { title: string; body: string[] }[];
}

const keyOf = (text: string) => (text.length > 300 || wordCountUpTo(text, RECURRING_MAX_WORDS + 1) > RECURRING_MAX_WORDS ? LONG : lineKey(text));

export function pageKeys(sp: SegmentedPage): PageKeys {
  const distinct = new Set<string>();
  const note = (text: string) => {
    const k = keyOf(text);
    if (k !== LONG) distinct.add(k);
    return k;
  };
  for (const c of sp.chrome) note(c.text);
  const articles = sp.articles.map((a) => {
    for (const d of a.datelines) if (!d.inline) note(d.text);
    const body = a.body.map((l) => note(l.text));
    // (An article without a title line is known by its lead.)
    return { title: a.title ? note(a.title.text) : body[0] ?? '', body };
  });
  return { distinct: [...distinct], articles };
}

/** On how many pages a line's key recurs (a long line's key counts as one page). */
export type PageCount = (key: string) => number;

/** Per key, the pages carrying it. */
export function countPages(keys: readonly PageKeys[]): Map<string, number> {
  const pagesWith = new Map<string, number>();
  for (const k of keys) for (const key of k.distinct) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  return pagesWith;
}

/**
 * Removes chrome from segmented pages; every removed line is returned in `chrome`. A page's
 * cleaning depends on nothing but its own lines and each key's page count: a page is cleaned
 * alone (cleanPage) as it is with all the others.
 */
export function removeBoilerplate(segmented: SegmentedPage[]): BoilerplateResult {
  const keys = segmented.map(pageKeys);
  const pagesWith = countPages(keys);
  const df: PageCount = (key) => pagesWith.get(key) ?? 0;
  const chrome: ChromeLine[] = [];
  const cleanedPages = segmented.map((sp, at) => {
    const cleaned = cleanPage(sp, keys[at], df);
    for (const c of cleaned.chrome) chrome.push(c); // (not push(...): a page of 100,000 chrome lines would overflow the stack)
    return cleaned.page;
  });
  chrome.sort((x, y) => x.pageIndex - y.pageIndex || x.lineNo - y.lineNo);
  return { pages: cleanedPages, chrome, keys, pageCounts: pagesWith };
}

/**
 * The body lines of a page that recurrence could remove, as distinct [body key, title key]
 * pairs: whether each is removed depends on those two keys' page counts alone (recurs). A change
 * of counts that turns none of them changes none of the page's articles.
 */
export function recurrenceCandidates(sp: SegmentedPage, keys: PageKeys): [string, string][] {
  const pairs = new Map<string, [string, string]>();
  sp.articles.forEach((a, n) => {
    const k = keys.articles[n];
    a.body.forEach((l, i) => {
      if (k.body[i] !== LONG && mayRecur(a, l)) pairs.set(`${k.body[i]}\u0000${k.title}`, [k.body[i], k.title]);
    });
  });
  return [...pairs.values()];
}

/** A key's page count as the cleaning reads it: a long line's key counts one page. */
export const countOf = (df: PageCount, key: string) => (key === LONG ? 1 : df(key));

/**
 * Would a body line be dropped for its recurrence, given the page counts? Not a sentence of
 * prose (a story reposted with edits shares some), nor a piece of a hard-wrapped paragraph (its
 * breaks fall anywhere); a short line that recurs on more pages than its article's title.
 */
export function recurs(bodyCount: number, titleCount: number): boolean {
  return bodyCount > Math.max(1, titleCount);
}

/** Can a body line be dropped for recurring at all (whatever the counts)? */
export function mayRecur(a: ArticleBlock, l: PageLine): boolean {
  return !a.wrapped && wordCount(l.text) <= RECURRING_MAX_WORDS && !isBodyParagraph(l.text);
}

/** One page cleaned, given each key's page count; its chrome lines in page order. */
export function cleanPage(sp: SegmentedPage, keys: PageKeys, df: PageCount): { page: SegmentedPage; chrome: ChromeLine[] } {
  const count = (key: string) => countOf(df, key);
  const chrome: ChromeLine[] = [...sp.chrome];
  const drop = (l: PageLine, reason: BoilerplateReason) => chrome.push({ pageIndex: sp.pageIndex, lineNo: l.lineNo, text: l.text, reason });
  const kept: ArticleBlock[] = [];
  sp.articles.forEach((a, n) => {
    const k = keys.articles[n];
    const titleCount = count(k.title);
    const recurring = new Set<number>();
    const body = a.body.filter((l, i) => {
      if (mayRecur(a, l) && recurs(count(k.body[i]), titleCount)) {
        drop(l, 'recurring');
        recurring.add(l.lineNo);
        return false;
      }
      return true;
    });
    if (body.length === 0 || (recurring.size > 0 && !body.some((l) => endsLikeSentence(l.text) || wordCount(l.text) >= 12))) {
      // Nothing article-like is left once the recurring lines are gone: the "title" was chrome too.
      for (const l of articleLines({ ...a, body })) drop(l, 'orphan');
      return;
    }
    const lines = recurring.size ? a.lines.map((l) => (recurring.has(l.line) && !l.removed && l.class !== 'title' ? { ...l, class: 'recurring' as const, removed: true } : l)) : a.lines;
    kept.push({ ...a, index: kept.length, body, lines });
  });
  chrome.sort((x, y) => x.lineNo - y.lineNo);
  return { page: { ...sp, chrome: [], articles: kept }, chrome };
}

/** Groups chrome lines into one report entry per distinct text, most widespread first. */
export function summarizeBoilerplate(chrome: ChromeLine[], pages: Page[]): BoilerplateEntry[] {
  const byKey = new Map<string, BoilerplateEntry & { pageSet: Set<number> }>();
  for (const c of chrome) {
    const k = lineKey(c.text);
    let e = byKey.get(k);
    if (!e) byKey.set(k, (e = { text: c.text, reason: c.reason, pageCount: 0, occurrenceCount: 0, sources: [], pageSet: new Set() }));
    e.occurrenceCount += c.count ?? 1;
    if (!e.pageSet.has(c.pageIndex)) {
      e.pageSet.add(c.pageIndex);
      e.sources.push(pages[c.pageIndex].source);
    }
  }
  return [...byKey.values()]
    .map(({ pageSet, ...e }) => ({ ...e, pageCount: pageSet.size }))
    .sort((a, b) => b.pageCount - a.pageCount || b.occurrenceCount - a.occurrenceCount || a.text.localeCompare(b.text) || byCodeUnits(a.text, b.text));
}

/**
 * The report (summarizeBoilerplate) with the chrome of more pages added: `chrome` is theirs (in
 * page and line order), `pages` every page of the corpus in order. The same entries, counts,
 * sources and order as summarizeBoilerplate over all the corpus's chrome.
 */
export function addToReport(report: BoilerplateEntry[], chrome: ChromeLine[], pages: Page[]): BoilerplateEntry[] {
  const orderOf = new Map<string, number>();
  pages.forEach((p, i) => {
    if (!orderOf.has(p.source)) orderOf.set(p.source, i);
  });
  const byKey = new Map(report.map((e) => [lineKey(e.text), { ...e, sources: [...e.sources] }]));
  const counted = new Set<string>();
  for (const c of chrome) {
    const k = lineKey(c.text);
    const source = pages[c.pageIndex].source;
    let e = byKey.get(k);
    if (!e) byKey.set(k, (e = { text: c.text, reason: c.reason, pageCount: 0, occurrenceCount: 0, sources: [] }));
    e.occurrenceCount++;
    if (counted.has(`${c.pageIndex}\u0000${k}`)) continue;
    counted.add(`${c.pageIndex}\u0000${k}`);
    e.pageCount++;
    const at = orderOf.get(source)!;
    let i = 0;
    while (i < e.sources.length && orderOf.get(e.sources[i])! < at) i++;
    e.sources.splice(i, 0, source);
    // The first page carrying it gives its text and reason (its first line there).
    if (i === 0) [e.text, e.reason] = [c.text, c.reason];
  }
  return [...byKey.values()].sort((a, b) => b.pageCount - a.pageCount || b.occurrenceCount - a.occurrenceCount || a.text.localeCompare(b.text) || byCodeUnits(a.text, b.text));
}
