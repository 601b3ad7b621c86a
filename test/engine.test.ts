/**
 * The engine behind the CLI: the analysis cache (hits, misses, invalidation, corrupt and foreign
 * entries) and worker threads (same output as one thread). Runs the built code (dist/), since
 * worker threads load dist/worker.js.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { AnalysisCache } from '../dist/cache.js';
import { analyzeInputs, analyzePages } from '../dist/engine.js';
import { listInputs } from '../dist/load.js';
import type { Corpus, Page } from '../src/types.js';
import { REF, ROOT, seedPages } from './helpers/seeds.js';
import { scratchDir } from './helpers/scratch.js';

type Engine = (pages: Page[], o: object) => Promise<Corpus>;
const run = analyzePages as Engine;

/** Runs the engine and counts the pages it had to analyse (through the progress callback). */
async function counted(pages: Page[], cache: unknown, jobs = 1) {
  let analysed = 0;
  const corpus = await run(pages, { cache, jobs, today: REF, progress: (_done: number, total: number) => (analysed = total) });
  return { corpus, analysed, json: JSON.stringify(corpus) };
}

const freshCache = () => new AnalysisCache(scratchDir('icesco-cache-test-'));
/** Drops the assembled corpora, so the next run must read the per-page entries. */
const dropCorpora = (cache: AnalysisCache) => {
  const db = cache.database();
  for (const t of ['corpora', 'articles', 'article_payloads', 'article_json', 'payload_names', 'entities', 'entity_payloads', 'date_mentions']) db.exec(`DELETE FROM ${t}`);
};
const count = (cache: AnalysisCache, table: string) => cache.database().prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

/**
 * Overwrites the first page of a table's b-tree (its root) with garbage, as a disk or a careless
 * tool might: the log is checkpointed into the file and the database closed first, so that every
 * write is in the file itself. (Closed before too: a corpus read earlier holds a snapshot, which
 * the checkpoint would wait for.)
 */
function damageTable(cache: AnalysisCache, table: string): void {
  cache.close();
  const db = cache.database();
  db.pragma('wal_checkpoint(TRUNCATE)');
  const root = db.prepare('SELECT rootpage FROM sqlite_master WHERE name = ?').pluck().get(table) as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  cache.close();
  const fd = openSync(cache.file, 'r+');
  writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (root - 1) * pageSize);
  closeSync(fd);
}

describe('a large run (collections between phases, one copy of repeated strings)', () => {
  it('gives what any run gives, cold with workers and in one thread, and warm', async () => {
    const pages = seedPages();
    const plain = JSON.stringify(await run(pages, { cache: null, jobs: 1, today: REF }));
    for (const jobs of [1, 2]) {
      const cache = freshCache();
      expect(JSON.stringify(await run(pages, { cache, jobs, today: REF, largeFrom: 1 }))).toBe(plain);
      expect(JSON.stringify(await run(pages, { cache, jobs, today: REF, largeFrom: 1 }))).toBe(plain);
      // Assembled again from the analyses the cache keeps (each read through the pool).
      dropCorpora(cache);
      expect(JSON.stringify(await run(pages, { cache, jobs, today: REF, largeFrom: 1 }))).toBe(plain);
    }
  });
});

describe('analysis cache', () => {
  const pages = seedPages().slice(0, 2);

  it('misses on the first run, hits on the second, with identical output', async () => {
    const cache = freshCache();
    const first = await counted(pages, cache);
    expect(first.analysed).toBe(2);
    expect(count(cache, 'page_analyses')).toBe(2);
    expect(count(cache, 'corpora')).toBe(1);
    expect(readdirSync(cache.dir).filter((f) => !f.endsWith('-wal') && !f.endsWith('-shm')).sort()).toEqual(['CACHEDIR.TAG', 'store.sqlite']);
    const second = await counted(pages, cache);
    expect(second.analysed).toBe(0);
    expect(second.json).toBe(first.json);
    dropCorpora(cache);
    const third = await counted(pages, cache);
    expect(third.analysed).toBe(0);
    expect(third.json).toBe(first.json);
  });

  it('leaves the caller\'s pages as they were (it lets go of its own copy once prepared)', async () => {
    const given = [...pages];
    await counted(given, null);
    expect(given).toHaveLength(pages.length);
    given.forEach((p, i) => expect(p).toBe(pages[i]));
  });

  it('reads back a stored corpus identical to a fresh one, field order included', async () => {
    const cache = freshCache();
    const fresh = await counted(pages, null);
    const stored = await counted(pages, cache); // the first run also answers from what it stored
    expect(stored.json).toBe(fresh.json);
    expect(JSON.stringify(stored.corpus.articles[3], null, 2)).toBe(JSON.stringify(fresh.corpus.articles[3], null, 2));
    expect(stored.corpus.articles[3].text).toBe(fresh.corpus.articles[3].text);
    expect(stored.corpus.entities).toEqual(fresh.corpus.entities);
    // Each article's JSON is stored as `--json` prints it, inside a 2-space-indented array.
    const bytes = Buffer.from(stored.corpus.articleJson!(stored.corpus.articles[3])!).toString('utf8');
    expect(bytes).toBe(JSON.stringify(fresh.corpus.articles[3], null, 2).replace(/^/gm, '  '));
    expect(fresh.corpus.articleJson).toBeUndefined();
  });

  // (The page entries are read only when no stored corpus answers: dropped first for that case.)
  for (const [table, corporaDropped] of [['corpora', false], ['page_analyses', true]] as const)
    it(`rebuilds a database whose ${table} table has a damaged page, and answers as a fresh run`, async () => {
      const cache = freshCache();
      const first = await counted(pages, cache);
      if (corporaDropped) dropCorpora(cache);
      damageTable(cache, table);
      // Found damaged (by SQLite reading the page, or by quick_check before writing): deleted,
      // and the pages analysed again into a new database.
      const again = await counted(pages, cache);
      expect(again.analysed).toBe(2);
      expect(again.json).toBe(first.json);
      expect(cache.database().pragma('quick_check', { simple: true })).toBe('ok');
      const warm = await counted(pages, cache);
      expect(warm.analysed).toBe(0);
      expect(warm.json).toBe(first.json);
    });

  it('a stored corpus read after its database was damaged throws SQLite\'s error, never a wrong value', async () => {
    const cache = freshCache();
    await counted(pages, cache);
    damageTable(cache, 'article_json');
    const stored = await run(pages, { cache, jobs: 1, today: REF }); // its rows are read when used
    expect(() => JSON.stringify(stored)).toThrow(expect.objectContaining({ code: expect.stringMatching(/^SQLITE_CORRUPT/) }));
  });

  it('rebuilds a file that is no database at all', async () => {
    const cache = freshCache();
    const first = await counted(pages, cache);
    cache.close();
    writeFileSync(cache.file, 'not a database, but as long as one page of it '.repeat(200));
    for (const side of ['-wal', '-shm']) rmSync(cache.file + side, { force: true });
    const again = await counted(pages, cache);
    expect(again.analysed).toBe(2);
    expect(again.json).toBe(first.json);
    expect((await counted(pages, cache)).analysed).toBe(0);
  });

  it('re-analyses only the page whose content changed', async () => {
    const cache = freshCache();
    await counted(pages, cache);
    const edited = [pages[0], { ...pages[1], text: pages[1].text.replace('Kazakhstan', 'Uzbekistan') }];
    dropCorpora(cache);
    const again = await counted(edited, cache);
    expect(again.analysed).toBe(1);
    expect(again.json).toBe((await counted(edited, null)).json);
  });

  it('keeps the corpora used last, shares their articles\' payloads, and leaves no payload none of them uses', async () => {
    const cache = freshCache();
    const edited = { ...pages[1], text: pages[1].text.replace('Kazakhstan', 'Uzbekistan') };
    const sets = [pages, [pages[0]], [pages[1]], [pages[0], edited]];
    for (const set of sets) {
      // (Used an hour ago: no run can still be reading them, so the oldest may be pruned.)
      cache.database().prepare('UPDATE corpora SET used = used - 3600000').run();
      await counted(set, cache);
    }
    const db = cache.database();
    // The last three, by their page counts: the first (two pages) was pruned.
    expect(db.prepare('SELECT pages FROM corpora ORDER BY id').pluck().all()).toEqual([1, 1, 2]);
    const none = (sql: string) => expect(db.prepare(sql).pluck().get()).toBe(0);
    none('SELECT count(*) FROM article_payloads p WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.payload = p.id)');
    none('SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_payloads p WHERE p.id = a.payload)');
    none('SELECT count(*) FROM payload_names n WHERE NOT EXISTS (SELECT 1 FROM article_payloads p WHERE p.id = n.payload)');
    none('SELECT (SELECT count(*) FROM article_json j WHERE NOT EXISTS (SELECT 1 FROM article_payloads p WHERE p.id = j.payload)) + (SELECT count(*) FROM article_payloads p WHERE NOT EXISTS (SELECT 1 FROM article_json j WHERE j.payload = p.id))');
    none('SELECT count(*) FROM entity_payloads p WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.payload = p.id)');
    none('SELECT count(*) FROM entities e WHERE NOT EXISTS (SELECT 1 FROM entity_payloads p WHERE p.id = e.payload)');
    // The first page's articles are in all three corpora, stored once.
    expect(count(cache, 'article_payloads')).toBeLessThan(count(cache, 'articles'));
    expect(db.prepare('SELECT count(DISTINCT payload) FROM articles').pluck().get()).toBe(count(cache, 'article_payloads'));
    for (const set of sets.slice(1)) {
      const warm = await counted(set, cache);
      expect(warm.analysed).toBe(0);
      expect(warm.json).toBe((await counted(set, null)).json);
    }
  });

  it('ignores and rebuilds an entry whose readings do not parse or are not shaped as readings', async () => {
    const cache = freshCache();
    const clean = await counted(pages, cache);
    const key = cache.pageKey(pages[0].text);
    const entry = () => cache.database().prepare('SELECT articles FROM page_analyses WHERE key = ?').pluck().get(key) as string;
    for (const damaged of ['{"trunc', '{"a": {"entities": "none"}}']) {
      cache.database().prepare('UPDATE page_analyses SET articles = ? WHERE key = ?').run(damaged, key);
      dropCorpora(cache);
      const recovered = await counted(pages, cache);
      expect(recovered.analysed).toBe(1);
      expect(recovered.json).toBe(clean.json);
      expect(Object.keys(JSON.parse(entry())).length).toBeGreaterThan(0);
    }
  });

  it('ignores an entry written by another version', async () => {
    const cache = freshCache();
    await counted(pages, cache);
    cache.database().prepare('UPDATE page_analyses SET version = ? WHERE key = ?').run('another-version', cache.pageKey(pages[0].text));
    dropCorpora(cache);
    expect((await counted(pages, cache)).analysed).toBe(1);
    const other = new AnalysisCache(cache.dir, 'v-other');
    expect(other.read(cache.pageKey(pages[0].text)).size).toBe(0);
  });

  it('clear removes every entry it wrote, and nothing else; info counts them', async () => {
    const cache = freshCache();
    await counted(pages, cache);
    writeFileSync(join(cache.dir, 'notes.txt'), 'a file of the user');
    // (The search index another command keeps here is icesco's too.)
    writeFileSync(join(cache.dir, 'search-0123abcd.sqlite'), 'an index');
    expect(cache.info()).toMatchObject({ dir: cache.dir, entries: 2 });
    expect(cache.info().bytes).toBeGreaterThan(10_000);
    expect(cache.clear()).toBe(2);
    expect(cache.info()).toMatchObject({ entries: 0, bytes: 0 });
    // The marker stays: the directory is still icesco's, and says so to backup tools.
    expect(readdirSync(cache.dir).sort()).toEqual(['CACHEDIR.TAG', 'notes.txt']);
  });

  it('clear removes what an older version wrote (JSON entries, corpus folders, temporary files)', () => {
    const dir = scratchDir('icesco-legacy-');
    const key = 'a'.repeat(64);
    writeFileSync(join(dir, `${key}.json`), '{}');
    writeFileSync(join(dir, `inputs-${key}.json`), '{}');
    mkdirSync(join(dir, `corpus-${key}`));
    writeFileSync(join(dir, `corpus-${key}`, 'head.json'), '{}');
    mkdirSync(join(dir, 'tmp'));
    writeFileSync(join(dir, 'tmp', `${key}.json.123.0badc0de.00000001.tmp`), '{');
    const cache = new AnalysisCache(dir); // a folder of icesco's entries alone is a cache: marked
    expect(readdirSync(dir)).toContain('CACHEDIR.TAG');
    expect(cache.info().bytes).toBeGreaterThan(0);
    cache.clear();
    expect(readdirSync(dir)).toEqual(['CACHEDIR.TAG']);
  });
});

describe('the seal', () => {
  const pages = seedPages().slice(0, 3);
  const cacheIn = (dir: string) => new AnalysisCache(dir);

  it('lets the next run that writes trust the database unchecked while its files are as the sealing run left them', async () => {
    const first = freshCache();
    await counted(pages.slice(0, 1), first);
    expect(first.trustedBy).toBe('quick_check');
    first.seal();
    expect(existsSync(first.sealFile)).toBe(true);
    // A run that only reads neither checks nor seals, and leaves the seal holding.
    const reader = cacheIn(first.dir);
    expect((await counted(pages.slice(0, 1), reader)).analysed).toBe(0);
    expect(reader.trustedBy).toBeNull();
    reader.seal();
    const adding = cacheIn(first.dir);
    expect((await counted(pages.slice(0, 2), adding)).analysed).toBe(1);
    expect(adding.trustedBy).toBe('seal');
    adding.seal();
    // Touched by anything but SQLite, even with its old times set back: checked again.
    const { atime, mtime } = statSync(first.file);
    utimesSync(first.file, atime, mtime);
    const after = cacheIn(first.dir);
    expect((await counted(pages, after)).analysed).toBe(1);
    expect(after.trustedBy).toBe('quick_check');
  });

  it('holds through a run that only marks its corpus as used (a small write of SQLite\'s), which seals it again', async () => {
    const cache = freshCache();
    await counted(pages.slice(0, 1), cache);
    // As if the corpus was last used long ago (by the sealing run itself).
    cache.database().prepare('UPDATE corpora SET used = 0').run();
    cache.seal();
    const sealed = readFileSync(cache.sealFile, 'utf8');
    const reader = cacheIn(cache.dir);
    expect((await counted(pages.slice(0, 1), reader)).analysed).toBe(0);
    expect(reader.trustedBy).toBe('seal');
    reader.seal();
    expect(readFileSync(cache.sealFile, 'utf8')).not.toBe(sealed); // (the mark was written)
    const adding = cacheIn(cache.dir);
    expect((await counted(pages.slice(0, 2), adding)).analysed).toBe(1);
    expect(adding.trustedBy).toBe('seal');
  });

  it('does not vouch for a page damaged after it: the check finds it, and the answer is a fresh run\'s', async () => {
    const fresh = await counted(pages, null);
    const cache = freshCache();
    await counted(pages.slice(0, 2), cache);
    cache.seal();
    damageTable(cache, 'page_analyses');
    const again = cacheIn(cache.dir);
    const answer = await counted(pages, again);
    expect(again.trustedBy).toBe('quick_check');
    expect(answer.json).toBe(fresh.json);
    expect(again.database().pragma('quick_check', { simple: true })).toBe('ok');
  });

  it('goes with its database: deleted when the database is found damaged, and by cache clear', async () => {
    const cache = freshCache();
    await counted(pages.slice(0, 1), cache);
    cache.seal();
    cache.discard();
    expect(existsSync(cache.sealFile)).toBe(false);
    await counted(pages.slice(0, 1), cache);
    cache.seal();
    expect(existsSync(cache.sealFile)).toBe(true);
    cacheIn(cache.dir).clear();
    expect(existsSync(cache.sealFile)).toBe(false);
  });
});

describe('one thread', () => {
  it('lets the event loop in between batches of articles, where Ctrl-C is taken', async () => {
    // A loop of setImmediate callbacks notes how many pages were done each time it got a turn.
    // With no pause between batches, it would only ever see none and all.
    const pages = seedPages();
    let done = 0;
    let running = true;
    const seen = new Set<number>();
    const spin = () => {
      if (!running) return;
      seen.add(done);
      setImmediate(spin);
    };
    setImmediate(spin);
    const corpus = await run(pages, { cache: null, jobs: 1, today: REF, progress: (d: number) => (done = d) });
    running = false;
    expect(corpus.articles).toHaveLength(50);
    expect([...seen].filter((d) => d > 0 && d < pages.length).length).toBeGreaterThan(0);
  });
});

describe('the CLI bundle', () => {
  it('holds no compromise: only the analysis loads it, so a run that merges or adds a page does not load it twice', () => {
    // esbuild names each bundled module in a comment; commander's are there, compromise's must not be.
    const bundle = readFileSync(join(ROOT, 'dist', 'cjs', 'cli.js'), 'utf8');
    expect(bundle).toMatch(/^\/\/ node_modules\/commander\//m);
    expect(bundle).not.toMatch(/^\/\/ node_modules\/compromise\//m);
    expect(readFileSync(join(ROOT, 'dist', 'cjs', 'analysis.js'), 'utf8')).toMatch(/^\/\/ node_modules\/compromise\//m);
  });
});

describe('worker threads', () => {
  it('warm up on an article that takes every path of the readings', async () => {
    // If the article stopped reaching a path (dates, people, organizations, places), that
    // path's one-time set-up would be back on the first batch.
    const { analyzeArticles } = await import('../dist/analysis.js');
    const { WARM_UP_ARTICLE } = await import('../dist/warm-up.js');
    const [reading] = analyzeArticles([WARM_UP_ARTICLE]);
    const types = new Set(reading.entities.map((e) => e.type));
    expect([...types].sort()).toEqual(['acronym', 'organization', 'person', 'place']);
    expect(reading.entities.some((e) => e.role)).toBe(true);
    expect(reading.dates.sentences.flatMap((s) => s.expressions).length).toBeGreaterThanOrEqual(3);
  });

  it('give byte-for-byte the same corpus as one thread', async () => {
    const pages = seedPages();
    const one = await counted(pages, null, 1);
    const two = await counted(pages, null, 2);
    expect(two.json).toBe(one.json);
    expect(one.corpus.articles).toHaveLength(50);
  });
});

describe('the input fingerprint', () => {
  const seedFiles = readdirSync(join(ROOT, 'seeds')).sort().slice(0, 2);
  const pagesDir = () => {
    const dir = scratchDir('icesco-fp-');
    for (const f of seedFiles) writeFileSync(join(dir, f), readFileSync(join(ROOT, 'seeds', f)));
    return dir;
  };
  const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

  it('answers files it knows by their stat without reading a page', async () => {
    const cache = freshCache();
    const dir = pagesDir();
    sleep(1100); // past the racy window
    const listing = listInputs([dir]);
    const first = await analyzeInputs(listing, { cache, jobs: 1, today: REF });
    rmSync(dir, { recursive: true }); // only the fingerprint can answer now
    const again = await analyzeInputs(listing, { cache, jobs: 1, today: REF });
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
  });

  it('does not trust the stat of a file changed in the last second (it may change again in the same tick)', async () => {
    const cache = freshCache();
    const dir = pagesDir();
    const listing = listInputs([dir]);
    await analyzeInputs(listing, { cache, jobs: 1, today: REF });
    rmSync(dir, { recursive: true });
    await expect(analyzeInputs(listing, { cache, jobs: 1, today: REF })).rejects.toThrow(/no such file|cannot read file/);
  });
});

describe('a worker out of memory', () => {
  it('hands its articles back to the main thread: same corpus, no error', async () => {
    const pages = seedPages();
    const one = await counted(pages, null, 1);
    let analysed = 0;
    const starved = await run(pages, { cache: null, jobs: 2, today: REF, workerHeapMb: 2, progress: (done: number) => (analysed = done) });
    expect(JSON.stringify(starved)).toBe(one.json);
    expect(analysed).toBe(pages.length);
  });
});

/** An article of the seeds, by its id (as the help's examples show it). */
const SEED_ID = '000_55f9d866b8a4f3e8-31e1d7-03';

describe('the CLI and the cache', () => {
  const dir = scratchDir('icesco-cli-cache-');
  const icesco = (args: string[]) =>
    spawnSync(process.execPath, ['bin/icesco.js', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ICESCO_CACHE_DIR: dir, NO_COLOR: '1' } });

  it('fills the cache, reports it, answers the same from it, and clears it; no progress when stderr is piped', () => {
    const cold = icesco(['list', '--json', 'seeds']);
    expect(cold.status).toBe(0);
    expect(cold.stderr).toBe('');
    expect(JSON.parse(icesco(['cache', 'info', '--json']).stdout)).toMatchObject({ dir, pageCount: 5 });
    const warm = icesco(['list', '--json', 'seeds']);
    expect(warm.stdout).toBe(cold.stdout);
    expect(icesco(['list', '--json', '--no-cache', 'seeds']).stdout).toBe(cold.stdout);
    expect(icesco(['cache', 'clear']).stdout).toBe(`removed 5 cached pages from ${dir}\n`);
  });

  it('prints the same JSON and NDJSON from the cache as without it, line separators (U+2028) in the text included', () => {
    const pages = scratchDir('icesco-u2028-');
    writeFileSync(join(pages, 'page.txt'), 'Ministers Meet in Rabat on School Meals\n\nThe ministers met in Rabat on Monday, 3 November 2025.\u2028They agreed on a plan for school meals and teacher training across the region.\n');
    const fresh = icesco(['list', '--json', '--no-cache', pages]).stdout;
    expect(fresh).toContain('\u2028They');
    expect(icesco(['list', '--json', pages]).stdout).toBe(fresh);
    expect(icesco(['list', '--json', pages]).stdout).toBe(fresh);
    // NDJSON from the cache is the stored JSON made compact: the same as serialising afresh.
    const lines = icesco(['list', '--ndjson', '--no-cache', pages]).stdout;
    expect(lines).toBe(`${JSON.stringify(JSON.parse(fresh)[0])}\n`);
    expect(icesco(['list', '--ndjson', pages]).stdout).toBe(lines);
  });

  it('knows unchanged files by their stat, and notices an edited, added or removed one', () => {
    const pages = scratchDir('icesco-fingerprint-');
    const seeds = readdirSync(join(ROOT, 'seeds')).sort();
    for (const f of seeds.slice(0, 2)) writeFileSync(join(pages, f), readFileSync(join(ROOT, 'seeds', f)));
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1100); // past the racy window
    const ids = () => (JSON.parse(icesco(['list', '--json', pages]).stdout) as { id: string; title: string }[]).map((a) => a.id).sort();
    const inputs = () => {
      const cache = new AnalysisCache(dir);
      const n = cache.database().prepare('SELECT count(*) FROM inputs').pluck().get() as number;
      cache.close();
      return n;
    };
    icesco(['cache', 'clear']);
    const two = ids();
    expect(inputs()).toBe(1);
    expect(ids()).toEqual(two); // answered by the fingerprint: no new entry
    expect(inputs()).toBe(1);
    writeFileSync(join(pages, seeds[2]), readFileSync(join(ROOT, 'seeds', seeds[2])));
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1100);
    const three = ids();
    expect(three.length).toBeGreaterThan(two.length);
    rmSync(join(pages, seeds[2]));
    expect(ids()).toEqual(two);
    const first = join(pages, seeds[0]);
    const added = '\n\nA Brand New Headline About Museums In Tashkent\n\nThe State Museum of History opened three new halls in Tashkent on Monday, 3 November 2025, with collections of manuscripts, coins and textiles lent by universities across the region.\n';
    writeFileSync(first, readFileSync(first, 'utf8') + added);
    const edited = JSON.parse(icesco(['list', '--json', pages]).stdout) as { title: string }[];
    expect(edited.map((a) => a.title)).toContain('A Brand New Headline About Museums In Tashkent');
  });

  // A warm answer comes from the database's indexes (CorpusIndex), a fresh one from the arrays:
  // the two must print the same, for every question and filter.
  it('answers every command and filter from the database as a fresh run does', () => {
    const own = scratchDir('icesco-cli-index-');
    const run = (args: string[], extra: string[] = []) => spawnSync(process.execPath, ['bin/icesco.js', ...args, 'seeds', ...extra], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ICESCO_CACHE_DIR: own, NO_COLOR: '1' } });
    run(['list']);
    const questions = [
      ['list', '--json'], ['list', '--ndjson'], ['list', '--csv'], ['list', '--limit', '3'], ['list', '--since', '2025-09-01', '--limit', '20'],
      ['list', '--since', '2025-01-01', '--until', '2025-09-30', '--json'], ['list', '--person', 'AlMalik'], ['list', '--place', 'Kazakhstan', '--org', 'ICESCO', '--json'],
      ['list', '--person', 'AlMalek'], ['list', '--place', 'Atlantis'], ['entities', '--type', 'person'], ['entities', '--type', 'all', '--json'],
      ['entities', '--type', 'place', '--since', '2025-09-01', '--sort', 'articles'], ['entities', '--type', 'org', '--min', '2', '--limit', '5', '--csv'],
      ['who', 'AlMalik', '--json'], ['who', 'ICESCO'], ['who', 'Kazakhstan'], ['who', 'AlMalek'], ['dates'], ['dates', '--upcoming', '--json'], ['dates', '--past', '--limit', '7'],
      ['dates', '--warnings', '--json'], ['dates', '--since', '2025-09-01', '--until', '2025-12-31', '--csv'], ['timeline'], ['timeline', '--by', 'week', '--place', 'Kazakhstan', '--json'],
      ['timeline', '--by', 'year', '--since', '2025-06-01'], ['timeline', '--person', 'Nobody'], ['graph', '--type', 'all'], ['show', SEED_ID, '--json'], ['show', SEED_ID, '--lines'], ['boilerplate', '--json'],
    ];
    for (const q of questions) {
      // (In one thread: a run this small gains nothing from workers, and the suite's own
      // parallel files are already using the cores.)
      const fresh = run(q, ['--no-cache', '--jobs', '1']);
      const warm = run(q);
      expect([q, warm.status, warm.stdout, warm.stderr]).toEqual([q, fresh.status, fresh.stdout, fresh.stderr]);
    }
  }, 240_000);

  // Damage met while answering (the rows a command reads come after the engine returns): the
  // CLI deletes the database and answers again from the pages.
  for (const [table, args] of [['articles', ['list', '--json']], ['article_json', ['list', '--json']], ['article_payloads', ['who', 'AlMalik', '--json']], ['entity_payloads', ['entities', '--json']], ['date_mentions', ['dates', '--upcoming', '--json']]] as const)
    it(`answers ${args.join(' ')} as a fresh run when a page of ${table} is damaged, and says it rebuilt the cache`, () => {
      const own = scratchDir('icesco-cli-damage-');
      const run = (extra: string[] = []) => spawnSync(process.execPath, ['bin/icesco.js', ...args, 'seeds', ...extra], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ICESCO_CACHE_DIR: own, NO_COLOR: '1' } });
      const fresh = run(['--no-cache', '--jobs', '1']).stdout;
      expect(run().stdout).toBe(fresh);
      damageTable(new AnalysisCache(own), table);
      const damaged = run();
      expect(damaged.status).toBe(0);
      expect(damaged.stdout).toBe(fresh);
      expect(damaged.stderr).toMatch(new RegExp(`^icesco: warning: ${own}: the cache's database is damaged \\(.+\\); rebuilding it\\n$`));
      const again = run();
      expect([again.stdout, again.stderr]).toEqual([fresh, '']);
    });

  it('rejects --jobs 0 as a usage error', () => {
    const r = icesco(['list', '--jobs', '0']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--jobs '0' must be a whole number, at least 1/);
  });
});
