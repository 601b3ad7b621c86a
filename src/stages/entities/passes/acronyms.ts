/** Bare acronyms ("ICESCO", "UNESCO"): resolved against the corpus's definitions when merging. */
import { BODY_ACRONYMS, NON_ORG_TAILS, NOUN_ACRONYMS, OWN_ACRONYMS, ROLE_HEADS, ROLE_WORDS } from '../lexicon/index.js';
import type { Token } from '../tokens.js';
import type { Mention, Pass, PassContext } from './context.js';
import { REGNAL_NUMBER } from './person-names.js';
import { continuesName, isCapWord, isWord, lower } from './token-tests.js';

/**
 * Does a body's acronym at token i name the body itself: alone ("OIC member states"), before a
 * role in it ("UN Secretary-General") or before an event named after it ("ASEAN Education
 * Ministers Meeting", "G20 Summit")? Before another name it starts a body of its own ("UN Women").
 */
function namesTheBody(tokens: readonly Token[], i: number): boolean {
  let e = i;
  while (continuesName(tokens[e + 1]) && e - i < 6) e++;
  const next = lower(tokens[i + 1] ?? tokens[i]);
  return e === i || NON_ORG_TAILS.has(lower(tokens[e])) || ROLE_WORDS.has(next) || ROLE_HEADS.has(next);
}

/** What joins the items of a list ("ALECSO, ISESCO and ABEGS"). */
const LIST_JOINERS = new Set([',', 'and', '&']);

/**
 * An acronym listed beside bodies is a body's: "ALECSO, ISESCO and ABEGS", "ICYF-DC and IOM",
 * "the Islamic Development Bank and ABEGS" (not a thing's acronym: "ICESCO and AI").
 */
function inListOfBodies(ctx: PassContext, at: Map<number, Mention>): void {
  const { tokens } = ctx;
  const orgEdges = new Set<number>();
  for (const e of ctx.found) {
    if (e.type !== 'organization') continue;
    orgEdges.add(ctx.tokenStartingAt(e.start));
    orgEdges.add(ctx.tokenEndingAt(e.end));
  }
  const isBody = (k: number) => at.get(k)?.orgTagged === true || orgEdges.has(k);
  // Twice, so that a body two items away reaches an acronym through another ("A, B and ISESCO").
  for (let pass = 0; pass < 2; pass++)
    for (const [i, m] of at) {
      if (m.orgTagged || NOUN_ACRONYMS.has(m.text) || /\d/.test(m.text)) continue; // (not "COP29", a meeting)
      const left = LIST_JOINERS.has(lower(tokens[i - 1] ?? tokens[i])) && isBody(i - 2);
      const right = LIST_JOINERS.has(lower(tokens[i + 1] ?? tokens[i])) && (isBody(i + 2) || (lower(tokens[i + 2] ?? tokens[i]) === 'the' && isBody(i + 3)));
      if (left || right) m.orgTagged = true;
    }
}

export const acronyms: Pass = {
  name: 'acronyms',
  reason: 'last: what no name took; whether an acronym is an organization is decided across the corpus',
  run(ctx) {
    const { tokens, used } = ctx;
    const out: Mention[] = [];
    const at = new Map<number, Mention>();
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      // ("G20": a body's acronym with a number is no acronym by its letters.)
      const known = BODY_ACRONYMS.has(t.base);
      if (used[i] || !isWord(t) || !(t.upper || known) || t.base.length < 2) continue;
      const body = known && namesTheBody(tokens, i);
      if (known && !body) continue; // "UN Women": part of another body's name
      if (tokens[i - 1]?.text === '(' && tokens[i + 1]?.text === ')') continue; // a definition of something else
      if (REGNAL_NUMBER.test(t.base) && isCapWord(tokens[i - 1])) continue; // "the Hassan II Mosque"
      const m: Mention = { type: 'acronym', text: t.base, start: t.start, end: t.start + t.base.length, orgTagged: (t.tags.has('Organization') && !NOUN_ACRONYMS.has(t.base)) || body || OWN_ACRONYMS.has(t.base) };
      out.push(m);
      at.set(i, m);
    }
    inListOfBodies(ctx, at);
    return out;
  },
};
