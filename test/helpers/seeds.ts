/** Shared test helpers: the repository root, the seed pages as Page records, a pinned clock. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '../../src/types.js';

/** The repository root (this file lives in test/helpers/). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SEEDS_DIR = join(ROOT, 'seeds');

/** The seed file names, in the order the CLI reads them. */
export const SEED_FILES = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();

/** The seed pages as load.ts reads them for `icesco list seeds`, named by their file names (load.ts adds a hash to the name). */
export function seedPages(): Page[] {
  return SEED_FILES.map((f) => ({ source: `seeds/${f}`, name: f.replace(/\.txt$/, ''), text: readFileSync(join(SEEDS_DIR, f), 'utf8') }));
}

/** A page made of the given lines (blank lines between paragraphs, as on the seeds). */
export function pageOf(lines: string[], name = 'synthetic'): Page {
  return { source: `${name}.txt`, name, text: lines.join('\n\n') + '\n' };
}

/** The reference date the unit tests resolve year-less and relative dates against. */
export const REF = new Date('2025-09-20T12:00:00Z');
