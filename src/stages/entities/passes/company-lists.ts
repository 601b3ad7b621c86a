/**
 * Businesses a text lists by name after saying they are businesses: "companies in the field of
 * education, including NewGlobe, Avantis, Classera, Alef Education, and the Educational Testing
 * Service (ETS)". The plural noun is the evidence, so the names need no head noun; a known place
 * or a person's name alone in the list is none of them.
 */
import { getGazetteer } from '../gazetteer.js';
import { BUSINESS_PLURALS, EXAMPLE_OPENERS } from '../lexicon/index.js';
import type { Token } from '../tokens.js';
import type { Mention, Pass } from './context.js';
import { acronymAt } from './org-names.js';
import { isKnownPlace } from './place-names.js';
import { continuesName, hasPersonTag, isCapWord, lower } from './token-tests.js';

/** How far after the plural noun its examples may open ("companies in the field of education, including"). */
const MAX_OPENER_DISTANCE = 10;
/** The most words of one listed name. */
const MAX_ITEM_WORDS = 4;

/** The token after the opener of the examples of the noun at i ("including", "such as"), or -1. */
function examplesStart(tokens: readonly Token[], i: number): number {
  for (let k = i + 1; k <= i + MAX_OPENER_DISTANCE && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.sentenceStart || t.text === '(' || t.text === ';') return -1;
    const w = lower(t);
    if (!t.cap && EXAMPLE_OPENERS.has(w) && (w !== 'as' || lower(tokens[k - 1]) === 'such')) return k + 1;
  }
  return -1;
}

export const companyLists: Pass = {
  name: 'company-lists',
  reason: 'after the described businesses: a list after "companies ..., including" names businesses by the noun before it',
  run(ctx) {
    const { tokens, used } = ctx;
    const out: Mention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if ((tokens[i].cap && !tokens[i].sentenceStart) || !BUSINESS_PLURALS.has(lower(tokens[i]))) continue;
      let k = examplesStart(tokens, i);
      if (k < 0) continue;
      // The list: names between commas, "and" and "the", until any other word.
      while (k < tokens.length) {
        const w = lower(tokens[k]);
        if (tokens[k].text === ',' || (!tokens[k].cap && (w === 'and' || w === 'the'))) {
          k++;
          continue;
        }
        if (!isCapWord(tokens[k]) || (tokens[k].sentenceStart && k > i + 1 && tokens[k - 1].text !== ',')) break;
        let e = k;
        while (e - k + 1 < MAX_ITEM_WORDS && continuesName(tokens[e + 1])) e++;
        // A place or a person alone is none ("companies in Morocco, including Moroccan ones");
        // inside a longer name a place is part of it ("Morocco Telecom").
        const plain = k < e ? !getGazetteer().byName.has(tokens.slice(k, e + 1).map((x) => x.base).join(' ')) : !(isKnownPlace(tokens, k, k) || hasPersonTag(tokens[k]) || tokens[k].common);
        if (ctx.isFree(k, e) && plain) {
          const org: Mention = { type: 'organization', text: ctx.span(k, e), start: tokens[k].start, end: tokens[e].end };
          const def = acronymAt(tokens, e + 1);
          if (def) {
            org.acronym = def.text;
            ctx.claim(e + 1, e + 3);
          }
          out.push(org);
          ctx.claim(k, e);
        }
        k = acronymAt(tokens, e + 1) ? e + 4 : e + 1;
      }
      i = k;
    }
    return out;
  },
};
