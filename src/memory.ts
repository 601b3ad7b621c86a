/**
 * Full garbage collections between the phases of a large run. V8 lets the heap grow well past
 * what is alive before it collects: after segmentation, after analysis, after assembling and
 * after storing a corpus of thousands of articles, a fifth of the peak memory was garbage from
 * the phase before. Collected at those points (see engine.ts), the peak falls by ~100 MB at
 * 1,000 pages, for no time (the collector would have run anyway). Same technique as jest's leak detector: the gc function, exposed for a moment
 * in a new context.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { ArticleAnalysis } from './corpus.js';
import type { RawEntity } from './stages/entities/find.js';

let collect: (() => void) | null = null;

export function collectGarbage(): void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
    setFlagsFromString('--no-expose-gc');
  }
  collect();
}

/**
 * One copy of each repeated string in the analyses a large run holds. Each analysis arrives as
 * its own copy (parsed from the cache, or cloned from a worker), with its own strings: a pass's
 * name ("known-places"), an entity type, "ICESCO", a country written tens of thousands of times.
 * At 1,000 pages, 44 MB of the 109 MB of strings a cold run held were such copies.
 */
export class StringPool {
  private readonly pool = new Map<string, string>();

  /** The pool's copy of s (s itself the first time). */
  of(s: string): string {
    const known = this.pool.get(s);
    if (known !== undefined) return known;
    this.pool.set(s, s);
    return s;
  }

  /** The analysis, its repeated strings (and places) replaced by the pool's, in place. */
  analysis(a: ArticleAnalysis): ArticleAnalysis {
    for (const e of a.entities) {
      e.type = this.of(e.type) as typeof e.type;
      e.text = this.of(e.text);
      e.pass = this.of(e.pass);
      if (e.acronym !== undefined) e.acronym = this.of(e.acronym);
      if (e.role !== undefined) e.role = this.of(e.role);
      if (e.place) e.place = this.place(e.place);
    }
    for (const s of a.dates.sentences)
      for (const r of s.expressions) {
        r.text = this.of(r.text);
        for (let i = 0; i < r.tags.length; i++) r.tags[i] = this.of(r.tags[i]);
      }
    return a;
  }

  private readonly places = new Map<string, NonNullable<RawEntity['place']>>();

  /** One object per place: places are read, never changed. */
  private place(p: NonNullable<RawEntity['place']>): NonNullable<RawEntity['place']> {
    const key = `${p.name}\u0000${p.country}\u0000${p.countryName ?? ''}\u0000${p.countryName === null}`;
    const known = this.places.get(key);
    if (known) return known;
    const own = { ...p, name: this.of(p.name), countryName: p.countryName === null ? null : this.of(p.countryName) };
    this.places.set(key, own);
    return own;
  }
}
