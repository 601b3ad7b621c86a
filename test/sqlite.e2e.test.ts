/**
 * End to end: `icesco export --sqlite` and `icesco search` run as a user runs them (the built
 * CLI, `npm run -s build` first), over the seeds and small pages of their own. The exported file
 * is read back with plain SQL through better-sqlite3, as sqlite3 or Datasette would read it.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, EntitySummary } from '../src/types.js';
import { ROOT } from './helpers/seeds.js';
import { scratchDir } from './helpers/scratch.js';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/icesco.js ...args` from the repository root, stdout piped; NO_COLOR=1 unless overridden. */
function icesco(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  const full: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1' };
  delete full.FORCE_COLOR;
  delete full.COLUMNS;
  Object.assign(full, env);
  for (const k of Object.keys(full)) if (full[k] === undefined) delete full[k];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/icesco.js', ...args], { cwd: ROOT, env: full as NodeJS.ProcessEnv, stdio: 'pipe' });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.end('');
  });
}

async function json<T>(args: string[], env?: Record<string, string | undefined>): Promise<T> {
  const r = await icesco(args, env);
  expect(r.stderr, `stderr of icesco ${args.join(' ')}`).toBe('');
  expect(r.code, `exit code of icesco ${args.join(' ')}`).toBe(0);
  return JSON.parse(r.stdout) as T;
}

/** The fields of a search hit in --json, in order: a public contract. */
const HIT_FIELDS = ['id', 'date', 'title', 'source', 'score', 'snippet'];
interface Hit {
  id: string;
  date: string | null;
  title: string;
  source: string;
  score: number;
  snippet: string;
}

/** Two articles: one with the word in its title only, one with it three times in its body only. */
const RANKING_PAGE = [
  'Manuscripts Conference Opens in Rabat',
  'On Monday, 3 November 2025, ICESCO opened a conference in Rabat on the preservation of old books held in national libraries.',
  'Experts from twenty countries took part in the sessions, which ended with a set of recommendations.',
  'ICESCO Hosts Meeting on National Libraries',
  'On Tuesday, 4 November 2025, ICESCO hosted a meeting on libraries and manuscripts, on the digitisation of manuscripts held in national collections, and on the care of rare manuscripts.',
  'The participants then visited the library of the Organization and its reading rooms.',
].join('\n\n');

describe('icesco export --sqlite', () => {
  let dir: string;
  let file: string;
  let exported: Run;
  let articles: Article[];
  let entities: EntitySummary[];
  let almalik: Article[];

  beforeAll(async () => {
    dir = scratchDir('icesco-export-');
    file = join(dir, 'seeds.sqlite');
    [exported, articles, entities, almalik] = await Promise.all([
      icesco(['export', '--sqlite', file, '--json']),
      json<Article[]>(['list', '--json']),
      json<EntitySummary[]>(['entities', '--type', 'all', '--json']),
      json<Article[]>(['list', '--person', 'AlMalik', '--json']),
    ]);
  });

  it('prints what it wrote as JSON, counts ending in Count', () => {
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    const summary = JSON.parse(exported.stdout) as Record<string, unknown>;
    expect(Object.keys(summary)).toEqual(['file', 'articleCount', 'personCount', 'placeCount', 'organizationCount', 'aliasCount', 'mentionCount', 'dateCount', 'duplicateCount', 'bytes']);
    expect(summary.file).toBe(file);
    expect(summary.articleCount).toBe(articles.length);
    expect(summary.bytes).toBe(statSync(file).size);
  });

  it('holds what list and entities print, row for row', () => {
    const db = new Database(file, { readonly: true });
    try {
      const count = (sql: string) => db.prepare(sql).pluck().get() as number;
      expect(count('SELECT count(*) FROM articles')).toBe(articles.length);
      expect(db.prepare('SELECT id FROM articles ORDER BY id').pluck().all()).toEqual(articles.map((a) => a.id).sort());
      expect(count('SELECT count(*) FROM people')).toBe(entities.filter((e) => e.type === 'person').length);
      expect(count('SELECT count(*) FROM places')).toBe(entities.filter((e) => e.type === 'place').length);
      expect(count('SELECT count(*) FROM organizations')).toBe(entities.filter((e) => e.type === 'organization').length);
      expect(count('SELECT count(*) FROM mentions')).toBe(entities.reduce((n, e) => n + e.mentionCount, 0));
      expect(count('SELECT count(*) FROM dates')).toBe(articles.reduce((n, a) => n + a.dates.length, 0));
      const first = articles[0];
      expect(db.prepare('SELECT source, title, date, date_source, date_text, text FROM articles WHERE id = ?').get(first.id)).toEqual({ source: first.source, title: first.title, date: first.date, date_source: first.dateSource, date_text: first.dateText, text: first.text });
      const rabat = db.prepare("SELECT country, country_name FROM places WHERE name = 'Rabat'").get();
      expect(rabat).toEqual({ country: 0, country_name: 'Morocco' });
      expect(db.prepare("SELECT p.alias FROM aliases p JOIN organizations o ON o.id = p.entity_id WHERE o.name LIKE 'Islamic World Educational%'").pluck().all()).toContain('ICESCO');
    } finally {
      db.close();
    }
  });

  it("finds the Director-General's articles with a join, as list --person does", () => {
    const db = new Database(file, { readonly: true });
    try {
      const ids = db
        .prepare(
          `SELECT a.id FROM articles a
           JOIN article_people ap ON ap.article_id = a.id
           JOIN people p ON p.id = ap.person_id
           WHERE p.role = 'Director-General of ICESCO' ORDER BY a.id`,
        )
        .pluck()
        .all();
      expect(ids.length).toBeGreaterThan(10);
      expect(ids).toEqual(almalik.map((a) => a.id).sort());
      expect(db.prepare("SELECT name FROM people WHERE role = 'Director-General of ICESCO'").pluck().all()).toEqual(['Salim M. AlMalik']);
    } finally {
      db.close();
    }
  });

  it('answers a full-text MATCH, and passes the integrity and foreign key checks', () => {
    const db = new Database(file, { readonly: true });
    try {
      const hits = db.prepare("SELECT a.id, a.title FROM articles_fts JOIN articles a ON a.position = articles_fts.rowid WHERE articles_fts MATCH 'manuscripts' ORDER BY rank").all() as { id: string; title: string }[];
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every((h) => articles.find((a) => a.id === h.id)!.text.toLowerCase().includes('manuscript') || h.title.toLowerCase().includes('manuscript'))).toBe(true);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      // FTS5's own check that the index matches the articles it is built over (it needs a writable handle).
      const writable = new Database(file);
      expect(() => writable.prepare("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
      writable.close();
      expect(db.pragma('foreign_key_check')).toEqual([]);
      // Documented in place: every column of articles carries a comment in the stored schema.
      const schema = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'articles'").pluck().get() as string;
      expect(schema.match(/--/g)!.length).toBeGreaterThanOrEqual(9);
      expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
      // Datasette's own test for a table's full-text index (detect_fts_sql) finds it.
      expect(db.prepare(`SELECT name FROM sqlite_master WHERE rootpage = 0 AND sql LIKE '%VIRTUAL TABLE%USING FTS%content="articles"%'`).pluck().all()).toEqual(['articles_fts']);
    } finally {
      db.close();
    }
  });

  it('leaves no temporary file beside the database', () => {
    expect(readdirSync(dir)).toEqual(['seeds.sqlite']);
  });

  it('refuses to replace a file without --force (one line, exit 1), and replaces it with --force', async () => {
    const target = join(scratchDir('icesco-export-'), 'old.sqlite');
    writeFileSync(target, 'not a database');
    const refused = await icesco(['export', '--sqlite', target]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(`icesco: error: ${target}: already exists (add --force to replace it)\n`);
    expect(readFileSync(target, 'utf8')).toBe('not a database');
    const forced = await icesco(['export', '--sqlite', target, '--force']);
    expect(forced.stderr).toBe('');
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(new RegExp(`^wrote ${target}: ${articles.length} articles, \\d+ people, \\d+ places, \\d+ organizations, \\d+ mentions, \\d+ dates \\(\\d+ KB\\)\\n$`));
    const db = new Database(target, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(articles.length);
    db.close();
  });

  it('names the file and exits 1 when its directory cannot be written, with no stack trace', async () => {
    const parent = scratchDir('icesco-export-');
    const plainFile = join(parent, 'a-file');
    writeFileSync(plainFile, '');
    for (const [target, why] of [
      [join(parent, 'missing', 'x.sqlite'), 'no such directory'],
      [join(plainFile, 'x.sqlite'), 'not a directory'],
    ]) {
      const r = await icesco(['export', '--sqlite', target]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`icesco: error: ${target}: cannot write here (${why})\n`);
      expect(r.stdout).toBe('');
    }
    const r = await icesco(['export', '--sqlite', parent]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`icesco: error: ${parent}: is a directory (give a file name)\n`);
  });

  it('requires --sqlite (a usage error)', async () => {
    const r = await icesco(['export']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/required option '--sqlite <file>' not specified/);
  });
});

describe('icesco search', () => {
  let heritage: Hit[];
  let heritageAll: Hit[];
  beforeAll(async () => {
    [heritage, heritageAll] = await Promise.all([json<Hit[]>(['search', 'heritage', '--json']), json<Hit[]>(['search', 'heritage', '--json', '--limit', '1000'])]);
  });

  it('prints hits with stable fields, best first, the matched words in [ ]', () => {
    expect(heritage.length).toBeGreaterThan(5);
    for (const h of heritage) {
      expect(Object.keys(h)).toEqual(HIT_FIELDS);
      expect(`${h.title} ${h.snippet}`.toLowerCase()).toContain('heritage');
    }
    expect(heritage.some((h) => /\[heritage\]/i.test(h.snippet))).toBe(true);
    const scores = heritage.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('ranks an article with the word in its title above one with it only in its body', async () => {
    const pages = scratchDir('icesco-search-');
    writeFileSync(join(pages, 'page.txt'), RANKING_PAGE);
    const hits = await json<Hit[]>(['search', 'manuscripts', pages, '--json']);
    expect(hits.map((h) => h.title)).toEqual(['Manuscripts Conference Opens in Rabat', 'ICESCO Hosts Meeting on National Libraries']);
    expect(hits[1].snippet).toContain('[manuscripts]');
  });

  it('filters by date and by name as list does', async () => {
    const [since, person, listed] = await Promise.all([
      json<Hit[]>(['search', 'heritage', '--since', '2025-11-01', '--json']),
      json<Hit[]>(['search', 'heritage', '--person', 'AlMalik', '--json', '--limit', '1000']),
      json<Article[]>(['list', '--person', 'AlMalik', '--json']),
    ]);
    expect(since.length).toBeGreaterThan(0);
    expect(since.every((h) => h.date !== null && h.date >= '2025-11-01')).toBe(true);
    const his = new Set(listed.map((a) => a.id));
    expect(person.length).toBeGreaterThan(0);
    expect(person.map((h) => h.id).sort()).toEqual(heritageAll.filter((h) => his.has(h.id)).map((h) => h.id).sort());
  });

  it('--limit, --ndjson and --csv', async () => {
    const [one, ndjson, csv] = await Promise.all([
      json<Hit[]>(['search', 'heritage', '--limit', '1', '--json']),
      icesco(['search', 'heritage', '--ndjson']),
      icesco(['search', 'heritage', '--csv']),
    ]);
    expect(one).toEqual(heritage.slice(0, 1));
    expect(ndjson.stdout.trim().split('\n').map((l) => JSON.parse(l))).toEqual(heritage);
    expect(csv.stdout.split('\r\n')[0]).toBe(HIT_FIELDS.join(','));
    expect(csv.stdout.trim().split('\r\n')).toHaveLength(heritage.length + 1);
  });

  it('highlights matched words in colour on a terminal, in [ ] without colour', async () => {
    const [coloured, plain, piped] = await Promise.all([
      icesco(['search', 'heritage', '--limit', '2'], { NO_COLOR: undefined, FORCE_COLOR: '1', COLUMNS: '100' }),
      icesco(['search', 'heritage', '--limit', '2'], { COLUMNS: '100' }),
      icesco(['search', 'heritage', '--limit', '2']),
    ]);
    expect(coloured.code).toBe(0);
    expect(coloured.stdout).toContain('\u001b[1m\u001b[31mHeritage\u001b[39m\u001b[22m');
    expect(plain.stdout).not.toMatch(/\u001b\[/);
    expect(plain.stdout).toContain('[Heritage]');
    const lines = plain.stdout.split('\n');
    expect(lines[0]).toMatch(/^\d{4}-\d{2}-\d{2} {2}\S+ {2}\d+\.\d\d$/);
    expect(lines.every((l) => [...l].length <= 100)).toBe(true);
    // Piped: one TSV row per hit, after a header.
    expect(piped.stdout.split('\n')[0]).toBe('date\tid\tscore\ttitle\tsnippet');
    expect(piped.stdout.trim().split('\n')).toHaveLength(3);
    expect(piped.stdout).not.toMatch(/\uE000|\uE001/);
  });

  it('a query with no hits exits 0: nothing in JSON, the reason on stderr when piped', async () => {
    const [none, piped, typo] = await Promise.all([
      json<Hit[]>(['search', 'zzyzx', '--json']),
      icesco(['search', 'zzyzx']),
      icesco(['search', 'heritage', '--person', 'AlMalek']),
    ]);
    expect(none).toEqual([]);
    expect(piped.code).toBe(0);
    expect(piped.stdout).toBe('date\tid\tscore\ttitle\tsnippet\n');
    expect(piped.stderr).toBe("icesco: No articles match 'zzyzx'.\n");
    expect(typo.stderr).toBe("icesco: No articles match 'heritage': no person called 'AlMalek' (did you mean 'AlMalik'?).\n");
  });

  it.each([
    ['"cultural heritage', /^icesco: error: the query has an unclosed quote: "cultural heritage\n/],
    ['AND', /^icesco: error: 'AND' needs a term on each side/],
    ['heritage OR', /^icesco: error: 'OR' needs a term on each side/],
    ['(heritage', /^icesco: error: the query has a '\(' without its '\)'/],
  ])('a bad query (%s) is a one-line usage error, exit 2', async (query, message) => {
    const r = await icesco(['search', query]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.split('\n')).toHaveLength(3); // the message, "(add --help for usage)", and the final newline
  });

  it('takes plain words whatever their punctuation, and FTS operators it documents', async () => {
    const [hyphen, phrase, or, not, prefix, title] = await Promise.all([
      json<Hit[]>(['search', 'Director-General', '--json', '--limit', '1000']),
      json<Hit[]>(['search', '"cultural heritage"', '--json', '--limit', '1000']),
      json<Hit[]>(['search', 'manuscripts OR Tatarstan', '--json', '--limit', '1000']),
      json<Hit[]>(['search', 'heritage NOT Kazakhstan', '--json', '--limit', '1000']),
      json<Hit[]>(['search', 'manuscr*', '--json', '--limit', '1000']),
      json<Hit[]>(['search', 'title:heritage', '--json', '--limit', '1000']),
    ]);
    expect(hyphen.length).toBeGreaterThan(10);
    expect(phrase.length).toBeGreaterThan(0);
    expect(phrase.length).toBeLessThan(heritageAll.length);
    expect(phrase.every((h) => /cultural heritage/i.test(`${h.title} ${h.snippet.replace(/[[\]]/g, '')}`))).toBe(true);
    expect(or.some((h) => /tatarstan/i.test(h.title + h.snippet))).toBe(true);
    expect(or.some((h) => /manuscript/i.test(h.title + h.snippet))).toBe(true);
    expect(not.length).toBeLessThan(heritageAll.length);
    expect(prefix.length).toBeGreaterThan(0);
    expect(title.length).toBeGreaterThan(0);
    expect(title.every((h) => /heritage/i.test(h.title))).toBe(true);
  });

  it('stores its index in the cache, keyed by the corpus, reuses it, and cache clear removes it', async () => {
    const cache = scratchDir('icesco-search-cache-');
    const env = { ICESCO_CACHE_DIR: cache };
    const first = await json<Hit[]>(['search', 'heritage', '--json'], env);
    const indexes = readdirSync(cache).filter((f) => /^search-[0-9a-f]{32}\.sqlite$/.test(f));
    expect(indexes).toHaveLength(1);
    const index = join(cache, indexes[0]);
    const before = statSync(index);
    const warm = await json<Hit[]>(['search', 'heritage', '--json'], env);
    expect(warm).toEqual(first);
    // Opened, not rewritten (its time is touched: the cache keeps the indexes used last).
    const after = statSync(index);
    expect([after.ino, after.size]).toEqual([before.ino, before.size]);
    expect(readdirSync(cache).filter((f) => f.includes('search'))).toEqual([indexes[0]]);
    // A damaged index (a disk error, a foreign file) is not trusted: rebuilt, same answer.
    writeFileSync(index, 'not a database');
    expect(await json<Hit[]>(['search', 'heritage', '--json'], env)).toEqual(first);
    expect(readFileSync(index).subarray(0, 15).toString()).toBe('SQLite format 3');
    const cleared = await icesco(['cache', 'clear'], env);
    expect(cleared.code).toBe(0);
    expect(existsSync(index)).toBe(false);
  });

  it('carries its index to a new day when the corpus is the same, instead of building it again', async () => {
    const cache = scratchDir('icesco-search-day-');
    const env = { ICESCO_CACHE_DIR: cache };
    const indexes = () => readdirSync(cache).filter((f) => /^search-[0-9a-f]{32}\.sqlite$/.test(f));
    const first = await json<Hit[]>(['search', 'heritage', '--json', '--today', '2031-09-10'], env);
    const [index] = indexes();
    const built = statSync(join(cache, index));
    // The next day: the same pages, the corpus renamed to the day, and its index with it (the same file).
    const next = await json<Hit[]>(['search', 'heritage', '--json', '--today', '2031-09-11'], env);
    expect(next).toEqual(first);
    expect(indexes()).toHaveLength(1);
    expect(indexes()[0]).not.toBe(index);
    expect(statSync(join(cache, indexes()[0])).ino).toBe(built.ino);
  });

  it('--no-cache searches in memory: the same hits, nothing written', async () => {
    const cache = scratchDir('icesco-search-cache-');
    const hits = await json<Hit[]>(['search', 'heritage', '--json', '--no-cache'], { ICESCO_CACHE_DIR: cache });
    expect(hits).toEqual(heritage);
    expect(readdirSync(cache)).toEqual([]);
  });

  it('loads better-sqlite3 only where a database is used: not in a run without the cache', async () => {
    // A preload that says, at exit, whether the native module was asked for.
    const watch = join(scratchDir('icesco-lazy-'), 'watch.cjs');
    writeFileSync(watch, `const M = require('node:module'); const load = M._load; let asked = false;
M._load = function (request, ...rest) { if (request === 'better-sqlite3') asked = true; return load.call(this, request, ...rest); };
process.on('exit', () => process.stderr.write('better-sqlite3 loaded: ' + asked + '\\n'));`);
    const [list, search] = await Promise.all([icesco(['list', '--limit', '1', '--no-cache'], { NODE_OPTIONS: `--require ${watch}` }), icesco(['search', 'heritage', '--limit', '1'], { NODE_OPTIONS: `--require ${watch}` })]);
    expect(list.stderr).toBe('better-sqlite3 loaded: false\n');
    expect(search.stderr).toBe('better-sqlite3 loaded: true\n');
  });

  it('is listed in the help, with examples', async () => {
    const [help, own] = await Promise.all([icesco(['--help']), icesco(['search', '--help'])]);
    expect(help.stdout).toMatch(/^ {2}search /m);
    expect(help.stdout).toMatch(/^ {2}export /m);
    expect(own.stdout).toMatch(/Examples:\n {2}\$ icesco search /);
  });
});
