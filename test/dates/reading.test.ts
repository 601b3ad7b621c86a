/**
 * icesco's reading refiners, run after chrono's on each sentence with no reference date: what
 * each tags (the result it reads or changes, and what it found), and what it leaves alone.
 */
import { describe, expect, it } from 'vitest';
import * as aside from '../../src/stages/dates/reading/aside.js';
import * as founding from '../../src/stages/dates/reading/founding.js';
import * as figurativeYesterday from '../../src/stages/dates/reading/figurative-yesterday.js';
import * as futureWording from '../../src/stages/dates/reading/future-wording.js';
import * as monthNeedsYear from '../../src/stages/dates/reading/month-needs-year.js';
import * as namesAMonth from '../../src/stages/dates/reading/names-a-month.js';
import * as partOfDay from '../../src/stages/dates/reading/part-of-day.js';
import * as rangeYear from '../../src/stages/dates/reading/range-year.js';
import * as periodEnd from '../../src/stages/dates/reading/period-end.js';
import * as recurring from '../../src/stages/dates/reading/recurring.js';
import * as shiftedDay from '../../src/stages/dates/reading/shifted-day.js';
import * as since from '../../src/stages/dates/reading/since.js';
import * as weekdayName from '../../src/stages/dates/reading/weekday-name.js';
import * as weekdayWithDate from '../../src/stages/dates/reading/weekday-with-date.js';
import { taggedBy } from './helpers.js';

type Case = [sentence: string, tagged: [text: string, found: string[]][]];

const table = (name: string, cases: Case[]) =>
  it.each(cases)('%j', (sentence, expected) => {
    expect(taggedBy(sentence, name)).toEqual(expected);
  });

describe(partOfDay.NAME, () => {
  table(partOfDay.NAME, [
    ['The Minister received him on the afternoon of Wednesday, 23 July 2025, at the Ministry.', [['Wednesday, 23 July 2025', []]]],
    ['The agreement was signed on the morning of 5 May 2025 in Doha.', [['5 May 2025', []]]],
    // An evening "on" its day (hold-out 13, w14).
    ['ICESCO hosted a cultural and artistic evening on Friday, June 7, 2024, as part of the days.', [['Friday, June 7, 2024', []]]],
    // Not: a part of the day alone, or one chrono already reads with its date.
    ['The ceremony was held in the afternoon in Rabat.', []],
    ['The forum opened on 5 May 2025 in the morning.', []],
  ]);
});

describe(rangeYear.NAME, () => {
  // A range that states its year once, at its end (hold-out 20, e04).
  table(rangeYear.NAME, [
    ['The founding conference of UNESCO was held from November 19 to December 10, 1946 in Paris.', [['November 19 to December 10, 1946', []]]],
    // Not: a range whose start states its year, or one with no year at all.
    ['It ran from 19 November 2024 to 10 December 2025.', []],
    ['It ran from November 19 to December 10 in Paris.', []],
  ]);
});

describe(shiftedDay.NAME, () => {
  table(shiftedDay.NAME, [
    ['Field visits took place the following day in Thatta.', [['the following day', ['icesco/days:1']]]],
    ['Two days earlier, the delegation visited Dhaka.', [['Two days earlier', ['icesco/days:-2']]]],
    ['He had arrived the day before.', [['the day before', ['icesco/days:-1']]]],
    ['The talks resumed 3 days later in Tunis.', [['3 days later', ['icesco/days:3']]]],
    // Not: "the day after tomorrow", a duration, a number of days too large to be a neighbour.
    ['The results will be known the day after tomorrow.', []],
    ['The symposium will last for two days.', []],
    ['The talks resumed 10 days later in Tunis.', []],
  ]);
});

describe(weekdayWithDate.NAME, () => {
  table(weekdayWithDate.NAME, [
    ['ICESCO held today, Saturday (September 20, 2025), a forum in Rabat.', [['today', ['icesco/lead']], ['Saturday', ['icesco/lead']], ['September 20, 2025', ['icesco/joined']]]],
    ['This ceremony, held on Thursday (September 15, 2022), saw many leaders.', [['on Thursday', ['icesco/lead']], ['September 15, 2022', ['icesco/joined']]]],
    // "yesterday" opens the date after it (icesco_08): one mention, not two.
    ['Dr. AlMalik met yesterday, September 10, with the Ambassador of Indonesia.', [['yesterday', ['icesco/lead']], ['September 10', ['icesco/joined']]]],
    // A run of weekdays with no date after it: the first stands alone; "today" alone is no mention.
    ['ICESCO opened on Monday, Tuesday and Wednesday the sessions.', [['Tuesday', ['icesco/skip']]]],
    ['The symposium opens today at ICESCO headquarters.', [['today', ['icesco/skip']]]],
    ['The agreement was signed yesterday at the Ministry.', []],
    // Not: chrono joins "Thursday, 18 September 2025" itself; a weekday far from the date.
    ['He visited the Center on Thursday, 18 September 2025.', []],
    ['On Monday the Minister signed the agreement of 5 May 2025.', []],
  ]);
});

describe(periodEnd.NAME, () => {
  table(periodEnd.NAME, [
    ['The workshop, which kicked off on Monday in N’Djamena and runs until Thursday, 7 December 2023, trains 40 teachers.', [['on Monday', ['icesco/until:2023-12-07']]]],
    ['The camp started on Sunday and runs through Friday, 12 July 2024.', [['on Sunday', ['icesco/until:2024-07-12']]]],
    // Not: a deadline that names no weekday, a date with no "until".
    ['The exhibition, which opened on Tuesday in Rabat, will continue until 31 January 2024.', []],
    ['On Monday, ICESCO opened an exhibition on Thursday, 7 December 2023 in Rabat.', []],
  ]);
});

describe(recurring.NAME, () => {
  table(recurring.NAME, [
    ['Every year on September 21, the world celebrates the International Day of Peace.', [['September 21', ['icesco/skip']]]],
    ['The world celebrates World Teachers’ Day annually on 5 October.', [['on 5 October', ['icesco/skip']]]],
    ['The library is open to researchers every Friday.', [['Friday', ['icesco/skip']]]],
    ['Each week on Friday, the museum opens to pupils.', [['on Friday,', ['icesco/skip']]]],
    // Not: a dated event, a weekday once.
    ['Every year on September 21 the world marks the Day, and the forum opened on 21 September 2025.', [['September 21', ['icesco/skip']]]],
    ['The museum opened to pupils on Friday.', []],
  ]);
});

describe(namesAMonth.NAME, () => {
  table(namesAMonth.NAME, [
    ['The symposium started and will last for two days.', [['for two days', ['icesco/skip']]]],
    ['ICESCO\'s General Conference will be convened early next year in Riyadh.', [['next year', ['icesco/skip']]]],
    ['The ceremony was held in the afternoon in Rabat.', [['afternoon', ['icesco/skip']]]],
    ['The meeting starts at 10:30 in the main hall.', [['at 10:30', ['icesco/skip']]]],
    // Not: a month's name, an abbreviation, an ISO date.
    ['The agreement was signed on 3 March 2025 at the Ministry.', []],
    ['The agreement was signed on Dec. 3, 2024 at the Ministry.', []],
    ['The page was updated on 2021-02-14 by the editor.', []],
  ]);
});

describe(monthNeedsYear.NAME, () => {
  table(monthNeedsYear.NAME, [
    ['The delegation will visit Rabat in March to prepare the agreement.', [['March', ['icesco/skip']]]],
    ['The volunteers worked there from May to July with the families.', [['from May to July', ['icesco/skip']]]],
    // Not: a month with its year, or with a word that gives it; a day.
    ['The Organization renewed its charter in May 2025.', []],
    ['The Organization held its last session in Baku last June.', []],
    ['The delegation visited Rabat on 12 March.', []],
  ]);
});

describe(weekdayName.NAME, () => {
  table(weekdayName.NAME, [
    ['She compared its domes to those of the Friday Mosque in Isfahan.', [['Friday', ['icesco/skip']]]],
    ['He studied at Sun Yat-sen University in Guangzhou.', [['Sun', ['icesco/skip']]]],
    ['The session was held today at Bay La Sun Expo Center in King Abdullah Economic City.', [['Sun', ['icesco/skip']]]],
    // Not: a weekday that names a day, in full or abbreviated.
    ['The Director-General received Tuesday Mr. Ahmed Khan, Ambassador of Pakistan.', []],
    ['The workshop opened on the Friday before the holiday.', []],
    ['The forum opened on Sun and closed on Mon.', []],
  ]);
});

describe(figurativeYesterday.NAME, () => {
  table(figurativeYesterday.NAME, [
    ['The lessons of yesterday guide the youth of today.', [['yesterday', ['icesco/skip']]]],
    ['From yesterday to tomorrow, heritage binds us.', [['yesterday to tomorrow', ['icesco/skip']]]],
    // Not: a day.
    ['The agreement was signed yesterday at the Ministry.', []],
    ['The delegation arrived yesterday evening in Rabat.', []],
  ]);
});

describe(futureWording.NAME, () => {
  table(futureWording.NAME, [
    ['Accepted submissions will be announced on 1 December 2025, with a form.', [['on 1 December 2025', ['icesco/future']]]],
    ['The organizing committee has set 1 November 2025 as the deadline for abstracts.', [['1 November 2025', ['icesco/future']]]],
    ['Reports are to reach the Secretariat by 15 June 2025.', [['15 June 2025', ['icesco/future']]]],
    ['The forum will close on Monday with a final declaration.', [['on Monday', ['icesco/future']]]],
    // Future in reported speech ("would be presented"): hold-out 4, m17.
    ['The prize would be presented to him at a ceremony in Khartoum on 20 November 2012.', [['on 20 November 2012', ['icesco/future']]]],
    // Not: a reported event, a "will" in another clause.
    ['The workshop, which concluded on Thursday 8 May 2025, was attended by 30 experts.', []],
    ['The two sides will meet again next year; the agreement was signed on 3 March 2025.', []],
  ]);
});

describe(aside.NAME, () => {
  table(aside.NAME, [
    // Hold-out 4, m15: an earlier edition recalled under a report dated by nothing else.
    ['It is worth noting that the winner of the 2016 edition was announced in Bamako on 14 November 2016.', [['on 14 November 2016', ['icesco/background']]]],
    ['The Council met in Rabat. It should be recalled that it was founded on 3 May 1982.', [['on 3 May 1982', ['icesco/background']]]],
    // Not: the same words after the date's own sentence, or a plain report.
    ['It is worth noting the progress made. The forum opened on 7 October 2023 in Doha.', []],
    ['The forum opened on 7 October 2023 in Doha, noting the progress made.', []],
  ]);
});

describe(founding.NAME, () => {
  table(founding.NAME, [
    // Found set, u10 and i13: an agency's paragraph about the body, under a report with a year-less day.
    ['Founded in May 1979, the Organization operates under the aegis of the OIC.', [['May 1979', ['icesco/background']]]],
    ['The Organization was established by the Islamic Summit in January 1981 to serve its members.', [['January 1981', ['icesco/background']]]],
    ['ISESCO was set up upon the adoption of its statute by OIC foreign ministers in May 1980.', [['May 1980', ['icesco/background']]]], // hold-out 35, ai02
    // Not: a founding day (news: "inaugurated", "established on 5 May"), a month with no founding.
    ['The centre was established on 5 May 2025 in Rabat.', []],
    ['The forum was held in May 2025 in Baku.', []],
  ]);
});

describe(since.NAME, () => {
  table(since.NAME, [
    ['ICESCO condemns the targeting of schools in Gaza since 7 October 2023.', [['7 October 2023', ['icesco/background']]]],
    // Not: a year alone, a date with no "since".
    ['He has been a member of the Academy since 2020.', []],
    ['The forum opened on 7 October 2023 in Doha.', []],
  ]);
});
