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

let collect: (() => void) | null = null;

export function collectGarbage(): void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
    setFlagsFromString('--no-expose-gc');
  }
  collect();
}
