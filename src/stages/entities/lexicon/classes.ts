/**
 * Every word class of the lexicon, and lookups over them. Pure data: compromise.ts loads it into
 * compromise, index.ts exports the classes the rules read.
 */
import { BODIES } from './bodies.js';
import { GRAMMAR } from './grammar.js';
import { NAMES } from './names.js';
import { PLACES } from './places.js';
import { TITLES } from './titles.js';
import type { WordClass } from './types.js';

export const CLASSES: readonly WordClass[] = [...TITLES, ...BODIES, ...NAMES, ...PLACES, ...GRAMMAR];

const byTag = new Map(CLASSES.map((c) => [c.tag, c]));

/** The classes a tag implies (itself included), following `isA`. */
export function ancestors(tag: string): string[] {
  const out: string[] = [];
  const visit = (t: string) => {
    if (out.includes(t)) return;
    out.push(t);
    const parents = byTag.get(t)?.isA ?? [];
    for (const p of typeof parents === 'string' ? [parents] : parents) visit(p);
  };
  visit(tag);
  return out;
}

/** A word's lookup key: lower case, without a closing abbreviation dot ("Dr." -> "dr"). */
export const keyOf = (word: string) => word.toLowerCase().replace(/\.$/, '');

/** The words of a class and of the classes inside it, as written. */
export function formsOf(tag: string): string[] {
  return CLASSES.filter((c) => ancestors(c.tag).includes(tag)).flatMap((c) => c.words);
}

/** The lookup keys of a class and of the classes inside it. */
export function wordsOf(tag: string): Set<string> {
  return new Set(formsOf(tag).map(keyOf));
}
