/** The refiners that read a dateline (a short line that only dates an article): readLineDates' spans. */
import { describe, expect, it } from 'vitest';
import { readLineDates } from '../../src/stages/dates.js';
import * as gregorianBesideHijri from '../../src/stages/dates/lines/gregorian-beside-hijri.js';
import * as numericDayFirst from '../../src/stages/dates/lines/numeric-day-first.js';

const dates = (line: string) => readLineDates(line).map((s) => [s.text, s.year, s.month, s.day]);

describe(gregorianBesideHijri.NAME, () => {
  it.each([
    ['Wednesday 1442/10/14 - 2021/05/26', [['Wednesday 1442/10/14 - 2021/05/26', 2021, 5, 26]]],
    // Not: a Hijri date alone is no date; a Gregorian range stays as read.
    ['1442/10/14', []],
    ['17-18 September 2025', [['17-18 September 2025', 2025, 9, 17]]],
  ] as [string, unknown[]][])('%j', (line, expected) => {
    expect(dates(line)).toEqual(expected);
  });
});

describe(numericDayFirst.NAME, () => {
  it.each([
    ['09/05/2019', [['09/05/2019', 2019, 5, 9]]],
    ['12.11.2024 10:30', [['12.11.2024 10:30', 2024, 11, 12]]],
    // Only month first is a date; the weekday printed with it says month first (8 June 2021 was a Tuesday, 6 August a Friday).
    ['09/13/2019', [['09/13/2019', 2019, 9, 13]]],
    ['Tuesday 06/08/2021', [['Tuesday 06/08/2021', 2021, 6, 8]]],
    ['Friday 06/08/2021', [['Friday 06/08/2021', 2021, 8, 6]]],
    // Not: an ISO date, a month named in words.
    ['2021-02-14', [['2021-02-14', 2021, 2, 14]]],
    ['May 9, 2019', [['May 9, 2019', 2019, 5, 9]]],
  ] as [string, unknown[]][])('%j', (line, expected) => {
    expect(dates(line)).toEqual(expected);
  });
});
