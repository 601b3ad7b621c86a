/** A surname or given name alone ("Dr. AlMalik" -> "AlMalik"), once the full name was found in the same text. */
import { NAME_PARTICLES } from '../lexicon/index.js';
import type { Mention, Pass } from './context.js';
import { personNameParts } from './person-names.js';
import { continuesName, isCapWord, isWord, lower } from './token-tests.js';

export const bareNames: Pass = {
  name: 'bare-names',
  reason: 'needs every full name found above; a lone word is only a name when one of them contains it',
  run(ctx) {
    const { tokens, used } = ctx;
    const parts = personNameParts(ctx.found);
    const out: Mention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (used[i] || !isCapWord(t) || t.common || !parts.has(t.base)) continue;
      if (continuesName(tokens[i + 1]) || (continuesName(tokens[i]) && isCapWord(tokens[i - 1]) && !used[i - 1])) continue;
      // "bin Salman": after a particle, the word is a father's or a family's name, not this person.
      const prev = tokens[i - 1];
      if (isWord(prev) && !prev.cap && NAME_PARTICLES.has(lower(prev))) continue;
      out.push({ type: 'person', text: t.base, start: t.start, end: t.start + t.base.length });
      ctx.claim(i, i);
    }
    return out;
  },
};
