/**
 * A growing archive: pages added, edited, renamed and removed, and days passing, in a random
 * (seeded) order, each state asked about through the cache as the CLI asks (input fingerprint,
 * stored readings, stored corpora), must give exactly what a run without any cache gives. Whatever the cache reuses — a
 * fingerprint, a page's readings, a corpus's payloads — must never show through. Runs the built
 * code (dist/).
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AnalysisCache } from '../dist/cache.js';
import { analyzeInputs } from '../dist/engine.js';
import { listInputs } from '../dist/load.js';
import { REF, ROOT } from './helpers/seeds.js';
import { scratchDir } from './helpers/scratch.js';

/** Small real pages (one or a few articles each), so that a fresh run per step stays cheap. */
const realDir = join(ROOT, 'test', 'real', 'pages');
const pool = readdirSync(realDir).filter((f) => f.endsWith('.txt')).sort().slice(0, 8).map((f) => readFileSync(join(realDir, f), 'utf8'));

type Step =
  | { kind: 'add'; page: number }
  | { kind: 'remove'; at: number }
  | { kind: 'edit'; at: number }
  | { kind: 'rename'; at: number }
  | { kind: 'copy'; at: number }
  | { kind: 'day'; days: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), page: fc.nat({ max: pool.length - 1 }) }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('edit' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('rename' as const), at: fc.nat() }),
  // A copy of a page under another name: duplicates to fold, and folding that changes as they come and go.
  fc.record({ kind: fc.constant('copy' as const), at: fc.nat() }),
  // Another day (the corpus is dated on it): carried over, or assembled afresh when it moves a year found from a weekday.
  fc.record({ kind: fc.constant('day' as const), days: fc.integer({ min: 1, max: 400 }) }),
);

describe('an archive that changes', () => {
  // The engine does not fingerprint a file changed in the last second (it could change again
  // within the same timestamp tick): the clock it reads is moved two seconds on, so that every
  // state is fingerprinted, and the second question answered from the fingerprint alone.
  beforeAll(() => vi.useFakeTimers({ toFake: ['Date'] }));
  afterAll(() => vi.useRealTimers());
  const settle = () => vi.setSystemTime(performance.timeOrigin + performance.now() + 2000);

  /** `jobs` for the runs through the cache: with 2, an update analyses its new pages in the reader process (a worker thread without a snapshot), started early (engine.ts). */
  const changes = async (jobs: number, numRuns: number) => {
    let sequence = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 8, maxLength: 8 }), async (steps) => {
        const dir = join(scratchDir('icesco-archive-'), `pages-${sequence++}`);
        mkdirSync(dir);
        const cache = new AnalysisCache(scratchDir('icesco-archive-cache-'));
        let made = 0;
        const files = () => readdirSync(dir).sort();
        const pick = (at: number) => files()[at % files().length];
        // Two pages to start with.
        writeFileSync(join(dir, `p${made++}.txt`), pool[0]);
        writeFileSync(join(dir, `p${made++}.txt`), pool[1]);
        let today = REF;
        for (const s of steps) {
          if (s.kind === 'add') writeFileSync(join(dir, `p${made++}.txt`), pool[s.page]);
          else if (files().length > 1 && s.kind === 'remove') rmSync(join(dir, pick(s.at)));
          else if (s.kind === 'edit') {
            const file = join(dir, pick(s.at));
            writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\nThe delegation also visited Rabat on 12 March 2025, officials said.\n`);
          } else if (s.kind === 'rename') renameSync(join(dir, pick(s.at)), join(dir, `p${made++}.txt`));
          else if (s.kind === 'copy') writeFileSync(join(dir, `p${made++}.txt`), readFileSync(join(dir, pick(s.at))));
          else if (s.kind === 'day') today = new Date(today.getTime() + s.days * 86_400_000);
          const listing = listInputs([dir]);
          settle();
          const cached = JSON.stringify(await analyzeInputs(listing, { cache, jobs, today }));
          // Asked again: now from the fingerprint and the stored corpus.
          const again = JSON.stringify(await analyzeInputs(listing, { cache, jobs, today }));
          const fresh = JSON.stringify(await analyzeInputs(listing, { cache: null, jobs: 1, today }));
          expect(cached).toBe(fresh);
          expect(again).toBe(fresh);
        }
        cache.close();
      }),
      { numRuns, seed: 19, endOnFailure: true },
    );
  };

  it('gives, after every addition, edit, rename, copy, removal and new day, what a run without the cache gives', { timeout: 120_000 }, () => changes(1, 4));

  it('gives the same with the reader process for the new pages (stopped whenever the update cannot use it)', { timeout: 180_000 }, () => changes(2, 2));
});
