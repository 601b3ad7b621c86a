/** Reading and resolving dates in one call, as an article in context would be (tests only). */
import { readDates } from '../../src/stages/dates.js';
import type { RawMention } from '../../src/stages/dates/mention.js';
import type { ReadResult } from '../../src/stages/dates/reading.js';
import { resolveMentions } from '../../src/stages/dates/resolve.js';

/** The date mentions of `paragraphs`, resolved against `reference` (the article's date). */
export function findDateMentions(paragraphs: string[], reference: Date, floor = false): RawMention[] {
  return resolveMentions(readDates(paragraphs), reference, floor).mentions;
}

/** What chrono and the reading refiners read in one sentence, in order. */
export function readSentence(sentence: string): ReadResult[] {
  return readDates([sentence]).sentences.flatMap((s) => s.expressions);
}

/** The results a rule tagged, as [text, its tags]: which it read (parser) or changed (refiner). */
export function taggedBy(sentence: string, name: string): [string, string[]][] {
  return readSentence(sentence)
    .filter((r) => r.tags.includes(`parser/${name}`) || r.tags.includes(`refiner/${name}`))
    .map((r) => [r.text, r.tags.filter((t) => t.startsWith('icesco/'))]);
}

/** The mentions `name` read or changed, as [text, start, end]. */
export function madeBy(paragraphs: string[], reference: Date, name: string, floor = false): [string, string, string | null][] {
  return findDateMentions(paragraphs, reference, floor)
    .filter((m) => m.provenance.rule === name || m.provenance.refinedBy.includes(name))
    .map((m) => [m.text, m.start, m.end]);
}
