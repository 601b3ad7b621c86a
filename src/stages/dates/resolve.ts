/**
 * Resolving an article's reading in its page context, once: chrono's results again, with the
 * article's date as reference, through RESOLVING's refiners (configuration.ts), then mentions.
 */
import { ArticleContext, inContext } from './article.js';
import { RESOLVING } from './configuration.js';
import { toMention, type RawMention } from './mention.js';
import type { DateReading } from './reading.js';

/** An article's date mentions, and what it names without a year the page could give. */
export interface Resolution {
  mentions: RawMention[];
  /** With no date for the article: the mentions left out for want of a year, as written. */
  unresolved: string[];
}

/**
 * Resolves an article's reading against `date` (its own, or its neighbour's on the page; a
 * `floor` when the article is no older than it). With no date, only the mentions that state their
 * year are kept: a year-less "12 March" is never dated in the clock's year.
 */
export function resolveMentions(reading: DateReading, date: Date | null, floor = false): Resolution {
  const context = new ArticleContext(date, floor);
  let results = inContext(reading.sentences, context);
  for (const { step } of RESOLVING) results = step.refine(context, results);
  const out: Resolution = { mentions: [], unresolved: [] };
  for (const r of results) {
    const m = toMention(r);
    if (date || m.yearStated) out.mentions.push(m);
    else if (!m.relative) out.unresolved.push(m.text);
  }
  return out;
}

/** The dates an article states with their year, read before its date is known (no resolving: none needs it). */
export function statedMentions(reading: DateReading): RawMention[] {
  return inContext(reading.sentences, new ArticleContext(null))
    .filter((r) => r.kind === 'date' && r.start.isCertain('year'))
    .map(toMention);
}
