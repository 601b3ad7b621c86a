/**
 * analyze(pages): Corpus, in one process, with no cache: the library entry point. It runs the
 * light stages (corpus.ts) around the expensive per-article readings defined here, the only
 * place that brings chrono-node (dates) and compromise (entities) together.
 */
import { assemble, prepare, type ArticleAnalysis, type ArticleText, type AssembleOptions } from './corpus.js';
import { parseDates } from './stages/dates.js';
import { articleMentions } from './stages/entities/index.js';
import type { Corpus, Page } from './types.js';

export type AnalyzeOptions = AssembleOptions;

/** Dates and entity mentions of one article: pure, deterministic, and the expensive part. */
export function analyzeArticle(a: ArticleText): ArticleAnalysis {
  return {
    dates: parseDates(a.paragraphs),
    dateline: a.dateline ? parseDates([a.dateline]) : null,
    entities: articleMentions(a.title, a.paragraphs.join('\n\n')),
  };
}

export function analyze(pages: Page[], options: AnalyzeOptions = {}): Corpus {
  const prepared = prepare(pages);
  const analyses = new Map<string, ArticleAnalysis>();
  for (const a of prepared.byPage.flat()) if (!analyses.has(a.key)) analyses.set(a.key, analyzeArticle(a));
  return assemble(prepared, (key) => analyses.get(key)!, options);
}
