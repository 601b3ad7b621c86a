/** People compromise tags as persons (a known given or family name among two to four capitalised words). */
import type { Mention, Pass } from './context.js';
import { nameRuns, namesAThing, personAfterOf } from './person-names.js';
import { THING_NOUNS } from '../lexicon/index.js';
import { isKnownPlace } from './place-names.js';
import { continuesName, hasPersonTag, hasPlaceTag, lower } from './token-tests.js';

export const taggedPeople: Pass = {
  name: 'tagged-people',
  reason: "compromise's name lexicon knows many given names; before places, so that a person named like a city stays a person",
  run(ctx) {
    const { tokens, used } = ctx;
    const out: Mention[] = [];
    for (const [s, e] of nameRuns(tokens, used, 2, 4)) {
      if (!ctx.isFree(s, e)) continue;
      // In a paragraph of another language, capitals say nothing of names ("Setiausaha Tetap").
      if (ctx.foreign[s]) continue;
      // "Tal Al-Zaatar schools": a name before a lower-case noun of a thing is the thing's.
      if (namesAThing(tokens, e) || THING_NOUNS.has(lower(tokens[e]))) continue; // (or its own last word names it: "the Ritz-Carlton Hotel")
      const ts = tokens.slice(s, e + 1).filter((t) => t.cap);
      if (!ts.some(hasPersonTag)) continue;
      // (A first word compromise knows as a place is a given name when a given name follows it:
      // "Salem Mohammad al-Malik".)
      if (ts.some((t, k) => hasPlaceTag(t) && !hasPersonTag(t) && !(k === 0 && ts.length >= 2 && hasPersonTag(ts[1]) && !isKnownPlace(tokens, s, s)))) continue;
      if (ts.every((t) => t.common) || isKnownPlace(tokens, s, e)) continue;
      // After "of" see unknown-name-people; after "in" ("in Deir al-Balah") a name is a place's.
      if (lower(tokens[s - 1] ?? tokens[s]) === 'in' || !personAfterOf(tokens, s, e) || ctx.quoted[s]) continue;
      if (continuesName(tokens[e + 1])) continue;
      out.push({ type: 'person', text: ctx.span(s, e), start: tokens[s].start, end: tokens[e].end });
      ctx.claim(s, e);
    }
    return out;
  },
};
