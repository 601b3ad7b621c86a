/**
 * Towns and cities by name (GeoNames, through cities.data.ts): capitals and provincial seats of
 * every country and every town of 50,000 people or more. Unlike the country gazetteer, a city's
 * name is read as a place only with care (see find.ts): many are also given names, family names
 * or English words ("Hassan", "Victoria", "Independence"). Used by the analysis only, so that
 * the CLI never loads it.
 */
import { CITIES } from './cities.data.js';

export interface CityIndex {
  /** City name -> its country (the most populous town's, for a shared name). */
  country: Map<string, string>;
  /** Longest name in words. */
  maxTokens: number;
}

let index: CityIndex | null = null;

export function getCities(): CityIndex {
  if (index) return index;
  const country = new Map<string, string>();
  let maxTokens = 1;
  for (const line of CITIES.split('\n')) {
    const tab = line.indexOf('\t');
    const name = line.slice(0, tab);
    country.set(name, line.slice(tab + 1));
    // Pages write apostrophes either way ("Ma’rib", "Cox's Bazar").
    if (name.includes("'")) country.set(name.replace(/'/g, '’'), line.slice(tab + 1));
    if (name.includes('’')) country.set(name.replace(/’/g, "'"), line.slice(tab + 1));
    maxTokens = Math.max(maxTokens, name.split(' ').length);
  }
  index = { country, maxTokens };
  return index;
}
