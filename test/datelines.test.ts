// Datelines are recognised by the date parser (chrono-node, through readLineDates), wherever a
// page prints them: the formats below are the ones real pages use (test/real/SOURCES.tsv).
import { describe, expect, it } from 'vitest';
import { isDispatch, leadByline, readDateline, readLeadDateline, splitStamp, isTimestamp } from '../src/stages/datelines.js';
import { readLineDates } from '../src/stages/dates.js';

const ymd = (d: { year: number | null; month: number; day: number } | null) => (d ? `${d.year ?? '????'}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : null);

describe('readDateline', () => {
  const cases: [text: string, expected: string | null][] = [
    ['Thursday, 18 September 2025', '2025-09-18'],
    // A site's name before the date, parted by a middle dot (hold-out 28, ab12: NU Online).
    ['NU Online · Jumat, 11 November 2011 | 11:41 WIB', '2011-11-11'],
    // A byline with its writer's handle (hold-out 30, ad05).
    ['Mohammad Ali (@ChaudhryMAli88) Published February 03, 2025 | 08:45 PM', '2025-02-03'],
    // In French, its weekday and year set off by commas, its time after "à" (hold-out 31, ae13: MAP).
    ['samedi, 31 août, 2019 à 23:49', '2019-08-31'],
    ['Publié le 3 mars 2021', '2021-03-03'],
    ['September 18, 2025', '2025-09-18'],
    ['2025-09-18', '2025-09-18'],
    ['Posted on: June 19, 2022', '2022-06-19'],
    ['Published 3rd May 2025', '2025-05-03'],
    // A trailing comment counter; a time of day.
    ['May 9, 2019 0', '2019-05-09'],
    ['Sep. 18, 2025 10:30 am', '2025-09-18'],
    // Numeric dates are day first (day/month order as the world outside the US writes it).
    ['12.11.2024', '2024-11-12'],
    ['Rabat: 17/05/2019', '2019-05-17'],
    ['King Abdullah Economic City/ Area of Makkah Al-Mukarramah: 09/05/2019', '2019-05-09'],
    ['05/26/2021', '2021-05-26'],
    // ... also with a time, a label or a weekday beside it (a weekday that only fits month first says so).
    ['12.11.2024 10:30', '2024-11-12'],
    ['09/05/2019 - 10:20 AM', '2019-05-09'],
    ['Posted on 03/04/2023 at 10:00', '2023-04-03'],
    ['Monday, 03.02.2025', '2025-02-03'],
    ['Sunday, 03.02.2025', '2025-03-02'],
    // Labels, counters and icons around the date.
    ['25-09-2023 [ 22:00 ] [ read:61 ]', '2023-09-25'],
    ['Updated 11 May 2019', '2019-05-11'],
    ['Date :Thursday, December 9th, 2021 | Time : 18:24 |ID: 240420 | Print', '2021-12-09'],
    ['calendar-gray 13 January 2021', '2021-01-13'],
    ['Wed 18 Jun 2025 | 07:49 PM', '2025-06-18'],
    // A Hijri date beside the Gregorian one; an Arabic comma.
    ['Wednesday 1442/10/14 - 2021/05/26', '2021-05-26'],
    ['Saturday، 07 October 2023 - 12:00 AM', '2023-10-07'],
    // A place and an agency's credit, with or without the year.
    ['Cairo, October 23, AZERTAC', '????-10-23'],
    ['Muscat, Oct 2', '????-10-02'],
    ['Baku, September 24, AZERTAC', '????-09-24'],
    ['Rabat, 12 November 2025 (MAP)', '2025-11-12'],
    ['date 2021-01-14', '2021-01-14'],
    // Not datelines: prose, a month alone, a year alone, a title with a date glued to its words.
    ['The meeting took place on 18 September 2025.', null],
    ['September 2025', null],
    ['Vision 2030', null],
    ['ICESCO Celebrates World Arabic Language Day on 18 December 2025', null],
    ['ICESCO Director-General Visits Kazakhstan National Space Center', null],
    ['The conference will be held between 10 and 25 September 2023 in Riyadh, with many delegations', null],
    ['09:54 LOCAL TIME 06:54 GMT', null],
    // A field's date, an event's name with its day (no name of a place or agency in it).
    ['Deadline: 30 June 2025', null],
    ['Event Date: 12 May 2026', null],
  ];
  it.each(cases)('%j -> %s', (text, expected) => {
    expect(ymd(readDateline(text, readLineDates))).toBe(expected);
  });
});

describe('isTimestamp', () => {
  it.each([
    ['09:54 LOCAL TIME 06:54 GMT', true],
    ['Clock-gray 16:35', true],
    ['The session opened at 10:30 in the main hall', false],
    ['13 January 2021', false],
    // A publishing system's stamp with a month in another language: a stamp all the same.
    ['20 Oktober 2010 11:47:25 nm', true],
    ['5 Mei 2021 08:30', true],
    ['20 October 2010 was the day the meeting opened at 11:47', false],
  ] as const)('%j -> %s', (text, expected) => {
    expect(isTimestamp(text, readLineDates)).toBe(expected);
  });
});

describe('leadByline', () => {
  it('reads the writer of a byline glued to a lead, before its upper-case city, and nothing else', () => {
    expect(leadByline('By Mujahid Ishak LANGKAWI, April 4 -- The requirements for education are high.')).toEqual({ writer: 'Mujahid Ishak', length: 'By Mujahid Ishak '.length });
    expect(leadByline('By the end of the year, ICESCO will open an office in Baku.')).toBeNull();
    expect(leadByline('By 2030 UNESCO will have met its goals.')).toBeNull();
  });
});

describe('readLeadDateline', () => {
  const cases: [lead: string, credit: string | null, date: string | null][] = [
    ['(MENAFN- Kuwait News Agency (KUNA)) RIYADH, Jan 18 (KUNA) -- The Executive Council of the Islamic World Educational, Scientific and Cultural Organization concluded its session.', '(MENAFN- Kuwait News Agency (KUNA)) RIYADH, Jan 18 (KUNA)', '????-01-18'],
    ['BAKU, Azerbaijan, April 29. We will establish a regional office of ISESCO in Baku, the general director said.', 'BAKU, Azerbaijan, April 29', '????-04-29'],
    ['Rabat, May 26, 2021, SPA – The Islamic World Educational, Scientific and Cultural Organization (ICESCO) won an award.', 'Rabat, May 26, 2021, SPA', '2021-05-26'],
    ['Saudi Arabia,16 Nov (UrduPoint / Pakistan Point News - 16th Nov, 2022 ) :King Salman Global Academy for Arabic Language met ICESCO.', 'Saudi Arabia,16 Nov (UrduPoint / Pakistan Point News - 16th Nov, 2022 )', '2022-11-16'],
    // A wire's byline glued before the credit (hold-outs 10, 20: KUNA, Bernama).
    ['By Moustafa Al-Soufi RABAT, Oct 30 (KUNA) -- Assistant Director General of the society started a visit to ISESCO.', 'By Moustafa Al-Soufi RABAT, Oct 30 (KUNA)', '????-10-30'],
    // No date in the credit, or no credit at all.
    ['TEHRAN (Tasnim) – Oman, Jordan, and ICESCO strongly condemned the airstrike.', null, null],
    ['Dr. Salim M. AlMalik, Director-General of ICESCO, met on 18 September 2025 with the Minister of Culture.', null, null],
    ['The Forum – held on 3 May 2025 in Rabat – gathered ministers of education from the member states.', null, null],
  ];
  it.each(cases)('%j -> %j', (lead, credit, date) => {
    const r = readLeadDateline(lead, readLineDates);
    expect([r?.credit ?? null, ymd(r?.date ?? null)]).toEqual([credit, date]);
  });
});

describe('isDispatch: a dateline that says where the report was filed, not only when a page posted it', () => {
  const line = (text: string, inline = false) => {
    const date = inline ? readLeadDateline(text, readLineDates)!.date : readDateline(text, readLineDates)!;
    return { lineNo: 1, text: inline ? readLeadDateline(text, readLineDates)!.credit : text, inline, stamp: false, date };
  };
  it.each([
    ['Tashkent: 11/03/2025', true],
    ['Doha, 12 November 2025 (QNA)', true],
    ['Cairo, October 23, AZERTAC', true],
    ['12 March 2025', false],
    ['Sunday, June 15, 2025', false],
    ['Posted on 03/04/2023 at 10:00', false],
    ['Date :Thursday, December 9th, 2021 | Time : 18:24 |ID: 240420 | Print', false],
    ['Amina Yusuf Published February 24, 2025', false],
    ['By Amina Yusuf, 12 March 2025', false],
  ] as const)('%j -> %s', (text, expected) => {
    expect(isDispatch(line(text))).toBe(expected);
  });
  it('counts a lead\'s credit as a dispatch', () => {
    expect(isDispatch(line('DOHA, May 07 (QNA) – The Minister opened the new library.', true))).toBe(true);
  });
});

describe('splitStamp', () => {
  it('takes a stored stamp off the front of a line', () => {
    expect(splitStamp('date 2021-01-14 ICESCO proposes to declare Azerbaijan’s Shusha as capital of Islamic world')).toEqual({
      stamp: 'date 2021-01-14',
      rest: 'ICESCO proposes to declare Azerbaijan’s Shusha as capital of Islamic world',
    });
    expect(splitStamp('2023-03-25 Islamabad:Islamic World Educational, Scientific & Cultural Organization')?.stamp).toBe('2023-03-25');
  });
  it('leaves a line alone that only holds a date, or that does not start with a machine date', () => {
    expect(splitStamp('2021-01-14')).toBeNull();
    // After the spaces a scrape left before it (hold-out 30, ad05).
    expect(splitStamp(' date 2025-02-03 UoS, ISESCO Enhance Cooperation In Education, Culture')).toEqual({ stamp: 'date 2025-02-03', rest: 'UoS, ISESCO Enhance Cooperation In Education, Culture' });
    expect(splitStamp('14 January 2021 ICESCO proposes')).toBeNull();
    expect(splitStamp('2021-01-14 was the day')).toBeNull();
  });
});
