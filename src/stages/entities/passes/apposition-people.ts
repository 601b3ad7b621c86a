/** People in apposition to a role: "Ilias Kadir, Head of ...", "the Rector, Zhanseit Tuimebayev". */
import { ROLE_WORDS } from '../lexicon/index.js';
import type { Mention, Pass } from './context.js';
import { nameRuns, roleAfter } from './person-names.js';
import { isKnownPlace } from './place-names.js';
import { lower } from './token-tests.js';

export const appositionPeople: Pass = {
  name: 'apposition-people',
  reason: 'a role beside a name is nearly as sure as a title; before tags and unknown words, which are guesses',
  run(ctx) {
    const { tokens, used, text } = ctx;
    const out: Mention[] = [];
    for (const [s, e] of nameRuns(tokens, used, 2, 5)) {
      if (!ctx.isFree(s, e)) continue;
      const before = tokens[s - 1];
      const before2 = tokens[s - 2];
      const roleBefore = (before && !before.cap && ROLE_WORDS.has(lower(before))) || (before?.text === ',' && before2 && !before2.cap && ROLE_WORDS.has(lower(before2)));
      const role = roleAfter(text, tokens[e].end);
      if (!role && !roleBefore) continue;
      if (isKnownPlace(tokens, s, e)) continue;
      out.push({ type: 'person', text: ctx.span(s, e), start: tokens[s].start, end: tokens[e].end, ...(role ? { role } : {}), titled: true });
      ctx.claim(s, e);
    }
    return out;
  },
};
