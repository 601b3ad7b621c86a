/**
 * A worker thread that runs the expensive per-article readings for the engine.
 *
 * The engine starts workers before it segments the pages (see engine.ts), so each has time to
 * spare before its first batch arrives. It spends it warming up: the first article that
 * compromise and chrono-node read costs about half a second of one-time set-up (the lexicon and
 * pattern nets, chrono's parsers, the gazetteer and word list), which would otherwise hold up
 * the first batch while the main thread waits. The readings are pure, so this changes no result.
 *
 * An update's worker (workerData `datesApart`) reads everything but the dates, which the main
 * thread reads meanwhile (engine.ts, analyzeMissing): it neither runs nor warms up chrono-node.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeArticles, readEntities } from './analysis.js';
import type { ArticleText } from './corpus.js';
import { WARM_UP_ARTICLE } from './warm-up.js';

if (parentPort) {
  const read = (workerData as { datesApart?: boolean } | null)?.datesApart ? readEntities : analyzeArticles;
  read([WARM_UP_ARTICLE]);
  parentPort.on('message', (msg: { id: number; items: ArticleText[] }) => {
    parentPort!.postMessage({ id: msg.id, results: read(msg.items) });
  });
}
