/**
 * Cities whose name ends in "City" after words of their own, where a place is expected: "held at
 * the King Abdullah Economic City", "in Sports City". Their words would otherwise read as a
 * title and a name ("King Abdullah"), and "City" after them as something named after a person.
 */
import { getGazetteer } from '../gazetteer.js';
import { PLACE_PREPOSITIONS, PLACE_SUFFIXES } from '../lexicon/index.js';
import type { Mention, Pass } from './context.js';
import { continuesName, isWord, lower } from './token-tests.js';

/** The most words of such a name, "City" included. */
const MAX_CITY_WORDS = 5;

export const namedCities: Pass = {
  name: 'named-cities',
  reason: 'before the people passes, which would read "King Abdullah" in "King Abdullah Economic City" as a person',
  run(ctx) {
    const { tokens, used } = ctx;
    const out: Mention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (used[i] || !continuesName(t) || t.upper) continue;
      // After "in", "at" ..., with or without "the".
      const prep = lower(tokens[i - 1] ?? t) === 'the' ? tokens[i - 2] : tokens[i - 1];
      if (!isWord(prep) || prep.cap || !PLACE_PREPOSITIONS.has(lower(prep))) continue;
      let e = i;
      while (e + 1 < tokens.length && e - i + 1 < MAX_CITY_WORDS && continuesName(tokens[e + 1]) && !used[e + 1] && ctx.joined(e, e + 1) && !tokens[e].possessive) e++;
      const last = tokens[e];
      // "City" ends the name (not "City Hall"), after a word of its own.
      // A word of its own, no English word or adjective of a people, names it ("King Abdullah
      // Economic City"; not "the Egyptian Media Production City", a studio complex).
      const ownWord = tokens.slice(i, e).some((x) => !x.common && !getGazetteer().notPlaces.has(lower(x)));
      if (e === i || last.text !== 'City' || !PLACE_SUFFIXES.has(lower(last)) || !ownWord) {
        i = e;
        continue;
      }
      out.push({ type: 'place', text: ctx.span(i, e), start: t.start, end: last.end });
      ctx.claim(i, e);
      i = e;
    }
    return out;
  },
};
