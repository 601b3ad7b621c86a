/**
 * icesco's resolving refiners, run once per article with its date as chrono's reference (pinned:
 * Saturday 2025-09-20 unless said): the mentions each resolves, and those it leaves to others.
 */
import { describe, expect, it } from 'vitest';
import * as dayShift from '../../src/stages/dates/resolving/day-shift.js';
import * as monthFromArticle from '../../src/stages/dates/resolving/month-from-article.js';
import * as weekdayFromArticle from '../../src/stages/dates/resolving/weekday-from-article.js';
import * as weekdayInRange from '../../src/stages/dates/resolving/weekday-in-range.js';
import * as weekdayMismatch from '../../src/stages/dates/resolving/weekday-mismatch.js';
import * as weekdayUntil from '../../src/stages/dates/resolving/weekday-until.js';
import * as yearFromArticle from '../../src/stages/dates/resolving/year-from-article.js';
import * as yesterday from '../../src/stages/dates/resolving/yesterday.js';
import { resolveMentions } from '../../src/stages/dates/resolve.js';
import { readDates } from '../../src/stages/dates.js';
import { REF } from '../helpers/seeds.js';
import { findDateMentions, madeBy } from './helpers.js';

type Case = [paragraphs: string[], mentions: [text: string, start: string, end: string | null][], reference?: string, floor?: boolean];

const table = (name: string, cases: Case[]) =>
  it.each(cases)('%j', (paragraphs, expected, reference, floor) => {
    expect(madeBy(paragraphs, reference ? new Date(`${reference}T12:00:00Z`) : REF, name, floor)).toEqual(expected);
  });

describe(yearFromArticle.NAME, () => {
  table(yearFromArticle.NAME, [
    [['The training program runs from 15 to 18 September at Bishkek State University.'], [['15 to 18 September', '2025-09-15', '2025-09-18']]],
    [['The winter school was held from 28 to 30 December in Tashkent.'], [['28 to 30 December', '2025-12-28', '2025-12-30']], '2026-01-05'],
    [['He invited the Counselor to the conference held in Baku this coming December.'], [['this coming December', '2025-12-01', '2025-12-31']]],
    [['The report will be published this coming February.'], [['this coming February', '2026-02-01', '2026-02-28']], '2025-11-01'],
    [['The Organization held its last session in Baku last June.'], [['last June', '2025-06-01', '2025-06-30']]],
    // Not: a date that states its year.
    [['The Congress was held in Astana on 17-18 September 2025.'], []],
  ]);

  it('leaves a year-less date out when the article has no date, and says which', () => {
    const r = resolveMentions(readDates(['The program runs from 15 to 18 September, after the forum of 3 March 2025.']), null);
    expect([r.mentions.map((m) => m.text), r.unresolved]).toEqual([['3 March 2025'], ['15 to 18 September']]);
  });
});

describe(monthFromArticle.NAME, () => {
  table(monthFromArticle.NAME, [
    [['The ministers met earlier this month in Rabat.'], [['earlier this month', '2025-09-01', '2025-09-30']]],
    [['The experts visited the sites last month.'], [['last month', '2025-08-01', '2025-08-31']]],
    [['The forum will be held next month in Baku.'], [['next month', '2025-10-01', '2025-10-31']]],
    [['The forum was held last month in Baku.'], [['last month', '2024-12-01', '2024-12-31']], '2025-01-10'],
    // Not: a month a word places (the year is the question there), a month with its year.
    [['The Organization held its last session in Baku last June.'], []],
    [['The report was published in June 2025.'], []],
  ]);
});

describe(yesterday.NAME, () => {
  table(yesterday.NAME, [
    [['The agreement was signed yesterday at the Ministry.'], [['yesterday', '2025-09-19', null]]],
    [['The delegation arrived yesterday evening in Rabat.'], [['yesterday evening', '2025-09-19', null]]],
    [['The delegation arrived yesterday evening in Rabat.'], [['yesterday evening', '2024-12-31', null]], '2025-01-01'],
    // Not: "yesterday" that names no day, "today" and "tomorrow" (mostly figurative on these pages).
    [['The lessons of yesterday guide the youth of today.'], []],
    [['The symposium opens today and closes tomorrow.'], []],
  ]);
});

describe(weekdayUntil.NAME, () => {
  table(weekdayUntil.NAME, [
    [['The workshop, which kicked off on Monday in N’Djamena and runs until Thursday, 7 December 2023, trains 40 teachers.'], [['Monday', '2023-12-04', null]]],
    [['The camp started on Sunday and runs through Friday, 12 July 2024.'], [['Sunday', '2024-07-07', null]]],
    // Not: a deadline weeks away (the weekday is counted from the article's date).
    [['The exhibition, which opened on Tuesday at ICESCO headquarters in Rabat, will continue until 31 January 2024.'], [], '2023-12-06'],
    [['On Monday, ICESCO launched the competition, with registration open until 15 January 2024.'], [], '2023-12-06'],
  ]);
});

describe(weekdayInRange.NAME, () => {
  table(weekdayInRange.NAME, [
    [['The training was held from 8 to 10 September 2025 in Zaria. On Tuesday, participants visited boreholes.'], [['Tuesday', '2025-09-09', null]]],
    [['The forum runs from 24 to 26 March in Baku.', 'On Wednesday, the experts visited the old city.'], [['Wednesday', '2025-03-26', null]]],
    // Not: a range of a week or more, a weekday the range does not hold, a day named in between.
    [['The exhibition runs from 1 to 30 September 2025. On Tuesday, pupils visited it.'], []],
    [['The training was held from 8 to 10 September 2025 in Zaria. On Friday, the trainers left.'], []],
    [['The training was held from 8 to 10 September 2025, after the forum of 2 September 2025. On Tuesday, pupils visited it.'], []],
  ]);
});

describe(weekdayFromArticle.NAME, () => {
  table(weekdayFromArticle.NAME, [
    [['The meeting took place on Thursday at the Ministry.'], [['Thursday', '2025-09-18', null]]],
    [['The Conference kicked off on Sunday in Doha and gathered 200 scholars.'], [['Sunday', '2025-09-14', null]]],
    [['The forum will close on Monday with a final declaration.'], [['Monday', '2025-09-22', null]]],
    [['The meeting took place on Saturday at the Ministry.'], [['Saturday', '2025-09-20', null]]],
    // A floor (the article is no older than the one listed below it): the first such day since, unless "last".
    [['ICESCO concluded on Monday a training programme for 30 women artisans.'], [['Monday', '2025-06-30', null]], '2025-06-29', true],
    [['ICESCO concluded last Monday a training programme for 30 women artisans.'], [['Monday', '2025-06-23', null]], '2025-06-29', true],
    // Not: a weekday that opens its date, one a period ends, one inside a range.
    [['ICESCO held on Monday (15 September 2025) a forum in Rabat.'], []],
    [['The workshop, which kicked off on Monday and runs until Thursday, 7 December 2023, trains teachers.'], []],
    [['The training was held from 8 to 10 September 2025 in Zaria. On Tuesday, participants visited boreholes.'], []],
  ]);
});

describe(dayShift.NAME, () => {
  table(dayShift.NAME, [
    [['The workshop opened on Tuesday, 16 September 2025 in Karachi.', 'Field visits took place the following day in Thatta.'], [['the following day', '2025-09-17', null]]],
    [['The agreement was signed on 10 September 2025. Two days earlier, the delegation visited Dhaka.'], [['Two days earlier', '2025-09-08', null]]],
    [['The forum was held from 10 to 12 September 2025. The next day, the experts left.'], [['The next day', '2025-09-13', null]]],
    [['The talks were held the previous evening, and he had arrived the day before.'], [['the previous evening', '2025-09-19', null], ['the day before', '2025-09-18', null]]],
    // Not: "the day after tomorrow", a duration.
    [['The results will be known the day after tomorrow.'], []],
    [['The symposium will last for two days.'], []],
  ]);
});

describe(weekdayMismatch.NAME, () => {
  const warnings = (sentence: string) => findDateMentions([sentence], REF).map((m) => m.warning ?? null);
  it.each([
    ['The visit took place on Monday, 18 September 2025, in Astana.', ['Monday, 18 September 2025: 2025-09-18 is a Thursday, not a Monday']],
    ['ICESCO held on Monday (17 September 2025) a workshop.', ['Monday (17 September 2025): 2025-09-17 is a Wednesday, not a Monday']],
    ['The delegation arrived on Monday, 17 September, in Rabat.', ['Monday, 17 September: 2025-09-17 is a Wednesday, not a Monday']],
    // Not: a weekday that agrees, a date with no weekday.
    ['The visit took place on Thursday, 18 September 2025, in Astana.', [null]],
    ['ICESCO held today, Saturday (September 20, 2025), a forum.', [null]],
    ['The visit took place on 18 September 2025 in Astana.', [null]],
  ] as [string, (string | null)[]][])('%j', (sentence, expected) => {
    expect(warnings(sentence)).toEqual(expected);
  });
});
