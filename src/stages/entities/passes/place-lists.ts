/**
 * Lists continuing a place: "Kazakhstan, Tajikistan, and Bashkortostan". Only a list that closes
 * with "and" counts, so an apposition ("Kazakhstan, Kassym-Jomart Tokayev,") does not.
 */
import { getGazetteer } from '../gazetteer.js';
import { ROLE_WORDS } from '../lexicon/index.js';
import type { Mention, Pass } from './context.js';
import { contextPlaces } from './context-places.js';
import { knownPlaces } from './known-places.js';
import { isHonorific } from './person-names.js';
import { compassName } from './place-names.js';
import { continuesName, hasPersonTag, hasPlaceTag, isCapWord, lower } from './token-tests.js';

/** The passes whose places a list may continue (not an office's city inside an organization's name). */
const LISTED_AFTER = new Set([knownPlaces.name, contextPlaces.name]);

export const placeLists: Pass = {
  name: 'place-lists',
  reason: 'needs the places found above: a list is read from a place it continues',
  run(ctx) {
    const { tokens, used } = ctx;
    const g = getGazetteer();
    const out: Mention[] = [];
    const placeStarts = new Set<number>();
    const placeEnds: number[] = [];
    for (const m of ctx.found) {
      if (m.type !== 'place' || !LISTED_AFTER.has(m.pass)) continue;
      placeStarts.add(ctx.tokenStartingAt(m.start));
      placeEnds.push(ctx.tokenEndingAt(m.end));
    }
    for (const end of placeEnds.sort((a, b) => a - b)) {
      let k = end + 1;
      const items: [number, number][] = [];
      let closed = false;
      for (;;) {
        const sepStart = k;
        let sawAnd = false;
        while (tokens[k] && (tokens[k].text === ',' || lower(tokens[k]) === 'and')) {
          if (lower(tokens[k]) === 'and') sawAnd = true;
          k++;
        }
        const t = tokens[k];
        if (k !== sepStart && used[k] && placeStarts.has(k)) {
          closed = sawAnd; // the list goes on with a place already found ("..., and Aleppo")
          if (closed) break;
        }
        const region = !used[k + 1] && compassName(tokens, k, true); // "Central Java, East Java, and West Nusa Tenggara"
        if (k === sepStart || !isCapWord(t) || used[k] || (t.common && !region) || t.upper || g.notPlaces.has(lower(t)) || ROLE_WORDS.has(lower(t)) || isHonorific(tokens, k)) break;
        if (hasPersonTag(t) && !hasPlaceTag(t)) break;
        let e = region ? k + 1 : k;
        while (continuesName(tokens[e + 1]) && !used[e + 1] && !tokens[e + 1].common && e - k < 2) e++;
        if (continuesName(tokens[e + 1])) break;
        items.push([k, e]);
        k = e + 1;
        if (sawAnd) {
          closed = true;
          break;
        }
      }
      if (closed)
        for (const [a, b] of items) {
          out.push({ type: 'place', text: ctx.span(a, b), start: tokens[a].start, end: tokens[b].end });
          ctx.claim(a, b);
          placeStarts.add(a);
        }
    }
    return out;
  },
};
