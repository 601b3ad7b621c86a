/**
 * Towns and cities by name (GeoNames, through cities.data.ts): capitals and provincial seats of
 * every country and every town of 50,000 people or more. Unlike the country gazetteer, a city's
 * name is read as a place only with care (see passes/place-names.ts): many are also given names, family names
 * or English words ("Hassan", "Victoria", "Independence"). Used by the analysis only, so that
 * the CLI never loads it.
 */
import { CITIES } from './cities.data.js';

export interface CityIndex {
  names: Set<string>;
  /** Longest name in words. */
  maxTokens: number;
}

let index: CityIndex | null = null;

export function getCities(): CityIndex {
  if (index) return index;
  const names = new Set<string>();
  let maxTokens = 1;
  for (const name of CITIES.split('\n')) {
    names.add(name);
    // Pages write apostrophes either way ("Ma’rib", "Cox's Bazar").
    if (name.includes("'")) names.add(name.replace(/'/g, '’'));
    if (name.includes('’')) names.add(name.replace(/’/g, "'"));
    maxTokens = Math.max(maxTokens, name.split(' ').length);
  }
  index = { names, maxTokens };
  return index;
}
