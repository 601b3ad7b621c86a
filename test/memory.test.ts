/** Full collections between a large run's phases, and one copy of repeated strings (memory.ts). */
import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../src/analysis.js';
import { prepare, segmentContext, type ArticleAnalysis } from '../src/corpus.js';
import { collectGarbage, StringPool } from '../src/memory.js';
import { readLineDates } from '../src/stages/dates.js';
import { seedPages } from './helpers/seeds.js';

describe('collectGarbage', () => {
  it('collects what is no longer reachable, every time it is called, and leaves no gc function behind', async () => {
    for (let round = 0; round < 2; round++) {
      const ref = (() => new WeakRef({ payload: new Array(10_000).fill(round) }))();
      // A WeakRef's target lives at least until the current job ends.
      await new Promise((resolve) => setTimeout(resolve, 0));
      collectGarbage();
      expect(ref.deref()).toBeUndefined();
    }
    expect('gc' in globalThis).toBe(false);
  });
});

describe('StringPool', () => {
  const pages = seedPages().slice(0, 2);
  const prepared = prepare(pages, segmentContext(readLineDates)).byPage.flat().slice(0, 12);
  const analyses = () => analyzeArticles(prepared);

  it('leaves each analysis as it was, and gives one copy of each repeated string and place', () => {
    const pool = new StringPool();
    const [first, second] = [analyses(), analyses()];
    const pooled = [...first, ...second].map((a) => pool.analysis(a));
    expect(JSON.stringify(pooled)).toBe(JSON.stringify([...analyses(), ...analyses()]));
    // The same entity read twice: the second copy's strings and place are now the first's.
    const places = (list: ArticleAnalysis[]) => list.flatMap((a) => a.entities.filter((e) => e.place));
    const [a, b] = [places(pooled.slice(0, first.length)), places(pooled.slice(first.length))];
    expect(a.length).toBeGreaterThan(5);
    a.forEach((e, i) => {
      expect(b[i].place).toBe(e.place);
      expect(b[i].pass).toBe(e.pass);
    });
  });

  it('keeps places that differ apart', () => {
    const pool = new StringPool();
    const entity = (country: boolean, countryName: string | null) => ({ type: 'place' as const, text: 'Georgia', start: 0, end: 7, pass: 'known-places', place: { name: 'Georgia', country, countryName } });
    const [x, y, z] = [entity(true, 'Georgia'), entity(false, 'United States'), entity(false, null)];
    pool.analysis({ entities: [x, y, z], dates: { sentences: [] }, dedupe: { sketch: null, salient: '' } });
    expect([x.place, y.place, z.place]).toEqual([{ name: 'Georgia', country: true, countryName: 'Georgia' }, { name: 'Georgia', country: false, countryName: 'United States' }, { name: 'Georgia', country: false, countryName: null }]);
  });
});
