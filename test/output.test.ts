/** Writing rendered output (pieces in order), and stored indented JSON made compact. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeRendered } from '../src/output.js';
import { compactJson, jsonInArray } from '../src/render/json.js';

async function written(rendered: Uint8Array[]): Promise<string> {
  const out: Buffer[] = [];
  await writeRendered(rendered, async (bytes) => void out.push(Buffer.from(bytes))); // copied: the buffer is reused
  return Buffer.concat(out).toString('utf8');
}

describe('writeRendered', () => {
  it('writes pieces in order, gathered into writes of at most 1 MiB; a larger piece alone', async () => {
    const pieces = Array.from({ length: 500 }, (_, i) => Buffer.from(`{"n":${i},"é":"${'x'.repeat(20 + (i % 7) * 13)}"}`));
    const big = Buffer.alloc(3 << 20, 'y');
    const sizes: number[] = [];
    const out: Buffer[] = [];
    await writeRendered([...pieces, big, ...pieces], async (bytes) => void (sizes.push(bytes.length), out.push(Buffer.from(bytes))));
    expect(Buffer.concat(out).equals(Buffer.concat([...pieces, big, ...pieces]))).toBe(true);
    expect(sizes).toEqual([Buffer.concat(pieces).length, big.length, Buffer.concat(pieces).length]);
    expect(await written([])).toBe('');
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
