/**
 * "a conference on al-Farabi, who ...": a lower-case "al-" joined to a capitalised word, standing
 * alone and followed by "who", is the name a scholar is known by. Without "who" it may be a place,
 * a mosque, a movement or a term ("al-Aqsa", "al-Andalus", "al-Hadith"). (A quoted term and a
 * longer name, "Turki al-Maliki", are left to other passes.)
 */
import type { Mention, Pass } from './context.js';
import { continuesName, isCapWord, lower } from './token-tests.js';

export const nisbaPeople: Pass = {
  name: 'nisba-people',
  reason: 'a single lower-case word is the weakest name: only what no pass above took, and only before "who"',
  run(ctx) {
    const { tokens, used } = ctx;
    const out: Mention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (used[i] || ctx.quoted[i] || !/^(?:al|el)-\p{Lu}\p{Ll}{2,}$/u.test(t.base)) continue;
      if (isCapWord(tokens[i - 1]) || continuesName(tokens[i + 1])) continue;
      const who = tokens[i + 1]?.text === ',' ? tokens[i + 2] : tokens[i + 1];
      if (!who || lower(who) !== 'who') continue;
      out.push({ type: 'person', text: t.base, start: t.start, end: t.start + t.base.length });
      ctx.claim(i, i);
    }
    return out;
  },
};
