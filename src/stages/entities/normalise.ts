/**
 * normalise: raw surface forms -> the names icesco reports. Trims punctuation and
 * possessives, maps countries to their common short names ("Kingdom of Morocco" ->
 * "Morocco"), and computes the keys used to tell whether two spellings name one person.
 */
import { byCodeUnits } from '../../text.js';
import { getGazetteer } from './gazetteer.js';
import { NAME_PARTICLES, ROLE_HEADS, ROLE_MODIFIERS } from './lexicon/words.js';

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** Trims spaces, trailing punctuation and a possessive "'s". */
const cleaned = new Map<string, string>();

export function cleanSurface(s: string): string {
  let c = cleaned.get(s);
  if (c === undefined) {
    if (cleaned.size > 100_000) cleaned.clear(); // bounded memo
    cleaned.set(s, (c = clean(s)));
  }
  return c;
}

function clean(s: string): string {
  // (A plural's possessive is its bare apostrophe: "the United Arab Emirates’ Ministry".)
  // (An honorific glued to the name, "Dr.Salim Mohammed AlMalik", is no part of it.)
  return s.replace(/\s+/g, ' ').replace(/^(?:Dr|Mr|Mrs|Ms|Prof|Eng)\.(?=\p{Lu})/u, '').replace(/['’]s$/, '').replace(/(?<=s)['’]$/, '').replace(/[\s,.;:]+$/, '').replace(/^(?:the|The)\s+/, '').trim();
}

/** A place's canonical name, whether it is a country, and the country it is in when known. */
export function canonicalPlace(surface: string): { name: string; country: boolean; countryName: string | null } {
  const g = getGazetteer();
  let s = cleanSurface(surface);
  const known = g.byName.get(s);
  const of = (k: { name: string; country: boolean; of?: string }) => ({ name: k.name, country: k.country, countryName: k.country ? k.name : k.of ?? null });
  if (known) return of(known);
  const cityOf = s.match(/^City of (.+)$/);
  if (cityOf) s = cityOf[1];
  const city = s.match(/^(.+) City$/);
  // ("King Abdullah Economic City", "Ho Chi Minh City": "City" is part of a name of several words.)
  if (city && !city[1].includes(' ') && !g.byName.get(city[1])?.country) s = city[1];
  const again = g.byName.get(s);
  return again ? of(again) : { name: s, country: false, countryName: null };
}

/** An organization's reported name. */
export function canonicalOrganization(surface: string): string {
  return cleanSurface(surface);
}

/** Name words, without initials ("M.") . */
function nameWords(name: string): string[] {
  const words = cleanSurface(name).split(/\s+/).filter((w) => w && !/^\p{Lu}\.?$/u.test(w));
  // "Abdul Aziz" is "Abdulaziz" written in two: one given name, when the name goes on after it.
  if (words.length >= 3 && ABD_PREFIX.test(words[0]) && /^\p{Lu}\p{Ll}/u.test(words[1])) return [`${words[0]}${words[1]}`, ...words.slice(2)];
  return words;
}

/** The "servant of" that opens compound Arabic given names ("Abdul Aziz", "Abdel Rahman", "Abd Allah"). */
const ABD_PREFIX = /^(?:abd|abdul|abdel|abdol|abdoul|abdur|abdal|abdu)$/i;

/** Keys of a personal name: given name and family name, spelling-insensitive. */
export interface NameKey {
  given: string | null;
  family: string;
  /** Middle names (patronymics), initials excluded: "Hussam Saeed" in "Anas Hussam Saeed Al-Nuaimi". */
  middle: string;
  /** Number of name words (initials excluded). */
  words: number;
}

/**
 * "Salim M. AlMalik", "Salim Al Malik", "Salim Al-Malik" -> given "salim", family "almalik".
 * The family name starts at a particle before the last word ("Al Malik", "Ould Bah").
 */
const nameKeys = new Map<string, NameKey>();

export function nameKey(name: string): NameKey {
  let k = nameKeys.get(name);
  if (!k) {
    if (nameKeys.size > 100_000) nameKeys.clear(); // bounded memo
    nameKeys.set(name, (k = computeNameKey(name)));
  }
  return k;
}

function computeNameKey(name: string): NameKey {
  const words = nameWords(name);
  if (words.length === 0) return { given: null, family: '', middle: '', words: 0 };
  let familyStart = words.length - 1;
  while (familyStart > 0 && NAME_PARTICLES.has(words[familyStart - 1].toLowerCase())) familyStart--;
  const key = (ws: string[]) => fold(ws.join('')).replace(/[^\p{L}\p{N}]/gu, '');
  // "AlMalik", "El Gebaly": a family name alone.
  if (words.length === 1 || familyStart === 0) return { given: null, family: key(words), middle: '', words: 1 };
  return { given: key([words[0]]), family: key(words.slice(familyStart)), middle: key(words.slice(1, familyStart)), words: words.length };
}

/** One edit apart (for transliteration variants like "Abdelillah"/"Abdelilah"). */
export function nearlySame(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1);
}

/** Key of a single-word mention, comparable to NameKey.family / NameKey.given. */
export function singleKey(word: string): string {
  return fold(cleanSurface(word)).replace(/[^\p{L}\p{N}]/gu, '');
}

/** Shortens a role by writing each defined organization name as its acronym. */
export function shortenRole(role: string, acronyms: Map<string, string>): string {
  let r = role.replace(/\s+/g, ' ');
  // (Longest first; names of one length in code-unit order, not the order the table was made in.)
  for (const [full, acr] of [...acronyms].sort((a, b) => b[0].length - a[0].length || byCodeUnits(a[0], b[0]))) r = r.split(full).join(acr);
  r = r.replace(/\b([\p{Lu}][\p{L}\d&-]+)\s*\(\1\)/gu, '$1');
  // "Director-General (DG) of ICESCO": an abbreviation of the words just before it adds nothing.
  r = r.replace(/((?:[\p{L}]+[\s-]+){0,3}[\p{L}]+)\s*\(([\p{Lu}]{2,6})\)/gu, (whole, words: string, abbr: string) => {
    const initials = words.split(/[\s-]+/).map((w) => w[0].toUpperCase()).join('');
    return initials.endsWith(abbr) ? words : whole;
  });
  r = r.replace(/\bthe\s+(?=[\p{Lu}][\p{Lu}\d&-]+\b)/gu, '').trim();
  // "ICESCO Director-General", "ICESCO’s Director-General" -> "Director-General of ICESCO".
  const m = r.match(AFTER_BODY_ROLE);
  return m && ROLE_HEADS.has(m[2].split(/[\s-]/).pop()!.toLowerCase()) ? `${m[2]} of ${m[1]}` : r;
}

/** "ICESCO Director-General", "ICESCO’s Deputy Director-General": a body's acronym, then its role. */
const AFTER_BODY_ROLE = new RegExp(`^([\\p{Lu}][\\p{Lu}\\d&-]+)(?:['’]s)?\\s+((?:(?:${[...ROLE_MODIFIERS].map((w) => w[0].toUpperCase() + w.slice(1)).join('|')})[\\s-]+)?[\\p{L}-]+)$`, 'u');
