/**
 * What every pass gets: the tokens of one text, which of them earlier passes claimed, the
 * mentions found so far, and a few helpers over the text. A pass reads the context, claims the
 * tokens it uses, and returns its mentions; the runner (find.ts) tags them with its name.
 */
import type { RawEntity } from '../find.js';
import { NAME_PARTICLES } from '../lexicon/index.js';
import type { Token } from '../tokens.js';
import { acronymAt } from './org-names.js';

/** A mention as a pass returns it: the runner adds the pass's name. */
export type Mention = Omit<RawEntity, 'pass'>;

/** One pass over the tokens: a small rule with a name and the reason it runs where it does. */
export interface Pass {
  /** Kebab-case, unique: what `RawEntity.pass` holds. */
  readonly name: string;
  /** One line: what the pass reads, and why it comes where it does in the order. */
  readonly reason: string;
  run(ctx: PassContext): Mention[];
}

export interface PassContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** 1 for a token an earlier pass (or this one) claimed: no later pass reuses it. */
  readonly used: Uint8Array;
  /** Mentions of the passes that ran before, in their order. */
  readonly found: readonly RawEntity[];
  /** Tokens inside a pair of quotes (a title, a theme, a term). */
  readonly quoted: readonly boolean[];
  /** Tokens of a paragraph not written in English (its capitals say nothing of names). */
  readonly foreign: readonly boolean[];
  /** Claims tokens s..e (inclusive). */
  claim(s: number, e: number): void;
  /** Are tokens s..e all unclaimed? */
  isFree(s: number, e: number): boolean;
  /** The text of tokens s..e, without a final possessive "'s". */
  span(s: number, e: number): string;
  /** Do tokens a and b belong to one name: nothing but spaces between them ("Rabat – The ..." does not)? */
  joined(a: number, b: number): boolean;
  /** The index of the token that starts (ends) at a character offset, or -1. */
  tokenStartingAt(offset: number): number;
  tokenEndingAt(offset: number): number;
}

/**
 * The context for one text. Before any pass runs, an acronym the text defines is marked as one
 * wherever it recurs, even in mixed case: "Osh State University (OshSU)" makes "at OshSU" no place.
 */
export function makeContext(text: string, tokens: Token[], found: RawEntity[]): PassContext {
  const defined = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const def = acronymAt(tokens, i);
    if (def) defined.add(def.text);
  }
  for (const t of tokens) if (!t.upper && defined.has(t.base)) t.upper = true;

  const used = new Uint8Array(tokens.length);
  let quoted: boolean[] | null = null;
  let foreign: boolean[] | null = null;
  let starts: Map<number, number> | null = null;
  let ends: Map<number, number> | null = null;
  return {
    text,
    tokens,
    used,
    found,
    get quoted() {
      return (quoted ??= insideQuotes(text, tokens));
    },
    get foreign() {
      return (foreign ??= foreignParagraphs(text, tokens));
    },
    claim: (s, e) => used.fill(1, s, e + 1),
    isFree: (s, e) => {
      for (let k = s; k <= e; k++) if (used[k]) return false;
      return true;
    },
    span: (s, e) => text.slice(tokens[s].start, tokens[e].end).replace(/['’]s$/, ''),
    joined: (a, b) => /^\s*$/.test(text.slice(tokens[a].end, tokens[b].start)) || tokens[a].punct || tokens[b].punct,
    tokenStartingAt: (offset) => (starts ??= new Map(tokens.map((t, i) => [t.start, i]))).get(offset) ?? -1,
    tokenEndingAt: (offset) => (ends ??= new Map(tokens.map((t, i) => [t.end, i]))).get(offset) ?? -1,
  };
}

/**
 * Marks the tokens of each paragraph whose lower-case words are mostly no English words (a Malay
 * paragraph under the English one: "Setiausaha Tetap (Pengajian Tinggi), Kementerian Pendidikan
 * sebagai ..."). Name particles ("bin", "al-") do not count either way.
 */
function foreignParagraphs(text: string, tokens: readonly Token[]): boolean[] {
  const out = tokens.map(() => false);
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && (i === start || !text.slice(tokens[i - 1].end, tokens[i].start).includes('\n'))) continue;
    const words = tokens.slice(start, i).filter((t) => !t.cap && !t.punct && /^\p{Ll}{2,}$/u.test(t.base) && !NAME_PARTICLES.has(t.base));
    if (words.length >= 2 && words.filter((t) => t.common).length * 2 < words.length) out.fill(true, start, i);
    start = i;
  }
  return out;
}

/**
 * Marks the tokens between an opening and a closing quote of one paragraph, at most 40 tokens
 * apart (a title, a theme, a term; a longer quotation is speech, whose names count). A straight
 * quote opens after a space or the start of a paragraph and closes otherwise, and a long
 * quotation's closing quote is passed over with it: taken for an opening one, it paired with
 * the next paragraph's opening quote and hid the names between ("…for others," said X at the
 * meeting with President Ilham Aliyev. ¶ "You are…).
 */
function insideQuotes(text: string, tokens: readonly Token[]): boolean[] {
  const inside = tokens.map(() => false);
  const opens = (t: Token) => t.text === '“' || (t.text === '"' && /^[\s([{:—–/]?$/u.test(text.charAt(t.start - 1)));
  const closes = (t: Token) => t.text === '”' || (t.text === '"' && !opens(t));
  for (let i = 0; i < tokens.length; i++) {
    if (!opens(tokens[i])) continue;
    let close = -1;
    for (let k = i + 1; k < tokens.length && !text.slice(tokens[k - 1].end, tokens[k].start).includes('\n'); k++)
      if (closes(tokens[k])) {
        close = k;
        break;
      }
    if (close < 0) continue; // a quotation that goes on into the next paragraph
    if (close - i <= 40) inside.fill(true, i + 1, close);
    i = close;
  }
  return inside;
}
