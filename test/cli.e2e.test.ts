/**
 * End to end: runs the built CLI (bin/icesco.js -> dist/) as a user would, and reads its JSON.
 * `npm test` builds first. A run over the seeds takes a couple of seconds and the start-up alone
 * about one, so every run is started once, up front, a few at a time (spawn, not spawnSync, so
 * they overlap), and the assertions share the outputs.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, BoilerplateEntry, DateMention, EntitySummary } from '../src/types.js';
import { ROOT, SEEDS_DIR } from './helpers/seeds.js';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}
interface RunOptions {
  input?: string | Buffer;
  /** Extra environment; `undefined` removes a variable. NO_COLOR=1 unless overridden. */
  env?: Record<string, string | undefined>;
}

const slots = { free: Math.max(2, availableParallelism()), waiting: [] as (() => void)[] };
async function slot<T>(job: () => Promise<T>): Promise<T> {
  if (slots.free > 0) slots.free--;
  else await new Promise<void>((resolve) => slots.waiting.push(resolve));
  try {
    return await job();
  } finally {
    const next = slots.waiting.shift();
    if (next) next();
    else slots.free++;
  }
}

/** Runs `node bin/icesco.js ...args` from the repository root, with stdout piped (never a TTY). */
function icesco(args: string[], options: RunOptions = {}): Promise<Run> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1' };
  // The outer test runner's colour and width settings must not leak in.
  delete env.FORCE_COLOR;
  delete env.COLUMNS;
  Object.assign(env, options.env);
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  return slot(
    () =>
      new Promise<Run>((resolve, reject) => {
        const child = spawn(process.execPath, ['bin/icesco.js', ...args], { cwd: ROOT, env: env as NodeJS.ProcessEnv, stdio: 'pipe' });
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        child.stdout.on('data', (b: Buffer) => out.push(b));
        child.stderr.on('data', (b: Buffer) => err.push(b));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
        child.stdin.end(options.input ?? '');
      }),
  );
}

/** A run that must succeed quietly and print JSON. */
async function json<T>(args: string[], options?: RunOptions): Promise<T> {
  const r = await icesco(args, options);
  expect(r.stderr, `stderr of icesco ${args.join(' ')}`).toBe('');
  expect(r.code, `exit code of icesco ${args.join(' ')}`).toBe(0);
  return JSON.parse(r.stdout) as T;
}

/** Starts a run on first use; later uses share it. */
function shared<T>(start: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => (p ??= start());
}

const ANSI = /\u001b\[/;
const SEED_0 = join(SEEDS_DIR, '000_55f9d866b8a4f3e8.txt');
/** A small page (two articles, header and widget chrome) for runs that need some input but not the seeds. */
const TWO = join(ROOT, 'test', 'fixtures', 'two-articles.txt');
// Pinned: nothing in the seeds' output may depend on the clock (the ndjson run uses another day).
const TODAY = ['--today', '2025-12-01'];
const SHOW_ID = '000_55f9d866b8a4f3e8-31e1d7-07';

type DateRow = DateMention & { article: string; title: string; articleDate: string | null; relation: string | null };
const tmp = mkdtempSync(join(tmpdir(), 'icesco-e2e-'));

const runs = {
  list: shared(() => json<Article[]>(['list', '--json', ...TODAY])),
  ndjson: shared(() => icesco(['list', '--ndjson', '--today', '2031-06-15'])),
  september: shared(() => json<Article[]>(['list', '--since', '2025-09-01', '--until', '2025-09-30', '--json', ...TODAY])),
  table: shared(() => icesco(['list', ...TODAY], { env: { COLUMNS: '80', NO_COLOR: undefined } })),
  people: shared(() => json<EntitySummary[]>(['entities', '--type', 'person', '--json', ...TODAY])),
  places: shared(() => json<EntitySummary[]>(['entities', '--type', 'place', '--json', ...TODAY])),
  show: shared(() => icesco(['show', SHOW_ID, SEED_0], { env: { COLUMNS: '400' } })), // wide: the id line holds an absolute path of any length
  showNarrow: shared(() => icesco(['show', '000_55f9d866b8a4f3e8-31e1d7-03', SEED_0], { env: { COLUMNS: '80' } })),
  showJson: shared(() => json<Article>(['show', SHOW_ID, SEED_0, '--json'])),
  dates: shared(() => json<DateRow[]>(['dates', '--json', ...TODAY])),
  boilerplate: shared(() => json<BoilerplateEntry[]>(['boilerplate', '--json'])),
  onePage: shared(() => json<Article[]>(['list', '--json', SEED_0, ...TODAY])),
  stdin: shared(() => json<Article[]>(['list', '--json', '-', ...TODAY], { input: readFileSync(TWO) })),
};

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does) first');
  // Start every shared run now so they overlap; each test awaits the ones it reads.
  for (const start of Object.values(runs)) void start().catch(() => undefined);
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('icesco list --json on the seeds', () => {
  it('lists 50 articles with distinct ids', async () => {
    const articles = await runs.list();
    expect(articles).toHaveLength(50);
    expect(new Set(articles.map((a) => a.id)).size).toBe(50);
  });

  it('gives every article the fields of the JSON contract, and no others', async () => {
    for (const a of await runs.list()) {
      expect(Object.keys(a).sort()).toEqual(
        ['date', 'dateSource', 'dateText', 'dates', 'duplicates', 'id', 'organizations', 'people', 'places', 'source', 'text', 'title'].sort(),
      );
      expect(a.id).toMatch(/^\d{3}_[0-9a-f]{16}-[0-9a-f]{6}-\d{2}$/);
      expect(a.source).toMatch(/^seeds[/\\]\d{3}_[0-9a-f]{16}\.txt$/);
      expect(a.title.length).toBeGreaterThan(10);
      expect(a.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(['dateline', 'body', 'inferred']).toContain(a.dateSource);
      expect(typeof a.dateText).toBe('string');
      expect(a.text.length).toBeGreaterThan(100);
      expect(a.duplicates).toEqual([]);
      for (const d of a.dates) {
        expect(typeof d.text).toBe('string');
        expect(d.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (d.end !== null) expect(d.end > d.start).toBe(true);
        expect(['day', 'month']).toContain(d.granularity);
        expect(typeof d.sentence).toBe('string');
        expect(typeof d.future).toBe('boolean');
      }
      for (const p of a.people) expect(Object.keys(p).sort()).toEqual(['aliases', 'name', 'roles']);
      for (const p of a.places) expect(Object.keys(p).sort()).toEqual(['aliases', 'country', 'countryName', 'name']);
      for (const o of a.organizations) expect(Object.keys(o).sort()).toEqual(['aliases', 'name']);
    }
  });

  it('lists newest first, undated last, then by id', async () => {
    const articles = await runs.list();
    for (let i = 1; i < articles.length; i++) {
      const [a, b] = [articles[i - 1], articles[i]];
      if (a.date === b.date) expect(a.id < b.id).toBe(true);
      else if (a.date && b.date) expect(a.date > b.date).toBe(true);
      else expect(b.date).toBeNull();
    }
    expect(articles[0]).toMatchObject({ id: '002_6230be30ad403a5e-8398cb-01', date: '2025-11-12' });
    expect(articles[articles.length - 1]).toMatchObject({ id: '004_7481b1a20795dfba-625f08-10', date: '2022-09-09' });
  });

  it('dates articles by their text and, failing that, by their neighbours', async () => {
    const byId = new Map((await runs.list()).map((a) => [a.id, a]));
    expect(byId.get('000_55f9d866b8a4f3e8-31e1d7-07')).toMatchObject({ date: '2025-09-18', dateSource: 'body', dateText: 'Thursday, 18 September 2025' });
    // The call for papers announces dates only: it is dated by the article listed below it.
    expect(byId.get('000_55f9d866b8a4f3e8-31e1d7-01')).toMatchObject({ date: '2025-09-22', dateSource: 'inferred' });
    // A year-less range, resolved in its page's context.
    expect(byId.get('000_55f9d866b8a4f3e8-31e1d7-09')).toMatchObject({ date: '2025-09-15', dateText: '15 to 18 September' });
  });

  it('keeps page chrome out of every article', async () => {
    for (const a of await runs.list()) {
      expect(a.text).not.toMatch(/Google Translate|Alem AI assistant|By messaging ICESCO|Extremely Dissatisfied/);
      expect(a.title).not.toMatch(/User Feedback|your opinion/);
    }
  });
});

describe('icesco list filters and formats', () => {
  it('--since 2025-09-01 --until 2025-09-30 keeps exactly the articles dated in September 2025', async () => {
    const [articles, september] = await Promise.all([runs.list(), runs.september()]);
    expect(september.length).toBeGreaterThan(5);
    for (const a of september) expect(a.date! >= '2025-09-01' && a.date! <= '2025-09-30').toBe(true);
    expect(september.map((a) => a.id)).toEqual(articles.filter((a) => a.date?.startsWith('2025-09')).map((a) => a.id));
  });

  it('--ndjson prints one JSON object per line: the --json records, in order, whatever --today says (stable ids, no clock)', async () => {
    const [articles, r] = await Promise.all([runs.list(), runs.ndjson()]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.endsWith('\n')).toBe(true);
    const lines = r.stdout.slice(0, -1).split('\n');
    expect(lines).toHaveLength(50);
    const records = lines.map((l) => JSON.parse(l) as Article);
    expect(records.every((x) => !Array.isArray(x) && typeof x === 'object')).toBe(true);
    expect(records.map((a) => a.id)).toEqual(articles.map((a) => a.id));
    expect(records).toEqual(articles);
  });

  it('table output fits COLUMNS=80 and has no colour when piped', async () => {
    const r = await runs.table();
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(ANSI);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(50);
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(80);
    expect(r.stdout).toContain('2025-11-12');
  });
});

describe('icesco entities', () => {
  it('--type person includes "Salim M. AlMalik" with the alias "AlMalik", across many articles', async () => {
    const people = await runs.people();
    const dg = people.find((p) => p.name === 'Salim M. AlMalik');
    expect(dg).toBeDefined();
    expect(dg!.type).toBe('person');
    expect(dg!.aliases).toContain('AlMalik');
    expect(dg!.aliases).toEqual(expect.arrayContaining(['Salim AlMalik', 'Salim Al-Malik']));
    expect(dg!.articleCount).toBeGreaterThanOrEqual(20);
    expect(dg!.mentionCount).toBe(dg!.mentions.length);
    expect(dg!.firstSeen).toBe('2022-09-13');
    expect(dg!.role).toBe('Director-General of ICESCO');
    // Sorted by mentions: the Director-General is the most mentioned person.
    expect(people[0].name).toBe('Salim M. AlMalik');
  });

  it('--type person keeps "Salim Al Habsi" apart and names no bare role a person', async () => {
    const people = await runs.people();
    expect(people.filter((p) => /Al[- ]?Malik\b/.test(p.name)).map((p) => p.name)).toEqual(['Salim M. AlMalik']);
    expect(people.find((p) => p.name === 'Salim Al Habsi')).toMatchObject({ articleCount: 1, aliases: [] });
    for (const p of people) expect(p.name).not.toMatch(/^(?:the )?(?:Director-General|Deputy Director-General|Mayor|Minister|President|Organization|Ministry)$/i);
  });

  it('--type place includes Kazakhstan as a country, under its short name only', async () => {
    const places = await runs.places();
    const kz = places.find((p) => p.name === 'Kazakhstan');
    expect(kz).toMatchObject({ type: 'place', country: true });
    expect(kz!.articleCount).toBeGreaterThanOrEqual(10);
    const names = places.map((p) => p.name);
    expect(names).toContain('Russia');
    for (const long of ['Republic of Kazakhstan', 'Russian Federation', 'Kingdom of Morocco', 'State of Kuwait', 'Gaza Strip']) expect(names).not.toContain(long);
    for (const demonym of ['Kuwaiti', 'Kazakh', 'Moroccan']) expect(names).not.toContain(demonym);
  });

  it('every entity points at articles that exist', async () => {
    const [articles, people, places] = await Promise.all([runs.list(), runs.people(), runs.places()]);
    const ids = new Set(articles.map((a) => a.id));
    for (const e of [...people, ...places]) {
      expect(e.articleIds).toHaveLength(e.articleCount);
      for (const id of e.articleIds) expect(ids.has(id)).toBe(true);
    }
  });
});

describe('icesco show, dates, boilerplate', () => {
  it('show <id> prints the title, the id line, the entities and the body', async () => {
    const r = await runs.show();
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('ICESCO Director-General Visits Kazakhstan National Space Center');
    expect(lines[1]).toBe(`${SHOW_ID} · 2025-09-18 (body: Thursday, 18 September 2025) · ${SEED_0}`);
    expect(r.stdout).toMatch(/^People\s+Salim M\. AlMalik \(Director-General of ICESCO\)/m);
    expect(r.stdout).toMatch(/^Places\s+Kazakhstan/m);
    expect(r.stdout).toContain('visited Kazakhstan’s National Space Center');
    expect(r.stdout).not.toMatch(ANSI);
  });

  // Regression: the People/Places/Organizations lines once ignored the width (440 characters).
  it('show <id> fits COLUMNS=80', async () => {
    const r = await runs.showNarrow();
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(80);
  });

  it('show <id> --json prints the article record that list prints for the same input', async () => {
    const [one, a] = await Promise.all([runs.onePage(), runs.showJson()]);
    expect(a.id).toBe(SHOW_ID);
    expect(a).toEqual(one.find((x) => x.id === SHOW_ID));
  });

  it('dates --json lists every mention with its article, in date order', async () => {
    const [articles, rows] = await Promise.all([runs.list(), runs.dates()]);
    expect(rows).toHaveLength(articles.reduce((n, a) => n + a.dates.length, 0));
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1].start <= rows[i].start).toBe(true);
    for (const r of rows) {
      expect(Object.keys(r)).toEqual(expect.arrayContaining(['text', 'start', 'end', 'granularity', 'sentence', 'future', 'article', 'title', 'articleDate', 'relation']));
      expect(['before', 'same', 'after']).toContain(r.relation);
    }
    expect(rows).toContainEqual(expect.objectContaining({
      text: 'this coming December', start: '2025-12-01', end: '2025-12-31', granularity: 'month', relation: 'after', article: '000_55f9d866b8a4f3e8-31e1d7-08',
    }));
    expect(rows).toContainEqual(expect.objectContaining({ text: '1 November 2025', future: true, relation: 'after', article: '000_55f9d866b8a4f3e8-31e1d7-01' }));
    expect(rows).toContainEqual(expect.objectContaining({ text: 'September 8 and 9 , 2025', start: '2025-09-08', end: '2025-09-09' }));
  });

  it('boilerplate --json lists the Google Translate disclaimer on all 5 pages', async () => {
    const entries = await runs.boilerplate();
    const disclaimer = entries.find((e) => e.text.startsWith('Disclaimer: You are using Google Translate'));
    expect(disclaimer).toMatchObject({ reason: 'widget', pageCount: 5, occurrenceCount: 5 });
    expect(disclaimer!.sources).toHaveLength(5);
    expect(entries.find((e) => e.text === 'Alem AI assistant')).toMatchObject({ reason: 'widget', pageCount: 2, occurrenceCount: 2 });
    for (const e of entries) expect(Object.keys(e).sort()).toEqual(['occurrenceCount', 'pageCount', 'reason', 'sources', 'text']);
  });
});

describe('icesco on other inputs', () => {
  it('a single seed page still yields its 10 articles, none made of chrome', async () => {
    const [articles, one] = await Promise.all([runs.list(), runs.onePage()]);
    expect(one).toHaveLength(10);
    expect(one.map((a) => a.id).sort()).toEqual(articles.filter((a) => a.id.startsWith('000_')).map((a) => a.id).sort());
    for (const a of one) {
      expect(a.title).not.toMatch(/Google Translate|Feedback|opinion|Satisfied|messaging|assistant/i);
      expect(a.text).not.toMatch(/Alem AI assistant|By messaging ICESCO|Google Translate|Extremely Dissatisfied/);
    }
  });

  it("reads a page from stdin with '-'", async () => {
    const fromStdin = await runs.stdin();
    expect(fromStdin.map((a) => [a.id, a.source, a.title, a.date])).toEqual([
      [expect.stringMatching(/^stdin-[0-9a-f]{6}-01$/), '-', 'ICESCO Director-General Meets Minister of Culture of Indonesia', '2025-05-15'],
      [expect.stringMatching(/^stdin-[0-9a-f]{6}-02$/), '-', 'ICESCO Holds Workshop in Derna on Psychosocial Support', '2025-05-07'],
    ]);
    expect(fromStdin[0].people.map((p) => p.name)).toEqual(['Salim M. AlMalik', 'Fazli Zon']);
    expect(fromStdin[1].text).not.toMatch(/Alem|messaging/);
  });
});

describe.concurrent('errors: message on stderr, exit code', () => {
  const write = (name: string, content: string | Buffer) => {
    const file = join(tmp, name);
    writeFileSync(file, content);
    return file;
  };
  const folderWithoutPages = () => {
    const dir = join(tmp, 'no-pages');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'readme.md'), '# not a page\n');
    return dir;
  };
  const cases: { what: string; args: () => string[]; code: number; message: RegExp }[] = ([
    ['a missing file', () => ['list', join(tmp, 'missing.txt')], 1, /^icesco: error: .*missing\.txt: no such file or directory$/m],
    ['an empty file', () => ['list', write('empty.txt', '')], 1, /^icesco: error: .*empty\.txt: empty file$/m],
    ['a binary file (NUL bytes)', () => ['list', write('binary.txt', Buffer.from([0x49, 0x43, 0x00, 0x01, 0x02, 0x53]))], 1, /^icesco: error: .*binary\.txt: binary file \(contains NUL bytes\), not a text page$/m],
    ['a folder with no .txt', () => ['list', folderWithoutPages()], 1, /^icesco: error: .*no-pages: directory contains no pages \(\*\.txt, \*\.html\)$/m],
    ['an unknown article id', () => ['show', 'nope', TWO], 1, /^icesco: error: no article with id 'nope' in \/.*two-articles\.txt \('icesco list \/.*two-articles\.txt' lists the ids\)$/m],
    ['a bad --since', () => ['list', '--since', 'someday'], 2, /^icesco: error: --since 'someday' is not a date/m],
    ['an unknown --type', () => ['entities', '--type', 'animal'], 2, /^icesco: error: unknown --type 'animal' \(expected person, place, organization or all\)$/m],
    ['an unknown command', () => ['frobnicate'], 2, /^icesco: error: unknown command 'frobnicate' \(commands: list, show, entities, who, graph, dates, timeline, boilerplate, search, export, cache\)$/m],
    ['a bad --limit', () => ['list', '--limit', 'ten', TWO], 2, /^icesco: error: --limit 'ten' must be a whole number, at least 1$/m],
    ['two output formats', () => ['list', '--json', '--csv', TWO], 2, /^icesco: error: choose one output format, not --json and --csv$/m],
  ] as [string, () => string[], number, RegExp][]).map(([what, args, code, message]) => ({ what, args, code, message }));
  it.each(cases)('$what -> exit $code', async ({ args, code, message }) => {
    const r = await icesco(args());
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/); // never a stack trace
    expect(r.stdout).toBe('');
  });

  it('one bad file among good ones: a warning on stderr, the good page analysed, exit 0', async () => {
    const bad = write('bad.txt', Buffer.from([0x00, 0x01, 0x02]));
    const r = await icesco(['list', '--json', TWO, bad, ...TODAY]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^icesco: warning: .*bad\.txt: binary file \(contains NUL bytes\), not a text page$/m);
    expect((JSON.parse(r.stdout) as Article[]).map((a) => a.id)).toEqual([expect.stringMatching(/^two-articles-[0-9a-f]{6}-01$/), expect.stringMatching(/^two-articles-[0-9a-f]{6}-02$/)]);
  });

  it('--help prints usage on stdout and exits 0', async () => {
    const help = await icesco(['--help']);
    expect(help.code).toBe(0);
    expect(help.stderr).toBe('');
    expect(help.stdout).toMatch(/^Usage: icesco/m);
    for (const command of ['list', 'show', 'entities', 'dates', 'boilerplate']) expect(help.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  });
});

describe('icesco show --lines and boilerplate reasons on a real page of another site', () => {
  const page = 'test/real/pages/ext_17.txt';

  it('prints each of the article\'s page lines with the class it got', async () => {
    const r = await icesco(['show', 'ext_17', '--lines', page]);
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\n').slice(3, -1).map((l) => l.trim().split(/\s{2,}/).slice(0, 2));
    expect(rows.slice(0, 6)).toEqual([['3', 'title'], ['5', 'caption'], ['7', 'caption'], ['8', 'byline'], ['10', 'dateline'], ['12', 'prose']]);
  });

  it('adds them to the article\'s JSON only when asked', async () => {
    const [withLines, plain] = await Promise.all([icesco(['show', 'ext_17', '--lines', '--json', page]), icesco(['show', 'ext_17', '--json', page])]);
    const a = JSON.parse(withLines.stdout) as Article & { lines: { line: number; class: string; text: string; removed: boolean }[] };
    expect(a.lines[0]).toEqual({ line: 3, class: 'title', text: 'Oman hosts conference of ICESCO education ministers', removed: false });
    expect(a.lines.filter((l) => l.removed).map((l) => l.class)).toEqual(['caption', 'caption', 'byline']);
    expect(a.lines.find((l) => l.class === 'byline')?.text).toBe('Staff Reporter');
    expect(Object.keys(JSON.parse(plain.stdout))).not.toContain('lines');
  });

  it('names why each removed line was removed', async () => {
    const entries = JSON.parse((await icesco(['boilerplate', '--json', page])).stdout) as BoilerplateEntry[];
    expect(entries.map((e) => [e.text.slice(0, 20), e.reason]).sort()).toEqual([['Oman', 'header'], ['Shaikh Abdulmalik bi', 'caption'], ['Staff Reporter', 'byline']]);
  });
});
