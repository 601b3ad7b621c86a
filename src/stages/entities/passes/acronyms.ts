/** Bare acronyms ("ICESCO", "UNESCO"): resolved against the corpus's definitions when merging. */
import { BODY_ACRONYMS, NOUN_ACRONYMS } from '../lexicon/index.js';
import type { Mention, Pass } from './context.js';
import { REGNAL_NUMBER } from './person-names.js';
import { isCapWord, isWord } from './token-tests.js';

export const acronyms: Pass = {
  name: 'acronyms',
  reason: 'last: what no name took; whether an acronym is an organization is decided across the corpus',
  run(ctx) {
    const { tokens, used } = ctx;
    const out: Mention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      // ("G20": a body's acronym with a number is no acronym by its letters.)
      const body = BODY_ACRONYMS.has(t.base);
      if (used[i] || !isWord(t) || !(t.upper || body) || t.base.length < 2) continue;
      if (tokens[i - 1]?.text === '(' && tokens[i + 1]?.text === ')') continue; // a definition of something else
      if (REGNAL_NUMBER.test(t.base) && isCapWord(tokens[i - 1])) continue; // "the Hassan II Mosque"
      out.push({ type: 'acronym', text: t.base, start: t.start, end: t.start + t.base.length, orgTagged: (t.tags.has('Organization') && !NOUN_ACRONYMS.has(t.base)) || body });
    }
    return out;
  },
};
