/**
 * Tokens for the entity rules: words with their offsets, capitalisation, possessive and
 * abbreviation marks, the tags compromise gives them in context, and whether they are
 * ordinary English words (from a word list, so an unknown capitalised word is likely a name).
 */
import { detached } from '../../text.js';
import { lexiconTags, nlp, PERSON_TAGS, PLACE_NAME_TAGS } from './compromise.js';
import { DOTTED_ABBREVIATIONS, HYPHENATED_NAME_PARTICLES, NAME_ARTICLES, PHRASE_JOINERS } from './lexicon/index.js';
import { getGazetteer } from './gazetteer.js';
import { englishWords, type WordList } from './words.js';

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
  /**
   * First of a paragraph after one closed by a full stop ("… Mr. Matsuura. ¶ Abdulaziz …"; a
   * line break alone, or a blank line a PDF prints between the lines of a paragraph, may fall inside a name).
   */
  paragraphStart: boolean;
  /** Written with a French article or preposition elided onto it ("d’Iran"): a complement's word. */
  elided?: boolean;
  /** Tags compromise gives the word in context. */
  tags: Set<string>;
  /** An ordinary English word (lower-case entry in the word list). */
  common: boolean;
}

/** A word whose closing dot is its own: an abbreviation of the lexicon, an initial, initials ("H.E"). */
const isAbbreviation = (word: string) => DOTTED_ABBREVIATIONS.has(word) || /^(?:[A-Z]|(?:[A-Z]\.)+[A-Z])$/.test(word);
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’\-.](?=[\p{L}\p{N}]))*|[(),;:“”"«»]|&/gu;

/**
 * Tokenises texts, then tags their capitalised phrases with compromise, in one call for all the
 * texts (its fixed cost per call is high). Only the phrases are tagged (names live there, and the
 * entity rules read their own context), which takes compromise a third of the time of the whole text.
 */
export function tokenizeMany(texts: string[]): Token[][] {
  const all = texts.map(splitTokens);
  tagPhrases(texts, all);
  return all;
}

/** A French article or preposition elided before a capitalised word ("d’Iran", "l’Éducation", "qu’Alger"). */
const ELIDED = /^(?:[ldjmnst]|qu|jusqu|lorsqu|puisqu)['’](?=\p{Lu})/u;
/** The same article opening a French sentence ("L’Organisation des Nations Unies …"; not "D’Souza"). */
const ELIDED_OPENING = /^(?:L|Qu)['’](?=\p{Lu}\p{Ll})/u;

/** A word, a full stop and a capitalised word or an acronym, with no space between ("Shusha.The", "Mali.ISESCO"). */
const GLUED_SENTENCES = /^([\p{L}\p{M}]{2,})\.(\p{Lu}\p{Ll}+|\p{Lu}{3,})$/u;

/** Words that open a sentence and end no name: what follows a full stop with no space after it. */
const SENTENCE_OPENERS = new Set(['the', 'this', 'these', 'that', 'he', 'she', 'it', 'they', 'we', 'in', 'on', 'at', 'during', 'according', 'his', 'her', 'its', 'their', 'as', 'also', 'after', 'before', 'however', 'moreover', 'meanwhile']);

function splitTokens(text: string): Token[] {
  const dict = englishWords();
  const tokens: Token[] = [];
  let m: RegExpExecArray | null;
  WORD.lastIndex = 0;
  while ((m = WORD.exec(text))) {
    let raw = m[0];
    let start = m.index;
    // "la visite d’Iran", "la République d’Indonésie", "l’Organisation": a French article or
    // preposition elided before a capitalised word is no part of its name (but "Côte d’Ivoire",
    // a place the gazetteer knows so, is one name).
    const last = tokens[tokens.length - 1];
    const opening = !last || /[.!?]["”’)]?\s|\n/.test(text.slice(last.end, start));
    let elided = ELIDED.exec(raw) ?? (opening ? ELIDED_OPENING.exec(raw) : null);
    if (elided && last && text.slice(last.end, start) === ' ' && getGazetteer().byName.has(`${last.base} ${raw}`)) elided = null;
    if (elided) {
      raw = raw.slice(elided[0].length);
      start += elided[0].length;
    }
    // "in Shusha.The ministers": two sentences glued without a space (a scrape's lost line
    // break); the word before the full stop ends there. (Not "News.Az", "U.S.": no sentence opener follows.)
    const glued = raw.includes('.') ? GLUED_SENTENCES.exec(raw) : null;
    // "in Mali.ISESCO has dedicated": so does an acronym after a word in lower case.
    if (glued && (SENTENCE_OPENERS.has(glued[2].toLowerCase()) || (/^\p{Lu}+$/u.test(glued[2]) && /\p{Ll}{2}$/u.test(glued[1])))) {
      raw = glued[1];
      WORD.lastIndex = start + raw.length;
    }
    const punct = /^[(),;:“”"«»]$/.test(raw);
    if (!punct && text[start + raw.length] === '.' && isAbbreviation(raw)) raw += '.';
    // "Girls’ Schooling": a plural possessive keeps its apostrophe.
    if (!punct && /s$/.test(raw) && /^['’](?![\p{L}\p{N}])/u.test(text.slice(start + raw.length, start + raw.length + 2))) raw += text[start + raw.length];
    const possessive = /['’]s$|s['’]$/.test(raw);
    const base = raw.replace(/['’]s$|(?<=s)['’]$/, '').replace(/\.$/, '');
    const prev = tokens[tokens.length - 1];
    const gap = prev ? text.slice(prev.end, start) : '';
    const sentenceStart = !prev || /[.!?]["”’)]?\s|\n/.test(gap) || (/^[.!?]/.test(gap) && !prev.text.endsWith('.')) || prev.text === '“' || prev.text === '"' || prev.text === ':';
    tokens.push({
      text: raw,
      base,
      start,
      end: start + raw.length,
      // "al-Maliki", "bin-Talal": a lower-case particle joined to a capitalised name.
      cap: /^[\p{Lu}]/u.test(raw) || NAME_ARTICLES.has(/^(\p{Ll}+)-\p{Lu}/u.exec(raw)?.[1] ?? ''),
      upper: /^[\p{Lu}\d][\p{Lu}\d&-]+$/u.test(base) && /\p{Lu}.*\p{Lu}/u.test(base),
      punct,
      possessive,
      sentenceStart,
      paragraphStart: !prev || /[.!?]["”’)]?\s*\n\s*\n/.test(gap),
      ...(elided ? { elided: true } : {}),
      tags: NO_TAGS,
      common: dict.has(base.toLowerCase()) || (base.includes('-') && isEnglishCompound(base.toLowerCase(), dict)),
    });
  }
  return tokens;
}

/**
 * "Capacity-Building": a compound of English words is an English word. The word list also holds
 * rare words that are mostly names ("nur", "sherif"), so a part compromise's lexicon knows as a
 * name or a place does not count ("Nur-Sultan"), nor does a name's particle ("El-Sherif").
 */
function isEnglishCompound(word: string, dict: WordList): boolean {
  const parts = word.split('-');
  return !HYPHENATED_NAME_PARTICLES.has(parts[0]) && parts.every((part) => dict.has(part) && !isLexiconName(part));
}

const NAME_TAGS = new Set([...PERSON_TAGS, ...PLACE_NAME_TAGS]);
const isLexiconName = (word: string) => lexiconTags(word).some((t) => NAME_TAGS.has(t));

/**
 * compromise's lexicon knows the word as a place ("mecca", "medina", "muscat"), whatever else the
 * word list says it is. (Not abbreviations: "st", "ave".)
 */
export const isLexiconPlace = (word: string) => word.length >= 4 && lexiconTags(word).some((t) => PLACE_NAME_TAGS.includes(t));

const NO_TAGS: Set<string> = new Set();

/**
 * compromise's tags for each phrase it has read, by the phrase's text, per term offset. Each
 * phrase is a sentence of its own in what compromise reads, so its tags do not depend on the
 * phrases around it (a test pins this: an article's analysis is the same alone or in any batch),
 * and names recur from article to article: a phrase read once is not read again. Bounded: a
 * worker's heap is capped (see engine.ts).
 */
const phraseTags = new Map<string, Map<number, Set<string>>>();
const PHRASES_REMEMBERED = 20_000;

/** Forgets every phrase read (for tests: compromise's own tagging is then compared with the remembered tags). */
export function forgetPhrases(): void {
  phraseTags.clear();
}

/** Runs compromise over the capitalised phrases only and copies its tags onto their tokens. */
function tagPhrases(texts: string[], tokenLists: Token[][]): void {
  // Phrases: runs of capitalised words, joined by the small words names contain.
  const phrases: string[] = [];
  const at: [phrase: number, offset: number, token: Token][] = [];
  for (const [t, tokens] of tokenLists.entries()) {
    const text = texts[t];
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].punct || !tokens[i].cap) continue;
      let e = i;
      // An acronym is a phrase of its own: compromise knows "UN", "UNESCO" best alone.
      if (!tokens[i].upper)
        while (e + 1 < tokens.length && !tokens[e + 1].punct && !tokens[e + 1].upper && !tokens[e + 1].sentenceStart && (tokens[e + 1].cap || (PHRASE_JOINERS.has(tokens[e + 1].text.toLowerCase()) && tokens[e + 2]?.cap))) e++;
      // A run of two or more ordinary English words ("Sustainable Development Goals") is rarely a
      // name: skipped to save time (a name made only of English words, "Grace Hope", loses
      // compromise's person tag; honorifics and appositions still find it).
      if (e - i >= 1 && tokens.slice(i, e + 1).every((x) => x.common && !x.upper)) {
        i = e;
        continue;
      }
      // One word of left context ("the UN", "in Shymkent") steers compromise's tagging.
      const lead = tokens[i - 1] && !tokens[i - 1].punct && !tokens[i - 1].cap && !tokens[i].sentenceStart ? tokens[i - 1] : tokens[i];
      for (let k = i; k <= e; k++) at.push([phrases.length, tokens[k].start - lead.start, tokens[k]]);
      phrases.push(text.slice(lead.start, tokens[e].end));
      i = e;
    }
  }
  if (!phrases.length) return;
  if (phraseTags.size + phrases.length > PHRASES_REMEMBERED) phraseTags.clear();
  const unread = [...new Set(phrases.filter((p) => !phraseTags.has(p)))];
  if (unread.length) {
    // compromise's terms, concatenated with their surrounding whitespace and punctuation, give back its input.
    const starts: number[] = [];
    let length = 0;
    for (const p of unread) {
      starts.push(length);
      // Kept as a copy: a slice of the article would keep the whole article in memory.
      phraseTags.set(detached(p), new Map());
      length += p.length + PHRASE_BREAK.length;
    }
    let offset = 0;
    let p = 0;
    for (const sentence of (nlp(unread.join(PHRASE_BREAK)) as unknown as { docs: { pre: string; text: string; post: string; tags: Set<string> }[][] }).docs)
      for (const term of sentence) {
        offset += term.pre.length;
        while (p + 1 < starts.length && offset >= starts[p + 1]) p++;
        phraseTags.get(unread[p])!.set(offset - starts[p], term.tags);
        offset += term.text.length + term.post.length;
      }
  }
  for (const [p, o, token] of at) token.tags = phraseTags.get(phrases[p])!.get(o) ?? NO_TAGS;
}

/** What separates phrases in compromise's input: each is a sentence of its own. */
const PHRASE_BREAK = ' . ';
