/**
 * Holy cities written with their epithet: "Makkah Al-Mukarramah", "Al-Madinah Al-Munawwarah",
 * "Makkah Al- Mukarramah". The epithet is no part of the name, and the name is reported without
 * its article ("Madinah"): the two words would otherwise read as a person's name.
 */
import { NAME_ARTICLES, PLACE_EPITHETS } from '../lexicon/index.js';
import type { Token } from '../tokens.js';
import type { Mention, Pass } from './context.js';
import { isCapWord, lower } from './token-tests.js';

/** The last token of an epithet starting at token k ("Al-Mukarramah", or "Al" then "Mukarramah"), or -1. */
function epithetEnd(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!t || t.punct) return -1;
  const [article, root] = lower(t).split(/-(.*)/s);
  if (root !== undefined && NAME_ARTICLES.has(article) && PLACE_EPITHETS.has(root)) return k;
  const next = tokens[k + 1];
  return NAME_ARTICLES.has(lower(t)) && next && !next.punct && PLACE_EPITHETS.has(lower(next)) ? k + 1 : -1;
}

export const epithetPlaces: Pass = {
  name: 'epithet-places',
  reason: 'before the people passes, which would read the city and its epithet as a given name and a family name',
  run(ctx) {
    const { tokens, used } = ctx;
    const out: Mention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (used[i] || !isCapWord(t) || t.upper) continue;
      const e = epithetEnd(tokens, i + 1);
      if (e < 0 || !ctx.isFree(i + 1, e)) continue;
      // "Al-Madinah": the name without its article.
      const bare = /^(?:al|el)-(?=\p{Lu})/iu.exec(t.base);
      const start = t.start + (bare ? bare[0].length : 0);
      out.push({ type: 'place', text: t.base.slice(bare ? bare[0].length : 0), start, end: t.start + t.base.length });
      ctx.claim(i, e);
      i = e;
    }
    return out;
  },
};
