/** A worker thread that runs the expensive per-article readings for the engine. */
import { parentPort } from 'node:worker_threads';
import type { ArticleText } from './corpus.js';
import { analyzeArticles } from './analysis.js';

parentPort?.on('message', (msg: { id: number; items: ArticleText[] }) => {
  parentPort!.postMessage({ id: msg.id, results: analyzeArticles(msg.items) });
});
