/**
 * analyze(pages): Corpus, in one process, with no cache: the library entry point. It runs the
 * light stages (corpus.ts) around the expensive per-article readings defined here, the only
 * place that brings chrono-node (dates) and compromise (entities) together.
 */
import { assemble, prepare, type ArticleAnalysis, type ArticleText, type AssembleOptions } from './corpus.js';
import { parseDates } from './stages/dates.js';
import { dedupeFeatures } from './stages/dedupe.js';
import { articleMentionsMany } from './stages/entities/index.js';
import type { Corpus, Page } from './types.js';

export type AnalyzeOptions = AssembleOptions;

/** Articles read per compromise call: enough to spread its fixed cost, little enough to stay small. */
export const BATCH = 16;

/** Dates and entity mentions of one article: pure, deterministic, and the expensive part. */
export function analyzeArticle(a: ArticleText): ArticleAnalysis {
  return analyzeArticles([a])[0];
}

/** analyzeArticle for several articles; the same results, with one compromise call for all. */
export function analyzeArticles(list: ArticleText[]): ArticleAnalysis[] {
  const entities = articleMentionsMany(list.map((a) => ({ title: a.title, body: a.paragraphs.join('\n\n') })));
  return list.map((a, i) => ({
    dates: parseDates(a.paragraphs),
    dateline: a.dateline ? parseDates([a.dateline]) : null,
    entities: entities[i],
    dedupe: dedupeFeatures({ title: a.title, text: a.paragraphs.join('\n\n') }),
  }));
}

export function analyze(pages: Page[], options: AnalyzeOptions = {}): Corpus {
  const prepared = prepare(pages);
  const unique = new Map(prepared.byPage.flat().map((a) => [a.key, a]));
  const keys = [...unique.keys()];
  const analyses = new Map<string, ArticleAnalysis>();
  for (let i = 0; i < keys.length; i += BATCH) {
    const batch = keys.slice(i, i + BATCH);
    analyzeArticles(batch.map((k) => unique.get(k)!)).forEach((a, j) => analyses.set(batch[j], a));
  }
  return assemble(prepared, (key) => analyses.get(key)!, options);
}
