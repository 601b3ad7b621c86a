/**
 * Places the data knows: the country gazetteer, longest match first, and cities of two words or
 * more ("Port Sudan"); with a region's suffix ("Turkistan Region"), "X City" / "X Island", and a
 * compass word or a lake's or river's word before ("Western Balkans", "Lake Chad Basin").
 */
import { getCities } from '../cities.js';
import { getGazetteer, type KnownPlace } from '../gazetteer.js';
import { COMPASS, NON_ORG_TAILS, ORG_HEADS, PLACE_SUFFIXES, REGION_SUFFIXES, WATER_FEATURES } from '../lexicon/index.js';
import type { Token } from '../tokens.js';
import type { Mention, Pass, PassContext } from './context.js';
import { cityPhraseStandsAlone, endsLongerName, isLexiconPlacePhrase } from './place-names.js';
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
      const lead = datelinePlaceEnd(ctx, i);
      if (lead >= 0) {
        out.push({ type: 'place', text: titleCase(ctx.span(i, lead)), start: tokens[i].start, end: tokens[lead].end, known: true });
        ctx.claim(i, lead);
        i = lead;
        continue;
      }
      // The phrases of 1, 2, ... words from i (unclaimed, no punctuation), made as they grow. A
      // possessive inside a name is only a city's ("Cox’s Bazar") or a state's ("People’s Republic
      // of China", not Taiwan's "Republic of China"), read as written.
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
        known =
          (inner ? stateWithPossessive(g, phrase) : g.byName.get(phrase)) ??
          (len > 1 && cities.names.has(phrase) && cityPhraseStandsAlone(tokens, i, e, used) ? { name: phrase, country: false } : undefined) ??
          (len > 1 && !inner && isLexiconPlacePhrase(phrase) && !endsLongerName(tokens, i, used) ? { name: phrase, country: false } : undefined);
        if (known) {
          matched = e;
          break;
        }
      }
      if (matched < 0 || !known) continue;
      const modified = tokens[matched + 1];
      if (!tokens[matched].possessive && continuesName(modified) && (NON_ORG_TAILS.has(lower(modified)) || ORG_HEADS.has(lower(modified)))) continue;
      // "the United States of the World" (a foundation): a name going on with "of the ...".
      if (lower(modified ?? tokens[matched]) === 'of' && lower(tokens[matched + 2] ?? tokens[matched]) === 'the' && continuesName(tokens[matched + 3]) && !tokens[matched].possessive) continue;
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
      // "West and Central Africa": the compass word before "and" names a region of its own.
      const other = tokens[s - 2];
      const shared = tokens.slice(s + 1, e + 1).map((x) => x.base).join(' ');
      if (COMPASS.has(lower(tokens[s])) && lower(tokens[s - 1] ?? tokens[s]) === 'and' && isCapWord(other) && !used[s - 2] && COMPASS.has(lower(other)) && g.byName.has(`${other.base} ${shared}`)) {
        out.push({ type: 'place', text: `${other.base} ${shared}`, start: other.start, end: other.end, known: true });
        ctx.claim(s - 2, s - 2);
      }
      ctx.claim(s, e);
      i = e;
    }
    return out;
  },
};

/** A country's official name with a possessive in it ("People’s Republic of China"): only a whole state's name. */
function stateWithPossessive(g: ReturnType<typeof getGazetteer>, phrase: string): KnownPlace | undefined {
  const known = g.byName.get(phrase);
  return known?.country ? known : undefined;
}

/** Does a wire's byline open the sentence right before token i ("By Mujahid Ishak LANGKAWI, April 4")? */
function afterGluedByline(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= 4 && tokens[k].cap && !tokens[k].upper && !tokens[k].sentenceStart) k--;
  return k >= 0 && k < i - 1 && tokens[k].text === 'By' && tokens[k].sentenceStart;
}

/** "ABU DHABI" -> "Abu Dhabi", "AL-QUDS" -> "Al-Quds". */
const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, b: string, c: string) => b + c.toUpperCase());

/**
 * The all-caps place that opens a lead ("BAKU, Azerbaijan, Jan. 14 (Trend) –", "JEDDAH:",
 * "(MENAFN- KUNA) RIYADH, Jan 18"): the last token of its name, or -1. Its capitals hide it from
 * the gazetteer and make it read as an acronym; only a known place in that position counts.
 */
function datelinePlaceEnd(ctx: PassContext, i: number): number {
  const { tokens, used } = ctx;
  const prev = tokens[i - 1];
  if (!tokens[i].upper || !(tokens[i].sentenceStart || prev?.text === ')' || afterGluedByline(tokens, i))) return -1;
  let e = i;
  while (e + 1 < tokens.length && e - i < 2 && tokens[e + 1].upper && !used[e + 1] && ctx.joined(e, e + 1)) e++;
  const after = ctx.text.slice(tokens[e].end, tokens[e].end + 3);
  if (!/^\s*(?:[,:(]|[–—-]\s)/.test(after)) return -1;
  const name = titleCase(tokens.slice(i, e + 1).map((t) => t.base).join(' '));
  return getGazetteer().byName.has(name) || getCities().names.has(name) ? e : -1;
}
