/**
 * What cached results depend on, as two short hashes of icesco's built code:
 *
 *   analysis  the per-article readings (analysis.js and the modules it imports: dates, entity
 *             mentions, dedupe features) and the packages they use: page entries are keyed by
 *             it. Built, analysis.js is one bundle holding compromise and chrono-node too;
 *   code      all the code beside it (dist/cjs/ for the CLI, dist/ for the library): assembled
 *             corpora and input fingerprints are keyed by it.
 *
 * Hashing ~1 MB of code costs ~12 ms, a tenth of a warm run, so `npm run build` stamps both into
 * dist/cjs/versions.json (`node dist/versions.js dist/cjs`). A run trusts the stamp only while no
 * built file is newer than it (a rebuild without the stamp step, say), and otherwise hashes the
 * files itself.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE } from './paths.js';
import { byCodeUnits } from './text.js';

export interface Versions {
  analysis: string;
  code: string;
}

const DIST = fileURLToPath(new URL('.', import.meta.url));
const STAMP = 'versions.json';

/** The built .js files under dir, in a stable order (names compared by code unit). */
function builtFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    const entries = readdirSync(d, { withFileTypes: true }).sort((a, b) => byCodeUnits(a.name, b.name));
    for (const e of entries) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.js')) out.push(full);
    }
  };
  walk(dir);
  return out;
}

/**
 * analysis.js and every built module it imports, transitively: the per-article code, whether
 * the build bundled it into analysis.js or a bare `tsc` left it in separate files.
 */
export function analysisFiles(dist: string): string[] {
  const found: string[] = [];
  const visit = (file: string) => {
    if (found.includes(file)) return;
    found.push(file);
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch {
      return; // hashed as missing
    }
    for (const m of source.matchAll(/\b(?:from|import|require)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) visit(join(dirname(file), m[1]));
  };
  visit(join(dist, 'analysis.js'));
  return found;
}

/** Hashes the built files (see the module comment). */
export function computeVersions(dir = DIST): Versions {
  // Files are named relative to dist, however it was given.
  const dist = resolve(dir) + sep;
  const analysis = createHash('sha256');
  // Only the code whose output is cached per page: assembling, merging and the CLI run on
  // every query and may change freely.
  for (const f of analysisFiles(dist)) {
    analysis.update(f.slice(dist.length));
    try {
      analysis.update(readFileSync(f));
    } catch {
      analysis.update('\u0000missing');
    }
  }
  for (const pkg of ['chrono-node', 'compromise', 'word-list', 'world-countries']) {
    try {
      analysis.update(readFileSync(join(PACKAGE.root, 'node_modules', pkg, 'package.json')));
    } catch {
      analysis.update(pkg); // hoisted elsewhere: the code hash still guards the format
    }
  }
  const analysisVersion = analysis.digest('hex').slice(0, 16);
  const code = createHash('sha256').update(analysisVersion);
  for (const f of builtFiles(dist)) code.update(f.slice(dist.length)).update(readFileSync(f));
  return { analysis: analysisVersion, code: code.digest('hex').slice(0, 16) };
}

/** The stamp in dist, if present and no built file is newer than it; else null. */
export function stampedVersions(dist = DIST): Versions | null {
  const file = join(dist, STAMP);
  try {
    const stamp = JSON.parse(readFileSync(file, 'utf8')) as Partial<Versions>;
    if (typeof stamp.analysis !== 'string' || typeof stamp.code !== 'string') return null;
    const stampedAt = statSync(file).mtimeMs;
    return builtFiles(dist).every((f) => statSync(f).mtimeMs <= stampedAt) ? { analysis: stamp.analysis, code: stamp.code } : null;
  } catch {
    return null; // no stamp: the caller hashes the files
  }
}

export function writeStamp(dist = DIST): void {
  writeFileSync(join(dist, STAMP), `${JSON.stringify(computeVersions(dist))}\n`);
}

let versions: Versions | null = null;

/** The versions of the code running now: stamped when the stamp is current, else computed. */
export function currentVersions(): Versions {
  return (versions ??= stampedVersions() ?? computeVersions());
}

// `node dist/versions.js DIR` (a step of `npm run build`) writes the stamp of the code in DIR.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) writeStamp(process.argv[2] ?? DIST);
