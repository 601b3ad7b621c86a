/**
 * Places the context calls for: compromise's place tags, a city's name standing alone, the
 * "-stan" lands, and capitalised unknown words after "in/to/from" or "the city of".
 */
import { getGazetteer } from '../gazetteer.js';
import {
  CALENDAR_WORDS, isAttributiveCompound, NAME_PARTICLES, NON_ORG_TAILS, NOT_NAME_WORDS, ORG_HEADS, PLACE_ABBREVIATIONS, PLACE_OF, PLACE_PREPOSITIONS,
  REGION_SUFFIXES, ROLE_WORDS, SETTLEMENTS,
} from '../lexicon/index.js';
import { isLexiconPlace } from '../tokens.js';
import type { Mention, Pass } from './context.js';
import type { Token } from '../tokens.js';
import { isHonorific, personNameParts } from './person-names.js';
import { compassName, isCityWord, isCountryAdjective } from './place-names.js';
import { continuesName, hasPlaceTag, isCapWord, isWord, lower } from './token-tests.js';

export const contextPlaces: Pass = {
  name: 'context-places',
  reason: 'after the known places, which are surer; a word of a person found above stays the person\'s',
  run(ctx) {
    const { tokens, used } = ctx;
    const g = getGazetteer();
    const nameParts = personNameParts(ctx.found);
    const out: Mention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (used[i] || !isCapWord(t) || t.upper) continue;
      const w = lower(t);
      if (CALENDAR_WORDS.has(w) || ROLE_WORDS.has(w) || NOT_NAME_WORDS.has(w) || g.notPlaces.has(w) || isHonorific(tokens, i)) continue;
      if (isAttributiveCompound(t.base) || isCountryAdjective(t.base)) continue;
      // "Cambridge-IFA": a name joined to an acronym is a body's, no place's.
      if (/-\p{Lu}{2,}$/u.test(t.base)) continue;
      const city = isCityWord(tokens, i, used);
      // A word of a person's name the text gives is the person's, unless the context calls for a place.
      // "the Alhambra", "the Medina": a place's name alone after "the" names a landmark or a
      // quarter ("the Fergana Valley" is a region, and the places written with "the", "the Gambia",
      // "the Sahel", are the gazetteer's).
      const afterThe = lower(tokens[i - 1] ?? t) === 'the' && !REGION_SUFFIXES.has(lower(tokens[i + 1] ?? t));
      const tagged = !nameParts.has(t.base) && !afterThe && ((hasPlaceTag(t) && !ORG_HEADS.has(w) && !t.common) || isLexiconPlace(w) || city);
      const prep = tokens[i - 1];
      // "the city of Samarkand", and "the Kazakh capital, Nur-Sultan".
      const placeNoun = tokens[i - 2];
      const cityOf = (lower(prep ?? t) === 'of' && PLACE_OF.has((placeNoun?.text ?? '').toLowerCase())) || (prep?.text === ',' && !!placeNoun && lower(placeNoun) === 'capital');
      // "the provinces of Central Java".
      const region = !used[i + 1] && compassName(tokens, i, cityOf);
      // "the city of Medina": after a place noun in lower case, even an English word is the name.
      const namedPlace = cityOf && SETTLEMENTS.has(placeNoun?.text ?? '') && !ORG_HEADS.has(w) && !NON_ORG_TAILS.has(w);
      const unknownPhrase = !t.common || (NAME_PARTICLES.has(w) && continuesName(tokens[i + 1]) && !tokens[i + 1].common) || region || namedPlace;
      // "Azerbaijan’s Shusha city", "the Samarkand region": a settlement's noun in lower case after the name.
      // (Not "the African and Asian regions": an adjective, no name.)
      const settlement = !t.common && !t.tags.has('Demonym') && !t.tags.has('Adjective') && SETTLEMENTS.has(tokens[i + 1]?.text ?? '') && !(continuesName(tokens[i - 1]) && !tokens[i - 1].possessive);
      // (After a bare preposition, a word of a person's name the text gives is still the person's:
      // "wished success to Al-Malik" after "Dr. Salim Al-Malik"; "the city of X", or a country
      // after it, "in Shkodra, Albania", calls for a place.)
      const personsWord = nameParts.has(t.base) && !countryAfter(tokens, i);
      // "According to Shafqna's translation service", "thanks to X": a source or a helper, no place.
      const sourceOrHelper = lower(prep ?? t) === 'to' && /^(?:according|thanks|owing|due)$/.test(lower(tokens[i - 2] ?? t));
      // "the proclamation of Shusha as the 2024 Cultural Capital of the Islamic World": a city named a capital.
      const namedCapital = lower(tokens[i + 1] ?? t) === 'as' && tokens.slice(i + 2, i + 7).some((x) => lower(x) === 'capital');
      // (Not in a paragraph in another language, whose capitalised words are mostly no names: German "in Abstimmung mit".)
      const afterPreposition = ((isWord(prep) && !prep.cap && PLACE_PREPOSITIONS.has(lower(prep)) && !personsWord && !sourceOrHelper) || cityOf || settlement || namedCapital) && unknownPhrase && !ctx.foreign[i];
      const land = /^\p{Lu}\p{Ll}{2,}stan$/u.test(t.base);
      if (!tagged && !afterPreposition && !land) continue;
      let e = region ? i + 1 : i;
      while (e + 1 < tokens.length && !used[e + 1] && continuesName(tokens[e + 1]) && !tokens[e].possessive && e - i < 2) {
        const n = tokens[e + 1];
        const nw = lower(n);
        if (isAttributiveCompound(n.base)) break;
        // "President of Tatarstan Rustam Minnikhanov": a "-stan" land's name is one word; a name after it is a person's.
        if (REGION_SUFFIXES.has(nw) || nw === 'city' || (!land && !n.common && !ROLE_WORDS.has(nw) && !ORG_HEADS.has(nw) && !CALENDAR_WORDS.has(nw) && !g.notPlaces.has(nw))) e++;
        else break;
      }
      if (continuesName(tokens[e + 1]) && !REGION_SUFFIXES.has(lower(tokens[e + 1])) && !tokens[e].possessive && !(land && e === i && !tokens[e + 1].common)) continue; // part of a longer name
      // "St. Petersburg": the abbreviation before belongs to the name.
      const s = tokens[i - 1] && PLACE_ABBREVIATIONS.has(tokens[i - 1].text) && !used[i - 1] ? i - 1 : i;
      out.push({ type: 'place', text: ctx.span(s, e), start: tokens[s].start, end: tokens[e].end, ...(city && e === i ? { known: true } : {}) });
      ctx.claim(s, e);
      i = e;
    }
    return out;
  },
};

/** Is the word at i followed by a comma and a known place ("Shkodra, Albania")? */
function countryAfter(tokens: readonly Token[], i: number): boolean {
  if (tokens[i + 1]?.text !== ',') return false;
  const g = getGazetteer();
  let phrase = '';
  for (let j = i + 2; j < tokens.length && j < i + 2 + g.maxTokens; j++) {
    phrase = j === i + 2 ? tokens[j].base : `${phrase} ${tokens[j].base}`;
    if (g.byName.get(phrase)?.country) return true;
  }
  return false;
}
