/**
 * icesco.aside: a date in a sentence set aside as background — "It is worth noting that the
 * winner of the 2016 edition was announced on 14 November 2016", "It should be recalled that …"
 * — is a date mention, never the article's own date (`background`).
 */
import type { Refiner } from 'chrono-node';
import { BACKGROUND, before, kindOf, mark } from '../tags.js';

export const NAME = 'icesco.aside';

/** The openings of a sentence that recalls something rather than reports the news. */
const ASIDE = /^\W*(?:it is (?:worth (?:noting|mentioning|recalling)|noteworthy|to be (?:noted|recalled)|recalled)|it should be (?:noted|recalled|mentioned)|it (?:was|is) recalled|(?:it )?worth mentioning|notably|recall that)\b/i;

export const refiner: Refiner = {
  refine(context, results) {
    for (const r of results) {
      if (kindOf(r) !== 'date') continue;
      // The sentence the mention sits in, from its start ("…. It is worth noting that …").
      const upTo = before(context.text, r);
      const opening = upTo.slice(Math.max(upTo.lastIndexOf('. '), upTo.lastIndexOf('\n')) + 1);
      if (ASIDE.test(opening)) mark(r, NAME, BACKGROUND);
    }
    return results;
  },
};
