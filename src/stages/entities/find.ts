/**
 * find: text -> raw entity mentions. The text is tokenised and tagged by compromise once, then
 * read by the passes of passes/index.ts in their order; each mention says which pass found it.
 */
import { makeContext, PASSES, type Pass } from './passes/index.js';
import { tokenizeMany, type Token } from './tokens.js';

export type RawType = 'person' | 'place' | 'organization' | 'acronym';

/** One mention of an entity, before normalisation and merging. */
export interface RawEntity {
  type: RawType;
  /** Surface text, honorifics excluded. */
  text: string;
  start: number;
  end: number;
  /** The pass that found it (the `name` of one of passes/index.ts's PASSES). */
  pass: string;
  /** Organizations: the acronym defined right after the name ("(ARADO)"). */
  acronym?: string;
  /** Acronyms defined after a name that is not an organization (a programme, an event). */
  nonOrgAcronym?: boolean;
  /** People: the role given in apposition ("Director-General of ICESCO"). */
  role?: string;
  /** Bare acronyms: compromise knows it as an organization ("UNESCO", "UN"). */
  orgTagged?: boolean;
  /** Places: the canonical place (filled in by articleMentions, so merging needs no gazetteer). */
  place?: { name: string; country: boolean; countryName: string | null };
  /** People: introduced by an honorific or role (strong evidence). */
  titled?: boolean;
  /** Places: named in the gazetteer or the city index, not only placed by context ("in X"). */
  known?: boolean;
}

export function findEntities(text: string): RawEntity[] {
  return findEntitiesMany([text])[0];
}

/** findEntities over several texts, tagged by compromise in one call. */
export function findEntitiesMany(texts: string[]): RawEntity[][] {
  return tokenizeMany(texts).map((tokens, i) => findInTokens(texts[i], tokens, PASSES));
}

/** Only the given passes, in the given order, over one text: to see what a pass finds by itself. */
export function findWith(text: string, passes: readonly Pass[]): RawEntity[] {
  return findInTokens(text, tokenizeMany([text])[0], passes);
}

function findInTokens(text: string, tokens: Token[], passes: readonly Pass[]): RawEntity[] {
  const found: RawEntity[] = [];
  const ctx = makeContext(text, tokens, found);
  for (const pass of passes) for (const m of pass.run(ctx)) found.push({ ...m, pass: pass.name });
  return found.sort((a, b) => a.start - b.start);
}
