/**
 * Tokens for the entity rules: words with their offsets, capitalisation, possessive and
 * abbreviation marks, the tags compromise gives them in context, and whether they are
 * ordinary English words (from a word list, so an unknown capitalised word is likely a name).
 */
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import wordListPath from 'word-list';

export interface Token {
  text: string;
  /** The text without a possessive "'s" and without a closing abbreviation dot. */
  base: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter (or digit for "Hassan II"-like numerals). */
  cap: boolean;
  /** All letters upper-case, at least two: an acronym ("ICESCO"). */
  upper: boolean;
  punct: boolean;
  possessive: boolean;
  /** First word of its sentence (its capital says nothing). */
  sentenceStart: boolean;
  /** Tags compromise gives the word in context. */
  tags: Set<string>;
  /** An ordinary English word (lower-case entry in the word list). */
  common: boolean;
}

const ABBREVIATIONS = /^(?:Dr|Mr|Mrs|Ms|Prof|St|Eng|Engr|Jr|Sr|Mme|Mt|Ft|Gen|Col|Lt|Capt|Sgt|[A-Z]|(?:[A-Z]\.)+[A-Z])$/;
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’\-.](?=[\p{L}\p{N}]))*|[(),;:“”"«»]/gu;

let words: Set<string> | null = null;

/** Lower-case English words (word-list package), loaded once. */
export function englishWords(): Set<string> {
  if (words) return words;
  words = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return words;
}

/** Tokenises a text and tags each word with compromise (one pass over the whole text). */
export function tokenize(text: string): Token[] {
  const dict = englishWords();
  const tagsAt = new Map<number, Set<string>>();
  for (const sentence of nlp(text).json({ offset: true }) as { terms: { offset: { start: number }; tags: string[] }[] }[])
    for (const t of sentence.terms) tagsAt.set(t.offset.start, new Set(t.tags));
  const tokens: Token[] = [];
  let m: RegExpExecArray | null;
  WORD.lastIndex = 0;
  while ((m = WORD.exec(text))) {
    let raw = m[0];
    const start = m.index;
    const punct = /^[(),;:“”"«»]$/.test(raw);
    if (!punct && text[start + raw.length] === '.' && ABBREVIATIONS.test(raw)) raw += '.';
    const possessive = /['’]s$/.test(raw);
    const base = raw.replace(/['’]s$/, '').replace(/\.$/, '');
    const prev = tokens[tokens.length - 1];
    const gap = prev ? text.slice(prev.end, start) : '';
    const sentenceStart = !prev || /[.!?]["”’)]?\s|\n/.test(gap) || (/^[.!?]/.test(gap) && !prev.text.endsWith('.')) || prev.text === '“' || prev.text === '"' || prev.text === ':';
    tokens.push({
      text: raw,
      base,
      start,
      end: start + raw.length,
      // "al-Maliki", "bin-Talal": a lower-case particle joined to a capitalised name.
      cap: /^[\p{Lu}]/u.test(raw) || /^(?:al|el|ad|ar|as|at|an|ash|az|ibn|bin|abu|ould)-\p{Lu}/u.test(raw),
      upper: /^[\p{Lu}\d][\p{Lu}\d&-]+$/u.test(base) && /\p{Lu}.*\p{Lu}/u.test(base),
      punct,
      possessive,
      sentenceStart,
      tags: tagsAt.get(start) ?? new Set(),
      // "Capacity-Building": a compound of English words is an English word.
      common: dict.has(base.toLowerCase()) || (base.includes('-') && base.toLowerCase().split('-').every((p) => dict.has(p))),
    });
  }
  return tokens;
}
