/**
 * The CLI's way of running the pipeline over many pages: cached readings are reused, missing
 * ones are computed in worker threads (or in-process for small jobs), and chrono-node and
 * compromise are only loaded when something is missing. The corpus is identical, byte for byte
 * in JSON, whatever the cache state or the number of jobs: the readings are pure functions of
 * each article's text and are assembled in page order.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { codeVersion, type AnalysisCache } from './cache.js';
import { isDamage } from './database.js';
import type { EntityReadings } from './analysis.js';
import type { ArticleAnalysis, ArticleText, Assembly, Prepared, PreparedArticle } from './corpus.js';
import { READER_ENDED, ReaderProcess, readerSnapshot } from './reader-process.js';
import { readInputs, statText, type FileStat, type InputListing, type LoadResult } from './load.js';
import { collectGarbage, StringPool } from './memory.js';
import type { Corpus, InputWarning, Page } from './types.js';
import type { AssembledState } from './update/state.js';

export interface EngineOptions {
  cache: AnalysisCache | null;
  /** Worker threads to use; 1 = in-process. Default: the number of cores. */
  jobs?: number;
  today: Date;
  /** Called as pages are finished: (pages done, pages to analyse). */
  progress?: (done: number, total: number) => void;
  /** Called when the cache cannot be written (the run goes on). */
  warn?: (w: InputWarning) => void;
  /** A worker's old-generation heap cap in MB (default 128; see WORKER_HEAP). */
  workerHeapMb?: number;
  /**
   * From how many articles a run is large: it collects garbage between its phases and keeps one
   * copy of the analyses' repeated strings (default COLLECT_FROM; tests lower it).
   */
  largeFrom?: number;
  /**
   * The startup snapshot an update's reader process starts from (reader-process.ts); default: the
   * one the build made for this Node, if any; null: an update reads in a worker thread.
   */
  readerSnapshot?: string | null;
  /**
   * Told whether the corpus was made by updating the last one (update/update.ts), and if not, why
   * (tests read it; the CLI prints it when ICESCO_DEBUG=update).
   */
  updated?: (note: string) => void;
  /**
   * Keep where each entity and date came from (`show --explain`): the corpus is assembled from
   * the cached page analyses, never taken from the stored corpus, which does not keep it.
   */
  explain?: boolean;
}

/** Lets other events in (Ctrl-C) between the steps of a long synchronous run. */
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The day relative dates resolve against, as the cache keys it. */
const dayOf = (today: Date) => today.toISOString().slice(0, 10);

/** A file modified this recently is not fingerprinted by its stat (see analyzeInputs). */
const RACY_MS = 1000;
/** Below this many articles to analyse, starting workers costs more than it saves. */
const IN_PROCESS_BELOW = 40;
/**
 * A worker's heap, capped: left alone, V8 lets each worker's heap grow to several times what
 * compromise keeps alive, and two workers doubled the run's peak memory. With these caps it
 * collects sooner, at a few per cent of speed. A batch that does not fit (a pathological
 * article) is analysed again in the main thread, which has no cap.
 */
const WORKER_HEAP_MB = 128;
/** (4 rather than 8: ~15 MB less at the peak of a 1,000-page run, for ~2% of its time.) */
const WORKER_YOUNG_MB = 4;
/** An update's one worker reads a page or a few: its memory matters less than its time. */
const UPDATE_WORKER_YOUNG_MB = 16;

/** From this many articles, memory is collected between phases (see memory.ts). */
const COLLECT_FROM = 2000;
/**
 * ... and every this many articles written: their rows' JSON, once inserted, is garbage that V8
 * would otherwise let pile up (at 3,000 pages the peak fell by ~50 MB, for no measurable time).
 */
const WRITTEN_PER_COLLECTION = 5000;

/** Collects garbage every n-th call, told how many are done. */
const collectEvery = (n: number) => (done: number) => {
  if (done % n === 0) collectGarbage();
};

export interface InputOptions extends EngineOptions {
  /** Reads stdin for the path "-"; injectable for tests. */
  readStdin?: () => Buffer;
  /** Told the loading warnings before any analysis (it may throw to stop the run: --strict). */
  loaded?: (warnings: InputWarning[]) => void;
}

/**
 * Answers for the listed input files. When the cache knows these very files (same paths, sizes,
 * times and inodes) and the corpus they made, the pages are not even read; otherwise they are
 * read, and analysed as far as the cache cannot answer.
 */
export async function analyzeInputs(listing: InputListing, options: InputOptions): Promise<Corpus> {
  const started = Date.now();
  const cache = options.cache;
  const fingerprint = cache ? fingerprintOf(listing, options.today) : null;
  const known = fingerprint && !options.explain ? cache!.readInputs(fingerprint) : null;
  const stored = known ? cache!.readCorpus(known.corpus) : null;
  if (known && stored) {
    options.loaded?.(known.warnings);
    return stored;
  }
  // Files the cache's last corpus read, unchanged (by stat, and not changed within the last
  // second), are not read: their names and keys are known, and an update reads only new pages.
  const knownFiles = cache && !options.explain ? cache.knownFiles() : null;
  const unread = knownFiles?.size
    ? (path: string, stat: FileStat) => {
        const k = knownFiles.get(path);
        return k && k.stat === statText(stat) && started - Math.max(stat.mtimeMs, stat.ctimeMs) > RACY_MS ? k : undefined;
      }
    : undefined;
  // Some file is new or changed since the last corpus: an update is likely, and its new pages
  // will likely need analysing. The worker that will do it starts now (see updateStored).
  const early = unread && jobsOf(options) > 1 && listing.files.some((f) => f.path !== '-' && (!f.stat || !unread(f.path, f.stat))) ? await updateWorker(options) : null;
  let read: LoadResult;
  try {
    read = readInputs(listing, { readStdin: options.readStdin, known: unread });
    options.loaded?.(read.warnings);
  } catch (e) {
    await early?.terminate();
    throw e;
  }
  const { pages, warnings } = read;
  const { corpus, key } = await analyzeKeyed(pages, options, early);
  // A file changed within the last second could change again within the same timestamp tick
  // (coarse file systems): its stat is not trusted yet, as git does with "racy" files.
  const settled = listing.files.every((f) => !f.stat || started - Math.max(f.stat.mtimeMs, f.stat.ctimeMs) > RACY_MS);
  if (fingerprint && settled && options.cache) attempt(options, () => options.cache!.writeInputs(fingerprint, { corpus: key, warnings }));
  return corpus;
}

export async function analyzePages(pages: Page[], options: EngineOptions): Promise<Corpus> {
  return (await analyzeKeyed([...pages], options)).corpus; // a copy: the caller's array stays as it is
}

/**
 * The corpus of these pages; `pages` is emptied once they are prepared (see analyzeAfresh).
 * `early` is a worker started for an update (stopped by updateStored, or here when no update is tried).
 */
async function analyzeKeyed(pages: Page[], options: EngineOptions, early: AnalysisThread | null = null): Promise<{ corpus: Corpus; key: string }> {
  try {
    return await analyzeKeyedWith(pages, options, early);
  } finally {
    await early?.terminate();
  }
}

async function analyzeKeyedWith(pages: Page[], options: EngineOptions, early: AnalysisThread | null): Promise<{ corpus: Corpus; key: string }> {
  const pageKeys = pages.map((p) => p.key ?? options.cache?.pageKey(p.text) ?? '');
  // The same pages asked about again: the assembled corpus is one read away.
  const key = options.cache ? corpusKeyOf(pages, pageKeys, options.today) : '';
  const ready = options.explain ? null : options.cache?.readCorpus(key);
  if (ready) return { corpus: ready, key };
  // This run will write to the cache: the database is checked meanwhile (see checkAhead).
  options.cache?.checkAhead();
  const updated = options.explain ? null : await updateStored(pages, pageKeys, key, options, early);
  if (updated) return { corpus: updated, key };
  let state: AssembledState | null = null;
  let corpus: Corpus | null = await analyzeAfresh(pages, pageKeys, options, key, (s) => (state = s));
  const large = corpus.articles.length >= (options.largeFrom ?? COLLECT_FROM);
  if (large) collectGarbage(); // what assembling left behind
  await pause();
  await options.cache?.checked();
  const { writeState } = await import('./update/state.js');
  attempt(options, () =>
    options.cache?.writeCorpus(key, corpus!, (db) => {
      if (state) writeState(db, state);
      // What assembling computed on the way (every analysis, dated) can go before the corpus's
      // rows are made: collected now, its room is reused by the rows' JSON instead of adding to it.
      state = null;
      if (large) collectGarbage();
    }, large ? collectEvery(WRITTEN_PER_COLLECTION) : undefined),
  );
  state = null;
  await pause();
  // Answer from what was stored, as a warm run would: the assembled objects can go (collected
  // before the answer is made, with the serialised parts), and the articles' JSON is already
  // serialised.
  const stored = options.explain ? null : options.cache?.readCorpus(key);
  if (stored) corpus = null;
  if (large) collectGarbage();
  return { corpus: stored ?? corpus!, key };
}

/**
 * The corpus of these pages made by updating the last one assembled (update/update.ts), when
 * they are its pages and a few more; null otherwise (or when the update cannot promise what a
 * fresh assembly gives), and the caller assembles afresh.
 */
async function updateStored(pages: Page[], pageKeys: string[], key: string, options: EngineOptions, early: AnalysisThread | null): Promise<Corpus | null> {
  const cache = options.cache;
  if (!cache) return null;
  // New pages not analysed before are analysed in the reader process, or else a worker thread
  // (spawnUpdateWorker: started when the input files were found changed, `early`, or else as
  // soon as the new pages are known), while this thread segments them and reads what the update
  // needs of the old corpus: on two cores, the reader's start and its reading (~0.4 s from a
  // snapshot, ~1 s in a thread that loads the parsers) then cost the update little more than
  // the reader's start. (With one thread, all of it is done here, in turn.)
  let workers: AnalysisThread[] | null = null;
  if (jobsOf(options) > 1) threads ??= await import('node:worker_threads');
  try {
    const db = cache.database();
    const { readLineDates } = await import('./stages/dates.js');
    const { segmentContext } = await import('./corpus.js');
    const { CorpusUpdate, ID_OF_REMOVED } = await import('./update/update.js');
    const newPages = (keys: string[]) => {
      if (!workers && jobsOf(options) > 1 && keys.some((k) => !cache.has(k))) workers = [early ?? spawnUpdateWorker(options)];
    };
    const updateOptions = { today: options.today, version: codeVersion(), context: segmentContext(readLineDates), readAnalyses: (k: string) => cache.read(k), newPages };
    let update = CorpusUpdate.plan(db, pages, pageKeys, updateOptions);
    // A page moved to another folder (its articles keep their ids): the corpus of the pages that
    // stay is made first, by an update of pages removed alone, and stored; the moved pages are
    // then new.
    let removedFirst = '';
    if (update === ID_OF_REMOVED) {
      const staying = CorpusUpdate.staying(db, pages, pageKeys);
      const [stayingPages, stayingKeys] = [staying.map((i) => pages[i]), staying.map((i) => pageKeys[i])];
      const removal = CorpusUpdate.plan(db, stayingPages, stayingKeys, updateOptions);
      if (typeof removal === 'string') update = removal;
      else {
        await cache.checked();
        const stayingKey = corpusKeyOf(stayingPages, stayingKeys, options.today);
        if (!cache.storeUpdate(stayingKey, (db) => removal.make(db, stayingKey, () => undefined as never))) update = removal.whyNot;
        else {
          removedFirst = `${removal.made}; then `;
          update = CorpusUpdate.plan(db, pages, pageKeys, updateOptions);
        }
      }
    }
    if (typeof update === 'string') {
      options.updated?.(`not updated: ${removedFirst}${update}`);
      return null;
    }
    const freshKeys = update.freshKeys;
    const prepared: Prepared = { pageCount: update.fresh.length, byPage: update.fresh.map((p) => p.articles), boilerplate: [], warnings: [], recurrence: [], pageCounts: new Map() };
    const known = new Map<string, ArticleAnalysis>();
    for (const k of freshKeys) for (const [articleKey, a] of cache.read(k)) known.set(articleKey, a);
    // (Assigned by newPages, which TypeScript does not see.)
    const reader = (workers as AnalysisThread[] | null)?.[0];
    const readIn = !reader ? '' : reader instanceof ReaderProcess ? ' (new articles analysed in the reader process meanwhile)' : ' (new articles analysed in a worker thread meanwhile)';
    // (The pause lets analyzeMissing hand the articles to the worker before this thread reads ahead.)
    await Promise.all([analyzeMissing(prepared, freshKeys, known, workers, options), pause().then(() => update.readAhead(db))]);
    if (!options.cache) return null; // (the cache could not be written)
    await cache.checked();
    const planned = update;
    const stored = cache.storeUpdate(key, (db) => planned.make(db, key, (k) => known.get(k)!));
    options.updated?.(stored ? `updated: ${removedFirst}${update.made}${readIn}` : `not updated: ${removedFirst}${update.whyNot}`);
    return stored ? cache.readCorpus(key) : null;
  } catch (e) {
    if (isDamage(e)) cache.discard();
    options.updated?.(`not updated: ${(e as Error).message}`);
    return null;
  } finally {
    // (The early worker too, used or not: a fresh assembly starts workers of its own.)
    await Promise.all([...new Set([...((workers as AnalysisThread[] | null) ?? []), ...(early ? [early] : [])])].map((w) => w.terminate()));
  }
}

/** A cache write that fails is reported once and the run goes on without the cache. */
function attempt(options: EngineOptions, write: () => void): void {
  if (!options.cache) return;
  try {
    write();
  } catch (e) {
    options.warn?.({ source: options.cache.dir, message: `cannot write the cache (${(e as NodeJS.ErrnoException).code ?? (e as Error).name ?? 'error'}); continuing without it` });
    options.cache = null;
  }
}

/**
 * What the input files are, by path and stat, and the day (relative dates resolve against it);
 * null when stdin is among them (it has no stat to trust).
 */
function fingerprintOf(listing: InputListing, today: Date): string | null {
  if (listing.files.some((f) => f.path === '-')) return null;
  const h = createHash('sha256').update(`${dayOf(today)}\u0000${process.cwd()}`);
  for (const p of listing.problems) h.update(`\u0000!${p.source}\u0000${p.message}`);
  for (const { path, stat: s } of listing.files) h.update(`\u0000${path}\u0000${s ? `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}:${s.dev}` : '-'}`);
  return h.digest('hex');
}

/** The assembled corpus depends on all the code, every page (its text, path and name) and the day (see assemble). */
function corpusKeyOf(pages: Page[], pageKeys: string[], today: Date): string {
  const h = createHash('sha256').update(`${codeVersion()}\u0000${dayOf(today)}`);
  pages.forEach((p, i) => h.update(`\u0000${p.source}\u0000${p.name}\u0000${pageKeys[i]}`));
  return h.digest('hex');
}

/**
 * Assembles the corpus of these pages, analysing what the cache does not know. `kept` is given
 * what the cache keeps to update the corpus later (update/state.ts).
 */
async function analyzeAfresh(pages: Page[], pageKeys: string[], options: EngineOptions, corpusKey: string, kept: (state: AssembledState) => void): Promise<Corpus> {
  // Pages without a cache entry will need analysing: the workers start now, so that loading
  // the parsers (~0.4 s) overlaps segmentation and reading the cache in this thread.
  const unknownPages = options.cache ? pageKeys.filter((key) => !options.cache!.has(key)).length : pages.length;
  const jobs = jobsOf(options);
  // Segmentation reads datelines with the date parser (its own small bundle). The pipeline is
  // loaded only now: merging entities expands compromise's lexicon (~0.1 s), which a question
  // answered from the stored corpus never needs. (Ctrl-C during that synchronous load is taken
  // as soon as it ends: the CLI's handler stays in place.)
  const { readLineDates } = await import('./stages/dates.js');
  const { assembleSteps, inSteps, prepareSteps, segmentContext } = await import('./corpus.js');
  const workers = jobs > 1 && unknownPages > 0 ? await startWorkers(Math.min(jobs, unknownPages), options) : null;
  try {
    // (The workers' messages wait for the listeners that inWorkers attaches: a pause here only
    // lets Ctrl-C in.)
    const prepared = await inSteps(prepareSteps(pages, segmentContext(readLineDates)), pause);
    const statePages = pages.map((p, i) => ({ source: p.source, name: p.name, pageKey: pageKeys[i], file: p.file }));
    // The page texts were the largest thing in memory (two bytes a character once any character
    // is beyond Latin-1), and are not needed once prepared: the array every caller's suspended
    // frame shares is emptied, so that they can be collected.
    pages.length = 0;
    const large = countArticles(prepared) >= (options.largeFrom ?? COLLECT_FROM);
    // Every analysis is held until the corpus is assembled: a large run keeps one copy of their
    // repeated strings (see StringPool).
    const pool = large ? new StringPool() : null;
    const known = new Map<string, ArticleAnalysis>();
    if (options.cache) for (const key of pageKeys) for (const [k, a] of options.cache.read(key)) known.set(k, pool ? pool.analysis(a) : a);
    if (large) collectGarbage(); // segmentation's lines and cache entries' JSON
    const analysed = await analyzeMissing(prepared, pageKeys, known, workers, options, pool);
    if (analysed >= (options.largeFrom ?? COLLECT_FROM)) collectGarbage(); // what analysing left behind (the workers' messages)
    const keep = (assembly: Assembly) =>
      kept({ corpusKey, version: codeVersion(), day: dayOf(options.today), pages: statePages, recurrence: prepared.recurrence, pageCounts: prepared.pageCounts, noArticle: prepared.byPage.map((a) => a.length === 0), assembly });
    // (A large run collects between assembling's steps too: each leaves garbage the next would
    // add to; at 3,000 pages the peak fell by ~110 MB.)
    const between = large ? () => (collectGarbage(), pause()) : pause;
    return await inSteps(assembleSteps(prepared, (key) => known.get(key)!, { today: options.today, explain: !!options.explain, keep }), between);
  } finally {
    if (workers) await Promise.all(workers.map((w) => w.terminate()));
  }
}

/**
 * Analyses the prepared articles the cache did not know (into `known`), caches them by page,
 * and tells how many there were.
 */
async function analyzeMissing(prepared: Prepared, pageKeys: string[], known: Map<string, ArticleAnalysis>, workers: AnalysisThread[] | null, options: EngineOptions, pool: StringPool | null = null): Promise<number> {
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
  if (missing.size === 0) return 0;

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
    known.set(key, pool ? pool.analysis(analysis) : analysis);
    for (const p of pagesOf.get(key) ?? []) {
      const left = (remainingOf.get(p) ?? 1) - 1;
      remainingOf.set(p, left);
      if (left === 0) options.progress?.(++done, total);
    }
  };
  const items = [...missing.entries()];
  const { BATCH } = await import('./corpus.js');
  // Workers already started are used however little there is; otherwise a small job stays in
  // this thread, where starting workers would cost more than it saves.
  const jobs = Math.max(1, Math.min(jobsOf(options), Math.ceil(items.length / BATCH)));
  const useWorkers = workers ?? (jobs > 1 && items.length >= IN_PROCESS_BELOW ? await startWorkers(jobs, options) : null);
  if (!useWorkers) {
    const { analyzeArticles } = await import('./analysis.js');
    for (let i = 0; i < items.length; i += BATCH) {
      const batch = items.slice(i, i + BATCH);
      analyzeArticles(batch.map(([, a]) => textOf(a))).forEach((analysis, k) => finished(batch[k][0], analysis));
      await pause(); // Ctrl-C is taken between batches
    }
  } else if (useWorkers.some((w) => datesApart.has(w))) {
    // An update's worker reads all but the dates; they are read here meanwhile, where segmenting
    // the page has already paid the date parser's first use (~0.2 s in a new thread).
    const readings = new Map<string, EntityReadings>();
    const running = inWorkers(useWorkers, items, BATCH, (key, r) => readings.set(key, r as unknown as EntityReadings));
    running.catch(() => {}); // (a worker's failure while the dates are read is thrown below, not left unhandled)
    await pause(); // (the update reads ahead first: see updateStored)
    const { readDates } = await import('./stages/dates.js');
    const dates = new Map(items.map(([key, a]) => [key, readDates(a.paragraphs)]));
    const left = new Set((await running).map(([key]) => key));
    for (const [key, a] of items) {
      const r = readings.get(key);
      if (r && !left.has(key)) finished(key, { dates: dates.get(key)!, ...r });
      else {
        const { analyzeArticles } = await import('./analysis.js');
        finished(key, analyzeArticles([textOf(a)])[0]);
      }
    }
  } else {
    const left = await inWorkers(useWorkers, items, BATCH, finished);
    if (left.length) {
      const { analyzeArticles } = await import('./analysis.js');
      for (const [key, a] of left) finished(key, analyzeArticles([textOf(a)])[0]);
    }
  }
  const cache = options.cache;
  await cache?.checked();
  // One transaction for all the pages analysed: a run killed before it commits left none of them.
  if (cache) attempt(options, () => cache.writePages([...pagesWaiting].map((p) => [pageKeys[p], new Map(prepared.byPage[p].map((a) => [a.key, known.get(a.key)!]))])));
  return missing.size;
}

const countArticles = (prepared: Prepared) => prepared.byPage.reduce((n, articles) => n + articles.length, 0);

/** Only the text travels to a worker, never the page. */
const textOf = (a: PreparedArticle): ArticleText => ({ title: a.title, paragraphs: a.paragraphs, datelineTexts: a.datelineTexts, ...(a.bylineNames ? { bylineNames: a.bylineNames } : {}) });

/** Threads to analyse with: --jobs, else one per core. */
const jobsOf = (options: EngineOptions) => options.jobs ?? availableParallelism();

/** Worker threads that load the analysis code at once, and wait for inWorkers to give them work. */
async function startWorkers(count: number, options: EngineOptions): Promise<Worker[]> {
  // Loaded only when there is analysis to do: a warm run never starts a thread.
  threads ??= await import('node:worker_threads');
  return spawnWorkers(count, options, WORKER_YOUNG_MB);
}

/** The worker thread an update analyses its new pages in (one page's articles: its young generation is not capped as low). */
async function updateWorker(options: EngineOptions): Promise<AnalysisThread> {
  threads ??= await import('node:worker_threads');
  return spawnUpdateWorker(options);
}

/**
 * An update's reader: a process started from the startup snapshot of a warmed-up reader when the
 * build made one for this Node (reader-process.ts: ready ~0.5 s sooner than a thread, which
 * loads compromise and pays its first use), else a worker thread. (A heap cap asked for is a
 * thread's: the snapshot holds only with the V8 flags it was made with.)
 */
function spawnUpdateWorker(options: EngineOptions): AnalysisThread {
  const snapshot = options.readerSnapshot === undefined ? readerSnapshot() : options.readerSnapshot;
  if (!snapshot || options.workerHeapMb !== undefined) return spawnWorkers(1, options, UPDATE_WORKER_YOUNG_MB, true)[0];
  const reader = new ReaderProcess(snapshot);
  datesApart.add(reader);
  reader.once('error', (e) => earlyErrors.set(reader, e));
  return reader;
}

/** What the engine uses of a worker thread, which an update's reader process offers too. */
interface AnalysisThread {
  postMessage(message: { id: number; items: ArticleText[] }): void;
  on(event: 'message', listener: (message: { id: number; results: ArticleAnalysis[] }) => void): unknown;
  on(event: 'error', listener: (e: Error) => void): unknown;
  once(event: 'error', listener: (e: Error) => void): unknown;
  terminate(): Promise<number>;
}

let threads: typeof import('node:worker_threads') | null = null;

/** Workers that read everything but the dates (worker.ts): an update's, whose main thread reads them. */
const datesApart = new WeakSet<AnalysisThread>();

function spawnWorkers(count: number, options: EngineOptions, youngMb: number, withoutDates = false): Worker[] {
  const heapMb = options.workerHeapMb ?? WORKER_HEAP_MB;
  const { Worker } = threads!;
  return Array.from({ length: count }, () => {
    const w = new Worker(new URL('./worker.js', import.meta.url), { workerData: { datesApart: withoutDates }, resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: youngMb } });
    if (withoutDates) datesApart.add(w);
    // A failure before inWorkers listens (segmentation pauses for Ctrl-C) is kept for it.
    w.once('error', (e) => earlyErrors.set(w, e));
    return w;
  });
}

/** Errors of workers that failed before they were given work. */
const earlyErrors = new WeakMap<AnalysisThread, Error>();

/**
 * Analyses the items in the given worker threads (or reader process), and stops them. Resolves
 * with the items left undone when a worker ran out of its capped heap or the reader process
 * ended, before or after it was given work (the caller analyses those itself); rejects on any
 * other failure.
 */
function inWorkers(workers: AnalysisThread[], items: [string, PreparedArticle][], batchSize: number, finished: (key: string, a: ArticleAnalysis) => void): Promise<[string, PreparedArticle][]> {
  return new Promise((resolve, reject) => {
    const batches: [string, PreparedArticle][][] = [];
    for (let i = 0; i < items.length; i += batchSize) batches.push(items.slice(i, i + batchSize));
    let next = 0;
    let outstanding = 0;
    let failed = false;
    const done = new Set<number>();
    const stopAll = () => Promise.all(workers.map((w) => w.terminate()));
    const feed = (w: AnalysisThread) => {
      if (next >= batches.length) return;
      const id = next++;
      outstanding++;
      w.postMessage({ id, items: batches[id].map(([, a]) => textOf(a)) });
    };
    const fail = (e: Error) => {
      if (failed) return;
      failed = true;
      // (A thread out of memory, or a reader process that ended, even before it was given work:
      // what they left is read by the caller. Any other failure fails the run.)
      const lost = ['ERR_WORKER_OUT_OF_MEMORY', READER_ENDED].includes((e as NodeJS.ErrnoException).code ?? '');
      void stopAll().then(() => (lost ? resolve(batches.filter((_, id) => !done.has(id)).flat()) : reject(e)));
    };
    for (const w of workers) {
      const early = earlyErrors.get(w);
      if (early) return fail(early);
      w.on('message', (msg: { id: number; results: ArticleAnalysis[] }) => {
        if (failed) return;
        outstanding--;
        done.add(msg.id);
        batches[msg.id].forEach(([key], k) => finished(key, msg.results[k]));
        feed(w);
        if (outstanding === 0 && next >= batches.length) void stopAll().then(() => resolve([]));
      });
      w.on('error', fail);
      feed(w);
    }
  });
}
