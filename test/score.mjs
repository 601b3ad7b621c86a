#!/usr/bin/env node
// Scores the built CLI against a gold set: runs `icesco list --json` and
// `icesco entities --type person --json` on the set's pages and hands both to the in-repo
// scorer, test/eval/score.mjs (a copy of the official one). The sets (see test/eval/README.md):
//   dev      test/dev-gold/: the official dev gold for two seed pages (the default)
//   own      test/gold/: our annotations of the other three seed pages
//   written  test/written/: pages written for testing, with their gold
//   real     test/real/: pages from other sites, with their gold
//   found    test/found/: more real pages we found, with gold annotated blind
//   all      each of the above in turn
// Other arguments (--misses, --json) go to the scorer.
//
//   npm run score [-- --set dev|own|written|real|found|all | --own | --written | --real | --found] [-- --misses] [-- --json]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SCORER, SETS, prepare } from './eval/sets.mjs';

const argv = process.argv.slice(2);
const at = argv.indexOf('--set');
const aliases = ['--own', '--written', '--real', '--found', '--dev', '--all'];
const chosen = at >= 0 ? argv[at + 1] : (aliases.find((a) => argv.includes(a)) ?? '--dev').slice(2);
if (chosen !== 'all' && !(chosen in SETS)) {
  console.error(`score: unknown set '${chosen}' (dev, own, written, real, found or all)`);
  process.exit(2);
}
const passed = argv.filter((a, i) => !aliases.includes(a) && i !== at && i !== at + 1);
const names = chosen === 'all' ? Object.keys(SETS) : [chosen];

const dir = mkdtempSync(join(tmpdir(), 'icesco-score-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
let status = 0;
for (const name of names) {
  let args;
  try {
    args = prepare(name, dir);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
  // With --json and several sets, each set's object goes out on its own, after a `# set` line.
  if (names.length > 1) console.log(`# ${name}`);
  const r = spawnSync(process.execPath, [SCORER, ...args, ...passed], { stdio: 'inherit' });
  status ||= r.status ?? 1;
}
process.exit(status);
