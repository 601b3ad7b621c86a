/** Is a word, or a run of words, a place's name here? The gazetteer, the city index, adjectives, regions. */
import { getCities } from '../cities.js';
import { lexiconTags, PLACE_NAME_TAGS } from '../compromise.js';
import { getGazetteer } from '../gazetteer.js';
import { CALENDAR_WORDS, COMPASS, NON_ORG_TAILS, ORG_HEADS, REGION_SUFFIXES, ROLE_WORDS } from '../lexicon/index.js';
import type { Token } from '../tokens.js';
import { continuesName, hasPersonTag, isCapWord, isWord, lower } from './token-tests.js';

/** Does a word, or a run of words, of tokens s..e name a known place ("Bandar Seri Begawan")? */
export function isKnownPlace(tokens: readonly Token[], s: number, e: number): boolean {
  const g = getGazetteer();
  const cities = getCities();
  for (let i = s; i <= e; i++) {
    let phrase = '';
    for (let j = i; j <= e && j < i + Math.max(g.maxTokens, cities.maxTokens); j++) {
      phrase = j === i ? tokens[j].base : `${phrase} ${tokens[j].base}`;
      // A city of one word may be a person's name too ("Hassan"); of two or more, it is the city
      // when the run starts with it ("Ed Damer"; in "Khalid Al Ahmadi" it is part of the name).
      if (g.byName.has(phrase) || (j > i && i === s && cities.names.has(phrase))) return true;
    }
  }
  return false;
}

let countryAdjectives: Set<string> | null = null;

/**
 * "Djiboutian", "Chadian", "Sudanese", "Somali": a country's adjective that the data package does
 * not list among its demonyms (it gives "Djibouti" for Djibouti). Made from the country's
 * one-word name, whole or without its last vowel, and an adjective ending (so not "Turkestan",
 * "Malindi").
 */
export function isCountryAdjective(word: string): boolean {
  if (!countryAdjectives) {
    countryAdjectives = new Set();
    for (const [name, place] of getGazetteer().byName) {
      if (!place.country || !/^\p{Lu}\p{Ll}+$/u.test(name)) continue;
      for (const stem of [name, name.replace(/[aeiouy]$/, '')]) for (const ending of ['n', 'an', 'ian', 'ese', 'i', 'ien', 'ois']) countryAdjectives.add(stem + ending);
    }
  }
  return countryAdjectives.has(word);
}

/**
 * Is the city name of tokens s..e (two words or more) the city here? Not when it ends a longer
 * name ("Khalid Al Ahmadi") or is made only of English words ("High Point" in a title).
 */
export function cityPhraseStandsAlone(tokens: readonly Token[], s: number, e: number, used: Uint8Array): boolean {
  if (tokens.slice(s, e + 1).every((t) => t.common || !t.cap)) return false;
  return !endsLongerName(tokens, s, used);
}

/** Does the name starting at token s continue one before it ("Khalid Al Ahmadi")? */
export function endsLongerName(tokens: readonly Token[], s: number, used: Uint8Array): boolean {
  return continuesName(tokens[s]) && isCapWord(tokens[s - 1]) && !used[s - 1];
}

/**
 * A place of two words or more that compromise's own lexicon lists ("New York", "Abu Dhabi",
 * "Tamil Nadu"): made of English words or missing from the city index ("New York City" is
 * GeoNames' name), they are places all the same.
 */
export function isLexiconPlacePhrase(phrase: string): boolean {
  return lexiconTags(phrase.toLowerCase()).some((t) => PLACE_NAME_TAGS.includes(t));
}

/**
 * Is token i alone the name of a known city? Only when it is no English word, no known given or
 * family name ("Samarkand", "Kiffa"; not "Hassan", "Victoria", "Independence"), and no part of a
 * longer name.
 */
export function isCityWord(tokens: readonly Token[], i: number, used: Uint8Array): boolean {
  const t = tokens[i];
  if (t.common || t.upper || hasPersonTag(t) || !getCities().names.has(t.base)) return false;
  // It stands alone: no name before it ("the architect Mimar Sinan") or after it ("Bello Musa"),
  // but a region's word may follow ("Kano State").
  const next = tokens[i + 1];
  if (continuesName(next) && !REGION_SUFFIXES.has(lower(next))) return false;
  return !(continuesName(t) && isCapWord(tokens[i - 1]) && !used[i - 1] && !tokens[i - 1].common && !CALENDAR_WORDS.has(lower(tokens[i - 1])));
}

/**
 * Is token i a compass word starting a region's name ("West Nusa Tenggara")? The name after it
 * must be no English word, unless the context already says a place comes (`placeExpected`: "the
 * provinces of Central Java, East Java"); a nationality never is one ("Central Asian countries").
 */
export function compassName(tokens: readonly Token[], i: number, placeExpected: boolean): boolean {
  const next = tokens[i + 1];
  if (!isWord(tokens[i]) || !COMPASS.has(lower(tokens[i])) || !continuesName(next) || next.upper || getGazetteer().notPlaces.has(lower(next)) || next.tags.has('Demonym')) return false;
  const w = lower(next);
  return !next.common || (placeExpected && !ORG_HEADS.has(w) && !NON_ORG_TAILS.has(w) && !ROLE_WORDS.has(w) && !CALENDAR_WORDS.has(w));
}
