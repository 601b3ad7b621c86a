/** Regressions found in review: cache directories that cannot be written, odd option values, id collisions, narrow terminals. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEEDS_DIR, SEED_FILES } from './helpers/seeds.js';
import { scratchDir } from './helpers/scratch.js';

const icesco = (args: string[], env: Record<string, string> = {}, input?: string) =>
  spawnSync(process.execPath, ['bin/icesco.js', ...args], { cwd: ROOT, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1', ...env } });
const crlf = join(ROOT, 'test', 'fixtures', 'hostile', 'crlf.txt');
const cr = join(ROOT, 'test', 'fixtures', 'hostile', 'cr.txt');

describe('a cache directory that cannot be written', () => {
  it('warns once and still answers, exit 0', () => {
    const file = join(scratchDir('icesco-nodir-'), 'a-file');
    writeFileSync(file, 'not a directory');
    const r = icesco(['list', '--json', '--jobs', '1', '--cache-dir', file, crlf, cr]);
    expect(r.status).toBe(0);
    // (The two pages hold one report under two titles: folded into one article.)
    expect((JSON.parse(r.stdout) as { id: string; duplicates: string[] }[]).flatMap((a) => [a.id, ...a.duplicates]).map((id) => id.replace(/-[0-9a-f]{6}-/, '-')).sort()).toEqual(['cr-01', 'crlf-01']);
    expect(r.stderr).toBe(`icesco: warning: ${file}: not a directory; continuing without the cache\n`);
  });
});

describe('a cache directory that holds files of the user', () => {
  const home = () => {
    const dir = scratchDir('icesco-home-');
    mkdirSync(join(dir, 'tmp'));
    writeFileSync(join(dir, 'tmp', 'draft.txt'), 'the user\'s');
    writeFileSync(join(dir, 'thesis.txt'), 'the user\'s');
    return dir;
  };
  it('a query warns and answers without the cache, writing nothing there', () => {
    const dir = home();
    const r = icesco(['list', '--json', '--cache-dir', dir, crlf]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
    expect(r.stderr).toBe(`icesco: warning: ${dir}: not an icesco cache (it holds other files); choose a new or empty directory; continuing without the cache\n`);
    expect(readdirSync(dir).sort()).toEqual(['thesis.txt', 'tmp']);
  });
  it('cache clear refuses, exit 1, and removes nothing', () => {
    const dir = home();
    const r = icesco(['cache', 'clear', '--cache-dir', dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`icesco: error: ${dir}: not an icesco cache (it holds other files); choose a new or empty directory\n`);
    expect(readdirSync(dir).sort()).toEqual(['thesis.txt', 'tmp']);
    expect(readdirSync(join(dir, 'tmp'))).toEqual(['draft.txt']);
  });
});

describe('option values that are no values', () => {
  const cases: [string[], RegExp][] = [
    [['list', '--since', ''], /--since '' is not a date/],
    [['list', '--until', 'last 99999999999 years'], /--until 'last 99999999999 years' is not a date/],
    [['list', '--limit', '0'], /--limit '0' must be a whole number, at least 1/],
    [['entities', '--min', '-3'], /--min '-3' must be a whole number, at least 1|error: /],
  ];
  it.each(cases)('%j -> exit 2', (args, message) => {
    const r = icesco([...args, crlf]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it("'-' twice is a usage error: stdin can be read only once", () => {
    const r = icesco(['list', '--json', '-', '-'], {}, 'ICESCO Holds Forum on Heritage in Rabat\n\nThe Islamic World Educational, Scientific and Cultural Organization held on Monday, 3 November 2025, a forum in Rabat.\n');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("icesco: error: '-' (stdin) given more than once: stdin can be read once\n(add --help for usage)\n");
  });
});

describe('article ids', () => {
  it('stay unique when files share a name and one is already called "a~2"', () => {
    const dir = scratchDir('icesco-ids-');
    mkdirSync(join(dir, 'x'));
    mkdirSync(join(dir, 'y'));
    copyFileSync(join(SEEDS_DIR, SEED_FILES[1]), join(dir, 'x', 'a.txt'));
    copyFileSync(join(SEEDS_DIR, SEED_FILES[3]), join(dir, 'y', 'a.txt'));
    copyFileSync(join(SEEDS_DIR, SEED_FILES[4]), join(dir, 'a~2.txt'));
    const articles = JSON.parse(icesco(['list', '--json', '--quiet', dir]).stdout) as { id: string; duplicates: string[] }[];
    const ids = articles.flatMap((a) => [a.id, ...a.duplicates]);
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
  });
});

describe('narrow terminals', () => {
  it.each([['list'], ['entities'], ['entities', '--type', 'place'], ['dates'], ['boilerplate'], ['timeline']])('%s fits COLUMNS=50', (...args) => {
    const r = icesco(args, { COLUMNS: '50' });
    expect(r.status).toBe(0);
    for (const line of r.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(50);
  });
});
