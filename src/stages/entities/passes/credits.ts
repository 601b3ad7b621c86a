/**
 * A report's credit in parentheses at the head of a paragraph, alone or after a dateline:
 * "(MENAFN- Kuwait News Agency (KUNA)) RIYADH, ...", "Saudi Arabia, 16 Nov (UrduPoint / Pakistan
 * Point News - 16th Nov, 2022):". Its agencies and places are the report's sources, not the
 * article's (GUIDELINES.md), so its words are claimed and nothing is found in them.
 */
import { CALENDAR_WORDS } from '../lexicon/index.js';
import type { Token } from '../tokens.js';
import type { Mention, Pass } from './context.js';
import { isCapWord, lower } from './token-tests.js';

/** The most tokens a credit spans. */
const MAX_CREDIT = 25;

/** The ")" closing the "(" at token i, nested ones counted, within MAX_CREDIT tokens; or -1. */
function closing(tokens: readonly Token[], i: number): number {
  let depth = 0;
  for (let k = i; k < tokens.length && k <= i + MAX_CREDIT; k++) {
    if (tokens[k].text === '(') depth++;
    else if (tokens[k].text === ')' && --depth === 0) return k;
  }
  return -1;
}

/** Does the paragraph's text before token i hold only a dateline ("Saudi Arabia, 16 Nov"), or nothing? */
function afterDatelineOnly(text: string, tokens: readonly Token[], i: number): boolean {
  let s = i;
  while (s > 0 && !text.slice(tokens[s - 1].end, tokens[s].start).includes('\n')) s--;
  const before = tokens.slice(s, i);
  if (before.length === 0) return true;
  // A dateline: a place, a comma, and a date last ("Saudi Arabia,16 Nov"; not "In 2020 (...)").
  const last = before[before.length - 1];
  const dated = /^\d/.test(last.text) || CALENDAR_WORDS.has(lower(last));
  // ("ABU DHABI, (UrduPoint / Pakistan Point News / WAM - 03rd Feb, 2020)": a place in capitals and its comma, the date inside the credit.)
  const placeInCapitals = last.text === ',' && before.slice(0, -1).every((t) => t.upper || (isCapWord(t) && t.text === t.text.toUpperCase()));
  return (dated || placeInCapitals) && before.some((t) => t.text === ',') && before.every((t) => t.text === ',' || /^\d/.test(t.text) || isCapWord(t));
}

export const credits: Pass = {
  name: 'credits',
  reason: 'first: a credit\'s agencies and places belong to no article, so no pass may read them',
  run(ctx) {
    const { tokens, text } = ctx;
    const out: Mention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].text !== '(') continue;
      const close = closing(tokens, i);
      // ("(KUNA)" alone is an acronym's definition, read by the organization passes.)
      if (close < i + 3 || !afterDatelineOnly(text, tokens, i)) continue;
      ctx.claim(i, close);
      i = close;
    }
    return out;
  },
};
