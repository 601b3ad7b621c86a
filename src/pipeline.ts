/**
 * analyze(pages): Corpus, in one process, with no cache: the library entry point. It runs the
 * light stages (corpus.ts) around the expensive per-article readings (analysis.ts).
 */
import { analyzeArticles } from './analysis.js';
import { assemble, BATCH, prepare, segmentContext, type ArticleAnalysis, type AssembleOptions } from './corpus.js';
import { readLineDates } from './stages/dates.js';
import type { Corpus, Page } from './types.js';

export type AnalyzeOptions = AssembleOptions;

export function analyze(pages: Page[], options: AnalyzeOptions = {}): Corpus {
  const prepared = prepare(pages, segmentContext(readLineDates));
  const unique = new Map(prepared.byPage.flat().map((a) => [a.key, a]));
  const keys = [...unique.keys()];
  const analyses = new Map<string, ArticleAnalysis>();
  for (let i = 0; i < keys.length; i += BATCH) {
    const batch = keys.slice(i, i + BATCH);
    analyzeArticles(batch.map((k) => unique.get(k)!)).forEach((a, j) => analyses.set(batch[j], a));
  }
  return assemble(prepared, (key) => analyses.get(key)!, options);
}
