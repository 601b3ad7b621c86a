/**
 * "ZeroE company", "Siemens corporation": a name the sentence calls a company in lower case.
 * Only words nothing else knows: not an English word, a place, a nationality, a person, a date, a
 * determiner or a compound adjective ("a Saudi company", "a Dubai firm", "on Monday company
 * officials", "a Casablanca-based firm" name no company).
 */
import { getGazetteer } from '../gazetteer.js';
import { CALENDAR_WORDS, COMPANY_NOUNS, NOT_NAME_WORDS } from '../lexicon/index.js';
import type { Token } from '../tokens.js';
import type { Mention, Pass } from './context.js';
import { isCapWord, lower, PERSON_TAGS, PLACE_TAGS } from './token-tests.js';

/** Tags that make a capitalised word something other than a company's name. */
const NOT_COMPANY_TAGS = [...PLACE_TAGS, ...PERSON_TAGS, 'Date', 'Month', 'WeekDay', 'Holiday'];

export const companyNouns: Pass = {
  name: 'company-nouns',
  reason: 'after head nouns, which name most bodies: "X company" is weaker evidence, and only for words nothing else knows',
  run(ctx) {
    const { tokens, used } = ctx;
    const g = getGazetteer();
    const known = (t: Token) =>
      t.common || t.upper || /-\p{Ll}+$/u.test(t.base) || NOT_NAME_WORDS.has(lower(t)) || CALENDAR_WORDS.has(lower(t)) || g.byName.has(t.base) || g.notPlaces.has(lower(t)) ||
      NOT_COMPANY_TAGS.some((x) => t.tags.has(x));
    const out: Mention[] = [];
    for (let h = 1; h < tokens.length; h++) {
      if (used[h] || tokens[h].cap || !COMPANY_NOUNS.has(lower(tokens[h]))) continue;
      let s = h;
      while (s > 0 && h - s < 4 && !used[s - 1] && isCapWord(tokens[s - 1]) && !tokens[s - 1].possessive && ctx.joined(s - 1, s) && !NOT_NAME_WORDS.has(lower(tokens[s - 1]))) s--;
      if (s === h || tokens.slice(s, h).some(known)) continue;
      ctx.claim(s, h - 1);
      out.push({ type: 'organization', text: ctx.span(s, h - 1), start: tokens[s].start, end: tokens[h - 1].end });
    }
    return out;
  },
};
