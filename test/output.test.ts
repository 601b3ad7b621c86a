/** Writing rendered output: stored byte ranges copied from their file, in the order given. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeRendered } from '../src/output.js';
import { compactJson, jsonInArray } from '../src/render/json.js';
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

/** Values whose JSON has every kind of string content: quotes, backslashes, escapes, blanks, non-ASCII. */
const awkward = [
  { text: 'He said "yes, please" and "no \\" then \\ left.\n\tNext line', empty: [], none: {}, nested: [{ a: [1, 2.5, -3e-7, true, null] }] },
  { title: 'الإيسيسكو  — 🕌', sep: 'a\u2028b', spaces: '   ', braces: '{ "not": [json] }', ctrl: '\u0001\u001f' },
  'a string alone', 42, null, [],
];

describe('compactJson', () => {
  const compacted = (json: string) => {
    const bytes = Buffer.from(json);
    const into = Buffer.alloc(bytes.length);
    return into.toString('utf8', 0, compactJson(bytes, into));
  };

  it('turns indented JSON into JSON.stringify\'s compact form', () => {
    for (const v of awkward) {
      expect(compacted(JSON.stringify(v, null, 2))).toBe(JSON.stringify(v));
      expect(compacted(jsonInArray(v))).toBe(JSON.stringify(v));
    }
  });

  it('does so for any JSON value (property)', () => {
    const tricky = fc.array(fc.constantFrom('"', '\\', ' ', '  ', 'a', '\n', '{', ']', ':', ','), { maxLength: 20 }).map((parts) => parts.join(''));
    const value = fc.oneof(fc.jsonValue({ stringUnit: 'binary' }), fc.dictionary(tricky, fc.array(tricky)));
    fc.assert(fc.property(value, (v) => compacted(JSON.stringify(v, null, 2)) === JSON.stringify(v)), { numRuns: 2000 });
  });
});

describe('writeRendered, compact ranges', () => {
  /** A file of indented records, as the cache stores articles. */
  function indentedFile(values: unknown[]): StoredBytes[] {
    const file = join(scratchDir('icesco-compact-'), 'articles.json');
    const texts = values.map(jsonInArray);
    writeFileSync(file, texts.join(',\n'));
    let at = 0;
    return texts.map((t) => {
      const range = { file, start: at, end: at + Buffer.byteLength(t), compact: true };
      at = range.end + 2;
      return range;
    });
  }
  const newline = Buffer.from('\n');
  const lines = (ranges: StoredBytes[], order: number[]) => order.flatMap((i) => [ranges[i], newline]);

  it('copies each record as one compact line, in runs, out of order and mixed with plain ranges', async () => {
    const values = Array.from({ length: 300 }, (_, i) => awkward[i % awkward.length]);
    const ranges = indentedFile(values);
    const expected = (order: number[]) => order.map((i) => `${JSON.stringify(values[i])}\n`).join('');
    // (ranges are not end to end here: the ',\n' between records is not in the output)
    const inOrder = [...values.keys()];
    expect(await written(lines(ranges, inOrder))).toBe(expected(inOrder));
    const shuffled = [5, 4, 3, 299, 0, 7, 7];
    expect(await written(lines(ranges, shuffled))).toBe(expected(shuffled));
    const plain = { ...ranges[1], compact: false };
    expect(await written([ranges[0], newline, plain, newline, ranges[2]])).toBe(`${JSON.stringify(values[0])}\n${jsonInArray(values[1])}\n${JSON.stringify(values[2])}`);
  });

  it('copies end-to-end records in runs, and a record larger than its buffers whole', async () => {
    const file = join(scratchDir('icesco-compact-run-'), 'articles.json');
    const values = [{ big: 'x "y" \\ '.repeat(300_000), list: [1, 2] }, ...awkward, { big: ' '.repeat(2_000_000) }];
    const texts = values.map(jsonInArray);
    writeFileSync(file, texts.join(''));
    let at = 0;
    const ranges: StoredBytes[] = texts.map((t) => ({ file, start: at, end: (at += Buffer.byteLength(t)), compact: true }));
    expect(await written(lines(ranges, [...values.keys()]))).toBe(values.map((v) => `${JSON.stringify(v)}\n`).join(''));
  });
});
