/**
 * Tags: how a rule says what it found on a chrono result, the way chrono's own parsers and
 * refiners tag theirs ("parser/ENCasualDateParser", "refiner/ENEndOfPeriodRefiner"). A rule that
 * reads or changes a result adds `parser/<name>` or `refiner/<name>` (which --explain reports);
 * what it found rides in `icesco/...` tags. Readings never drop a result: one that is no date
 * mention is tagged `icesco/skip`, so that what chrono read stays there to be consulted.
 */
import type { ParsingResult } from 'chrono-node';

/** Not a date mention (recurring, no month named, a weekday that starts a name, …). */
export const SKIP = 'icesco/skip';
/** A weekday or "today" that opens the date right after it ("today, Thursday (September 15, 2022)"). */
export const LEAD = 'icesco/lead';
/** A date that the weekdays or "today" right before it open: one mention with them. */
export const JOINED = 'icesco/joined';
/** Announces something ahead of the text: a deadline, an event to be held. */
export const FUTURE = 'icesco/future';
/** The start of a period still going on ("since 7 October 2023"). */
export const BACKGROUND = 'icesco/background';
/** Days counted from the day named before ("icesco/days:-2": "two days earlier"). */
export const DAYS = 'icesco/days:';
/** The word that gives a month its year ("icesco/word:this coming": "this coming December", icesco.relative-month). */
export const WORD = 'icesco/word:';
/** The day a lone weekday's period runs until ("icesco/until:2023-12-07"). */
export const UNTIL = 'icesco/until:';

/** Tags a result for the rule `name` ('icesco.<name>'), with what it found. */
export function mark<R extends ParsingResult>(r: R, name: string, ...found: string[]): R {
  r.addTag(`refiner/${name}`);
  for (const t of found) r.addTag(t);
  return r;
}

export const has = (r: ParsingResult, tag: string) => r.tags().has(tag);

/** The value of a `prefix:value` tag, if the result has one. */
export function valueOf(r: ParsingResult, prefix: string): string | undefined {
  for (const t of r.tags()) if (t.startsWith(prefix)) return t.slice(prefix.length);
  return undefined;
}

/** A weekday and nothing else ("on Monday", "last Thursday"). */
export const isWeekdayOnly = (r: ParsingResult) => r.start.isCertain('weekday') && !r.start.isCertain('day') && !r.start.isCertain('month') && !r.end;
/** "today", "this day". */
export const isToday = (r: ParsingResult) => /^(?:today|this day)$/i.test(r.text.trim());
/** "this month", "last month", "next month". */
export const MONTH_WORDS = /^(this|last|past|next|previous|coming) month$/i;

/**
 * What a result is, once read: `skip` and `lead` are no mention of their own; a `date` states its
 * day or month (and a joined one its weekday too); a `weekday` alone, a `shift` ("the following
 * day"), a `month-word` ("last month") and `yesterday` are resolved from the article's context.
 */
export type Kind = 'skip' | 'lead' | 'date' | 'shift' | 'weekday' | 'month-word' | 'yesterday';

export function kindOf(r: ParsingResult): Kind {
  const tags = r.tags();
  if (tags.has(SKIP)) return 'skip';
  if (tags.has(LEAD)) return 'lead';
  if (tags.has(JOINED)) return 'date';
  if (valueOf(r, DAYS) !== undefined) return 'shift';
  if (isWeekdayOnly(r)) return 'weekday';
  if (MONTH_WORDS.test(r.text.trim())) return 'month-word';
  if (/^yesterday\b/i.test(r.text.trim())) return 'yesterday';
  return 'date';
}

/** The sentence before a result, and after it. */
export const before = (sentence: string, r: ParsingResult) => sentence.slice(0, r.index);
export const after = (sentence: string, r: ParsingResult) => sentence.slice(r.index + r.text.length);
