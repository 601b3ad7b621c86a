/** The English word list searched by bisection: the same answers as a Set of its words. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { WordList } from '../src/stages/entities/words.js';

const listText = readFileSync(createRequire(import.meta.url).resolve('word-list').replace(/index\.js$/, 'words.txt'), 'utf8');

describe('WordList', () => {
  it('answers as a Set of the lines would, for every listed word and for near misses', () => {
    const words = listText.split('\n');
    const set = new Set(words);
    const list = new WordList(listText);
    const disagree: string[] = [];
    for (let i = 0; i < words.length; i += 1) {
      const w = words[i];
      if (!list.has(w)) disagree.push(w);
      if (i % 7 === 0) for (const miss of [`${w}q`, w.slice(0, -1), `a${w}`]) if (list.has(miss) !== set.has(miss)) disagree.push(miss);
    }
    expect(disagree).toEqual([]);
    // The package's list has two adjacent pairs out of order; it is still bisected, not copied.
    expect((list as unknown as { unsorted: unknown }).unsorted).toBeNull();
    for (const name of ['shymkent', 'icesco', 'malik', 'al-maliki', '', 'zzzzzz', 'aaaaaa', 'éducation']) expect(list.has(name)).toBe(set.has(name));
  });

  it('bisects a list with a few lines out of place, skipping them, and still finds them', () => {
    const list = new WordList('apple\nbanana\ncherry\ncarrot\ndate\nzebra\nfig\ngrape\n');
    for (const w of ['apple', 'banana', 'cherry', 'carrot', 'date', 'zebra', 'fig', 'grape']) expect(list.has(w)).toBe(true);
    for (const w of ['avocado', 'cabbage', 'citrus', 'kiwi', 'd', 'zebras', '']) expect(list.has(w)).toBe(false);
    expect((list as unknown as { unsorted: unknown }).unsorted).toBeNull();
  });

  it('holds a list too disordered to bisect as a Set (reversed), reading CRLF and blank lines right', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `w${String(i).padStart(5, '0')}`).reverse();
    const list = new WordList(`${words.join('\r\n')}\r\n\r\n`);
    expect((list as unknown as { unsorted: unknown }).unsorted).not.toBeNull();
    for (const w of ['w00000', 'w01500', 'w02999']) expect(list.has(w)).toBe(true);
    for (const w of ['w03000', 'w00000\r', 'x']) expect(list.has(w)).toBe(false);
  });
});
