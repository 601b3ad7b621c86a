/** Reading and resolving dates in one call, as an article in context would be (tests only). */
import { readDates } from '../../src/stages/dates.js';
import type { RawMention } from '../../src/stages/dates/mention.js';
import { resolveMentions } from '../../src/stages/dates/resolve.js';

/** The date mentions of `paragraphs`, resolved against `reference` (the article's date). */
export function findDateMentions(paragraphs: string[], reference: Date, floor = false): RawMention[] {
  return resolveMentions(readDates(paragraphs), reference, floor).mentions;
}
