/**
 * The text helpers every page's lines go through, pinned against the plain regular expressions
 * they were first written as (kept here as the specification): the fast versions must agree on
 * any string, odd white space, quotes, brackets and surrogate pairs included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsLikeSentence, pageLines } from '../src/text.js';

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
