/** Where an organization's name starts and ends: acronym definitions, complements, lists of bodies. */
import { getGazetteer } from '../gazetteer.js';
import { ACRONYM_CONNECTORS, AGENCY_WORDS, COMPLEMENT_WORDS, LOCATED_HEADS, NAME_PARTICLES, ORG_HEADS, SOURCE_VERBS } from '../lexicon/index.js';
import type { Token } from '../tokens.js';
import { continuesName, isCapWord, isWord, lower } from './token-tests.js';

/** The most tokens an organization's name reaches on either side of its head noun. */
export const MAX_EXTENSION = 16;

type Joined = (a: number, b: number) => boolean;

/** "(ACRONYM)" starting at token i. */
export function acronymAt(tokens: readonly Token[], i: number): { text: string } | null {
  const open = tokens[i];
  const word = tokens[i + 1];
  const close = tokens[i + 2];
  if (open?.text !== '(' || close?.text !== ')' || !isWord(word)) return null;
  if (!/^[\p{Lu}][\p{L}\d&-]*$/u.test(word.base) || (word.base.match(/\p{Lu}/gu) ?? []).length < 2) return null;
  // ("(Addis-Abeba)", "(Abu-Dhabi)": capitalised words joined by a hyphen, a place's name.)
  if (/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u.test(word.base)) return null;
  return { text: word.base };
}

/** The capitalised words' initials from token s to token e ("Organization of the Islamic Cooperation" -> "OIC"). */
export function initialsOf(tokens: readonly Token[], s: number, e: number): string {
  return tokens.slice(s, e + 1).filter((x) => isCapWord(x)).map((x) => x.base[0].toUpperCase()).join('');
}

/**
 * Where a name ends when an acronym defined a few words after it spells the initials of its
 * capitalised words with those words added (or begins and ends as they do): "Organization for
 * Security and Cooperation in Europe (OSCE)" runs through "in Europe", which alone would end it
 * (a place after "in"); so does a name its acronym abbreviates only the first words of.
 * Otherwise `e`, unchanged.
 */
export function acronymConfirmedEnd(tokens: readonly Token[], used: Uint8Array, s: number, e: number, joined: Joined): number {
  for (let j = e + 1; j <= e + 4 && j < tokens.length; j++) {
    const t = tokens[j];
    if (used[j] || t.punct || t.sentenceStart || !joined(j - 1, j) || !(t.cap || ACRONYM_CONNECTORS.has(lower(t)))) return e;
    const def = t.cap ? acronymAt(tokens, j + 1) : null;
    if (!def) continue;
    const initials = initialsOf(tokens, s, j);
    const acronym = def.text.toUpperCase();
    if (initials === acronym) return j;
    // An acronym of the name's first words only ("United Nations Relief and Works Agency for
    // Palestine Refugees in the Near East (UNRWA)"): the name, already longer than its acronym,
    // runs to it. (One it spells whole, "World Health Organization in Geneva (WHO)", ends there.)
    const nameInitials = tokens.slice(s, e + 1).filter((x) => isCapWord(x)).map((x) => x.base[0].toUpperCase()).join('');
    // (Not an office named by its place: "Programme Office in Morocco (UNDP)" is the parent's acronym.)
    const locatedOffice = LOCATED_HEADS.has(lower(tokens[e])) && lower(tokens[e + 1]) === 'in';
    if (acronym.length >= 3 && nameInitials.length > acronym.length && nameInitials.startsWith(acronym) && !locatedOffice) return j;
    // A syllabic acronym ("Commission on Science and Technology for Sustainable Development in
    // the South (COMSATS)") does not spell the initials, but still begins with the name's and
    // ends with the added words' own.
    return acronym.length >= 4 && acronym[0] === initials[0] && acronym[acronym.length - 1] === initials[initials.length - 1] ? j : e;
  }
  return e;
}

/** Does the name ending before token j ("University of Sarajevo | and") have a head of its own? */
export function headBefore(tokens: readonly Token[], j: number): boolean {
  for (let k = j - 1; k >= 0 && k >= j - MAX_EXTENSION; k--) {
    const t = tokens[k];
    if (t.possessive) return false; // "the Organization’s Media and Communication Sector": an owner
    if (isCapWord(t) && ORG_HEADS.has(lower(t))) return true;
    if (!isCapWord(t) && !COMPLEMENT_WORDS.has(lower(t)) && lower(t) !== 'the') return false;
  }
  return false;
}

/**
 * Does the capitalised phrase starting at token i contain a singular organization head?
 * `listClosed`: the phrase follows the "and" of a list, so a comma ends it.
 */
export function complementHasOwnHead(tokens: readonly Token[], i: number, listClosed = false): boolean {
  // Between a comma and the next "and": a head there ends an item of a list of bodies ("of Gaza,
  // Al-Azhar University and ..."), where in "Educational, Scientific and Cultural Organization"
  // the head comes after the "and".
  let afterComma = false;
  let commas = 0;
  for (let k = i; k < tokens.length && k < i + 15; k++) {
    const t = tokens[k];
    const w = lower(t);
    if (k > i && t.sentenceStart) return false; // the next sentence's words are no part of it
    // "for Education, Science and Culture, Naif Arab University": once its "and" has come, a
    // comma ends the list, and what follows is the next name of a list of bodies.
    if (t.text === ',' && listClosed) return false;
    if (t.text === ',') {
      afterComma = true;
      commas++;
    }
    if (w === 'and' || w === '&') {
      // "of Social Affairs, and Silvia Bongo Foundation": one comma before the "and" parts two
      // bodies; a list of words has two or more ("Educational, Scientific, and Cultural").
      if (tokens[k - 1]?.text === ',' && commas === 1) return false;
      afterComma = false;
      // "Sarajevo and Cairo University": the head after "and" names a body of its own.
      if (headBefore(tokens, k)) return false;
      listClosed = true;
    }
    // "Sciences and the University of Tirana": "and the" starts another name.
    if (w === 'the' && k > i && (lower(tokens[k - 1]) === 'and' || tokens[k - 1].text === '&')) return false;
    if (t.punct && t.text !== ',') return false;
    if (!t.punct && !t.cap && !['the', 'and', 'for', '&'].includes(w) && !(NAME_PARTICLES.has(w) && isCapWord(tokens[k + 1]))) return false;
    // "of the Union of the Comoros": a country's official name, not a body's.
    const country = t.cap && ORG_HEADS.has(w) ? countryNameLength(tokens, k) : 0;
    if (country) {
      k += country - 1;
      continue;
    }
    // "of the Russian Federation": the head ends a country's name, no body's.
    if (t.cap && ORG_HEADS.has(w) && countryNameEndingAt(tokens, k, i)) continue;
    // The head ends its name: "Network" in "Computer and Network Emergency Preparedness" is not one.
    if (t.cap && ORG_HEADS.has(w) && !w.endsWith('s') && !continuesName(tokens[k + 1])) return !afterComma;
  }
  return false;
}

/** The number of tokens of a country's name ("Union of the Comoros") starting at token i, or 0. */
function countryNameLength(tokens: readonly Token[], i: number): number {
  const g = getGazetteer();
  for (let n = Math.min(6, tokens.length - i); n >= 2; n--) if (g.byName.get(tokens.slice(i, i + n).map((t) => t.base).join(' '))?.country) return n;
  return 0;
}

/** Does a country's name ("Russian Federation") end at token k, starting at i or after it? */
function countryNameEndingAt(tokens: readonly Token[], k: number, i: number): boolean {
  const g = getGazetteer();
  for (let s = Math.max(i, k - 5); s < k; s++) if (g.byName.get(tokens.slice(s, k + 1).map((t) => t.base).join(' '))?.country) return true;
  return false;
}

/** Where "United Nations ..." starts, if the capitalised name ending before token i is one; else -1. */
export function unitedNationsNameBefore(tokens: readonly Token[], used: Uint8Array, i: number, joined: Joined): number {
  if (i < 1 || !isCapWord(tokens[i - 1])) return -1;
  let s = i - 1;
  while (s > 0 && i - s < MAX_EXTENSION && !used[s - 1] && joined(s - 1, s) && (isCapWord(tokens[s - 1]) || COMPLEMENT_WORDS.has(lower(tokens[s - 1])) || ['and', 'the'].includes(lower(tokens[s - 1])))) s--;
  while (s < i - 1 && (!isCapWord(tokens[s]) || lower(tokens[s]) === 'the')) s++;
  return tokens[s].base === 'United' && tokens[s + 1]?.base === 'Nations' && s + 1 < i - 1 ? s : -1;
}

/**
 * Is the news agency named by tokens s..e (its acronym's definition through `end`) the source of
 * the report here: "according to the Union of News Agencies (UNA)", "Kuwait News Agency reported"?
 * Such an agency is no organization of the article (GUIDELINES.md).
 */
export function agencyAsSource(tokens: readonly Token[], s: number, e: number, end: number): boolean {
  if (!tokens.slice(s, e + 1).some((t) => AGENCY_WORDS.has(lower(t)))) return false;
  let k = s - 1;
  if (lower(tokens[k] ?? tokens[s]) === 'the') k--;
  const accordingTo = lower(tokens[k] ?? tokens[s]) === 'to' && lower(tokens[k - 1] ?? tokens[s]) === 'according';
  return accordingTo || SOURCE_VERBS.has(lower(tokens[end + 1] ?? tokens[e]));
}
