/**
 * The expensive per-article readings: chrono-node's dates and compromise's entity mentions, and
 * what duplicate folding compares. A pure function of one article's text, so its results are
 * cached per article and computed in worker threads. This module is all that the cache's
 * analysis version covers (see versions.ts): the light stages can change without invalidating it.
 */
import type { ArticleAnalysis, ArticleText } from './corpus.js';
import { readDates } from './stages/dates.js';
import { dedupeFeatures } from './stages/dedupe.js';
import { articleMentionsMany } from './stages/entities/index.js';

/** An article's readings but its dates: what compromise reads, and what folding compares. */
export type EntityReadings = Omit<ArticleAnalysis, 'dates'>;

/**
 * Dates and entity mentions of each article: pure, deterministic, and the expensive part; one
 * compromise call for all of them.
 */
export function analyzeArticles(list: ArticleText[]): ArticleAnalysis[] {
  const readings = readEntities(list);
  return list.map((a, i) => ({ dates: readDates(a.paragraphs), ...readings[i] }));
}

/**
 * Everything but the dates (one compromise call for all the articles): an update's worker reads
 * these while the main thread reads the dates, with the parser segmenting has already warmed
 * (engine.ts, analyzeMissing).
 */
export function readEntities(list: ArticleText[]): EntityReadings[] {
  const entities = articleMentionsMany(list.map((a) => ({ title: a.title, body: a.paragraphs.join('\n\n'), datelines: a.datelineTexts, writers: a.bylineNames })));
  return list.map((a, i) => ({ entities: entities[i], dedupe: dedupeFeatures({ title: a.title, text: a.paragraphs.join('\n\n') }) }));
}
