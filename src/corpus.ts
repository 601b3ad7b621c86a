/**
 * The light half of the pipeline: everything but the two expensive readings (chrono-node's
 * dates, compromise's entities), which are a pure function of one article's text and so can be
 * cached, run in worker threads, or skipped when the cache has them.
 *
 *   prepare(pages)                 segment -> boilerplate, and a content key per article
 *   analyzeArticles(articles)      (analysis.ts) dates and entity mentions: the expensive part
 *   assemble(prepared, analyses)   dates in page context -> dedupe -> entities merged corpus-wide
 *
 * The order, and why:
 *   1. segment      lines -> title + body blocks (shape only);
 *   2. boilerplate  needs every page's blocks: chrome is what recurs across pages or sits
 *                   outside articles, so it is judged after segmentation, before anything reads text;
 *   3. dates        before dedupe: an undated article is bounded by its neighbours in the
 *                   listing, and a duplicate's neighbours still count;
 *   4. dedupe       before entities are merged, so folded copies are not counted twice;
 *   5. entities     merged across the corpus (aliases, acronyms).
 */
import { createHash } from 'node:crypto';
import { recurrenceCandidates, removeBoilerplate, summarizeBoilerplate } from './stages/boilerplate.js';
import { datePage, DatingDay, type WeekdayAnswer } from './stages/article-dates.js';
import type { ArticleDate } from './stages/date-rules.js';
import { publicMention, type RawMention } from './stages/dates/mention.js';
import type { DateReading } from './stages/dates/reading.js';
import { leadByline, type DateReader } from './stages/datelines.js';
import { foldDuplicates, type DedupeFeatures } from './stages/dedupe.js';
import type { RawEntity } from './stages/entities/find.js';
import { mergeCorpus, type ArticleEntities, type MergeState } from './stages/entities/merge.js';
import type { ExplainedEntity } from './stages/entities/merge/explain.js';
import { englishWords } from './stages/entities/words.js';
import { bylineAuthor, type LineContext } from './stages/lines.js';
import { segmentPage } from './stages/segment.js';
import { byCodeUnits, detached, lineKey } from './text.js';
import type { Article, ArticleExplanation, ArticleLine, BoilerplateEntry, BoilerplateReason, ChromeLine, Corpus, Dateline, InputWarning, Page, SegmentedPage } from './types.js';

/**
 * Articles read per compromise call (and per message to a worker): enough to spread its fixed
 * cost and to amortise messages, little enough to stay small and to balance the workers. Here,
 * not in analysis.ts, so that the engine can read it without loading the parsers.
 */
export const BATCH = 16;

/** What the expensive readings need of one article. */
export interface ArticleText {
  /** The title line ('' when the page prints none: the lead is then in the paragraphs). */
  title: string;
  paragraphs: string[];
  /**
   * The datelines printed on lines of their own ("Muscat, Oct 2", "BAKU, Azerbaijan, Jan. 14"):
   * the place they name is a place of the article. (A lead's credit is in the paragraphs.)
   */
  datelineTexts?: string[];
  /**
   * The writers its bylines name ("By Ilhama Isabalayeva - Trend:" -> "Ilhama Isabalayeva"):
   * people of the article, though the byline is no part of its text. Absent when there are none.
   */
  bylineNames?: string[];
}

/** The expensive readings of one article: plain data, a pure function of its text. */
export interface ArticleAnalysis {
  dates: DateReading;
  entities: RawEntity[];
  /** What duplicate folding compares (computed with the rest, so that cached articles cost it nothing). */
  dedupe: DedupeFeatures;
}

/**
 * An article once segmented and cleaned, with the key its analysis is cached under. It shares
 * no memory with its page (V8 keeps a whole page alive for any slice of it): once prepared, the
 * pages' texts can go.
 */
export interface PreparedArticle extends ArticleText {
  id: string;
  /** The page's path, as the user gave it. */
  source: string;
  /** The title as shown: the title line, or the opening of the lead when the page prints none. */
  heading: string;
  /** The lines that date it (segmentation has read their dates). */
  datelines: Dateline[];
  /** Its lines on the page, with their classes (`show --lines`). */
  lines: ArticleLine[];
  /** The paragraphs, blank-line separated; `paragraphs` are slices of it. */
  text: string;
  /** SHA-256 of the article's text: equal texts share one analysis. */
  key: string;
}

export interface Prepared {
  pageCount: number;
  /** Per page, its articles in order. */
  byPage: PreparedArticle[][];
  boilerplate: BoilerplateEntry[];
  warnings: InputWarning[];
  /** Per page, what its lines add to recurrence and what recurrence could remove (kept by the cache: update/). */
  recurrence: PageRecurrence[];
  /** Per line key, the pages carrying it. */
  pageCounts: Map<string, number>;
}

/**
 * A page's line keys (each once), its body lines that recurrence could remove, as [body key,
 * title key], and its chrome lines (in line order): the boilerplate report is made again from
 * the pages' chrome when a page is removed.
 */
export interface PageRecurrence {
  keys: string[];
  candidates: [string, string][];
  chrome: PageChrome;
}

/**
 * A page's chrome lines as the state keeps them: one entry per distinct line (by the report's
 * key), its first text and reason on the page and how many times it occurs, in line order.
 */
export type PageChrome = [text: string, reason: BoilerplateReason, count: number][];

/**
 * A page's chrome lines, as the state keeps them: sharing no memory with the page, and the same
 * text one string across the pages that give `shared` (chrome recurs: one copy per page of a
 * disclaimer would add up over an archive).
 */
export function pageChrome(chrome: ChromeLine[], shared = new Map<string, string>()): PageChrome {
  const byKey = new Map<string, PageChrome[number]>();
  for (const c of chrome) {
    const k = lineKey(c.text);
    const entry = byKey.get(k);
    if (entry) entry[2]++;
    else byKey.set(k, [shared.get(c.text) ?? shared.set(c.text, detached(c.text)).get(c.text)!, c.reason, 1]);
  }
  return [...byKey.values()];
}

export interface AssembleOptions {
  /** The date relative expressions fall back to when a page offers no date at all. */
  today?: Date;
  /**
   * Keep, on each article, where its entities and dates came from (`show --explain`; default:
   * true). The CLI asks for it only for `show --explain`: a large corpus's explanations weigh a
   * fifth of what it holds.
   */
  explain?: boolean;
}

/** What segmentation needs: the date parser's reading of short lines, and English words (lines.ts). */
export function segmentContext(readDates: DateReader): LineContext {
  return { readDates, isWord: (w) => englishWords().has(w) };
}

/**
 * Work done in steps, so that a caller can let other events in between (the CLI: Ctrl-C during
 * a long run); the sync entry points run the steps back to back.
 */
type Steps<T> = Generator<void, T, void>;

/** Runs steps back to back. */
function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Runs steps with a pause between them. */
export async function inSteps<T>(steps: Steps<T>, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await pause();
  }
}

/** Pages segmented between pauses. */
const PAGES_PER_STEP = 50;

/** Segments the pages and removes their chrome: cheap, run whenever pages are new to the cache. */
export function prepare(pages: Page[], context: LineContext): Prepared {
  return finish(prepareSteps(pages, context));
}

/** prepare, in steps of PAGES_PER_STEP pages. */
export function* prepareSteps(pages: Page[], context: LineContext): Steps<Prepared> {
  const warnings: InputWarning[] = [];
  const segmented = [];
  for (let i = 0; i < pages.length; i++) {
    segmented.push(segmentPage(pages[i], i, context));
    if (i % PAGES_PER_STEP === PAGES_PER_STEP - 1) yield;
  }
  const { pages: cleaned, chrome, keys, pageCounts } = removeBoilerplate(segmented);
  const byPage = cleaned.map((sp) => {
    const page = pages[sp.pageIndex];
    if (sp.articles.length === 0) warnings.push(noArticleWarning(page));
    return preparedArticles(page, sp, context);
  });
  const boilerplate = summarizeBoilerplate(chrome, pages).map((e) => ({ ...e, text: detached(e.text) }));
  const chromeOf: ChromeLine[][] = segmented.map(() => []);
  for (const c of chrome) chromeOf[c.pageIndex].push(c); // (in page and line order)
  const shared = new Map<string, string>();
  const recurrence: PageRecurrence[] = segmented.map((sp, i) => ({ keys: keys[i].distinct, candidates: recurrenceCandidates(sp, keys[i]), chrome: pageChrome(chromeOf[i], shared) }));
  return { pageCount: pages.length, byPage, boilerplate, warnings, recurrence, pageCounts };
}

/** What a page with no article is told. */
export const noArticleWarning = (page: Page): InputWarning => ({ source: page.source, message: 'no recognisable article (all lines reported as boilerplate)' });

/** A cleaned page's articles, prepared. */
export function preparedArticles(page: Page, sp: SegmentedPage, context: LineContext): PreparedArticle[] {
  return sp.articles.map((block): PreparedArticle => {
    // One new string for the body, and the paragraphs cut from it (they hold no newline). (A
    // body of one line would join into that line, a slice of the page: it is copied.)
    // (A hard-wrapped page's lines go on their paragraph's: joined by a space.)
    const text = block.body.length === 1 ? detached(block.body[0].text) : block.wrapped ? block.body.map((l, k) => (k === 0 ? l.text : `${l.continues ? ' ' : '\n\n'}${l.text}`)).join('') : block.body.map((l) => l.text).join('\n\n');
    const paragraphs = block.body.length ? text.split('\n\n') : [];
    const title = block.title ? detached(block.title.text) : '';
    const datelines = block.datelines.map((d) => ({ ...d, text: detached(d.text), date: { ...d.date, text: detached(d.date.text) } }));
    const datelineTexts = datelines.filter((d) => !d.inline && !d.stamp).map((d) => d.text);
    // (A wire's byline glued to its lead's credit signs the article too: "By Mujahid Ishak LANGKAWI, April 4 --".)
    // (Its words read as any byline's: "By Staff Reporter RABAT, …" names no one.)
    const glued = block.datelines.flatMap((d) => {
      const writer = d.inline ? leadByline(d.text)?.writer : undefined;
      return writer ? bylineAuthor(`By ${writer}`, context.isWord) ?? [] : [];
    });
    const bylineNames = [...new Set([...block.lines.flatMap((l) => (l.class === 'byline' ? bylineAuthor(l.text, context.isWord) ?? [] : [])), ...glued])];
    return {
      id: `${page.name}-${String(block.index + 1).padStart(2, '0')}`,
      source: page.source, title, paragraphs, text, datelineTexts,
      heading: block.title ? title : detached(block.heading),
      datelines,
      lines: pageLinesOf(block.lines, paragraphs),
      ...(bylineNames.length ? { bylineNames } : {}),
      key: articleKey({ title, paragraphs, datelineTexts, bylineNames }),
    };
  });
}

/**
 * An article's page lines, sharing no memory with the page: a body line takes its paragraph (a
 * slice of the article's text, kept anyway), the others a copy. Body lines come in the order of
 * the paragraphs, so one walk pairs them; a line is paired only with a paragraph of equal text,
 * so the lines read the same whatever the pairing (a line left unpaired is copied).
 */
export function pageLinesOf(lines: ArticleLine[], paragraphs: string[]): ArticleLine[] {
  let next = 0;
  return lines.map((l) => {
    const own = !l.removed && next < paragraphs.length && l.text === paragraphs[next];
    return { ...l, text: own ? paragraphs[next++] : detached(l.text) };
  });
}

/** The cache key of an article's analysis. */
export function articleKey(a: ArticleText): string {
  const h = createHash('sha256').update(`${a.title}\u0000${a.paragraphs.join('\n')}`);
  // (Datelines only when there are some: the keys of articles without any stay as they were.)
  if (a.datelineTexts?.length) h.update(`\u0000\u0000${a.datelineTexts.join('\n')}`);
  if (a.bylineNames?.length) h.update(`\u0000\u0000\u0000${a.bylineNames.join('\n')}`);
  return h.digest('hex');
}

/** An article with its readings and its date, before folding and merging. */
export interface Dated {
  article: PreparedArticle;
  analysis: ArticleAnalysis;
  mentions: RawMention[];
  date: ArticleDate;
  /** What dating it warned of. */
  warnings: InputWarning[];
}

/** Builds the corpus from prepared pages and the analysis of every article. */
export function assemble(prepared: Prepared, analysisOf: (key: string) => ArticleAnalysis, options: AssembleOptions = {}): Corpus {
  return finish(assembleSteps(prepared, analysisOf, options));
}

/** What assembling computed on the way, for the cache to keep (update/state.ts). */
export interface Assembly {
  /** Every article, dated, in page order (per page). */
  dated: Dated[][];
  /** Per article (in page order, flattened), the one it is folded into, or -1. */
  dupOf: number[];
  /** The similar pairs folding read, as indexes into the flattened articles. */
  pairs: number[][];
  merge: MergeState;
  /** What dating asked of the day (see DatingDay). */
  dayAnswers: WeekdayAnswer[];
}

/** The articles of a page, dated in their page's context. */
export function datedPage(articles: PreparedArticle[], analysisOf: (key: string) => ArticleAnalysis, today?: DatingDay): Dated[] {
  const withAnalysis = articles.map((article) => ({ article, analysis: analysisOf(article.key) }));
  const dated = datePage(withAnalysis.map(({ article, analysis }) => ({ heading: article.heading, reading: analysis.dates, datelines: article.datelines, text: () => `${article.title}\n${article.text}` })), today);
  return withAnalysis.map(({ article, analysis }, i) => ({
    article,
    analysis,
    mentions: dated[i].mentions,
    date: dated[i].date,
    warnings: dated[i].warnings.map((w) => ({ source: article.source, message: `${article.id}: ${w}` })),
  }));
}

/** The input folding reads of an article. */
export function dedupeInput(d: Dated) {
  return { title: d.article.title, text: d.article.text, features: d.analysis.dedupe, titlePlaces: titlePlacesOf(d.analysis.entities, d.article.title) };
}

/** What merging reads of an article. */
export const mergeInput = (d: Dated) => ({ id: d.article.id, date: d.date.date, entities: d.analysis.entities });

/**
 * An article as the corpus gives it, from its dated reading, its entities and the copies folded
 * into it; with its explanation when given one (see AssembleOptions.explain).
 */
export function articleOf(d: Dated, entities: ArticleEntities, explain: ExplainedEntity[] | null, duplicates: string[]): Article {
  const article = withLines({
    id: d.article.id,
    source: d.article.source,
    title: d.article.heading,
    date: d.date.date,
    dateSource: d.date.source,
    dateText: d.date.text,
    dates: d.mentions.map(publicMention),
    ...entities,
    text: d.article.text,
    duplicates,
  }, d.article.lines);
  return explain ? withExplanation(article, explanationOf(explain, d.mentions)) : article;
}

/** assemble, in steps: dating, folding duplicates, merging entities, building the articles. (`keep` is given what was computed on the way.) */
export function* assembleSteps(prepared: Prepared, analysisOf: (key: string) => ArticleAnalysis, options: AssembleOptions & { keep?: (a: Assembly) => void } = {}): Steps<Corpus> {
  const day = options.today ? new DatingDay(options.today) : undefined;
  const dated = prepared.byPage.map((articles) => datedPage(articles, analysisOf, day));
  const drafts = dated.flat();
  const warnings = [...prepared.warnings, ...drafts.flatMap((d) => d.warnings)];

  yield;
  // Folded in the order of their ids, not of the paths given: which copy is kept (the one whose id
  // sorts first) does not depend on the order the pages were listed in.
  const byId = drafts.map((_, i) => i).sort((a, b) => byCodeUnits(drafts[a].article.id, drafts[b].article.id));
  const folding = foldDuplicates(byId.map((i) => dedupeInput(drafts[i])));
  const dupOf = drafts.map(() => -1);
  byId.forEach((i, k) => {
    if (folding.dupOf[k] >= 0) dupOf[i] = byId[folding.dupOf[k]];
  });
  const kept = drafts.filter((_, i) => dupOf[i] < 0);
  const folded = new Map<Dated, string[]>();
  drafts.forEach((d, i) => {
    if (dupOf[i] < 0) return;
    const into = drafts[dupOf[i]];
    folded.set(into, [...(folded.get(into) ?? []), d.article.id]);
  });

  yield;
  const explain = options.explain ?? true;
  const entities = mergeCorpus(kept.map(mergeInput), explain);

  yield; // (merging's own garbage can be collected before the articles are built)
  const articles: Article[] = kept.map((d, i) => articleOf(d, entities.perArticle[i], explain ? entities.perArticleExplain[i] : null, folded.get(d) ?? []));
  options.keep?.({ dated, dupOf, pairs: folding.pairs.map(([i, j]) => [byId[i], byId[j]]), merge: entities.state, dayAnswers: day?.asked ?? [] });
  return {
    articles,
    boilerplate: prepared.boilerplate,
    entities: entities.summaries,
    pages: prepared.pageCount,
    warnings,
  };
}

/**
 * The places an article's title names, canonical: its mentions with offsets in the title's
 * range, which sits just before the body's (see entities/index.ts's combine).
 */
export function titlePlacesOf(entities: readonly RawEntity[], title: string): string[] {
  const from = -(title.length + 2);
  return [...new Set(entities.filter((e) => e.place && e.start >= from && e.start < 0).map((e) => e.place!.name))];
}

/** The provenance of an article's entities (merge) and dates (date reading), for `show --explain`. */
function explanationOf(entities: ExplainedEntity[], mentions: RawMention[]): ArticleExplanation {
  return {
    entities: entities.map((e) => ({ type: e.type, name: e.name, forms: e.forms.map((f) => ({ text: f.text, pass: f.pass, rule: f.rule })) })),
    dates: mentions.map((m) => ({ text: m.text, start: m.start, end: m.end, rule: m.provenance?.rule ?? 'unknown', refinedBy: m.provenance?.refinedBy ?? [] })),
  };
}

/** The explanation rides along out of the article's JSON, as its lines do. */
function withExplanation(article: Article, explain: ArticleExplanation): Article {
  return Object.defineProperty(article, 'explain', { value: explain, enumerable: false, writable: true, configurable: true });
}

/** An article's page lines ride along out of its JSON: only `show --lines` prints them. */
export function withLines(article: Article, lines: ArticleLine[]): Article {
  return Object.defineProperty(article, 'lines', { value: lines, enumerable: false, writable: true, configurable: true });
}
