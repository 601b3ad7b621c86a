/** icesco's parsers, added before chrono's own: the forms each reads whole, and what it leaves alone (reference 2025-09-20). */
import { describe, expect, it } from 'vitest';
import * as betweenDays from '../../src/stages/dates/parsers/between-days.js';
import * as dayRangeAnd from '../../src/stages/dates/parsers/day-range-and.js';
import * as frenchDates from '../../src/stages/dates/parsers/french-dates.js';
import * as germanDates from '../../src/stages/dates/parsers/german-dates.js';
import * as indonesianDates from '../../src/stages/dates/parsers/indonesian-dates.js';
import * as monthRange from '../../src/stages/dates/parsers/month-range.js';
import * as relativeMonth from '../../src/stages/dates/parsers/relative-month.js';
import { REF } from '../helpers/seeds.js';
import { madeBy } from './helpers.js';

type Case = [sentence: string, mentions: [text: string, start: string, end: string | null][]];

const table = (name: string, cases: Case[]) =>
  it.each(cases)('%j', (sentence, expected) => {
    expect(madeBy([sentence], REF, name)).toEqual(expected);
  });

describe(dayRangeAnd.NAME, () => {
  table(dayRangeAnd.NAME, [
    ['The workshop took place in Almaty on September 8 and 9 , 2025, with 50 experts.', [['September 8 and 9 , 2025', '2025-09-08', '2025-09-09']]],
    ['The seminar ran on 8 and 9 September 2025 in Bishkek.', [['8 and 9 September 2025', '2025-09-08', '2025-09-09']]],
    ['The seminar ran on 8 & 9 September 2025 in Bishkek.', [['8 & 9 September 2025', '2025-09-08', '2025-09-09']]],
    // A spaced dash (hold-out 9, s07), and no year (hold-out 10, t14): the year is resolving's to imply.
    ['The meeting was held on July 30 – 31, 2024 in Kuala Lumpur.', [['July 30 – 31, 2024', '2024-07-30', '2024-07-31']]],
    ['The seminar ran on 8 and 9 September in Bishkek.', [['8 and 9 September', '2025-09-08', '2025-09-09']]],
    ['The forum will be held on February 25 and 26 in Cairo.', [['February 25 and 26', '2026-02-25', '2026-02-26']]],
    ['The festival runs on Dec. 1 and 2 in Riyadh.', [['Dec. 1 and 2', '2025-12-01', '2025-12-02']]], // abbreviated (hold-out 14, x11)
    // Not: numbers that are no days, a list of years, days in the wrong order, a time.
    ['The office is open June 30 - 1 pm on Fridays.', []],
    ['It opens on May 5 - 10:30 local time.', []],
    ['Goals 4 and 16 of the 2030 Agenda were discussed.', []],
    ['The reports of 2023 and 2024 were adopted.', []],
  ]);
});

describe(betweenDays.NAME, () => {
  table(betweenDays.NAME, [
    ['Sessions will be held in Baku between 3 and 5 November 2025.', [['3 and 5 November 2025', '2025-11-03', '2025-11-05']]],
    ['The experts met between September 3 and 5, 2025 in Tashkent.', [['September 3 and 5, 2025', '2025-09-03', '2025-09-05']]],
    ['The workshop will be held between 3 and 5 November in Kuala Lumpur.', [['3 and 5 November', '2025-11-03', '2025-11-05']]],
    // The second day with its month (hold-out 13, w09).
    ['Applications are open between June 1 and June 11, 2023 online.', [['June 1 and June 11, 2023', '2023-06-01', '2023-06-11']]],
    ['The school ran between May 28 and June 3, 2024 in Rabat.', [['May 28 and June 3, 2024', '2024-05-28', '2024-06-03']]],
    // Not: numbers of things, a month in lower case ("may register"), between months.
    ['Between 2 and 4 pupils per class were absent during the visit.', []],
    ['Papers should be between 12 and 20 pages long.', []],
    ['Applicants aged between 18 and 25 may register online.', []],
    ['Field missions are planned between April and June 2026.', []],
  ]);
});

describe(monthRange.NAME, () => {
  table(monthRange.NAME, [
    ['The second phase runs from January to June 2025 in 40 schools.', [['January to June 2025', '2025-01-01', '2025-06-30']]],
    ['Field missions are planned between April and June 2026.', [['April and June 2026', '2026-04-01', '2026-06-30']]],
    ['The season runs from November to February 2026 in the north.', [['November to February 2026', '2025-11-01', '2026-02-28']]],
    // Not: a day ends the range, the same month twice, no year (read, but no mention of it).
    ['Registration runs between October and November 30, 2025 online.', []],
    ['The team worked there from May to May 2025.', []],
    ['The volunteers worked there from May to July with the families.', []],
  ]);
});

describe(relativeMonth.NAME, () => {
  table(relativeMonth.NAME, [
    ['He invited the Counselor to the conference held in Baku this coming December.', [['this coming December', '2025-12-01', '2025-12-31']]],
    ['The Organization held its last session in Baku last June.', [['last June', '2025-06-01', '2025-06-30']]],
    // chrono drops "May" after anything but "in" (icesco_11).
    ['The International Conference on the Prophet’s Seerah is due to be held next May in Makkah.', [['next May', '2026-05-01', '2026-05-31']]],
    ['The committee met last Dec. in Rabat.', [['last Dec.', '2024-12-01', '2024-12-31']]],
    // Not: a date with its day or year (chrono reads it whole), a word that is no month, "may" the verb.
    ['The forum will be held next May 5 in Baku.', []],
    ['The report of last June 2024 was adopted.', []],
    ['The next Mayor will be elected in the spring.', []],
    ['The next may include more countries.', []],
  ]);
});

describe(frenchDates.NAME, () => {
  // Pages in French (hold-outs 9, 11: icesco.org/fr, AZERTAC's French service).
  table(frenchDates.NAME, [
    ['Jeudi 14 octobre 2021, le Directeur général a reçu le ministre.', [['Jeudi 14 octobre 2021', '2021-10-14', null]]],
    ['La réunion se tiendra du 21 au 23 mai 2013 à Rabat.', [['du 21 au 23 mai 2013', '2013-05-21', '2013-05-23']]],
    ['Le forum a eu lieu le 1er mars 2015.', [['le 1er mars 2015', '2015-03-01', null]]],
    ['Bakou, 9 février, AZERTAC', [['9 février', '2026-02-09', null]]],
    ['La session se tiendra en octobre 2021 à Bakou.', [['octobre 2021', '2021-10-01', '2021-10-31']]],
    // A range with "à" (hold-out 27, aa12).
    ['Le Conseil exécutif a tenu sa session du 21 à 25 décembre 2003 à Rabat.', [['du 21 à 25 décembre 2003', '2003-12-21', '2003-12-25']]],
    // Not: English that holds a French month's spelling.
    ['NASA launched the Mars 2020 mission to Mars.', []],
    ['He met 3 Mai officials.', []],
  ]);
});

describe(indonesianDates.NAME, () => {
  // Indonesian and Malay news sites (hold-out 28, ab11, ab12).
  table(indonesianDates.NAME, [
    ['Indonesia mendorong kerjasama pada 3-4 Oktober 2017 di Rabat.', [['3-4 Oktober 2017', '2017-10-03', '2017-10-04']]],
    ['Lokakarya di Jakarta, 7-10 Nopember 2011.', [['7-10 Nopember 2011', '2011-11-07', '2011-11-10']]],
    ['Acara itu digelar pada Jumat, 11 Mei 2012.', [['Jumat, 11 Mei 2012', '2012-05-11', null]]],
    ['Majlis itu diadakan pada 15 Ogos 2023 di Kuala Lumpur.', [['15 Ogos 2023', '2023-08-15', null]]],
    ['ISESCO didirikan oleh OKI pada Mei 1979.', [['Mei 1979', '1979-05-01', '1979-05-31']]],
    // Two whole dates with "hingga" (until) between them (hold-out 30, ad06).
    ['Perjanjian berlaku dari 22 Januari 2019 hingga 22 Januari 2022 di Kuala Lumpur.', [['22 Januari 2019 hingga 22 Januari 2022', '2019-01-22', '2022-01-22']]],
    // Not: a month alone ("Mei" is also a name), the spellings chrono's English reads itself.
    ['Mei Ling met the delegation in Jakarta.', []],
    ['The workshop closed on 11 November 2011.', []],
  ]);
});

describe(germanDates.NAME, () => {
  // Agencies' German services (hold-out 20, e02).
  table(germanDates.NAME, [
    ['Baku, 29. September, AZERTAC', [['29. September', '2025-09-29', null]]],
    ['Das Forum fand am 3. Oktober 2016 in Baku statt.', [['3. Oktober 2016', '2016-10-03', null]]],
    // Not: a numbered list item before an English month, a version number.
    ['See point 2. March reports follow.', []],
  ]);
});
