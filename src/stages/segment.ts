/**
 * segment: Page -> SegmentedPage. Main content first, then articles: every line is classified
 * (lines.ts); runs of prose are article bodies, and each run's title is chosen from the lines
 * above it, past the datelines, bylines, widgets and repeated copies between them. A page that
 * prints no title still yields its article, titled by its lead's first sentence. No list of
 * sites, titles or people: shapes only.
 */
import { pageLines, sentences, wordCount } from '../text.js';
import type { ArticleBlock, ArticleLine, BoilerplateReason, ChromeLine, Dateline, LineClass, Page, PageLine, SegmentedPage } from '../types.js';
import { isStampLine, readLeadDateline, splitStamp } from './datelines.js';
import { classifyLines, isGenericHeading, isTitleCase, isTitleShaped, type ClassifiedLine, type LineContext } from './lines.js';

export type SegmentContext = LineContext;

/** Classes that are chrome wherever they stand, and the reason reported for them. */
const CHROME: Partial<Record<LineClass, BoilerplateReason>> = { widget: 'widget', navigation: 'navigation', caption: 'caption', teaser: 'teaser', 'repeated-title': 'repeated-title', byline: 'byline' };
/** Between paragraphs, a byline-shaped line is a name in the text (a list of participants), not chrome. */
const CHROME_INSIDE: Partial<Record<LineClass, BoilerplateReason>> = { widget: 'widget', navigation: 'navigation', caption: 'caption' };

/** Most words of a title taken from a lead paragraph. */
const LEAD_TITLE_WORDS = 20;
/** A lead paragraph of this many words or fewer is its own title. */
const LEAD_TITLE_WHOLE_WORDS = 25;
/** Fewest words of a title taken from a lead paragraph. */
const LEAD_TITLE_MIN_WORDS = 6;

interface Draft {
  title: number | null;
  datelines: Dateline[];
  body: number[];
  lines: ArticleLine[];
}

/** Splits one page into articles and chrome. */
export function segmentPage(page: Page, pageIndex: number, ctx: SegmentContext): SegmentedPage {
  const { lines, stamps } = withStampsApart(pageLines(page.text));
  const classified = classifyLines(lines, ctx);
  const chrome: ChromeLine[] = [];
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  let pending: number[] = [];

  const see = (d: Draft, i: number, cls: LineClass) => d.lines.push({ line: classified[i].lineNo, class: cls, text: classified[i].text });
  const drop = (i: number, reason: BoilerplateReason, d: Draft | null = null, cls: LineClass | null = null) => {
    chrome.push({ pageIndex, lineNo: classified[i].lineNo, text: classified[i].text, reason });
    if (d) see(d, i, cls ?? classified[i].class);
  };
  const keep = (d: Draft, i: number, cls: LineClass = contentClass(classified[i], ctx)) => {
    d.body.push(i);
    see(d, i, cls);
  };
  /** Lines between two paragraphs of one article. */
  const absorb = (d: Draft, run: number[]) => {
    for (const i of run) {
      const reason = CHROME_INSIDE[classified[i].class];
      if (reason) drop(i, reason, d);
      else keep(d, i);
    }
  };
  /**
   * Lines after an article's last paragraph: chrome by class, all of it after a teaser label,
   * and a heading over nothing but chrome ("Stay Informed" above a newsletter form).
   */
  const close = (d: Draft, run: number[]) => {
    // From which position on every line of the run is chrome by class.
    let chromeFrom = run.length;
    while (chromeFrom > 0 && CHROME[classified[run[chromeFrom - 1]].class]) chromeFrom--;
    let teasers = false;
    run.forEach((i, k) => {
      teasers ||= classified[i].class === 'teaser';
      const own = CHROME[classified[i].class];
      if (own) drop(i, own, d);
      else if (teasers) drop(i, 'teaser', d, 'teaser');
      else if (classified[i].class === 'title' && k + 1 === chromeFrom && chromeFrom < run.length) drop(i, 'orphan', d, 'title');
      else keep(d, i);
    });
  };
  const header = (run: number[]) => {
    for (const i of run) drop(i, CHROME[classified[i].class] ?? 'header');
  };
  /** A scraper's stamp in the header dates the first article when the article prints no dated line of its own. */
  const headerStamps = (run: number[], own: number[]) =>
    own.some((i) => classified[i].class === 'dateline' && classified[i].date!.year !== null) ? [] : run.filter((i) => stamps.has(i) && classified[i].class === 'dateline');
  const datelineOf = (i: number): Dateline => ({ lineNo: classified[i].lineNo, text: classified[i].text, inline: false, stamp: stamps.has(i), date: classified[i].date! });
  const start = (title: number | null, above: number[], after: number[], lead: number): Draft => {
    const d: Draft = { title, datelines: [], body: [], lines: [] };
    for (const i of above) {
      d.datelines.push(datelineOf(i));
      see(d, i, 'dateline');
    }
    if (title !== null) see(d, title, 'title');
    const titleText = title === null ? null : classified[title].text;
    for (const i of after) {
      const c = classified[i];
      if (c.class === 'dateline') {
        d.datelines.push(datelineOf(i));
        see(d, i, 'dateline');
      } else if (titleText !== null && c.text === titleText) drop(i, 'repeated-title', d, 'repeated-title');
      else if (CHROME[c.class]) drop(i, CHROME[c.class]!, d);
      else keep(d, i);
    }
    const credit = readLeadDateline(classified[lead].text, ctx.readDates);
    if (credit) d.datelines.push({ lineNo: classified[lead].lineNo, text: credit.credit, inline: true, stamp: false, date: credit.date });
    keep(d, lead);
    drafts.push(d);
    return d;
  };

  for (let p = 0; p < classified.length; p++) {
    if (classified[p].class !== 'prose') {
      pending.push(p);
      continue;
    }
    if (current && pending.length === 0) {
      keep(current, p, 'prose');
      continue;
    }
    const head = findHead(classified, pending, p, current !== null, (i) => stamps.has(i), ctx);
    if (head) {
      if (current) {
        close(current, head.before);
        current = start(head.title, head.above, head.after, p);
      } else {
        const stamped = headerStamps(head.before, [...head.above, ...head.after]);
        header(head.before.filter((i) => !stamped.includes(i)));
        current = start(head.title, [...stamped, ...head.above], head.after, p);
      }
    } else if (current) {
      absorb(current, pending);
      keep(current, p, 'prose');
    } else {
      // No title above the first paragraph: the short sentences right above it open the lead,
      // the datelines above those date it, the rest is header.
      let s = pending.length;
      while (s > 0 && isLeadSentence(classified[pending[s - 1]])) s--;
      let k = s;
      while (k > 0 && classified[pending[k - 1]].class === 'dateline') k--;
      const stamped = headerStamps(pending.slice(0, k), pending.slice(k, s));
      header(pending.slice(0, k).filter((i) => !stamped.includes(i)));
      const opening = pending.slice(s);
      current = start(null, [...stamped, ...pending.slice(k, s)], [], opening[0] ?? p);
      for (const i of opening.slice(1)) keep(current, i);
      if (opening.length) keep(current, p, 'prose');
    }
    pending = [];
  }
  // A listing page cut short: its last headline, over the first words of its lead.
  const cut = current ? cutArticle(classified, pending, ctx) : -1;
  if (current && cut >= 0) {
    close(current, pending.slice(0, cut));
    const title = pending[cut];
    const d: Draft = { title, datelines: [], body: [], lines: [] };
    see(d, title, 'title');
    for (const i of pending.slice(cut + 1)) keep(d, i);
    drafts.push(d);
  } else if (current) close(current, pending);
  else header(pending);

  const articles = drafts.map((d, index): ArticleBlock => ({
    pageIndex,
    index,
    title: d.title === null ? null : lineOf(classified[d.title]),
    heading: d.title === null ? leadTitle(classified[d.body[0]].text) : classified[d.title].text,
    datelines: d.datelines,
    body: d.body.map((i) => lineOf(classified[i])),
    lines: d.lines.sort((a, b) => a.line - b.line),
  }));
  chrome.sort((a, b) => a.lineNo - b.lineNo);
  return { pageIndex, chrome, articles };
}

const lineOf = (c: ClassifiedLine): PageLine => ({ lineNo: c.lineNo, text: c.text });

/** What a kept line is in its article: a short generic heading is a subheading. */
function contentClass(c: ClassifiedLine, ctx: SegmentContext): LineClass {
  if (c.class === 'title') return isGenericHeading(c.text, ctx.isWord) ? 'subheading' : 'text';
  return CHROME[c.class] ? 'text' : c.class;
}

interface Head {
  /** Lines before the title: the previous article's tail, or the page's header. */
  before: number[];
  /** Datelines right above the title that date it. */
  above: number[];
  title: number;
  /** Lines between the title and the paragraph: datelines, bylines, copies, highlights. */
  after: number[];
}

/**
 * The title of the paragraph at `p`, chosen among the lines since the last paragraph: the one the
 * page prints several times; else the last one before the first dateline or byline that follows
 * a candidate; else the last one. Inside an article a short generic heading is a subheading, and
 * a paragraph going on in lower case has no title above it.
 */
function findHead(lines: ClassifiedLine[], window: number[], p: number, inArticle: boolean, isStamp: (i: number) => boolean, ctx: SegmentContext): Head | null {
  if (inArticle && /^\p{Ll}/u.test(lines[p].text)) return null;
  // Where in the window the last dateline stands, and each text's last copy (linear in the window).
  let lastDateline = -1;
  const lastCopy = new Map<string, number>();
  window.forEach((i, k) => {
    if (lines[i].class === 'dateline') lastDateline = k;
    lastCopy.set(lines[i].text, k);
  });
  const datedBelow = (k: number) => lastDateline > k;
  const candidates = window
    .map((i, k) => ({ i, k }))
    .filter(({ i, k }) => lines[i].class === 'title' && isTitleShaped(lines[i].text, lines[i - 1]?.text) && !(inArticle && isGenericHeading(lines[i].text, ctx.isWord) && !datedBelow(k)));
  if (candidates.length === 0) return null;
  let chosen = candidates.find(({ i, k }) => lastCopy.get(lines[i].text)! > k);
  if (!chosen) {
    const furniture = window.findIndex((i, k) => k > candidates[0].k && (lines[i].class === 'dateline' || lines[i].class === 'byline'));
    const before = furniture < 0 ? candidates : candidates.filter(({ k }) => k < furniture);
    chosen = before[before.length - 1];
  }
  const { i: title, k } = chosen;
  // Datelines right above the title date it when none stands under it (a stored stamp always does).
  let a = k;
  while (a > 0 && lines[window[a - 1]].class === 'dateline') a--;
  const run = window.slice(a, k);
  const taken = new Set(datedBelow(k) ? run.filter(isStamp) : run);
  return { before: window.slice(0, k).filter((i) => !taken.has(i)), above: [...taken], title, after: window.slice(k + 1) };
}

/** A scraper's stamp glued to the front of a line becomes a line of its own (same line number). */
function withStampsApart(lines: PageLine[]): { lines: PageLine[]; stamps: Set<number> } {
  const out: PageLine[] = [];
  const stamps = new Set<number>();
  for (const l of lines) {
    const split = splitStamp(l.text);
    if (!split) {
      if (isStampLine(l.text)) stamps.add(out.length);
      out.push(l);
      continue;
    }
    stamps.add(out.length);
    out.push({ lineNo: l.lineNo, text: split.stamp }, { lineNo: l.lineNo, text: split.rest });
  }
  return { lines: out, stamps };
}

/** A short sentence on a line of its own, above a page's first paragraph: the opening of a lead, not chrome. */
function isLeadSentence(c: ClassifiedLine): boolean {
  return c.class === 'text' && /^[\p{Lu}"“‘'(«]/u.test(c.text) && /[.!?]["”’)]?$/.test(c.text) && wordCount(c.text) >= 5;
}

/**
 * Where the last article of a listing page cut short starts, among the lines after the previous
 * article's last paragraph: a headline (in title case, not a generic heading) over the first
 * words of a lead (a line starting in upper case). -1 when there is none.
 */
function cutArticle(lines: ClassifiedLine[], run: number[], ctx: SegmentContext): number {
  // (After a teaser label, headlines are other articles' teasers.)
  const teasersFrom = run.findIndex((i) => lines[i].class === 'teaser');
  for (let k = run.length - 2; k >= 0 && (teasersFrom < 0 || k < teasersFrom); k--) {
    const c = lines[run[k]];
    if (c.class !== 'title' || !isTitleCase(c.text) || isGenericHeading(c.text, ctx.isWord)) continue;
    const rest = run.slice(k + 1).map((i) => lines[i]);
    if (rest.every((r) => r.class === 'text' || r.class === 'title') && /^[\p{Lu}"“]/u.test(rest[0].text)) return k;
    return -1;
  }
  return -1;
}

/**
 * A title from a lead paragraph: the paragraph itself when it is short (25 words or fewer), else
 * its first sentence (six words or more), cut at a word.
 */
export function leadTitle(lead: string): string {
  if (wordCount(lead) <= LEAD_TITLE_WHOLE_WORDS) return lead;
  let title = '';
  for (const s of sentences(lead)) {
    title = title ? `${title} ${s}` : s;
    if (wordCount(title) >= LEAD_TITLE_MIN_WORDS) break;
  }
  const words = title.split(/\s+/);
  return words.length <= LEAD_TITLE_WORDS ? title : `${words.slice(0, LEAD_TITLE_WORDS).join(' ').replace(/[,;:–—-]+$/, '')}…`;
}
