// The gold sets the repository holds, and how to score one: run the built CLI on the set's
// pages, then the in-repo scorer (score.mjs beside this file) on its output. Shared by
// test/score.mjs (`npm run score`) and test/quality.test.ts, so both measure the same thing.
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SCORER = join(ROOT, 'test', 'eval', 'score.mjs');

/** Each set: where its pages are and where its gold is (one `<page>.json` per page). */
export const SETS = {
  dev: { pages: 'seeds', gold: 'test/dev-gold' },
  own: { pages: 'seeds', gold: 'test/gold' },
  written: { pages: 'test/written/pages', gold: 'test/written/gold' },
  real: { pages: 'test/real/pages', gold: 'test/real/gold' },
  found: { pages: 'test/found/pages', gold: 'test/found/gold' },
};

/** The pages a set's gold covers, relative to ROOT (dev and own share seeds/, so list files). */
export function pagesOf(name) {
  const { pages, gold } = SETS[name];
  return readdirSync(join(ROOT, gold)).filter((f) => f.endsWith('.json')).sort().map((f) => join(pages, f.replace(/\.json$/, '')));
}

/** Runs `node bin/icesco.js ...args` from ROOT; throws with its stderr if it fails. */
export function icesco(args) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'icesco.js'), ...args], {
    cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' },
  });
  if (r.status !== 0) throw new Error(`icesco ${args.slice(0, 3).join(' ')} … exited ${r.status ?? r.signal}:\n${r.stderr}`);
  return r.stdout;
}

/**
 * Runs the CLI on a set's pages, writes its articles and people into dir, and returns the
 * scorer's arguments for them (append --json, --misses as wanted).
 */
export function prepare(name, dir) {
  const pages = pagesOf(name);
  const articles = join(dir, `${name}-articles.json`);
  const people = join(dir, `${name}-people.json`);
  // The second run reads what the first left in the analysis cache, so it costs little.
  writeFileSync(articles, icesco(['list', '--json', '-q', ...pages]));
  writeFileSync(people, icesco(['entities', '--type', 'person', '--json', '-q', ...pages]));
  return ['--gold', join(ROOT, SETS[name].gold), '--articles', articles, '--entities', people];
}

/** The scorer's figures for a set (its --json output, misses included). */
export function score(name, dir) {
  const r = spawnSync(process.execPath, [SCORER, ...prepare(name, dir), '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`score.mjs on ${name} exited ${r.status ?? r.signal}:\n${r.stderr}`);
  return JSON.parse(r.stdout);
}
