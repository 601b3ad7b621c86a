/**
 * People in apposition to a role: "Ilias Kadir, Head of ...", "the Rector, Zhanseit Tuimebayev",
 * or right after a role and its complement: "Minister of Culture Adil Karimli", "Secretary-General
 * of the Saudi National Commission for Education, Culture and Science Ahmad Al-Balheed".
 */
import { COMPLEMENT_WORDS, HARD_ROLE_WORDS, ROLE_WORDS } from '../lexicon/index.js';
import type { Mention, Pass, PassContext } from './context.js';
import { nameRuns, roleAfter } from './person-names.js';
import { isKnownPlace } from './place-names.js';
import { lower } from './token-tests.js';

/** The most tokens between a role and the name after its complement. */
const MAX_COMPLEMENT = 20;

export const appositionPeople: Pass = {
  name: 'apposition-people',
  reason: 'a role beside a name is nearly as sure as a title; before tags and unknown words, which are guesses',
  run(ctx) {
    const { tokens, used, text } = ctx;
    const out: Mention[] = [];
    const inOrganization = organizationTokens(ctx);
    for (const [s0, e] of nameRuns(tokens, used, 2, 5)) {
      if (!ctx.isFree(s0, e)) continue;
      const before = tokens[s0 - 1];
      const before2 = tokens[s0 - 2];
      const roleBefore = (before && !before.cap && ROLE_WORDS.has(lower(before))) || (before?.text === ',' && before2 && !before2.cap && ROLE_WORDS.has(lower(before2)));
      const role = roleAfter(text, tokens[e].end);
      // A run that starts with the complement's English words ("Culture Adil Karimli") starts after them.
      let s = s0;
      if (!role && !roleBefore) {
        while (s < e && tokens[s].common) s++;
        if (s === e || !afterRoleComplement(ctx, s, inOrganization)) continue;
      }
      if (isKnownPlace(tokens, s, e)) continue;
      out.push({ type: 'person', text: ctx.span(s, e), start: tokens[s].start, end: tokens[e].end, ...(role ? { role } : {}), titled: true });
      ctx.claim(s, e);
    }
    return out;
  },
};

/** The tokens of the organizations found above. */
function organizationTokens(ctx: PassContext): Set<number> {
  const inside = new Set<number>();
  for (const m of ctx.found) {
    if (m.type !== 'organization') continue;
    for (let k = ctx.tokenStartingAt(m.start); k >= 0 && k < ctx.tokens.length && ctx.tokens[k].start < m.end; k++) inside.add(k);
  }
  return inside;
}

/**
 * Do the tokens before s read "ROLE of COMPLEMENT": a role ("Minister", "Secretary-General"), "of"
 * or "for", then capitalised English words or an organization's name ("Culture", "the Saudi
 * National Commission for ...")?
 */
function afterRoleComplement(ctx: PassContext, s: number, inOrganization: Set<number>): boolean {
  const { tokens } = ctx;
  let complement = false;
  let words = 0;
  for (let k = s - 1; k >= 0 && k >= s - MAX_COMPLEMENT; k--) {
    const t = tokens[k];
    const w = lower(t);
    if (t.sentenceStart && k < s - 1 && !HARD_ROLE_WORDS.has(w)) return false;
    if (HARD_ROLE_WORDS.has(w)) return complement && words > 0;
    if (!t.cap && COMPLEMENT_WORDS.has(w)) complement = true;
    else if (inOrganization.has(k) || (t.cap && t.common && !t.upper)) words++;
    else if (!(w === 'the' || w === 'and' || t.text === ',')) return false;
    if (k === s - 1 && !words) return false; // the name follows the complement's words, not "of" itself
  }
  return false;
}
