/**
 * Place knowledge from a maintained data package (world-countries: common, official and
 * alternative names, capitals, demonyms, languages), plus world regions that no country
 * list holds. Built lazily, once.
 */
import { createRequire } from 'node:module';
import { COUNTRY_ABBREVIATIONS, STATE_FORMS } from './lexicon/words.js';

interface CountryRecord {
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: Record<string, { f: string; m: string }>;
  languages?: Record<string, string>;
  translations?: Record<string, { common: string; official: string }>;
}

/** A known place: its canonical short name and, for cities, its country. */
export interface KnownPlace {
  name: string;
  country: boolean;
  /** The country a capital city belongs to. */
  of?: string;
}

/** Geographic regions and territories that are places but not countries. */
const REGIONS: Record<string, string> = {
  'Africa': 'Africa', 'Asia': 'Asia', 'Europe': 'Europe', 'Oceania': 'Oceania', 'Antarctica': 'Antarctica',
  'North America': 'North America', 'South America': 'South America', 'Latin America': 'Latin America',
  'Central Asia': 'Central Asia', 'Southeast Asia': 'Southeast Asia', 'South-East Asia': 'Southeast Asia',
  'South Asia': 'South Asia', 'East Asia': 'East Asia', 'West Asia': 'West Asia', 'Western Asia': 'West Asia',
  'Middle East': 'Middle East', 'Near East': 'Near East', 'Far East': 'Far East', 'North Africa': 'North Africa', 'West Africa': 'West Africa',
  'East Africa': 'East Africa', 'Central Africa': 'Central Africa', 'Southern Africa': 'Southern Africa',
  'Sub-Saharan Africa': 'Sub-Saharan Africa', 'Sahel': 'Sahel', 'Maghreb': 'Maghreb', 'Levant': 'Levant',
  'Caucasus': 'Caucasus', 'Balkans': 'Balkans', 'Gulf': 'Gulf', 'Arabian Gulf': 'Arabian Gulf',
  'Persian Gulf': 'Persian Gulf', 'Horn of Africa': 'Horn of Africa', 'Mediterranean': 'Mediterranean',
  'Gaza': 'Gaza', 'Gaza Strip': 'Gaza', 'West Bank': 'West Bank', 'Al-Quds': 'Jerusalem', 'Jerusalem': 'Jerusalem',
  'Kashmir': 'Kashmir', 'Darfur': 'Darfur', 'Crimea': 'Crimea', 'Kurdistan': 'Kurdistan',
  'Chechnya': 'Chechnya', 'Dagestan': 'Dagestan', 'Xinjiang': 'Xinjiang',
  'Mindanao': 'Mindanao', 'Zanzibar': 'Zanzibar', 'Sahara': 'Sahara', 'Sinai': 'Sinai', 'Andalusia': 'Andalusia',
  'Siberia': 'Siberia', 'Scandinavia': 'Scandinavia', 'Arabian Peninsula': 'Arabian Peninsula',
  'Karabakh': 'Karabakh', 'Nagorno-Karabakh': 'Karabakh', 'Nagorno Karabakh': 'Karabakh',
};

/**
 * Places as French writes them where English does not, on pages in French (world-countries gives
 * countries' French names; GeoNames' cities come with their English or local names): continents,
 * regions and the cities of member states that French spells its own way ("Téhéran", "Bakou").
 */
const FRENCH_PLACES: Record<string, string> = {
  'Afrique': 'Africa', 'Asie': 'Asia', 'Amérique latine': 'Latin America', 'Asie centrale': 'Central Asia', 'Asie du Sud-Est': 'Southeast Asia',
  'Moyen-Orient': 'Middle East', 'Proche-Orient': 'Near East', 'Afrique du Nord': 'North Africa', 'Afrique subsaharienne': 'Sub-Saharan Africa',
  'Téhéran': 'Tehran', 'Bakou': 'Baku', 'Tachkent': 'Tashkent', 'Alger': 'Algiers', 'Le Caire': 'Cairo', 'Djeddah': 'Jeddah',
  'La Mecque': 'Mecca', 'Médine': 'Medina', 'Beyrouth': 'Beirut', 'Damas': 'Damascus', 'Bagdad': 'Baghdad', 'Jérusalem': 'Jerusalem', 'Al-Qods': 'Jerusalem',
  'Addis-Abeba': 'Addis Ababa', 'Mogadiscio': 'Mogadishu', 'Kaboul': 'Kabul', 'Douchanbé': 'Dushanbe', 'Achgabat': 'Ashgabat', 'Bichkek': 'Bishkek',
  'Mascate': 'Muscat', 'Abou Dhabi': 'Abu Dhabi', 'Abou Dabi': 'Abu Dhabi', 'Dubaï': 'Dubai', 'Charjah': 'Sharjah', 'Djakarta': 'Jakarta', 'Dacca': 'Dhaka',
  'Samarcande': 'Samarkand', 'Boukhara': 'Bukhara', 'Tanger': 'Tangier', 'Fès': 'Fez',
};

/**
 * Alternative spellings in world-countries that are English words or given names, never a
 * country in an English text: "Island" (Iceland's own name) in "Mozambique Island", "Reunion",
 * "Dominique", "Aland". (Found by checking every one-word spelling against an English word list.)
 */
const WORD_SPELLINGS = new Set(['Island', 'Reunion', 'Dominique', 'Aland']);

/** French names of countries that are English words or names (checked against an English word list). */
const FRENCH_NAMES_ENGLISH_WORDS = new Set(['Argentine', 'Chili', 'Chine', 'Chypre', 'Dominique', 'Grenade', 'Soudan']);

/** "Republic of Turkey", "Kingdom of the Netherlands": a state's form, then its name. */
const STATE_FORM_OF = new RegExp(`^(?:${STATE_FORMS.join('|')}) of (?:the )?(.+)$`);

export interface Gazetteer {
  /** Exact surface form -> place. */
  byName: Map<string, KnownPlace>;
  /** Longest name in tokens, to bound matching. */
  maxTokens: number;
  /** Lower-case demonyms and language names: never places. */
  notPlaces: Set<string>;
}

/** Peoples and faiths, not places, as a country's demonym is not one. */
const COMMUNITY_ADJECTIVES = ['muslim', 'muslims', 'christian', 'christians', 'jewish', 'jews', 'hindu', 'hindus', 'buddhist', 'buddhists', 'sunni', 'shia', 'shiite', 'arab', 'arabs'];

let gazetteer: Gazetteer | null = null;

/** The place gazetteer (loaded on first use). */
export function getGazetteer(): Gazetteer {
  if (gazetteer) return gazetteer;
  const require = createRequire(import.meta.url);
  const countries = require('world-countries/countries.json') as CountryRecord[];
  const byName = new Map<string, KnownPlace>();
  const notPlaces = new Set<string>();
  const add = (surface: string, place: KnownPlace) => {
    const s = surface.trim();
    if (s && !byName.has(s)) byName.set(s, place);
    // "Union of the Comoros" is written "Union of Comoros" too.
    if (/ of the /.test(s)) add(s.replace(/ of the /, ' of '), place);
    // Pages write "Côte d’Ivoire" with a typographic apostrophe, and without its accents ("Cote d’Ivoire").
    if (s.includes("'")) add(s.replace(/'/g, '’'), place);
    const folded = s.normalize('NFD').replace(/\p{M}/gu, '');
    if (folded !== s && !WORD_SPELLINGS.has(folded)) add(folded, place);
  };
  for (const c of countries) {
    const place: KnownPlace = { name: c.name.common, country: true };
    add(c.name.common, place);
    add(c.name.official, place);
    for (const alt of c.altSpellings) {
      // Skip ISO codes and non-Latin spellings; keep "Kingdom of Saudi Arabia", "Russian Federation", "Côte d'Ivoire".
      if (COUNTRY_ABBREVIATIONS.has(alt)) add(alt, place);
      if (alt.length <= 3 || !/^\p{Script=Latin}[\p{Script=Latin} .'’-]+$/u.test(alt) || WORD_SPELLINGS.has(alt)) continue;
      add(alt, place);
      // "Republic of Turkey" -> "Turkey": a state form names the country by its last part too.
      const m = alt.match(STATE_FORM_OF);
      if (m && !/ of /.test(m[1])) add(m[1], place);
    }
    for (const cap of c.capital ?? []) add(cap, { name: cap, country: false, of: c.name.common });
    for (const d of Object.values(c.demonyms ?? {})) {
      notPlaces.add(d.m.toLowerCase());
      notPlaces.add(d.f.toLowerCase());
    }
    for (const lang of Object.values(c.languages ?? {})) notPlaces.add(lang.toLowerCase());
  }
  // Countries by their French names ("Maroc", "Irak", "Mauritanie"), after every English name:
  // pages in French name them so. (Not one that is an English word: "Chili", Chile's.)
  for (const c of countries) {
    const french = c.translations?.fra?.common;
    if (french && !FRENCH_NAMES_ENGLISH_WORDS.has(french)) {
      add(french, { name: c.name.common, country: true });
      // ("l’Arabie saoudite": French writes the words after the first in lower case.)
      add(french.replace(/ (\p{Lu})/gu, (_, c: string) => ` ${c.toLowerCase()}`), { name: c.name.common, country: true });
    }
  }
  // Adjectives of a faith or a people no country is named by, as demonyms are ("to Muslim scientists").
  for (const w of COMMUNITY_ADJECTIVES) notPlaces.add(w);
  for (const [surface, name] of Object.entries(REGIONS)) add(surface, { name, country: false });
  for (const [surface, name] of Object.entries(FRENCH_PLACES)) add(surface, { name, country: false });
  let maxTokens = 1;
  for (const k of byName.keys()) maxTokens = Math.max(maxTokens, k.split(/\s+/).length);
  gazetteer = { byName, maxTokens, notPlaces };
  return gazetteer;
}
