#!/usr/bin/env node
// Scores the built CLI against the dev gold: runs `icesco list --json` and
// `icesco entities --type person --json` on the seeds and hands both to
// ../shared/eval/score.mjs. Extra arguments (e.g. --misses, --json) go to the scorer.
// With --own, the gold is test/gold/ instead: our own annotations of the three seed pages the
// dev gold leaves out (see test/gold/README.md). With --written, the pages and gold are
// test/written/: pages written for testing, in the seeds' shape, with their own gold.
//
//   npm run score [-- --own | --written] [-- --misses]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.ICESCO_SHARED ?? join(root, '..', 'shared');
const scorer = join(shared, 'eval', 'score.mjs');
if (!existsSync(scorer)) {
  console.error(`score: no scorer at ${scorer} (set ICESCO_SHARED to the folder holding eval/ and gold/)`);
  process.exit(2);
}
const cli = (args) => {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'icesco.js'), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) {
    console.error(r.stderr);
    process.exit(r.status ?? 1);
  }
  return r.stdout;
};
const dir = mkdtempSync(join(tmpdir(), 'icesco-score-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const set = process.argv.includes('--own') ? 'own' : process.argv.includes('--written') ? 'written' : 'dev';
const pages = set === 'written' ? join(root, 'test', 'written', 'pages') : 'seeds';
const gold = { dev: join(shared, 'gold'), own: join(root, 'test', 'gold'), written: join(root, 'test', 'written', 'gold') }[set];
writeFileSync(join(dir, 'articles.json'), cli(['list', '--json', pages]));
writeFileSync(join(dir, 'people.json'), cli(['entities', '--type', 'person', '--json', pages]));
const passed = process.argv.slice(2).filter((a) => a !== '--own' && a !== '--written');
const r = spawnSync(process.execPath, [scorer, '--gold', gold, '--articles', join(dir, 'articles.json'), '--entities', join(dir, 'people.json'), ...passed], { stdio: 'inherit' });
process.exit(r.status ?? 1);
