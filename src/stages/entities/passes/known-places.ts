/**
 * Places the data knows: the country gazetteer, longest match first, and cities of two words or
 * more ("Port Sudan"); with a region's suffix ("Turkistan Region"), "X City" / "X Island", and a
 * compass word or a lake's or river's word before ("Western Balkans", "Lake Chad Basin").
 */
import { getCities } from '../cities.js';
import { getGazetteer, type KnownPlace } from '../gazetteer.js';
import { COMPASS, NON_ORG_TAILS, ORG_HEADS, PLACE_SUFFIXES, REGION_SUFFIXES, WATER_FEATURES } from '../lexicon/index.js';
import type { Mention, Pass } from './context.js';
import { cityPhraseStandsAlone } from './place-names.js';
import { continuesName, isCapWord, lower } from './token-tests.js';

export const knownPlaces: Pass = {
  name: 'known-places',
  reason: 'after people, whose names hold place words ("Khalid Al Ahmadi"); the surest places, so first of them',
  run(ctx) {
    const { tokens, used } = ctx;
    const g = getGazetteer();
    const cities = getCities();
    const maxPlaceTokens = Math.max(g.maxTokens, cities.maxTokens);
    const out: Mention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (used[i] || !isCapWord(tokens[i])) continue;
      // The phrases of 1, 2, ... words from i (unclaimed, no punctuation), made as they grow. A
      // possessive inside a name is only a city's ("Cox’s Bazar"), read as written.
      const phrases: { text: string; innerPossessive: boolean }[] = [];
      let prefix = '';
      let innerPossessive = false;
      for (let k = i; k < tokens.length && k - i < maxPlaceTokens && !used[k] && !tokens[k].punct; k++) {
        phrases.push({ text: k === i ? tokens[k].base : `${prefix} ${tokens[k].base}`, innerPossessive });
        prefix = k === i ? (tokens[k].possessive ? tokens[k].text : tokens[k].base) : `${prefix} ${tokens[k].possessive ? tokens[k].text : tokens[k].base}`;
        innerPossessive ||= tokens[k].possessive;
      }
      let matched = -1;
      let known: KnownPlace | undefined;
      for (let len = phrases.length; len >= 1; len--) {
        const { text: phrase, innerPossessive: inner } = phrases[len - 1];
        const e = i + len - 1;
        known = (inner ? undefined : g.byName.get(phrase)) ?? (len > 1 && cities.names.has(phrase) && cityPhraseStandsAlone(tokens, i, e, used) ? { name: phrase, country: false } : undefined);
        if (known) {
          matched = e;
          break;
        }
      }
      if (matched < 0 || !known) continue;
      const modified = tokens[matched + 1];
      if (!tokens[matched].possessive && continuesName(modified) && (NON_ORG_TAILS.has(lower(modified)) || ORG_HEADS.has(lower(modified)))) continue;
      let e = matched;
      // ("Djibouti City", "Mozambique Island": a city or an island named after its country.)
      // (Not "Dakar City Hall", "Tunis City of Culture": a name that goes on.)
      const suffixOnly = PLACE_SUFFIXES.has(lower(tokens[e + 1] ?? tokens[e])) && !continuesName(tokens[e + 2]) && lower(tokens[e + 2] ?? tokens[e]) !== 'of';
      if (isCapWord(tokens[e + 1]) && (REGION_SUFFIXES.has(lower(tokens[e + 1])) || suffixOnly)) e++;
      // "Western Balkans": a compass word before a region (not a country: "Northern Nigeria" is
      // Nigeria); "Lake Chad Basin", "River Nile State": a lake's or river's name with its feature word.
      const before = tokens[i - 1];
      const feature = !!before && !used[i - 1] && isCapWord(before) && ((e > matched && WATER_FEATURES.has(lower(before))) || (COMPASS.has(lower(before)) && !known.country));
      const s = feature ? i - 1 : i;
      out.push({ type: 'place', text: ctx.span(s, e), start: tokens[s].start, end: tokens[e].end, known: true });
      ctx.claim(s, e);
      i = e;
    }
    return out;
  },
};
