/**
 * What the parsers of dates in other languages make of a day, or of days of one month, with the
 * month's number, and the year when the text gives one (else resolving implies it).
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';

/** One day ("14 octobre 2021"), or a range of days of one month ("du 21 au 23 mai"; none when the days run backwards). */
export function dayRange(context: ParsingContext, m: RegExpMatchArray, name: string, days: { month: number; first: number; last: number | null; year: number | null }): ParsingResult | null {
  const year = days.year === null ? {} : { year: days.year };
  const start = { ...year, month: days.month, day: days.first };
  if (days.last === null) return context.createParsingResult(m.index ?? 0, m[0], start).addTag(`parser/${name}`);
  if (days.last <= days.first) return null;
  return context.createParsingResult(m.index ?? 0, m[0], start, { ...year, month: days.month, day: days.last }).addTag(`parser/${name}`);
}
