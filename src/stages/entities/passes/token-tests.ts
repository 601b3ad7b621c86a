/** Small tests on tokens that every pass uses. */
import { PERSON_TAGS, PLACE_TAGS } from '../compromise.js';
import type { Token } from '../tokens.js';

/** The token's text in lower case, without a possessive or a closing abbreviation dot. */
export const lower = (t: Token) => t.base.toLowerCase();
export const isWord = (t: Token | undefined): t is Token => !!t && !t.punct;
export const isCapWord = (t: Token | undefined): t is Token => isWord(t) && t.cap;
/** A capitalised word in the same sentence (the next sentence's first word does not continue a name). */
export const continuesName = (t: Token | undefined): t is Token => isCapWord(t) && !t.sentenceStart;

export { PERSON_TAGS, PLACE_TAGS };
export const hasPlaceTag = (t: Token) => PLACE_TAGS.some((x) => t.tags.has(x));
export const hasPersonTag = (t: Token) => PERSON_TAGS.some((x) => t.tags.has(x));
