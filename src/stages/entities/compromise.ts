/**
 * The only importer of compromise. Loads the lexicon's word classes into it, through its plugin
 * API, before anything is tagged; and answers what compromise's own lexicon knows of a word.
 */
import nlp from 'compromise';
import { lexiconPlugin } from './lexicon/plugin.js';

type Lexicon = Record<string, string | string[]>;
const world = () => nlp.world() as unknown as { model: { one: { lexicon: Lexicon; tagSet: Record<string, unknown> } } };

nlp.plugin(lexiconPlugin(world().model.one.tagSet));

export { nlp };

/** The tags compromise's lexicon gives a lower-case word (out of context), or none. */
export function lexiconTags(word: string): string[] {
  const tags = world().model.one.lexicon[word];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

/** compromise's tags that make a word a person's. */
export const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
/** compromise's tags that make a word a place's name. */
export const PLACE_NAME_TAGS = ['Place', 'City', 'Country', 'Region'];
/** ... and a place's, in context (an address). */
export const PLACE_TAGS = [...PLACE_NAME_TAGS, 'Address'];

export const hasLexiconTag = (word: string, tag: string) => lexiconTags(word).includes(tag);
