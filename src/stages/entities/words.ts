/**
 * Membership in a sorted list of words, one per line, searched by bisection in the file's own
 * text. The English list (word-list: 274k words) as a Set costs ~180 ms and ~20 MB in every
 * thread that finds entities; as one string it costs a 2.8 MB read. An archive's vocabulary is
 * small, so answers are memoised.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Beyond this many lines out of order, the list is held as a Set instead. */
const MAX_MISPLACED = 1000;

export class WordList {
  private readonly memo = new Map<string, boolean>();
  /** Lines out of order (by their words, and where they start), which bisection skips. */
  private readonly misplaced = new Set<string>();
  private readonly misplacedAt = new Set<number>();
  /** The words as a Set, when the list is too disordered to bisect. */
  private readonly unsorted: Set<string> | null = null;

  private readonly text: string;

  constructor(list: string) {
    this.text = list.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
    if (!this.checkOrder()) this.unsorted = new Set(this.text.split('\n'));
  }

  has(word: string): boolean {
    let known = this.memo.get(word);
    if (known === undefined) {
      known = this.unsorted ? this.unsorted.has(word) : this.misplaced.has(word) || this.bisect(word);
      this.memo.set(word, known);
    }
    return known;
  }

  private bisect(word: string): boolean {
    const text = this.text;
    // The word, if listed in order, is a line starting in [lo, hi).
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = this.orderedLineNear(mid, lo, hi);
      if (start < 0) return false; // only misplaced lines left, and those are in `misplaced`
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const c = this.compare(word, start, end);
      if (c === 0) return true;
      if (c < 0) hi = start;
      else lo = end + 1;
    }
    return false;
  }

  /**
   * The start of the line holding offset `at`, or of the nearest line after it (then before it)
   * that is in order, within lines starting in [lo, hi); -1 if there is none.
   */
  private orderedLineNear(at: number, lo: number, hi: number): number {
    const text = this.text;
    const own = text.lastIndexOf('\n', at - 1) + 1;
    for (let start = own; start < hi; ) {
      if (!this.misplacedAt.has(start)) return start;
      const end = text.indexOf('\n', start);
      if (end < 0) break;
      start = end + 1;
    }
    for (let start = own; start > lo; ) {
      start = text.lastIndexOf('\n', start - 2) + 1;
      if (!this.misplacedAt.has(start)) return start;
    }
    return -1;
  }

  /** The word against the line text[start, end), by UTF-16 code units (as the list is sorted). */
  private compare(word: string, start: number, end: number): number {
    const n = Math.min(word.length, end - start);
    for (let i = 0; i < n; i++) {
      const d = word.charCodeAt(i) - this.text.charCodeAt(start + i);
      if (d !== 0) return d;
    }
    return word.length - (end - start);
  }

  /** Two lines of the text against each other, as compare does. */
  private compareLines(as: number, ae: number, bs: number, be: number): number {
    const n = Math.min(ae - as, be - bs);
    for (let i = 0; i < n; i++) {
      const d = this.text.charCodeAt(as + i) - this.text.charCodeAt(bs + i);
      if (d !== 0) return d;
    }
    return ae - as - (be - bs);
  }

  /**
   * Sets aside the lines out of order (each one smaller than the last line kept): the rest are
   * sorted, and bisection skips the ones set aside. False when there are too many for that.
   */
  private checkOrder(): boolean {
    const text = this.text;
    let keptStart = -1;
    let keptEnd = -1;
    for (let start = 0; start <= text.length; ) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      if (keptStart >= 0 && this.compareLines(start, end, keptStart, keptEnd) < 0) {
        this.misplaced.add(text.slice(start, end));
        this.misplacedAt.add(start);
        if (this.misplacedAt.size > MAX_MISPLACED) return false;
      } else {
        keptStart = start;
        keptEnd = end;
      }
      start = end + 1;
    }
    return true;
  }
}

let words: WordList | null = null;

/** Lower-case English words (word-list package), loaded once. */
export function englishWords(): WordList {
  // The package's own entry only exports the list's path (from import.meta, which bundles do
  // not keep): the path is found beside the entry instead.
  return (words ??= new WordList(readFileSync(join(dirname(createRequire(import.meta.url).resolve('word-list')), 'words.txt'), 'utf8')));
}
