/**
 * The text helpers every page's lines go through, pinned against the plain regular expressions
 * they were first written as (kept here as the specification): the fast versions must agree on
 * any string, odd white space, quotes, brackets and surrogate pairs included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../src/memory.js';
import { detached, endsLikeSentence, pageLines, wordCount, wordCountUpTo } from '../src/text.js';

const specEndsLikeSentence = (s: string) => /[.!?:;,…]$/u.test(s.replace(/[\s"'”’»)\]]+$/u, ''));

const specPageLines = (text: string) =>
  text
    .split('\n')
    .map((raw, i) => ({ lineNo: i + 1, text: (/[\t\u00a0]| {2}/.test(raw.trim()) ? raw.replace(/[\t\u00a0 ]+/g, ' ') : raw).trim() }))
    .filter((l) => l.text);

/** Strings over the characters that matter here, and a few that do not. */
const tricky = fc
  .array(fc.constantFrom('a', 'Z', '1', ' ', '  ', '\t', '\n', '\r', '\u000b', '\u00a0', '\u2003', '\u2028', '\u3000', '\ufeff', '\u200b', '.', '!', '?', ':', ';', ',', '…', '"', "'", '”', '’', '“', '»', '«', ')', '(', ']', '[', '-', '😀', '\ud83d'), { maxLength: 30 })
  .map((parts) => parts.join(''));

describe('endsLikeSentence', () => {
  it('agrees with its regular expression on any string', () => {
    fc.assert(fc.property(tricky, (s) => {
      expect(endsLikeSentence(s)).toBe(specEndsLikeSentence(s));
    }), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      expect(endsLikeSentence(s)).toBe(specEndsLikeSentence(s));
    }), { numRuns: 3000 });
  });

  it('looks past closing quotes, brackets and spaces', () => {
    expect(endsLikeSentence('He said: “We will.”  ')).toBe(true);
    expect(endsLikeSentence('the list (see above),\u00a0')).toBe(true);
    expect(endsLikeSentence('ICESCO Launches Youth Forum ”')).toBe(false);
    expect(endsLikeSentence('')).toBe(false);
    expect(endsLikeSentence(' ”) ')).toBe(false);
  });
});

describe('pageLines', () => {
  it('agrees with its regular expressions on any text', () => {
    fc.assert(fc.property(tricky, (s) => {
      expect(pageLines(s)).toEqual(specPageLines(s));
    }), { numRuns: 3000 });
  });

  it('trims, squeezes runs of spaces, tabs and no-break spaces, and numbers lines from 1', () => {
    expect(pageLines('  Title\u00a0 here \n\n\tBody\t\ttext.  \n')).toEqual([
      { lineNo: 1, text: 'Title here' },
      { lineNo: 3, text: 'Body text.' },
    ]);
  });
});

describe('wordCountUpTo', () => {
  it('is wordCount, counted no further than its limit, on any text', () => {
    fc.assert(fc.property(tricky, fc.integer({ min: -1, max: 12 }), (s, limit) => {
      expect(wordCountUpTo(s, limit)).toBe(Math.min(wordCount(s), limit));
    }), { numRuns: 3000 });
  });

  const cases: [text: string, limit: number, expected: number][] = [
    ['one two three', 5, 3],
    ['one two three', 3, 3],
    ['one two three', 2, 2],
    ['  one\u00a0two\t', 10, 2],
    ['', 3, 0],
    // Not a word: white space alone.
    [' \t\u00a0 ', 3, 0],
  ];
  it.each(cases)('%j up to %d -> %d', (text, limit, expected) => {
    expect(wordCountUpTo(text, limit)).toBe(expected);
  });
});

describe('detached', () => {
  it('returns the same text', () => {
    fc.assert(fc.property(tricky, (s) => {
      expect(detached(s)).toBe(s);
    }), { numRuns: 1000 });
  });

  it('keeps no page alive: a line cut from a page and detached lets the page be collected', () => {
    // What the lines kept from 20 pages hold on to, as the heap grows while they are kept.
    const keep = (detach: (s: string) => string) => {
      collectGarbage();
      const before = process.memoryUsage().heapUsed;
      const kept: string[] = [];
      for (let p = 0; p < 20; p++) {
        // A page of 1 MB, cut into lines as pageLines does.
        const page = Array.from({ length: 2000 }, (_, i) => `${p} line ${i} of a page, long enough to be a slice ${'z'.repeat(480)}`).join('\n');
        kept.push(detach(page.split('\n').map((l) => l.trim())[5]));
      }
      collectGarbage();
      return { kept, heap: process.memoryUsage().heapUsed - before };
    };
    const { heap: sliced, kept: k1 } = keep((s) => s);
    const { heap: copied, kept: k2 } = keep(detached);
    // The slices hold 20 pages (~20 MB, one byte a character); the copies, 20 lines.
    expect(sliced - copied).toBeGreaterThan(15e6);
    expect(k2).toEqual(k1);
  });
});
