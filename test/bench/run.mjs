#!/usr/bin/env node
// The benchmark (`npm run bench`): on this machine, in one run, it times the naive peer
// (test/bench/naive.mjs) and icesco — cold (empty cache), warm (cache filled), and after one page
// is added — on synthetic archives written by ../shared/bench/make-corpus.mjs, scores duplicate
// folding against the archive's MANIFEST.json, and prints a table (also written as JSON).
//
//   npm run bench [-- --pages 1000,3000] [--out FILE] [--repeat 5]
//
// Warm, it also times the small questions in WARM_QUERIES (list with filters, entities, who,
// dates --upcoming, timeline), pages added, and the first question of a new day. On the first
// archive, it times how soon Ctrl-C stops a cold run.
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, cpSync, existsSync, fsyncSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = process.env.ICESCO_SHARED ?? join(root, '..', 'shared');
const makeCorpus = join(shared, 'bench', 'make-corpus.mjs');
const arg = (k, d) => {
  const i = process.argv.indexOf(`--${k}`);
  return i < 0 ? d : process.argv[i + 1];
};
const sizes = arg('pages', '1000,3000').split(',').map(Number);
const repeat = Number(arg('repeat', '5'));
const out = arg('out', join(root, 'test', 'bench', 'results.json'));
if (!existsSync(makeCorpus)) {
  console.error(`bench: ${makeCorpus} not found (set ICESCO_SHARED)`);
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'icesco-bench-'));
const rssFile = join(work, 'rss');
const icesco = join(root, 'bin', 'icesco.js');

/**
 * Runs node with the RSS probe; returns wall seconds and peak RSS in MiB. Output goes to a file,
 * as `icesco list --json > out.json` would: collecting 40 MB through a pipe into this process
 * costs the harness itself over half a second.
 */
function timed(args, env = {}) {
  rmSync(rssFile, { force: true });
  const outFile = join(work, 'stdout');
  const out = openSync(outFile, 'w');
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', join(root, 'test', 'bench', 'rss.mjs'), ...args], {
    env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
    encoding: 'utf8',
    stdio: ['ignore', out, 'pipe'],
  });
  const wall = Number(process.hrtime.bigint() - t) / 1e9;
  closeSync(out);
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  const rss = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : null;
  return { wall, rss, stderr: r.stderr, get stdout() { return readFileSync(outFile, 'utf8'); } };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Repeated runs as one row: the median time, the highest peak RSS. */
const medianRun = (runs) => ({ wall: median(runs.map((r) => r.wall)), rss: Math.max(...runs.map((r) => r.rss ?? 0)) });
/** Writes a directory's files out to disk (fsync each). */
function flushDir(dir) {
  for (const f of readdirSync(dir)) {
    const fd = openSync(join(dir, f), 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
}

const dirBytes = (d) => readdirSync(d).filter((f) => f.endsWith('.txt')).reduce((n, f) => n + statSync(join(d, f)).size, 0);

/** Share of the manifest's duplicates folded onto their original, and originals folded wrongly. */
function foldingScore(articles, manifest) {
  const byId = new Map(manifest.map((e) => [e.id, e]));
  // The manifest's "page_0001.txt#3" is our "page_0001-<page hash>-03": compared without the hash
  // (the archive's file names are unique in their first 24 characters).
  const ours = (id) => {
    const [p, i] = id.split('#');
    return `${p.replace(/\.txt$/, '').slice(0, 24)}-${String(i).padStart(2, '0')}`;
  };
  const unhashed = (id) => id.replace(/-[0-9a-f]{6,}(?:~\d+)?-(\d+)$/, '-$1');
  const rep = new Map();
  for (const a of articles) {
    rep.set(unhashed(a.id), unhashed(a.id));
    for (const d of a.duplicates) rep.set(unhashed(d), unhashed(a.id));
  }
  const root = (id) => {
    let e = byId.get(id);
    while (e.duplicateOf) e = byId.get(e.duplicateOf);
    return e.id;
  };
  const n = { exact: [0, 0], near: [0, 0], original: [0, 0] };
  for (const e of manifest) {
    const id = ours(e.id);
    const k = n[e.kind];
    k[1]++;
    if (e.kind === 'original') k[0] += rep.get(id) !== id ? 1 : 0;
    else k[0] += rep.has(id) && rep.get(id) === rep.get(ours(root(e.id))) ? 1 : 0;
  }
  return { exactFolded: n.exact[0] / n.exact[1], nearFolded: n.near[0] / n.near[1], originalsFoldedWrongly: n.original[0] / n.original[1] };
}

const rows = [];
const row = (name, pages, bytes, r, naive) => {
  const entry = { run: name, pages, seconds: +r.wall.toFixed(3), pagesPerSecond: +(pages / r.wall).toFixed(1), mbPerSecond: +(bytes / 1e6 / r.wall).toFixed(2), peakRssMiB: r.rss === null ? null : Math.round(r.rss), speedupVsNaive: naive ? +(naive / r.wall).toFixed(2) : null };
  rows.push(entry);
  console.error(`  ${name}: ${entry.seconds} s`);
  return entry;
};

/** The warm questions timed at each size (a name and dates that the synthetic archives hold). */
const WARM_QUERIES = [
  ['list', '--limit', '1'],
  ['list', '--since', '2026-06-01', '--limit', '20'],
  ['entities', '--type', 'person'],
  ['who', 'Tokayev'],
  ['dates', '--upcoming'],
  ['timeline'],
  ['list', '--person', 'Tokayev'],
  ['search', 'heritage', '--limit', '20'],
];

/**
 * Seconds from Ctrl-C to the process's end, for cold runs (each on an empty cache) interrupted
 * at a few moments; null where the run had ended before its moment came.
 */
const INTERRUPT_AT = [0.5, 1, 2, 4, 8];
function interruptLatencies(dir, extra) {
  return INTERRUPT_AT.map((at) => {
    const cache = join(work, 'cache-interrupted');
    rmSync(cache, { recursive: true, force: true });
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [icesco, 'list', '--json', '--quiet', ...extra, dir], { env: { ...process.env, ICESCO_CACHE_DIR: cache, NO_COLOR: '1' }, stdio: 'ignore', timeout: at * 1000, killSignal: 'SIGINT' });
    const wall = Number(process.hrtime.bigint() - t) / 1e9;
    rmSync(cache, { recursive: true, force: true });
    if (r.status === 0) return null;
    if (r.status !== 130 && r.signal !== 'SIGINT') throw new Error(`interrupted run ended with ${r.status ?? r.signal}`);
    return +(wall - at).toFixed(3);
  });
}

const folding = {};
const updateNotes = {};
let interrupt = null;
// The pages added to the warm archives: another archive's (its own --seed), none of them in theirs.
const extra = join(work, 'extra');
spawnSync(process.execPath, [makeCorpus, '--pages', '7', '--seed', '2', '--out', extra], { stdio: 'ignore' });
const extraPages = readdirSync(extra).filter((f) => f.endsWith('.txt')).sort();
for (const n of sizes) {
  const dir = join(work, `corpus-${n}`);
  spawnSync(process.execPath, [makeCorpus, '--pages', String(n), '--out', dir], { stdio: 'ignore' });
  const bytes = dirBytes(dir);
  console.error(`${n} pages, ${(bytes / 1e6).toFixed(1)} MB`);
  const naive = timed([join(root, 'test', 'bench', 'naive.mjs'), dir]);
  row('naive peer (compromise + chrono, one process)', n, bytes, naive);
  const cache = join(work, `cache-${n}`);
  const env = { ICESCO_CACHE_DIR: cache };
  const cold = timed([icesco, 'list', '--json', '--quiet', dir], env);
  row('icesco list --json, cold (empty cache)', n, bytes, cold, naive.wall);
  folding[n] = foldingScore(JSON.parse(cold.stdout), JSON.parse(readFileSync(join(dir, 'MANIFEST.json'), 'utf8')));
  // Ctrl-C, on the first archive: in one thread (--jobs 1) and with the analysis workers.
  if (!interrupt) interrupt = { pages: n, at: INTERRUPT_AT, oneThread: interruptLatencies(dir, ['--jobs', '1']), workers: interruptLatencies(dir, []) };
  const warm = [];
  for (let i = 0; i < repeat; i++) warm.push(timed([icesco, 'list', '--json', '--quiet', dir], env));
  row('icesco list --json, warm', n, bytes, medianRun(warm), naive.wall);
  // Small questions on the warm archive: each should cost what it asks, not what the archive weighs.
  const firstSearch = timed([icesco, 'search', 'heritage', '--quiet', dir], env);
  row('icesco search heritage, first (builds its index)', n, bytes, firstSearch);
  for (const args of WARM_QUERIES) {
    const runs = Array.from({ length: repeat }, () => timed([icesco, ...args, '--quiet', dir], env));
    row(`icesco ${args.join(' ')}, warm`, n, bytes, medianRun(runs));
  }
  // New pages, as a scraper adds them: pages of another archive (another --seed), saved one at a
  // time into the folder under names that sort after the old ones, each run adding one. On the
  // cache as the last run that wrote left it (sealed: see AnalysisCache.seal), asked alternately
  // a small question (the update's own cost) and list --json (the update and the whole answer,
  // 130 MB at 3,000 pages, which the warm list --json row times alone); medians of three each.
  const addedRuns = { small: [], json: [] };
  const updates = [];
  for (let i = 0; i < 6; i++) {
    const [kind, args] = i % 2 ? ['json', ['list', '--json']] : ['small', ['list', '--limit', '1']];
    copyFileSync(join(extra, extraPages[i]), join(dir, `page_new_${i}.txt`));
    const r = timed([icesco, ...args, '--quiet', dir], { ...env, ICESCO_DEBUG: 'update' });
    addedRuns[kind].push(r);
    updates.push(r.stderr.trim());
  }
  row('icesco list --limit 1, warm + 1 new page', n + 1, bytes, medianRun(addedRuns.small), naive.wall);
  row('icesco list --json, warm + 1 new page', n + 1, bytes, medianRun(addedRuns.json), naive.wall);
  // The next days: the first question of a day (--today one, two, three days on), on the cache
  // the adds left. The corpus is dated on the day, so each is an update of the day alone.
  const nextDays = [1, 2, 3].map((k) => {
    const day = new Date(Date.now() + k * 86_400_000).toISOString().slice(0, 10);
    const r = timed([icesco, 'list', '--limit', '1', '--today', day, '--quiet', dir], { ...env, ICESCO_DEBUG: 'update' });
    updates.push(r.stderr.trim());
    return r;
  });
  row('icesco list --limit 1, warm, first of a new day', n + 6, bytes, medianRun(nextDays), naive.wall);
  // Pages removed, one at a time (a quarter, half and three quarters into the archive), each
  // followed by a small question, on the last of those days; medians of three. (Put back once
  // the copied cache below has been asked: its state is of the archive without them.)
  const lastDay = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  const held = join(work, `held-${n}`);
  mkdirSync(held);
  const removedPages = [1, 2, 3].map((q) => `page_${String(Math.floor((q * n) / 4)).padStart(5, '0')}.txt`);
  const removals = removedPages.map((name) => {
    renameSync(join(dir, name), join(held, name));
    const r = timed([icesco, 'list', '--limit', '1', '--today', lastDay, '--quiet', dir], { ...env, ICESCO_DEBUG: 'update' });
    updates.push(r.stderr.trim());
    return r;
  });
  row('icesco list --limit 1, warm, 1 page removed', n + 6 - 1, bytes, medianRun(removals), naive.wall);
  // The same on a copy of the cache (a moved or restored cache: its seal no longer holds, so the
  // run checks the whole database first, PRAGMA quick_check, on the other core).
  const copy = join(work, `cache-${n}-copy`);
  cpSync(cache, copy, { recursive: true });
  // On disk before the clock starts: the add's first checkpoint (an fsync of the database)
  // would otherwise wait for the whole copy (over a GB at 3,000 pages) to be written out.
  flushDir(copy);
  copyFileSync(join(extra, extraPages[6]), join(dir, 'page_new_6.txt'));
  const copied = timed([icesco, 'list', '--limit', '1', '--quiet', dir], { ICESCO_CACHE_DIR: copy, ICESCO_DEBUG: 'update' });
  updates.push(copied.stderr.trim());
  row('icesco list --limit 1, + 1 new page, copied cache', n + 1, bytes, copied, naive.wall);
  rmSync(copy, { recursive: true, force: true });
  for (let i = 0; i <= 6; i++) rmSync(join(dir, `page_new_${i}.txt`));
  for (const name of removedPages) renameSync(join(held, name), join(dir, name));
  updateNotes[n] = updates;
}
const seedsCache = join(work, 'cache-seeds');
timed([icesco, 'list', 'seeds'], { ICESCO_CACHE_DIR: seedsCache });
const seedRuns = [];
for (let i = 0; i < repeat; i++) seedRuns.push(timed([icesco, 'list'], { ICESCO_CACHE_DIR: seedsCache }));
row('icesco list (table), seeds, warm', 5, dirBytes(join(root, 'seeds')), medianRun(seedRuns));
const startup = [];
for (let i = 0; i < repeat; i++) startup.push(timed([icesco, '--version']));
const bare = [];
for (let i = 0; i < repeat; i++) bare.push(timed(['-e', '0']));
// NODE_EXTRA_CA_CERTS makes every node process load a certificate file before running any
// code (~70 ms on the machine these figures come from): measured both ways when it is set.
const extraCerts = Boolean(process.env.NODE_EXTRA_CA_CERTS);
const noCerts = { NODE_EXTRA_CA_CERTS: '' };
const withoutCerts = extraCerts
  ? {
      bareNode: +median(Array.from({ length: repeat }, () => timed(['-e', '0'], noCerts).wall)).toFixed(3),
      seedsWarm: +median(Array.from({ length: repeat }, () => timed([icesco, 'list'], { ...noCerts, ICESCO_CACHE_DIR: seedsCache }).wall)).toFixed(3),
    }
  : null;

const result = {
  machine: { cores: availableParallelism(), cpu: cpus()[0]?.model ?? 'unknown', node: process.version },
  date: new Date().toISOString(),
  runs: rows,
  startupSeconds: { icescoVersion: +median(startup.map((r) => r.wall)).toFixed(3), bareNode: +median(bare.map((r) => r.wall)).toFixed(3), withoutExtraCaCerts: withoutCerts },
  duplicateFolding: folding,
  interruptSeconds: interrupt,
  // What each added page did to the stored corpus (ICESCO_DEBUG=update): updated in place, or why not.
  updates: updateNotes,
};
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
rmSync(work, { recursive: true, force: true });

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
console.log(`\nicesco benchmark — ${result.machine.cores} cores, ${result.machine.cpu}, Node ${result.machine.node}\n`);
console.log(`${pad('run', 48)} ${lpad('pages', 6)} ${lpad('wall s', 8)} ${lpad('pages/s', 8)} ${lpad('MB/s', 6)} ${lpad('RSS MiB', 8)} ${lpad('× naive', 8)}`);
for (const r of rows) console.log(`${pad(r.run, 48)} ${lpad(r.pages, 6)} ${lpad(r.seconds.toFixed(2), 8)} ${lpad(r.pagesPerSecond, 8)} ${lpad(r.mbPerSecond, 6)} ${lpad(r.peakRssMiB ?? '', 8)} ${lpad(r.speedupVsNaive ?? '', 8)}`);
console.log(`\nstart-up: icesco --version ${result.startupSeconds.icescoVersion} s (bare node ${result.startupSeconds.bareNode} s)`);
if (withoutCerts) console.log(`without NODE_EXTRA_CA_CERTS (set here): bare node ${withoutCerts.bareNode} s, icesco list (table), seeds, warm ${withoutCerts.seedsWarm} s`);
for (const [n, f] of Object.entries(folding))
  console.log(`duplicate folding, ${n} pages: exact ${(f.exactFolded * 100).toFixed(1)}%, near ${(f.nearFolded * 100).toFixed(1)}%, originals folded wrongly ${(f.originalsFoldedWrongly * 100).toFixed(2)}%`);
if (interrupt) {
  const worst = (xs) => Math.max(...xs.filter((x) => x !== null)).toFixed(2);
  console.log(`Ctrl-C during a cold run of ${interrupt.pages} pages: stopped within ${worst(interrupt.oneThread)} s in one thread, ${worst(interrupt.workers)} s with workers (signals at ${interrupt.at.join(', ')} s)`);
}
console.log(`\nwritten to ${out}`);
