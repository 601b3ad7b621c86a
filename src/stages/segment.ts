/**
 * segment: Page -> SegmentedPage. Main content first, then articles: every line is classified
 * (lines.ts); runs of prose are article bodies, and each run's title is chosen from the lines
 * above it (heads.ts), past the datelines, bylines, widgets and repeated copies between them. A
 * page that prints no title still yields its article, titled by its lead. No list of sites,
 * titles or people: shapes only (docs/segmentation.md).
 */
import { pageLines, wordCountUpTo } from '../text.js';
import type { ArticleBlock, ArticleLine, BoilerplateReason, ChromeLine, Dateline, LineClass, Page, PageLine, SegmentedPage } from '../types.js';
import { readLeadDateline, splitStamps } from './datelines.js';
import { copyKey, cutArticle, findHead, isLeadSentence, leadTitle, opensTeaserSection, trailingTeasers, type HeadContext } from './heads.js';
import { classifyLines, isGenericHeading, teaserKind, type ClassifiedLine, type LineContext } from './lines.js';

/** Classes that are chrome wherever they stand, and the reason reported for them. */
const CHROME: Partial<Record<LineClass, BoilerplateReason>> = { widget: 'widget', navigation: 'navigation', caption: 'caption', teaser: 'teaser', 'repeated-title': 'repeated-title', byline: 'byline' };
/** Between paragraphs, a byline-shaped line is a name in the text (a list of participants), not chrome. */
const CHROME_INSIDE: Partial<Record<LineClass, BoilerplateReason>> = { widget: 'widget', navigation: 'navigation', caption: 'caption', teaser: 'teaser' };

interface Draft {
  title: number | null;
  datelines: Dateline[];
  body: number[];
  lines: ArticleLine[];
}

/** Splits one page into articles and chrome. */
export function segmentPage(page: Page, pageIndex: number, ctx: LineContext): SegmentedPage {
  const { lines, stamps } = splitStamps(pageLines(page.text));
  const classified = yearFromMonthStamps(classifyLines(lines, ctx), stamps);
  return isHardWrapped(classified) ? wrappedArticle(pageIndex, classified, stamps) : new PageAssembler(pageIndex, classified, stamps, ctx).run();
}

/** Share of words two leads must share to tell the same story (a copy, or one reworded a little). */
const SAME_LEAD_OVERLAP = 0.5;

/** Do two paragraphs tell the same story in (nearly) the same words: half their words or more in common? */
function sameWording(a: string, b: string): boolean {
  const words = (t: string) => new Set(t.toLowerCase().match(/\p{L}+/gu) ?? []);
  const x = words(a);
  const y = words(b);
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared >= SAME_LEAD_OVERLAP * Math.max(x.size, y.size);
}

/** A site's breadcrumb trail before a headline: "Home / ", "Home » News » ". */
const BREADCRUMB = /^\s*(?:home|accueil|beranda)\s*[/»>›|]\s*(?:[^/»>›|]{1,30}\s*[/»>›|]\s*)*/i;

/** A headline without the breadcrumb trail printed on its line ("Home / International Workshop …"). */
function withoutBreadcrumb(text: string): string {
  const rest = text.replace(BREADCRUMB, '');
  return rest && rest !== text ? rest : text;
}

/** A scraper's stamp of a month alone ("date 2023-04"). */
const MONTH_STAMP = /(\d{4})-(\d{2})$/;

/**
 * A year-less dateline under a scraper's stamp of its month ("date 2023-04" / "Bakou, 29 avril,
 * AZERTAC") is in the stamp's year (the year before, when its month comes after the stamp's:
 * a December report stamped in January).
 */
function yearFromMonthStamps(lines: ClassifiedLine[], stamps: Set<number>): ClassifiedLine[] {
  let stamp: { year: number; month: number } | null = null;
  return lines.map((l, i) => {
    const m = stamps.has(i) ? MONTH_STAMP.exec(l.text.trim()) : null;
    if (m) stamp = { year: Number(m[1]), month: Number(m[2]) };
    if (!stamp || l.class !== 'dateline' || l.date!.year !== null) return l;
    const { year, month } = stamp;
    const before = (month - l.date!.month + 12) % 12;
    return before <= 1 ? { ...l, date: { ...l.date!, year: l.date!.month > month ? year - 1 : year } } : l;
  });
}

/** Fewest lines broken inside a sentence that make a page hard-wrapped (see isHardWrapped). */
const WRAPPED_MIN_BREAKS = 3;
/** Shortest line counted as broken inside a sentence: a wrapped line fills most of its width. */
const WRAPPED_MIN_CHARS = 30;
/** A line that ends a sentence (or a clause a list goes on from). */
const SENTENCE_END = /[.!?:;]["”’)]?$/;

/**
 * Is this a page scraped with hard line breaks inside its paragraphs and no blank line between
 * them ("…encourage medical and specialized scientific" / "research, thereby promoting …")? A
 * quarter of its lines or more are long, unfinished, and go on in the next line in lower case (a
 * headline over its text starts that text in upper case). Read as lines, its pieces are too short
 * for prose: the article is lost to the header, or not found at all.
 */
function isHardWrapped(lines: ClassifiedLine[]): boolean {
  let breaks = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i];
    const next = lines[i + 1];
    if (l.text.length >= WRAPPED_MIN_CHARS && !SENTENCE_END.test(l.text.trim()) && next.lineNo === l.lineNo + 1 && /^[\p{Ll}\d(]/u.test(next.text)) breaks++;
  }
  return breaks >= WRAPPED_MIN_BREAKS && breaks * 4 >= lines.length;
}

/**
 * The one article of a hard-wrapped page: every line but the chrome ones, each going on the
 * paragraph of the line before it unless that line ended a sentence; the datelines above its
 * first line date it; titled by its lead.
 */
function wrappedArticle(pageIndex: number, lines: ClassifiedLine[], stamps: Set<number>): SegmentedPage {
  const chrome: ChromeLine[] = [];
  const body: PageLine[] = [];
  const datelines: Dateline[] = [];
  const articleLines: ArticleLine[] = [];
  for (const [i, l] of lines.entries()) {
    if (l.class === 'dateline' && body.length === 0) {
      datelines.push({ lineNo: l.lineNo, text: l.text, inline: false, stamp: stamps.has(i), date: l.date! });
      articleLines.push({ line: l.lineNo, class: 'dateline', text: l.text, removed: false });
      continue;
    }
    const reason = CHROME[l.class];
    if (reason) {
      chrome.push({ pageIndex, lineNo: l.lineNo, text: l.text, reason });
      // (A byline above the text signs it: its writer is the article's.)
      if (body.length || l.class === 'byline') articleLines.push({ line: l.lineNo, class: l.class, text: l.text, removed: true });
      continue;
    }
    const previous = body[body.length - 1];
    const continues = previous !== undefined && previous.lineNo + 1 === l.lineNo && !SENTENCE_END.test(previous.text.trim());
    body.push(continues ? { lineNo: l.lineNo, text: l.text, continues: true } : { lineNo: l.lineNo, text: l.text });
    articleLines.push({ line: l.lineNo, class: 'prose', text: l.text, removed: false });
  }
  // (A page of chrome and datelines alone: its datelines are chrome too. isHardWrapped saw prose-like lines, so this is rare.)
  if (body.length === 0) return { pageIndex, chrome: [...chrome, ...datelines.map((d): ChromeLine => ({ pageIndex, lineNo: d.lineNo, text: d.text, reason: 'header' }))].sort((a, b) => a.lineNo - b.lineNo), articles: [] };
  const secondParagraph = body.findIndex((l, k) => k > 0 && !l.continues);
  const lead = body.slice(0, secondParagraph < 0 ? body.length : secondParagraph).map((l) => l.text).join(' ');
  return {
    pageIndex,
    chrome,
    articles: [{ pageIndex, index: 0, title: null, heading: leadTitle(lead), datelines, body, lines: articleLines, wrapped: true }],
  };
}

/** The acronyms a text defines after a name: "… Cultural Organization (ICESCO)". */
function definedAcronyms(text: string): string[] {
  return [...text.matchAll(/\p{L}{2,}\s+\((\p{Lu}[\p{Lu}\d]{2,})\)/gu)].map((m) => m[1]);
}

/** A paragraph that opens on a body's name and its acronym, its subject: "The Islamic World … Organization (ICESCO) participated …". */
const OPENS_ON_DEFINITION = /^(?:The\s+)?(?:\p{Lu}[\p{L}'’.-]*,?\s+(?:(?:and|of|for|the|on)\s+)*){1,14}\((\p{Lu}[\p{Lu}\d]{2,})\)/u;

/** Does the paragraph at p open on a definition of an acronym the article's paragraphs already defined? */
function redefines(lines: ClassifiedLine[], d: Draft, p: number): boolean {
  const again = OPENS_ON_DEFINITION.exec(lines[p].text)?.[1];
  return !!again && d.body.some((i) => definedAcronyms(lines[i].text).includes(again));
}

/** Longest line (in words) of a story's header between its title and the title's reprint (see start). */
const HEADER_SCRAP_MAX_WORDS = 6;

/** A short line that is no sentence: a credit, a section's name, a date (see start). */
const isHeaderScrap = (text: string) => wordCountUpTo(text, HEADER_SCRAP_MAX_WORDS + 1) <= HEADER_SCRAP_MAX_WORDS && !SENTENCE_END.test(text.trim());

/** Longest line (in words) taken for a heading over nothing but chrome (see close). */
const ORPHAN_HEADING_MAX_WORDS = 20;

/** Walks a page's classified lines once, building its articles and its chrome. */
class PageAssembler {
  private readonly chrome: ChromeLine[] = [];
  private readonly drafts: Draft[] = [];
  private readonly heads: HeadContext;
  /** A teaser label after an article opened a section of other stories: the rest of the page is theirs. */
  private teasers = false;

  constructor(
    private readonly pageIndex: number,
    private readonly lines: ClassifiedLine[],
    private readonly stamps: Set<number>,
    private readonly ctx: LineContext,
  ) {
    this.heads = { isWord: ctx.isWord, isStamp: (i) => stamps.has(i), datesAfterText: datesAfterText(lines) };
  }

  run(): SegmentedPage {
    let current: Draft | null = null;
    let pending: number[] = [];
    for (let p = 0; p < this.lines.length; p++) {
      if (this.teasers) {
        const own = CHROME[this.lines[p].class];
        this.drop(p, own ?? 'teaser', current, own ? null : 'teaser');
        continue;
      }
      if (current && opensTeaserSection(this.lines[p])) {
        this.close(current, pending);
        pending = [];
        this.teasers = true;
        this.drop(p, 'teaser', current);
        continue;
      }
      if (this.lines[p].class !== 'prose') {
        pending.push(p);
        continue;
      }
      current = this.paragraph(current, pending, p);
      pending = [];
    }
    if (!this.teasers) this.end(current, pending);
    return {
      pageIndex: this.pageIndex,
      chrome: this.chrome.sort((a, b) => a.lineNo - b.lineNo),
      articles: this.drafts.map((d, index) => this.block(d, index)),
    };
  }

  /** A paragraph at `p` after the lines `pending`: it continues the current article or opens one. */
  private paragraph(current: Draft | null, pending: number[], p: number): Draft {
    // On a listing that prints no headlines, a paragraph that opens on its subject's name and
    // acronym, which its article has defined already ("The Islamic World … Organization (ICESCO)
    // participated in …"), is the next story's lead: a story introduces its subject once.
    if (current && current.title === null && redefines(this.lines, current, p)) {
      this.close(current, pending);
      return this.start(null, [], [], p);
    }
    if (current && pending.length === 0) {
      this.keep(current, p, 'prose');
      return current;
    }
    const head = findHead(this.lines, pending, p, current !== null, this.heads);
    // The article's own title printed again after its lead ("Title / date / lead / Title / …"): a
    // copy, not the next story's headline — unless its lead is printed again under it too: the same
    // story listed twice, each copy an article (duplicate folding then folds the second).
    if (head && current && current.title !== null && head.above.length === 0 && copyKey(this.lines[head.title].text) === copyKey(this.lines[current.title].text) && !(current.body.length > 0 && sameWording(this.lines[current.body[0]].text, this.lines[p].text))) {
      this.absorb(current, head.before);
      this.drop(head.title, 'repeated-title', current, 'repeated-title');
      this.absorb(current, head.after);
      this.keep(current, p, 'prose');
      return current;
    }
    if (head && current) {
      this.close(current, head.before);
      return this.start(head.title, head.above, head.after, p);
    }
    if (head) {
      const stamped = this.headerStamps(head.before, [...head.above, ...head.after]);
      this.header(head.before.filter((i) => !stamped.includes(i)));
      return this.start(head.title, [...stamped, ...head.above], head.after, p);
    }
    if (current) {
      this.absorb(current, pending);
      this.keep(current, p, 'prose');
      return current;
    }
    // No title above the first paragraph: the short sentences right above it open the lead, the
    // datelines and bylines above those date it and sign it (a byline's writer is the article's:
    // "By Laman Ismayilova"), the rest is header.
    let s = pending.length;
    while (s > 0 && isLeadSentence(this.lines[pending[s - 1]])) s--;
    let k = s;
    while (k > 0 && (this.lines[pending[k - 1]].class === 'dateline' || this.lines[pending[k - 1]].class === 'byline')) k--;
    const signed = pending.slice(k, s).filter((i) => this.lines[i].class === 'byline');
    const dated = pending.slice(k, s).filter((i) => this.lines[i].class === 'dateline');
    const stamped = this.headerStamps(pending.slice(0, k), dated);
    this.header(pending.slice(0, k).filter((i) => !stamped.includes(i)));
    const opening = pending.slice(s);
    const d = this.start(null, [...stamped, ...dated], [], opening[0] ?? p);
    for (const i of signed) this.drop(i, 'byline', d);
    for (const i of opening.slice(1)) this.keep(d, i);
    if (opening.length) this.keep(d, p, 'prose');
    return d;
  }

  /** The lines after the page's last paragraph: the last article's tail, or the article a cut page starts there. */
  private end(current: Draft | null, pending: number[]): void {
    if (!current) return this.header(pending);
    // (After a paragraph that announces a list, "… critical resolutions, including:", its items follow, not a cut article.)
    const announcesList = /:\s*$/.test(this.lines[current.body[current.body.length - 1]]?.text ?? '');
    const cut = announcesList ? -1 : cutArticle(this.lines, pending, this.ctx.isWord);
    if (cut < 0) return this.close(current, pending, trailingTeasers(this.lines, pending), footerFrom(this.lines, pending));
    this.close(current, pending.slice(0, cut));
    const d: Draft = { title: pending[cut], datelines: [], body: [], lines: [] };
    this.see(d, pending[cut], 'title');
    for (const i of pending.slice(cut + 1)) this.keep(d, i);
    this.drafts.push(d);
  }

  /** Opens an article: its title (or none), the datelines above it, the lines under it, and its first paragraph. */
  private start(title: number | null, above: number[], after: number[], lead: number): Draft {
    const d: Draft = { title, datelines: [], body: [], lines: [] };
    for (const i of above) this.dateline(d, i);
    if (title !== null) this.see(d, title, 'title');
    const titleText = title === null ? null : copyKey(this.lines[title].text);
    // "Title / See - Sada Elbalad / • Politics / Title": short lines a page prints between a
    // title and its reprint (a credit, a section) are the story's header, not its text.
    let reprint = after.length - 1;
    while (reprint > 0 && (titleText === null || copyKey(this.lines[after[reprint]].text) !== titleText)) reprint--;
    const beforeReprint = after.slice(0, Math.max(0, reprint));
    const storyHeader = new Set(beforeReprint.every((i) => this.lines[i].class === 'dateline' || copyKey(this.lines[i].text) === titleText || isHeaderScrap(this.lines[i].text)) ? beforeReprint : []);
    for (const i of after) {
      const c = this.lines[i];
      if (c.class === 'dateline') this.dateline(d, i);
      else if (titleText !== null && copyKey(c.text) === titleText) this.drop(i, 'repeated-title', d, 'repeated-title');
      else if (storyHeader.has(i) && !CHROME[c.class]) this.drop(i, 'header', d, 'widget');
      else if (CHROME[c.class]) this.drop(i, CHROME[c.class]!, d);
      else this.keep(d, i);
    }
    const credit = readLeadDateline(this.lines[lead].text, this.ctx.readDates);
    if (credit) d.datelines.push({ lineNo: this.lines[lead].lineNo, text: credit.credit, inline: true, stamp: false, date: credit.date });
    this.keep(d, lead);
    this.drafts.push(d);
    return d;
  }

  /** Lines between two paragraphs of one article (a teaser link and the headline it points to are chrome). */
  private absorb(d: Draft, run: number[]): void {
    run.forEach((i, k) => {
      const linked = k > 0 && this.lines[run[k - 1]].class === 'teaser' && teaserKind(this.lines[run[k - 1]].text) === 'link' && this.lines[i].class === 'title';
      const reason = linked ? 'teaser' : CHROME_INSIDE[this.lines[i].class];
      if (reason) this.drop(i, reason, d, linked ? 'teaser' : null);
      else this.keep(d, i);
    });
  }

  /**
   * Lines after an article's last paragraph: chrome by class; from `teasersFrom` on, other
   * stories' headlines; a heading over nothing but chrome ("Stay Informed" above a newsletter
   * form) is an orphan — not a line too long for a heading (a last paragraph the page cut short
   * before its full stop, above an agency's sign-off); after the page's last paragraph, what
   * follows its first widget is the page's footer; on a page that prints dates after the text, a
   * dateline dates this article.
   */
  private close(d: Draft, run: number[], teasersFrom = run.length, footer = run.length): void {
    let chromeFrom = run.length;
    while (chromeFrom > 0 && CHROME[this.lines[run[chromeFrom - 1]].class]) chromeFrom--;
    run.forEach((i, k) => {
      const c = this.lines[i];
      const own = CHROME[c.class];
      if (own) this.drop(i, own, d);
      else if (k >= teasersFrom) this.drop(i, 'teaser', d, 'teaser');
      else if (k > footer && c.class !== 'dateline') this.drop(i, 'footer', d, 'footer');
      else if (c.class === 'title' && k + 1 === chromeFrom && chromeFrom < run.length && wordCountUpTo(c.text, ORPHAN_HEADING_MAX_WORDS + 1) <= ORPHAN_HEADING_MAX_WORDS) this.drop(i, 'orphan', d, 'orphan');
      else if (c.class === 'dateline' && this.heads.datesAfterText) this.dateline(d, i);
      else this.keep(d, i);
    });
  }

  private header(run: number[]): void {
    for (const i of run) this.drop(i, CHROME[this.lines[i].class] ?? 'header');
  }

  /** A scraper's stamp in the header dates the first article when it prints no dated line of its own. */
  private headerStamps(run: number[], own: number[]): number[] {
    if (own.some((i) => this.lines[i].class === 'dateline' && this.lines[i].date!.year !== null)) return [];
    return run.filter((i) => this.stamps.has(i) && this.lines[i].class === 'dateline');
  }

  private dateline(d: Draft, i: number): void {
    const c = this.lines[i];
    d.datelines.push({ lineNo: c.lineNo, text: c.text, inline: false, stamp: this.stamps.has(i), date: c.date! });
    this.see(d, i, 'dateline');
  }

  private see(d: Draft, i: number, cls: ArticleLine['class'], removed = false): void {
    d.lines.push({ line: this.lines[i].lineNo, class: cls, text: this.lines[i].text, removed });
  }

  private drop(i: number, reason: BoilerplateReason, d: Draft | null = null, cls: ArticleLine['class'] | null = null): void {
    this.chrome.push({ pageIndex: this.pageIndex, lineNo: this.lines[i].lineNo, text: this.lines[i].text, reason });
    if (d) this.see(d, i, cls ?? this.lines[i].class, true);
  }

  /** Keeps a line in the article; a title-shaped line there is a subheading when generic, else text. */
  private keep(d: Draft, i: number, cls?: LineClass): void {
    const c = this.lines[i];
    d.body.push(i);
    this.see(d, i, cls ?? (c.class === 'title' ? (isGenericHeading(c.text, this.ctx.isWord) ? 'subheading' : 'text') : CHROME[c.class] ? 'text' : c.class));
  }

  private block(d: Draft, index: number): ArticleBlock {
    const lineOf = (i: number): PageLine => ({ lineNo: this.lines[i].lineNo, text: this.lines[i].text });
    return {
      pageIndex: this.pageIndex,
      index,
      title: d.title === null ? null : lineOf(d.title),
      heading: d.title === null ? leadTitle(this.lines[d.body[0]].text) : withoutBreadcrumb(this.lines[d.title].text),
      datelines: d.datelines,
      body: d.body.map(lineOf),
      lines: d.lines.sort((a, b) => a.line - b.line),
    };
  }
}

/**
 * Where the page's footer starts among the lines after its last paragraph: at the first widget
 * ("Facebook Comments", "Terms of Use:"), past which another post's title, a label ("About") or a
 * notice is the footer's, not the article's; run.length when there is none.
 */
function footerFrom(lines: ClassifiedLine[], run: number[]): number {
  const k = run.findIndex((i) => lines[i].class === 'widget');
  return k < 0 ? run.length : k;
}

/**
 * Does the page print each article's date after its text (a listing's "excerpt … 12 March
 * 2024")? Told by two datelines or more right after a paragraph, the last of them after the
 * page's last paragraph.
 */
function datesAfterText(lines: ClassifiedLine[]): boolean {
  let lastProse = -1;
  let lastDateline = -1;
  let afterText = 0;
  lines.forEach((c, i) => {
    if (c.class === 'prose') lastProse = i;
    else if (c.class === 'dateline') {
      lastDateline = i;
      if (lines[i - 1]?.class === 'prose') afterText++;
    }
  });
  return afterText >= 2 && lastDateline > lastProse;
}
