/** The shape of the lexicon's data: word classes, each a tag with its words. */

/**
 * One word class: compromise-style, a tag and the words that carry it. A class inside another
 * (`isA`) lists only its own words: the parent's words are its own plus its children's, so no
 * list is a copy of another.
 */
export interface WordClass {
  tag: string;
  /** The classes these words belong to as well. */
  isA?: string | readonly string[];
  /** Why these words form a class: what the rules read them for. */
  reason: string;
  /**
   * The words, as written: lower case unless case matters (titles, legal forms). Queries fold
   * case and a closing abbreviation dot ("Dr." and "dr" are one key).
   */
  words: readonly string[];
}
