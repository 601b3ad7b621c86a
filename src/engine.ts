/**
 * The CLI's way of running the pipeline over many pages: cached readings are reused, missing
 * ones are computed in worker threads (or in-process for small jobs), and chrono-node and
 * compromise are only loaded when something is missing. The corpus is identical, byte for byte
 * in JSON, whatever the cache state or the number of jobs: the readings are pure functions of
 * each article's text and are assembled in page order.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalysisCache } from './cache.js';
import { assemble, prepare, type ArticleAnalysis, type ArticleText, type PreparedArticle } from './corpus.js';
import type { Corpus, InputWarning, Page } from './types.js';

export interface EngineOptions {
  cache: AnalysisCache | null;
  /** Worker threads to use; 1 = in-process. Default: the number of cores. */
  jobs?: number;
  today: Date;
  /** Called as pages are finished: (pages done, pages to analyse). */
  progress?: (done: number, total: number) => void;
  /** Called when the cache cannot be written (the run goes on). */
  warn?: (w: InputWarning) => void;
}

/** Below this many articles to analyse, starting workers costs more than it saves. */
const IN_PROCESS_BELOW = 40;
/** Articles per message to a worker (and per compromise call): small enough to balance, large enough to amortise. */
const BATCH = 16;

export async function analyzePages(pages: Page[], options: EngineOptions): Promise<Corpus> {
  const pageKeys = pages.map((p) => options.cache?.pageKey(p.text) ?? '');
  // The same pages asked about again: the assembled corpus is one read away.
  const corpusKey = options.cache ? corpusKeyOf(pages, pageKeys, options.today) : '';
  const ready = options.cache?.readCorpus<Corpus>(corpusKey);
  if (ready) return ready;
  const corpus = await analyzeAfresh(pages, pageKeys, options);
  if (options.cache)
    try {
      options.cache.writeCorpus(corpusKey, corpus);
    } catch (e) {
      options.warn?.({ source: options.cache.dir, message: `cannot write the cache (${(e as NodeJS.ErrnoException).code ?? 'error'}); continuing without it` });
    }
  return corpus;
}

/** The assembled corpus depends on every page (its text, path and name) and on the day (see assemble). */
function corpusKeyOf(pages: Page[], pageKeys: string[], today: Date): string {
  const h = createHash('sha256').update(today.toISOString().slice(0, 10));
  pages.forEach((p, i) => h.update(`\u0000${p.source}\u0000${p.name}\u0000${pageKeys[i]}`));
  return h.digest('hex');
}

async function analyzeAfresh(pages: Page[], pageKeys: string[], options: EngineOptions): Promise<Corpus> {
  const prepared = prepare(pages);
  const known = new Map<string, ArticleAnalysis>();
  if (options.cache) for (const key of pageKeys) for (const [k, a] of options.cache.read(key)) known.set(k, a);

  // Articles to analyse, each text once, and the pages waiting for them.
  const missing = new Map<string, PreparedArticle>();
  const pagesWaiting = new Set<number>();
  prepared.byPage.forEach((articles, p) => {
    for (const a of articles)
      if (!known.has(a.key)) {
        missing.set(a.key, a);
        pagesWaiting.add(p);
      }
  });

  if (missing.size) {
    const remainingOf = new Map<number, number>();
    prepared.byPage.forEach((articles, p) => {
      if (pagesWaiting.has(p)) remainingOf.set(p, new Set(articles.filter((a) => !known.has(a.key)).map((a) => a.key)).size);
    });
    const pagesOf = new Map<string, number[]>();
    prepared.byPage.forEach((articles, p) => {
      for (const a of articles) if (missing.has(a.key)) pagesOf.set(a.key, [...new Set([...(pagesOf.get(a.key) ?? []), p])]);
    });
    let done = 0;
    const total = pagesWaiting.size;
    options.progress?.(0, total);
    const finished = (key: string, analysis: ArticleAnalysis) => {
      known.set(key, analysis);
      for (const p of pagesOf.get(key) ?? []) {
        const left = (remainingOf.get(p) ?? 1) - 1;
        remainingOf.set(p, left);
        if (left === 0) options.progress?.(++done, total);
      }
    };
    const items = [...missing.entries()];
    const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), Math.ceil(items.length / BATCH)));
    if (jobs === 1 || items.length < IN_PROCESS_BELOW) {
      const { analyzeArticles } = await import('./pipeline.js');
      for (let i = 0; i < items.length; i += BATCH) {
        const batch = items.slice(i, i + BATCH);
        analyzeArticles(batch.map(([, a]) => textOf(a))).forEach((analysis, k) => finished(batch[k][0], analysis));
      }
    } else {
      await inWorkers(items, jobs, finished);
    }
    const cache = options.cache;
    if (cache) {
      for (const [p, articles] of prepared.byPage.entries()) {
        if (!pagesWaiting.has(p)) continue;
        try {
          cache.write(pageKeys[p], new Map(articles.map((a) => [a.key, known.get(a.key)!])));
        } catch (e) {
          options.warn?.({ source: cache.dir, message: `cannot write the cache (${(e as NodeJS.ErrnoException).code ?? 'error'}); continuing without it` });
          options.cache = null; // one warning, and no assembled corpus written either
          break;
        }
      }
    }
  }
  return assemble(prepared, (key) => known.get(key)!, { today: options.today });
}

/** Only the text travels to a worker, never the page. */
const textOf = (a: PreparedArticle): ArticleText => ({ title: a.title, paragraphs: a.paragraphs, dateline: a.dateline });

function inWorkers(items: [string, PreparedArticle][], jobs: number, finished: (key: string, a: ArticleAnalysis) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const batches: [string, PreparedArticle][][] = [];
    for (let i = 0; i < items.length; i += BATCH) batches.push(items.slice(i, i + BATCH));
    let next = 0;
    let outstanding = 0;
    let failed = false;
    const workers: Worker[] = [];
    const stopAll = () => Promise.all(workers.map((w) => w.terminate()));
    const feed = (w: Worker) => {
      if (next >= batches.length) return;
      const id = next++;
      outstanding++;
      w.postMessage({ id, items: batches[id].map(([, a]) => textOf(a)) });
    };
    for (let j = 0; j < jobs; j++) {
      const w = new Worker(new URL('./worker.js', import.meta.url));
      workers.push(w);
      w.on('message', (msg: { id: number; results: ArticleAnalysis[] }) => {
        outstanding--;
        batches[msg.id].forEach(([key], k) => finished(key, msg.results[k]));
        feed(w);
        if (outstanding === 0 && next >= batches.length) void stopAll().then(() => resolve());
      });
      w.on('error', (e) => {
        if (failed) return;
        failed = true;
        void stopAll().then(() => reject(e));
      });
      feed(w);
    }
  });
}
