/** Writing rendered output: stored byte ranges copied from their file, in the order given. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeRendered } from '../src/output.js';
import type { StoredBytes } from '../src/types.js';
import { scratchDir } from './helpers/scratch.js';

/** A file of `n` numbered records, and the byte range of each. */
function storedFile(n: number, size = (i: number) => 20 + (i % 7) * 13): { file: string; ranges: StoredBytes[]; text: (i: number) => string } {
  const file = join(scratchDir('icesco-output-'), 'articles.json');
  const texts: string[] = [];
  for (let i = 0; i < n; i++) texts.push(`{"n":${i},"é":"${'x'.repeat(size(i))}"}`);
  writeFileSync(file, texts.join(''));
  const ranges: StoredBytes[] = [];
  let at = 0;
  for (const t of texts) ranges.push({ file, start: at, end: (at += Buffer.byteLength(t)) });
  return { file, ranges, text: (i) => texts[i] };
}

async function written(rendered: Array<Uint8Array | StoredBytes>): Promise<string> {
  const out: Buffer[] = [];
  await writeRendered(rendered, async (bytes) => void out.push(Buffer.from(bytes))); // copied: the buffer is reused
  return Buffer.concat(out).toString('utf8');
}

const comma = Buffer.from(',\n');
const listed = (order: number[], ranges: StoredBytes[]) => order.flatMap((i, k) => (k ? [comma, ranges[i]] : [ranges[i]]));

describe('writeRendered', () => {
  const { ranges, text } = storedFile(500);

  it('copies ranges in file order, out of order, repeated and mixed', async () => {
    const orders = [
      [...ranges.keys()], // end to end: read in runs
      [...ranges.keys()].reverse(), // never adjacent
      [3, 4, 5, 9, 10, 2, 3, 4, 4, 5, 499, 0, 1], // runs broken, a range twice, the file's two ends
    ];
    for (const order of orders) expect(await written(listed(order, ranges))).toBe(order.map(text).join(',\n'));
  });

  it('keeps runs within its buffer: records larger in all than 1 MiB, end to end', async () => {
    const big = storedFile(40, () => 60_000); // 2.4 MB
    const order = [...big.ranges.keys()];
    expect(await written([Buffer.from('['), ...listed(order, big.ranges), Buffer.from(']')])).toBe(`[${order.map(big.text).join(',\n')}]`);
  });

  it('reports a file shorter than its ranges', async () => {
    const { file } = storedFile(3);
    await expect(written([{ file, start: 0, end: 10_000 }])).rejects.toThrow(/shorter than the cache says/);
    await expect(written([{ file, start: 0, end: 10 }, comma, { file, start: 10, end: 10_000 }])).rejects.toThrow(/shorter than the cache says/);
  });
});
