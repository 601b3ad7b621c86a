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
import { removeBoilerplate, summarizeBoilerplate } from './stages/boilerplate.js';
import { decideArticleDate, inferFromNeighbours, resolveDateline, resolveDates, type ArticleDate, type ParsedDates, type RawMention } from './stages/date-rules.js';
import { findDuplicates, type DedupeFeatures } from './stages/dedupe.js';
import type { RawEntity } from './stages/entities/find.js';
import { mergeCorpus } from './stages/entities/merge.js';
import { segmentPage } from './stages/segment.js';
import { detached } from './text.js';
import type { Article, BoilerplateEntry, Corpus, DateMention, InputWarning, Page } from './types.js';

/**
 * Articles read per compromise call (and per message to a worker): enough to spread its fixed
 * cost and to amortise messages, little enough to stay small and to balance the workers. Here,
 * not in analysis.ts, so that the engine can read it without loading the parsers.
 */
export const BATCH = 16;

/** What the expensive readings need of one article. */
export interface ArticleText {
  title: string;
  paragraphs: string[];
  /** The dateline line under the title, if any. */
  dateline: string | null;
}

/** The expensive readings of one article: plain data, a pure function of its text. */
export interface ArticleAnalysis {
  dates: ParsedDates;
  dateline: ParsedDates | null;
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
}

export interface AssembleOptions {
  /** The date relative expressions fall back to when a page offers no date at all. */
  today?: Date;
}

/** Segments the pages and removes their chrome: cheap, run on every query. */
export function prepare(pages: Page[]): Prepared {
  const warnings: InputWarning[] = [];
  const { pages: cleaned, chrome } = removeBoilerplate(pages.map((p, i) => segmentPage(p, i)));
  const byPage = cleaned.map((sp) => {
    const page = pages[sp.pageIndex];
    if (sp.articles.length === 0) warnings.push({ source: page.source, message: 'no recognisable article (all lines reported as boilerplate)' });
    return sp.articles.map((block): PreparedArticle => {
      // One new string for the body, and the paragraphs cut from it (they hold no newline).
      const text = block.body.map((l) => l.text).join('\n\n');
      const paragraphs = block.body.length ? text.split('\n\n') : [];
      const title = detached(block.title.text);
      const dateline = block.dateline ? detached(block.dateline.text) : null;
      return {
        id: `${page.name}-${String(block.index + 1).padStart(2, '0')}`,
        source: page.source, title, paragraphs, dateline, text,
        key: articleKey({ title, paragraphs, dateline }),
      };
    });
  });
  const boilerplate = summarizeBoilerplate(chrome, pages).map((e) => ({ ...e, text: detached(e.text) }));
  return { pageCount: pages.length, byPage, boilerplate, warnings };
}

/** The cache key of an article's analysis. */
export function articleKey(a: ArticleText): string {
  return createHash('sha256').update(`${a.title}\u0000${a.dateline ?? ''}\u0000${a.paragraphs.join('\n')}`).digest('hex');
}

interface Dated {
  article: PreparedArticle;
  analysis: ArticleAnalysis;
  mentions: RawMention[];
  date: ArticleDate;
}

/** Builds the corpus from prepared pages and the analysis of every article. */
export function assemble(prepared: Prepared, analysisOf: (key: string) => ArticleAnalysis, options: AssembleOptions = {}): Corpus {
  const fallback = options.today ?? new Date(Date.UTC(2000, 0, 1));
  const drafts = prepared.byPage.flatMap((articles) => datePage(articles.map((article) => ({ article, analysis: analysisOf(article.key), mentions: [], date: { date: null, source: null, text: null } })), fallback));

  const dupOf = findDuplicates(drafts.map((d) => ({ title: d.article.title, text: d.article.text, features: d.analysis.dedupe })));
  const kept = drafts.filter((_, i) => dupOf[i] < 0);
  const folded = new Map<Dated, string[]>();
  drafts.forEach((d, i) => {
    if (dupOf[i] < 0) return;
    const into = drafts[dupOf[i]];
    folded.set(into, [...(folded.get(into) ?? []), d.article.id]);
  });

  const entities = mergeCorpus(kept.map((d) => ({ id: d.article.id, date: d.date.date, entities: d.analysis.entities })));
  const articles: Article[] = kept.map((d, i) => ({
    id: d.article.id,
    source: d.article.source,
    title: d.article.title,
    date: d.date.date,
    dateSource: d.date.source,
    dateText: d.date.text,
    dates: d.mentions.map(publicMention),
    ...entities.perArticle[i],
    text: d.article.text,
    duplicates: folded.get(d) ?? [],
  }));
  return {
    articles,
    boilerplate: prepared.boilerplate,
    entities: entities.summaries,
    pages: prepared.pageCount,
    warnings: prepared.warnings,
  };
}

function publicMention(m: RawMention): DateMention {
  const { text, start, end, granularity, sentence, future, warning } = m;
  return { text, start, end, granularity, sentence, future, ...(warning ? { warning } : {}) };
}

const toDate = (iso: string) => new Date(`${iso}T12:00:00Z`);
const MONTH_NAMED = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/i;

/**
 * Dates one page's articles. Mentions that lack a year are first resolved against the
 * fallback; once the page's stated dates are known they are resolved again against the
 * article's own context (its date, or its nearest dated neighbour's).
 */
function datePage(drafts: Dated[], fallback: Date): Dated[] {
  const titles = drafts.map((d) => d.article.title);
  const stated = drafts.map((d): ArticleDate => {
    // A dateline without a year ("Cairo, October 23") is no context yet: it needs one itself.
    const dateline = d.analysis.dateline && /\b\d{4}\b/.test(d.article.dateline ?? '') ? resolveDateline(d.analysis.dateline, fallback) : null;
    const withYear = resolveDates(d.analysis.dates, fallback).filter((m) => m.yearStated && !m.background);
    const decided = decideArticleDate({ dateline, mentions: withYear });
    if (decided.date || withYear.length === 0) return decided;
    return { date: withYear[0].start, source: 'body', text: withYear[0].text };
  });
  const context = inferFromNeighbours(stated, titles);
  drafts.forEach((d, i) => {
    const ref = context[i].date ? toDate(context[i].date!) : fallback;
    d.mentions = resolveDates(d.analysis.dates, ref, context[i].floor);
    // "on Sunday" means something only against the text's own date, never against the clock.
    if (!context[i].date) d.mentions = d.mentions.filter((m) => !m.relative);
    const dl = d.analysis.dateline ? resolveDateline(d.analysis.dateline, ref) : null;
    d.date = dl ? { date: dl, source: 'dateline', text: d.article.dateline } : decideArticleDate({ dateline: null, mentions: d.mentions });
    // A dateline as written on the page ("14 February 2021", not a markup timestamp) is the
    // article's first date mention too.
    const stamp = dl ? resolveDates(d.analysis.dateline!, ref).find((m) => m.start === dl && MONTH_NAMED.test(m.text)) : undefined;
    if (stamp) d.mentions.unshift({ ...stamp, paragraph: -1, offset: -1 });
  });
  const final = inferFromNeighbours(drafts.map((d) => d.date), titles);
  drafts.forEach((d, i) => {
    d.date = final[i];
    // A mention after the article's own date announces something ahead of it.
    if (d.date.date) for (const m of d.mentions) if (m.start > d.date.date) m.future = true;
  });
  return drafts;
}
