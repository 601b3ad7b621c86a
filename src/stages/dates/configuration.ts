/**
 * How icesco reads dates: chrono-node's casual English (`chrono.casual.clone()`) with icesco's
 * parsers and refiners, in order, each with the reason for its place — as chrono lists its own
 * in `locales/en/configuration.ts`.
 *
 * Dates are read in three steps, each done once:
 *
 * 1. **Reading** (dates.ts: `readDates`), per article, in worker threads, cached: chrono over each
 *    sentence, with PARSERS added before chrono's own and READING's refiners after chrono's. Nothing
 *    here may depend on a reference date — the article's date is not known yet — so chrono parses
 *    against a neutral one, and the reading keeps chrono's results as they are (place, words,
 *    known components) with icesco's tags on them (tags.ts). Refiners tag rather than drop: a
 *    result that is no mention is tagged `icesco/skip`, so that what chrono read stays there.
 *    Everything the words around a date decide (a weekday joined to its date, recurring, future,
 *    "since", which word places a month) is decided here.
 * 2. **Resolving** (resolve.ts: `resolveMentions`), once per article, in its page's context: the
 *    reading becomes chrono's own results again (`ParsingResult`, `ParsingComponents`) with the
 *    article's date — or its neighbour's on the page — as chrono's reference, and RESOLVING's
 *    refiners fill in what the text leaves to it (year-less → year, weekday → day, relative → day
 *    or month), implying components as chrono's parsers do. Each result then becomes a mention.
 * 3. **Choosing** the article's date (article-dates.ts, date-rules.ts), once per article, over the
 *    resolved mentions.
 *
 * Datelines (a short line that only dates an article) are read with LINES' refiners instead of
 * READING's; `--since`/`--until` values (src/date-bounds.ts) with the parsers alone.
 */
import type { Chrono, Parser, Refiner } from 'chrono-node';
import type { ResolvingRefiner } from './article.js';
import * as gregorianBesideHijri from './lines/gregorian-beside-hijri.js';
import * as numericDayFirst from './lines/numeric-day-first.js';
import * as betweenDays from './parsers/between-days.js';
import * as dayRangeAnd from './parsers/day-range-and.js';
import * as frenchDates from './parsers/french-dates.js';
import * as germanDates from './parsers/german-dates.js';
import * as indonesianDates from './parsers/indonesian-dates.js';
import * as monthRange from './parsers/month-range.js';
import * as relativeMonth from './parsers/relative-month.js';
import * as figurativeYesterday from './reading/figurative-yesterday.js';
import * as futureWording from './reading/future-wording.js';
import * as monthNeedsYear from './reading/month-needs-year.js';
import * as namesAMonth from './reading/names-a-month.js';
import * as partOfDay from './reading/part-of-day.js';
import * as rangeYear from './reading/range-year.js';
import * as periodEnd from './reading/period-end.js';
import * as recurring from './reading/recurring.js';
import * as shiftedDay from './reading/shifted-day.js';
import * as since from './reading/since.js';
import * as founding from './reading/founding.js';
import * as aside from './reading/aside.js';
import * as weekdayName from './reading/weekday-name.js';
import * as weekdayWithDate from './reading/weekday-with-date.js';
import * as dayShift from './resolving/day-shift.js';
import * as monthFromArticle from './resolving/month-from-article.js';
import * as weekdayFromArticle from './resolving/weekday-from-article.js';
import * as weekdayInRange from './resolving/weekday-in-range.js';
import * as weekdayMismatch from './resolving/weekday-mismatch.js';
import * as weekdayUntil from './resolving/weekday-until.js';
import * as yearFromArticle from './resolving/year-from-article.js';
import * as yesterday from './resolving/yesterday.js';

/** One step of the configuration: its name (the tag it leaves), why it is there, and what it is. */
export interface Step<T> {
  name: string;
  reason: string;
  step: T;
}

/** Added before chrono's own parsers: each reads a form whole that chrono would read only part of. */
export const PARSERS: Step<Parser>[] = [
  { name: dayRangeAnd.NAME, reason: '"September 8 and 9, 2025": chrono reads the first day alone', step: dayRangeAnd.monthFirst },
  { name: dayRangeAnd.NAME, reason: '"8 and 9 September 2025": the same, day first', step: dayRangeAnd.dayFirst },
  { name: betweenDays.NAME, reason: '"between 3 and 5 November": chrono reads one day', step: betweenDays.parser },
  { name: monthRange.NAME, reason: '"from January to June 2025": chrono reads June alone', step: monthRange.parser },
  { name: relativeMonth.NAME, reason: '"next May", "this coming December": the word that gives the year, with its month', step: relativeMonth.parser },
  { name: frenchDates.NAME, reason: '"jeudi 14 octobre 2021", "du 21 au 23 mai 2013": French, which chrono\'s English does not read', step: frenchDates.dayMonth },
  { name: frenchDates.NAME, reason: '"octobre 2021": a French month with its year, in lower case', step: frenchDates.monthYear },
  { name: germanDates.NAME, reason: '"Baku, 29. September, AZERTAC": German, the day with its full stop', step: germanDates.parser },
  { name: indonesianDates.NAME, reason: '"22 Januari 2019 hingga 22 Januari 2022": two whole dates, "until" between them, first: one range', step: indonesianDates.dateRange },
  { name: indonesianDates.NAME, reason: '"3-4 Oktober 2017", "Jumat, 11 Mei": Indonesian and Malay, in the spellings chrono\'s English does not read', step: indonesianDates.dayMonth },
  { name: indonesianDates.NAME, reason: '"Mei 1979": an Indonesian month with its year', step: indonesianDates.monthYear },
];

/**
 * After chrono's refiners, reading an article's sentences (no reference date). `reader` is
 * chrono with PARSERS and no icesco refiner, for re-reading part of a sentence.
 */
export const READING = (reader: () => Chrono): Step<Refiner>[] => [
  { name: partOfDay.NAME, reason: 'first: the date after "the afternoon of" is read again, and the rules below see it as any date', step: partOfDay.refiner(reader) },
  { name: rangeYear.NAME, reason: '"November 19 to December 10, 1946": the start takes the year its end states, before any rule asks for a year', step: rangeYear.refiner },
  { name: shiftedDay.NAME, reason: '"the following day": found after chrono\'s refiners, which would merge or drop it', step: shiftedDay.refiner },
  { name: weekdayWithDate.NAME, reason: 'joins "today, Thursday (September 15, 2022)" before any rule judges its parts alone', step: weekdayWithDate.refiner },
  { name: periodEnd.NAME, reason: '"on Monday … until Thursday, 7 December 2023": looked for among all results, before any is skipped', step: periodEnd.refiner },
  { name: recurring.NAME, reason: '"every year on September 21": before the month checks, so that it says why', step: recurring.refiner },
  { name: namesAMonth.NAME, reason: 'only expressions that name a calendar month are mentions', step: namesAMonth.refiner },
  { name: monthNeedsYear.NAME, reason: 'a month alone is a mention only with its year, or a word that gives it (icesco.relative-month)', step: monthNeedsYear.refiner },
  { name: weekdayName.NAME, reason: '"the Friday Mosque": a weekday starting a name (not one a period ends)', step: weekdayName.refiner },
  { name: figurativeYesterday.NAME, reason: '"the lessons of yesterday" names no day', step: figurativeYesterday.refiner },
  { name: futureWording.NAME, reason: 'deadlines and "will be held": tagged last, on the mentions that remain', step: futureWording.refiner },
  { name: since.NAME, reason: '"since 7 October 2023": background, never the article\'s date', step: since.refiner },
  { name: aside.NAME, reason: '"It is worth noting that … on 14 November 2016": background, never the article\'s date', step: aside.refiner },
  { name: founding.NAME, reason: '"Founded in May 1979, the Organization …": a body\'s history, never the article\'s date', step: founding.refiner },
];

/** After chrono's refiners, reading a line that may date an article. */
export const LINES: Step<Refiner>[] = [
  { name: gregorianBesideHijri.NAME, reason: '"1442/10/14 - 2021/05/26": the Gregorian date of the two', step: gregorianBesideHijri.refiner },
  { name: numericDayFirst.NAME, reason: 'then "09/05/2019" is 9 May, read day first', step: numericDayFirst.refiner },
];

/** Once per article, in page context, with the article's date as chrono's reference. */
export const RESOLVING: Step<ResolvingRefiner>[] = [
  { name: yearFromArticle.NAME, reason: 'first: every later rule counts from dates whose year is known', step: yearFromArticle.refiner },
  { name: monthFromArticle.NAME, reason: '"last month": the article\'s month, counted', step: monthFromArticle.refiner },
  { name: yesterday.NAME, reason: '"signed yesterday": the day before the article\'s date', step: yesterday.refiner },
  { name: weekdayUntil.NAME, reason: 'a weekday whose period\'s end the text states is read from the text', step: weekdayUntil.refiner },
  { name: weekdayInRange.NAME, reason: 'else one inside the week-long range named just before is that range\'s day', step: weekdayInRange.refiner },
  { name: weekdayFromArticle.NAME, reason: 'else the nearest such day to the article\'s date', step: weekdayFromArticle.refiner },
  { name: dayShift.NAME, reason: '"the following day" counts from the day named last: after every other day is known', step: dayShift.refiner },
  { name: weekdayMismatch.NAME, reason: 'last: a weekday is checked against its date once the year is known', step: weekdayMismatch.refiner },
];
