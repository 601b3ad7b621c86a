/** How far a person's name runs: honorifics before it, name words, particles, the role after it. */
import {
  CALENDAR_WORDS, GIVEN_NAME_TITLES, HARD_ROLE_WORDS, NEXT_PERSON_TITLES, HONORIFICS, NAME_PARTICLES, NASAB_KUNYA, NOT_NAME_WORDS,
  ORG_HEADS, PATRONYMIC_PARTICLES, PERSONAL_HONORIFICS, PLACE_OF, ROLE_WORDS, THING_NOUNS, TITLE_AFTER_NAME,
} from '../lexicon/index.js';
import type { RawEntity } from '../find.js';
import type { Token } from '../tokens.js';
import { continuesName, hasPersonTag, isCapWord, isWord, lower } from './token-tests.js';

/** The honorifics by their first word, longest first (looked up for every token). */
const HONORIFICS_BY_FIRST = new Map<string, string[][]>();
for (const h of HONORIFICS) HONORIFICS_BY_FIRST.set(h[0], [...(HONORIFICS_BY_FIRST.get(h[0]) ?? []), h]);

/** Honorifics of one word ("Haji", "Pengiran"). */
const HONORIFIC_WORDS = new Set(HONORIFICS.filter((h) => h.length === 1).map((h) => h[0]));

/** French styles the French "M." may follow ("S.E. M. Abdelhamid Abdaoui"; but "Dr. M. Sharif": an initial). */
const FRENCH_STYLE_ENDS = new Set(['S.E.', 'E.', 'Excellence']);

/** Length of the honorific starting at token i (0 if none). */
export function honorificLength(tokens: readonly Token[], i: number): number {
  // French "M." (Monsieur) before a name, where no given name comes before it: "a reçu M. André
  // Azoulay" (but "Salim M. AlMalik": a middle initial).
  // ("S.E. M. Abdelhamid Abdaoui": after another honorific too.)
  if (tokens[i]?.text === 'M.' && (!tokens[i - 1]?.cap || FRENCH_STYLE_ENDS.has(tokens[i - 1].text)) && isCapWord(tokens[i + 1]) && !tokens[i + 1].upper) return 1;
  for (const h of HONORIFICS_BY_FIRST.get(tokens[i]?.text ?? '') ?? []) {
    let ok = true;
    for (let k = 0; k < h.length && ok; k++) ok = tokens[i + k]?.text === h[k];
    if (ok) return h.length;
  }
  return 0;
}

export function isHonorific(tokens: readonly Token[], i: number): boolean {
  return honorificLength(tokens, i) > 0;
}

/** A regnal number after a name ("Mohammed VI", "Hassan II"): up to XXXIX. */
export const REGNAL_NUMBER = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/;

/** The longest personal name read ("Mohammed bin Abdulrahman bin Jassim Al Thani" is 7). */
const MAX_NAME_TOKENS = 10;

/** Months that are family names as well ("Theresa May", "Shannon May"). */
const MONTH_SURNAMES = new Set(['may', 'june', 'april', 'august']);

/** Is token i usable inside a person's name (given the name collected so far)? */
function nameToken(tokens: readonly Token[], i: number, first: boolean): boolean {
  const t = tokens[i];
  if (!isWord(t)) return false;
  const w = lower(t);
  if (!t.cap) return NAME_PARTICLES.has(w) && isCapWord(tokens[i + 1]);
  if (t.upper && t.base.length > 1 && (first || !REGNAL_NUMBER.test(t.base))) return false; // an acronym, but "Mohammed VI"
  // (A month that is a family name too ends no name when no day follows: "Dr. Shannon May".)
  const monthSurname = !first && MONTH_SURNAMES.has(w) && !/^\d/.test(tokens[i + 1]?.text ?? '');
  if (ROLE_WORDS.has(w) || ORG_HEADS.has(w) || (CALENDAR_WORDS.has(w) && !monthSurname) || NOT_NAME_WORDS.has(w)) return false;
  if (NAME_PARTICLES.has(w) && continuesName(tokens[i + 1])) return true; // "Ould Bah", "Abu Bakr"
  // (An honorific inside a name is part of it: "bin Pengiran Haji Mohd Daud".)
  if (!first && t.common && !hasPersonTag(t) && !/^[A-Z]\.?$/.test(t.text) && !/^(?:[IVX]+)$/.test(t.base) && !TITLE_AFTER_NAME.has(w) && !(HONORIFIC_WORDS.has(t.text) && continuesName(tokens[i + 1]))) return false;
  return true;
}

/**
 * "Ould Bah", "bin Radi": the word after a name particle is a name even if it is also an English
 * word; after "bin"/"bint", even a title's word ("bint Sultan": her father is Sultan).
 */
export function afterParticle(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  if (!isCapWord(t) || t.sentenceStart || !prev || prev.punct || !NAME_PARTICLES.has(lower(prev)) || ORG_HEADS.has(lower(t))) return false;
  return !ROLE_WORDS.has(lower(t)) || (PATRONYMIC_PARTICLES.has(lower(prev)) && GIVEN_NAME_TITLES.has(lower(t)));
}

/** "Ahmed Said Ould Bah": an English word inside a name, followed by more of the name. */
function betweenNames(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (!continuesName(t) || !continuesName(next) || ROLE_WORDS.has(lower(t)) || ORG_HEADS.has(lower(t)) || CALENDAR_WORDS.has(lower(t))) return false;
  return (!next.common && !ORG_HEADS.has(lower(next)) && !ROLE_WORDS.has(lower(next))) || NAME_PARTICLES.has(lower(next));
}

/** Collects a name from token i on; returns the last index (or -1). */
export function collectName(tokens: readonly Token[], used: Uint8Array, i: number): number {
  let k = i;
  let last = -1;
  // ("Mr. Emir Hadžić": after a private person's honorific a ruler's title is a given name.)
  const givenTitle = (k: number) => k === i && GIVEN_NAME_TITLES.has(lower(tokens[k])) && PERSONAL_HONORIFICS.has(lower(tokens[k - 1] ?? tokens[k])) && continuesName(tokens[k + 1]);
  // (A name ends with its paragraph: "… concluded Mr. Matsuura. ¶ Abdulaziz Othman Altwaijri responded" is two.)
  while (k < tokens.length && k < i + MAX_NAME_TOKENS && !used[k] && (k === i || !tokens[k].paragraphStart) && (nameToken(tokens, k, k === i) || givenTitle(k) || afterParticle(tokens, k) || (k > i && betweenNames(tokens, k)))) {
    if (tokens[k].cap) last = k;
    if (tokens[k].possessive) break;
    k++;
  }
  return last;
}

/** Runs of capitalised name tokens not yet claimed, of minLen..maxLen capitalised words: [start, end] pairs. */
/** French "of the" contracted ("du Monde Islamique", "des Sciences"). */
const FRENCH_OF = new Set(['du', 'des']);

/** A French article, capitalised, alone or elided onto its word ("Le", "Les", "L’Observateur"). */
const FRENCH_ARTICLE = /^(?:Le|La|Les|Du|Des|Aux?|L['’]\p{L}*)$/u;

export function nameRuns(tokens: readonly Token[], used: Uint8Array, minLen: number, maxLen: number): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (used[i] || !isCapWord(tokens[i]) || !nameToken(tokens, i, true)) {
      i++;
      continue;
    }
    let e = i;
    let k = i + 1;
    // (A name ends with its sentence: "…wished success to Al-Malik. ¶ Al-Malik has a Ph.D." is two.)
    while (k < tokens.length && k < i + MAX_NAME_TOKENS && !used[k] && !tokens[k].sentenceStart && (nameToken(tokens, k, false) || afterParticle(tokens, k))) {
      if (tokens[k].cap) e = k;
      if (tokens[k].possessive) break;
      k++;
    }
    const caps = tokens.slice(i, e + 1).filter((t) => t.cap);
    // (Capitalised particles do not make a name longer: "Salem Ben Mohamed El Malek" has three names.)
    const names = caps.filter((t, k) => k === 0 || !NAME_PARTICLES.has(lower(t))).length;
    // ("Le Directeur", "L’Observateur Paalga", "Les Echos": a French article starts a title or a
    // newspaper's name, never a person's: a name's particle comes after a given name, "Jean-Yves Le Drian".)
    if (caps.length >= minLen && names <= maxLen && !FRENCH_ARTICLE.test(tokens[i].text)) runs.push([i, e]);
    i = Math.max(e + 1, k); // (k, where the run stopped, may start the next one: a sentence's first word)
  }
  return runs;
}

/** The role in apposition after a name: ", Director-General of the ... (ICESCO)," */
export function roleAfter(text: string, end: number): string | undefined {
  const rest = text.slice(end, end + 400);
  // (After a comma, or a spaced dash as lists of members print them: "Nadir Huseynov - Deputy Minister of …".)
  // (A name in quotes keeps its role after them: "“Salem bin Muhammad Al-Malik”, the director general".
  // A role missing its closing comma ends with its body's acronym: "…, the director general of the X
  // Organization (ISCO) emphasized that …".)
  const m = rest.match(/^[”"’]?(?:\s*,|\s+[-–—])\s*((?:the\s+)?[A-Za-z][^;\n]*?)(?=\n|(?<=\))\s+[a-z]|\s*(?:,\s*(?:[a-z(“"]|Mr\b|Ms\b|Mrs\b|Dr\b|H\.E|and\b|along\b|as\b)|;|\.\s|\.$|$|,\s*$))/);
  if (!m) return undefined;
  const role = m[1].trim();
  const firstWord = role.replace(/^the\s+/i, '').split(/[\s,]/)[0].toLowerCase().replace(/\.$/, '');
  // ", Dr. Adel Smaida, ...": the next person's honorific is not this one's role.
  if (NEXT_PERSON_TITLES.has(firstWord) || /^(?:his|her)\s+(?:excellency|majesty|highness|eminence)/i.test(role)) return undefined;
  // A role word among the first three ("State Counselor", "Project Coordinator", "Acting Secretary-General").
  const lead = role.replace(/^the\s+/i, '').split(/[\s,]+/).slice(0, 3).map((w) => w.toLowerCase().replace(/[’'].*$/, ''));
  if (!lead.some((w) => HARD_ROLE_WORDS.has(w) || ROLE_WORDS.has(w.replace(/-.*$/, '')) || ROLE_WORDS.has(w)) || lead.some((w) => NEXT_PERSON_TITLES.has(w))) return undefined;
  if (!/^(?:the\s+)?[\p{Lu}]/u.test(role) && !ROLE_WORDS.has(firstWord)) return undefined;
  return role.length <= 200 ? role : undefined;
}

/**
 * May the name run s..e be a person although "of" comes before it? After "of" a name is mostly an
 * institution's or a place's ("the Sheikh of Al-Azhar Al-Sharif", "the Mayor of Abu Ghosh"). It
 * is a person's after a common noun when a relative "who" follows ("the travel account of Ibn
 * Battuta, who served as a judge"; after a role, "the Director of Dar Al-Hadith, who", the "who"
 * is the director), or when an "Ibn"/"Abu" name goes on with a particle ("the verse of Abu
 * al-Tayyib al-Mutanabbi"; not "the temples of Abu Simbel", "the Mosque of Ibn Tulun").
 */
export function personAfterOf(tokens: readonly Token[], s: number, e: number): boolean {
  // (French "du", "des": "l'Organisation du Monde Islamique" names no one.)
  if (FRENCH_OF.has(lower(tokens[s - 1] ?? tokens[s])) && !tokens[s - 1].cap) return false;
  if (lower(tokens[s - 1] ?? tokens[s]) !== 'of') return true;
  const noun = tokens[s - 2];
  const next = tokens[e + 1]?.text === ',' ? tokens[e + 2] : tokens[e + 1];
  const relative = next !== undefined && lower(next) === 'who' && isWord(noun) && !noun.cap && !ROLE_WORDS.has(lower(noun)) && !PLACE_OF.has(noun.text.toLowerCase());
  const longNasab = NASAB_KUNYA.has(lower(tokens[s])) && tokens.slice(s + 1, e + 1).some((t) => /^(?:al|el|ibn|bin)\b/i.test(t.base));
  // "the tables of Ulugh Beg": a name closed by a title after it is a person's.
  const titled = e > s && TITLE_AFTER_NAME.has(lower(tokens[e]));
  return relative || longNasab || titled;
}

/** Is the name ending at token e followed by a lower-case noun of a thing ("Tal Al-Zaatar schools", "Hassan mosque")? */
export function namesAThing(tokens: readonly Token[], e: number): boolean {
  const next = tokens[e + 1];
  return isWord(next) && !next.cap && THING_NOUNS.has(lower(next));
}

/** The first and last words of the people of several words found so far: alone, they name them. */
export function personNameParts(found: readonly RawEntity[]): Set<string> {
  const parts = new Set<string>();
  for (const p of found) {
    if (p.type !== 'person') continue;
    const words = p.text.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !/^[A-Z]\.?$/.test(w));
    if (words.length < 2) continue;
    parts.add(words[words.length - 1]);
    parts.add(words[0]);
  }
  return parts;
}
