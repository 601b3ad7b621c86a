/** Full collections between a large run's phases (memory.ts). */
import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../src/memory.js';

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
