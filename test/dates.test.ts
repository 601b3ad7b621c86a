import { describe, expect, it } from 'vitest';
import { parseDateBound } from '../src/date-bounds.js';
import { decideArticleDate, inferFromNeighbours, type ArticleDate } from '../src/stages/date-rules.js';
import type { RawMention } from '../src/stages/dates/mention.js';
import { findDateMentions } from './dates/helpers.js';
import { analyze } from '../src/pipeline.js';
import { pageOf, REF } from './helpers/seeds.js';

/** The one mention a sentence must yield, in the fields users see. */
function only(sentence: string, reference = REF) {
  const found = findDateMentions([sentence], reference);
  expect(found, `mentions in ${JSON.stringify(sentence)}`).toHaveLength(1);
  const { text, start, end, granularity } = found[0];
  return { text, start, end, granularity };
}

describe('findDateMentions: forms found on ICESCO pages (reference 2025-09-20)', () => {
  const cases: [sentence: string, expected: { text: string; start: string; end: string | null; granularity?: 'day' | 'month' }][] = [
    ['The Congress was held in Astana on 17-18 September 2025 with leaders from 60 countries.', { text: '17-18 September 2025', start: '2025-09-17', end: '2025-09-18' }],
    ['The Symposium will be held at ICESCO headquarters in Rabat on 27–28 April 2026.', { text: '27–28 April 2026', start: '2026-04-27', end: '2026-04-28' }],
    ['The Forum is held at ICESCO headquarters from 11 to 13 November 2025.', { text: '11 to 13 November 2025', start: '2025-11-11', end: '2025-11-13' }],
    ['The Council met in Doha from 4 to 8 May 2025, under the patronage of the Prime Minister.', { text: '4 to 8 May 2025', start: '2025-05-04', end: '2025-05-08' }],
    ['The workshop took place in Almaty on September 8 and 9 , 2025, with 50 experts.', { text: 'September 8 and 9 , 2025', start: '2025-09-08', end: '2025-09-09' }],
    ['The seminar ran on 8 and 9 September 2025 in Bishkek.', { text: '8 and 9 September 2025', start: '2025-09-08', end: '2025-09-09' }],
    // "between": days, and (with "from" too) months.
    ['Sessions will be held in Baku between 3 and 5 November 2025.', { text: '3 and 5 November 2025', start: '2025-11-03', end: '2025-11-05' }],
    ['The experts met between September 3 and 5, 2025 in Tashkent.', { text: 'September 3 and 5, 2025', start: '2025-09-03', end: '2025-09-05' }],
    ['The second phase runs from January to June 2025 in 40 schools.', { text: 'January to June 2025', start: '2025-01-01', end: '2025-06-30', granularity: 'month' }],
    ['Field missions are planned between April and June 2026.', { text: 'April and June 2026', start: '2026-04-01', end: '2026-06-30', granularity: 'month' }],
    ['Registration runs between October and November 30, 2025 online.', { text: 'November 30, 2025', start: '2025-11-30', end: null }],
    ['The season runs from November to February 2026 in the north.', { text: 'November to February 2026', start: '2025-11-01', end: '2026-02-28', granularity: 'month' }],
    ['The conference was held in Samarkand over 29–30 April 2025.', { text: '29–30 April 2025', start: '2025-04-29', end: '2025-04-30' }],
    ['The forum was held at the Islamic University of Selangor from 21 to 24 July 2025.', { text: '21 to 24 July 2025', start: '2025-07-21', end: '2025-07-24' }],
    ['He visited the National Space Center on Thursday, 18 September 2025.', { text: 'Thursday, 18 September 2025', start: '2025-09-18', end: null }],
    ['ICESCO launched on Sunday, November 9, 2025, the animated film.', { text: 'Sunday, November 9, 2025', start: '2025-11-09', end: null }],
    ['The meeting was held on Monday 12 September 2022 at ICESCO headquarters.', { text: 'Monday 12 September 2022', start: '2022-09-12', end: null }],
    ['This ceremony, held on Thursday (September 15, 2022), saw many religious leaders.', { text: 'Thursday (September 15, 2022)', start: '2022-09-15', end: null }],
    // "yesterday" is the day before the reference, as "on Thursday" is the latest Thursday.
    ['The agreement was signed yesterday at the Ministry.', { text: 'yesterday', start: '2025-09-19', end: null }],
    ['The delegation arrived yesterday evening in Rabat.', { text: 'yesterday evening', start: '2025-09-19', end: null }],
    ['Dr. AlMalik met yesterday, September 10, with the Ambassador of Indonesia.', { text: 'yesterday, September 10', start: '2025-09-10', end: null }],
    // chrono alone reads a part of the day as a time today, and drops the date after "of".
    ['The Minister received the Director-General on the afternoon of Wednesday, 23 July 2025, at the Ministry.', { text: 'Wednesday, 23 July 2025', start: '2025-07-23', end: null }],
    ['The agreement was signed on the morning of 5 May 2025 in Doha.', { text: '5 May 2025', start: '2025-05-05', end: null }],
    // A weekday alone is resolved against the reference: the latest such day, or the next one when announced.
    ['The meeting took place on Thursday at the Ministry.', { text: 'Thursday', start: '2025-09-18', end: null }],
    ['The forum will close on Monday with a final declaration.', { text: 'Monday', start: '2025-09-22', end: null }],
    ['The Organization was established in 1979 and renewed its charter in May 2025.', { text: 'May 2025', start: '2025-05-01', end: '2025-05-31', granularity: 'month' }],
    // No year: resolved against the reference (the article's context), not the clock.
    ['The training program runs from 15 to 18 September at Bishkek State University.', { text: '15 to 18 September', start: '2025-09-15', end: '2025-09-18' }],
    ['The workshop will be held between 3 and 5 November in Kuala Lumpur.', { text: '3 and 5 November', start: '2025-11-03', end: '2025-11-05' }],
    ['He invited the Counselor to the conference scheduled to be held in Baku this coming December.', { text: 'this coming December', start: '2025-12-01', end: '2025-12-31', granularity: 'month' }],
    ['The exhibition ran from 26 July - 22 August at the headquarters.', { text: '26 July - 22 August', start: '2025-07-26', end: '2025-08-22' }],
    ['The Organization held its last session in Baku last June.', { text: 'last June', start: '2025-06-01', end: '2025-06-30', granularity: 'month' }],
    // A month counted from the reference.
    ['The ministers met earlier this month in Rabat.', { text: 'earlier this month', start: '2025-09-01', end: '2025-09-30', granularity: 'month' }],
    ['The experts visited the sites last month.', { text: 'last month', start: '2025-08-01', end: '2025-08-31', granularity: 'month' }],
    ['The forum will be held next month in Baku.', { text: 'next month', start: '2025-10-01', end: '2025-10-31', granularity: 'month' }],
    ['ICESCO held today, Saturday (September 20, 2025), a forum in Rabat.', { text: 'today, Saturday (September 20, 2025)', start: '2025-09-20', end: null }],
    ['The Conference kicked off on Sunday in Doha and gathered 200 scholars.', { text: 'Sunday', start: '2025-09-14', end: null }],
    ['Every year on September 21 the world marks the Day, and the forum opened on 21 September 2025.', { text: '21 September 2025', start: '2025-09-21', end: null }],
    // A month's abbreviation ends no sentence when its day follows (ext_01).
    ['Al-Malik will serve a new term ending on Dec. 31, 2024. He thanked the King.', { text: 'Dec. 31, 2024', start: '2024-12-31', end: null }],
    ['Trend reports on Jan. 14. The forum opens in Baku.', { text: 'Jan. 14', start: '2026-01-14', end: null }],
  ];
  it.each(cases)('%j', (sentence, expected) => {
    expect(only(sentence)).toEqual({ granularity: 'day', ...expected });
  });

  it('resolves a year-less range to the year nearest the reference, across New Year', () => {
    expect(only('The winter school was held from 28 to 30 December in Tashkent.', new Date('2026-01-05T12:00:00Z'))).toEqual({
      text: '28 to 30 December', start: '2025-12-28', end: '2025-12-30', granularity: 'day',
    });
    expect(only('The winter school was held from 28 to 30 December in Tashkent.', new Date('2025-11-20T12:00:00Z')).start).toBe('2025-12-28');
  });

  it('resolves "this coming December" against the reference, and gives its last day as end', () => {
    expect(only('The conference is scheduled to be held in Baku this coming December.', new Date('2024-10-01T12:00:00Z'))).toMatchObject({
      start: '2024-12-01', end: '2024-12-31', granularity: 'month',
    });
    expect(only('The report will be published this coming February.', new Date('2025-11-01T12:00:00Z'))).toMatchObject({
      start: '2026-02-01', end: '2026-02-28', granularity: 'month',
    });
  });

  it('says whether the year was stated', () => {
    expect(findDateMentions(['The program runs from 15 to 18 September at the university.'], REF)[0].yearStated).toBe(false);
    expect(findDateMentions(['The program ran from 15 to 18 September 2025 at the university.'], REF)[0].yearStated).toBe(true);
  });

  it('keeps the sentence a mention occurs in', () => {
    const found = findDateMentions(['The delegation arrived in Astana. The meeting took place on Thursday, 18 September 2025, at the Ministry.'], REF);
    expect(found.map((m) => m.sentence)).toEqual(['The meeting took place on Thursday, 18 September 2025, at the Ministry.']);
  });

  it('finds mentions in every paragraph, in order, with increasing offsets', () => {
    const found = findDateMentions(['The workshop opened on 6 May 2025 in Rabat.', 'It concluded on Wednesday, 7 May 2025, with recommendations.'], REF);
    expect(found.map((m) => m.start)).toEqual(['2025-05-06', '2025-05-07']);
    expect(found[1].offset).toBeGreaterThan(found[0].offset);
  });

  it('warns when the weekday contradicts the date', () => {
    const [m] = findDateMentions(['The visit took place on Monday, 18 September 2025, in Astana.'], REF);
    expect(m.start).toBe('2025-09-18');
    expect(m.warning).toMatch(/2025-09-18 is a Thursday, not a Monday/);
    expect(findDateMentions(['The visit took place on Thursday, 18 September 2025, in Astana.'], REF)[0].warning).toBeUndefined();
  });

  it('counts "the following day", "two days earlier", "the day before" from the day named last, else from the reference', () => {
    const read = (paragraphs: string[]) => findDateMentions(paragraphs, REF).map((m) => [m.text, m.start]);
    expect(read(['The workshop opened on Tuesday, 16 September 2025 in Karachi.', 'Field visits took place the following day in Thatta.'])).toEqual([
      ['Tuesday, 16 September 2025', '2025-09-16'], ['the following day', '2025-09-17'],
    ]);
    expect(read(['The agreement was signed on 10 September 2025. Two days earlier, the delegation visited Dhaka.'])).toEqual([
      ['10 September 2025', '2025-09-10'], ['Two days earlier', '2025-09-08'],
    ]);
    expect(read(['The talks were held the previous evening, and he had arrived the day before.'])).toEqual([
      ['the previous evening', '2025-09-19'], ['the day before', '2025-09-18'],
    ]);
    expect(read(['The results will be known the day after tomorrow.'])).toEqual([]);
  });

  it('reads a weekday alone inside the week-long range of days named just before', () => {
    const read = (paragraphs: string[]) => findDateMentions(paragraphs, REF).map((m) => [m.text, m.start]);
    expect(read(['The training was held from 8 to 10 September 2025 in Zaria. On Tuesday, participants visited boreholes.'])).toEqual([
      ['8 to 10 September 2025', '2025-09-08'], ['Tuesday', '2025-09-09'],
    ]);
    // A longer range says nothing of which Tuesday: the latest up to the reference.
    expect(read(['The exhibition runs from 1 to 30 September 2025. On Tuesday, pupils visited it.'])[1]).toEqual(['Tuesday', '2025-09-16']);
  });

  it('reads a weekday alone in the week of the day its period runs until, when that day names its weekday', () => {
    const read = (paragraphs: string[], ref = REF) => findDateMentions(paragraphs, ref).map((m) => [m.text, m.start, m.relative ?? false]);
    // "kicked off on Monday ... until Thursday, 7 December 2023": that Thursday's Monday, read from the text alone.
    expect(read(['The workshop, which kicked off on Monday in N’Djamena and runs until Thursday, 7 December 2023, trains 40 teachers.'])[0]).toEqual(['Monday', '2023-12-04', false]);
    // A deadline or a long run is no week: the weekday is read from the reference, as before.
    const dec = new Date('2023-12-06T12:00:00Z');
    expect(read(['The exhibition, which opened on Tuesday at ICESCO headquarters in Rabat, will continue until 31 January 2024.'], dec)[0]).toEqual(['Tuesday', '2023-12-05', true]);
    expect(read(['On Monday, ICESCO launched the competition, with registration open until 15 January 2024.'], dec)[0]).toEqual(['Monday', '2023-12-04', true]);
    expect(read(['On Monday, ICESCO, through its Culture Sector, opened an exhibition on Thursday, 7 December 2023 in Rabat.'], dec)[0]).toEqual(['Monday', '2023-12-04', true]);
    // Nor does a date named earlier in the text move it: "received on Wednesday" under "4 December 2023" is the one before.
    expect(read(['Rabat, 4 December 2023 – The Director-General received on Wednesday the Minister of Education of Senegal.'], new Date('2023-12-04T12:00:00Z'))[1]).toEqual(['Wednesday', '2023-11-29', true]);
  });

  it('reads no date in a weekday that starts a name ("the Friday Mosque")', () => {
    expect(findDateMentions(['She compared its domes to those of the Friday Mosque in Isfahan.'], REF)).toEqual([]);
    expect(findDateMentions(['The Director-General received Tuesday Mr. Ahmed Khan, Ambassador of Pakistan.'], REF).map((m) => m.start)).toEqual(['2025-09-16']);
  });

  it('reads no range of days from numbers that are no days, and no month from months without a year', () => {
    expect(findDateMentions(['Between 2 and 4 pupils per class were absent during the visit.'], REF)).toEqual([]);
    expect(findDateMentions(['The volunteers worked there from May to July with the families.'], REF)).toEqual([]);
    expect(findDateMentions(['The sessions were held between 5 and 3 November online.'], REF).map((m) => m.end)).not.toContain('2025-11-05');
  });

  // Regression: after a closing bracket the span once kept the ", on" before the date.
  it('gives the minimal span after a parenthesised acronym: "(RCQE), on Wednesday, 12 November 2025"', () => {
    const sentence = 'ICESCO took part in the forum organized by the UNESCO Regional Center for Quality and Excellence in Education (RCQE), on Wednesday, 12 November 2025, on the occasion of World Quality Day.';
    expect(only(sentence).text).toBe('Wednesday, 12 November 2025');
  });
});

describe('findDateMentions: future flag from wording', () => {
  const cases: [sentence: string, future: boolean][] = [
    ['The 7th Congress is due to be held in Nur-Sultan, on 13-16 September 2022.', true],
    ['The organizing committee has set 1 November 2025 as the deadline for submitting abstracts.', true],
    ['The deadline for receiving the full texts of research papers is 1 February 2026.', true],
    ['Accepted submissions will be announced on 1 December 2025, along with a participation form.', true],
    ['The session is scheduled for Monday 5 May 2025 in Doha.', true],
    ['Applications remain open until 30 October 2025.', true],
    ['Applications must be submitted through the online form before 31 August 2025.', true],
    ['Reports are to reach the Secretariat by 15 June 2025.', true],
    ['The workshop, which concluded on Thursday 8 May 2025, was attended by 30 experts.', false],
    ['The agreement was signed on 3 March 2025 at the Ministry.', false],
    // The "will" belongs to another clause.
    ['The two sides will meet again next year; the agreement was signed on 3 March 2025.', false],
  ];
  it.each(cases)('%j -> future %s', (sentence, future) => {
    const found = findDateMentions([sentence], REF);
    expect(found).toHaveLength(1);
    expect(found[0].future).toBe(future);
  });
});

describe('a dateline without a year never takes the clock\'s year', () => {
  const BODY = 'Dr. Salim M. AlMalik, Director-General of ICESCO, met with a group of young visitors from Azerbaijan in Rabat.';
  const date = (lines: string[], today = REF) => {
    const corpus = analyze([pageOf(lines)], { today });
    const [a] = corpus.articles;
    return { date: a.date, source: a.dateSource, dates: a.dates.map((d) => [d.text, d.start]), warnings: corpus.warnings.map((w) => w.message) };
  };

  it('takes its year from a date the article states ("Baku, September 24" over "2 – 3 October 2024")', () => {
    const r = date(['Oman to Host ICESCO Education Ministers Conference', 'Baku, September 24, AZERTAC', 'On 2 – 3 October 2024, Muscat, the capital of Oman, will host the third ICESCO Education Ministers Conference.']);
    expect([r.date, r.source]).toEqual(['2024-09-24', 'dateline']);
    expect(r.dates).toEqual([['September 24', '2024-09-24'], ['2 – 3 October 2024', '2024-10-02']]);
  });

  it('prefers the dateline the page prints to a stored stamp (a later edit\'s date)', () => {
    const r = date(['date 2024-06-01', 'ICESCO Holds Workshop on Heritage in Rabat', '15 March 2021', BODY]);
    expect([r.date, r.source]).toEqual(['2021-03-15', 'dateline']);
  });

  it('takes it from a stored stamp of the page', () => {
    const r = date(['date 2021-01-14 ICESCO proposes to declare Shusha the capital of Islamic culture', 'BAKU, Azerbaijan, Jan. 14', BODY]);
    expect(r.date).toBe('2021-01-14');
    expect(r.dates).toEqual([['2021-01-14', '2021-01-14'], ['Jan. 14', '2021-01-14']]);
  });

  it('takes it from the weekday the lead reports the event on: the latest such year up to today', () => {
    const r = date(['Oman hosts conference of ICESCO education ministers', 'Muscat, Oct 2', 'The ICESCO Education Conference kicked off under the auspices of the Chairman of the State Council on Wednesday with the participation of ministers.'], new Date('2026-12-06T12:00:00Z'));
    // 2 October was a Wednesday in 2024 (and in 2019); not in 2025 or 2026.
    expect([r.date, r.source]).toEqual(['2024-10-02', 'dateline']);
  });

  it('takes it from the article listed below on the same page', () => {
    const corpus = analyze([pageOf(['ICESCO Director-General Meets Young Visitors', 'Cairo, October 23, AZERTAC', BODY, 'ICESCO Holds Workshop on Heritage in Rabat', '14 October 2025', BODY.replace('visitors', 'experts')])], { today: REF });
    expect(corpus.articles.map((a) => a.date)).toEqual(['2025-10-23', '2025-10-14']);
  });

  it('looks for a year-less dateline\'s weekday first in the years its text names (found set, e09)', () => {
    const r = date(['Isfahan to be declared Cultural Capital', 'TEHRAN, Jan. 9 (MNA) -- Isfahan will be officially declared the Cultural Capital of Islam for the year 2006 on January 11, the director of the organization said at a press conference here on Monday.'], new Date('2026-12-06T12:00:00Z'));
    // 9 January was a Monday in 2006, and again in 2023: the text names 2006.
    expect([r.date, r.source]).toEqual(['2006-01-09', 'dateline']);
  });

  it('takes it from a scraper\'s stamp of its month above it (hold-out 29, ac07)', () => {
    const r = date([' date 2023-04 Bakou, 29 avril, AZERTAC', 'L’Organisation du Monde Islamique pour l’Éducation, les Sciences et la Culture a décerné ses prix aux lauréats à Rabat.']);
    expect([r.date, r.source]).toEqual(['2023-04-29', 'dateline']);
    // A December report stamped in January is of the year before; a stamp months away gives no year.
    expect(date([' date 2024-01 Bakou, 30 décembre, AZERTAC', BODY]).date).toBe('2023-12-30');
    expect(date([' date 2024-06 Bakou, 30 décembre, AZERTAC', BODY]).date).toBeNull();
  });

  it('takes a year-less day named with its weekday in the year it fell on that weekday', () => {
    const r = date(['Samarkand Chosen as Cultural Capital of the Islamic World', 'Samarkand has been named the Cultural Capital of the Islamic World, highlighting its rich historical heritage.', 'The announcement was made through an official statement issued on Saturday, May 24.'], new Date('2026-12-06T12:00:00Z'));
    // 24 May was a Saturday in 2025 (a Sunday in 2026).
    expect([r.date, r.dates[0]]).toEqual(['2025-05-24', ['Saturday, May 24', '2025-05-24']]);
  });

  it('stays unresolved, with a warning, when nothing on the page gives the year', () => {
    const r = date(['Cairo, October 23, AZERTAC', BODY]);
    expect([r.date, r.dates]).toEqual([null, []]);
    expect(r.warnings).toEqual(['synthetic-01: "October 23" names no year and the page gives none: the article is left undated']);
  });

  it('leaves out a year-less mention of an undated article, with a warning, instead of dating it in the clock\'s year', () => {
    const r = date(['ICESCO Receives Delegation of Young Researchers', 'The Director-General received on 12 March a delegation of young researchers from the member states at the headquarters.']);
    expect([r.date, r.dates]).toEqual([null, []]);
    expect(r.warnings).toEqual(['synthetic-01: "12 March" names no year and the page gives none: left out']);
  });
});

const mention = (start: string, extra: Partial<RawMention> = {}): RawMention => ({
  text: start, start, end: null, granularity: 'day', sentence: '', future: false, offset: 0, paragraph: 0, yearStated: true, provenance: { rule: 'chrono.casual', refinedBy: [] }, ...extra,
});

describe('decideArticleDate', () => {
  it('takes the dateline first', () => {
    expect(decideArticleDate({ dateline: '2025-09-18', mentions: [mention('2025-09-17')] })).toEqual({ date: '2025-09-18', source: 'dateline', text: '2025-09-18' });
  });

  it('else takes the first reported day, skipping deadlines and announced events', () => {
    const mentions = [
      mention('2026-04-27', { text: '27–28 April 2026', future: true }),
      mention('2025-09-22', { text: 'Monday, 22 September 2025' }),
      mention('2025-09-01', { text: '1 September 2025' }),
    ];
    expect(decideArticleDate({ dateline: null, mentions })).toEqual({ date: '2025-09-22', source: 'body', text: 'Monday, 22 September 2025' });
  });

  it('prefers the lead paragraph, then the date the body names most often', () => {
    const lead = [mention('2025-09-10', { paragraph: 2 }), mention('2025-09-15', { paragraph: 0 })];
    expect(decideArticleDate({ dateline: null, mentions: lead }).date).toBe('2025-09-15');
    const body = [mention('2025-09-10', { paragraph: 1 }), mention('2025-09-12', { paragraph: 2 }), mention('2025-09-12', { paragraph: 3 })];
    expect(decideArticleDate({ dateline: null, mentions: body }).date).toBe('2025-09-12');
  });

  it('takes a day the lead names inside the range it names first (a side event of a conference)', () => {
    const mentions = [
      mention('2024-11-11', { text: 'from 11 to 22 November 2024', end: '2024-11-22', paragraph: 0 }),
      mention('2024-11-19', { text: 'Tuesday, 19 November 2024', paragraph: 0 }),
    ];
    expect(decideArticleDate({ dateline: null, mentions })).toEqual({ date: '2024-11-19', source: 'body', text: 'Tuesday, 19 November 2024' });
    // A day outside the range is another matter: the range still dates the article.
    const outside = [mentions[0], mention('2024-12-19', { text: '19 December 2024', paragraph: 0 })];
    expect(decideArticleDate({ dateline: null, mentions: outside }).date).toBe('2024-11-11');
  });

  it('never dates an article by a weekday resolved from its own date', () => {
    expect(decideArticleDate({ dateline: null, mentions: [mention('2025-09-14', { relative: true, yearStated: false })] }).date).toBeNull();
  });

  it('never dates an article by a month', () => {
    const mentions = [mention('2025-12-01', { text: 'December 2025', end: '2025-12-31', granularity: 'month' })];
    expect(decideArticleDate({ dateline: null, mentions })).toEqual({ date: null, source: null, text: null });
  });

  it('leaves an article with only future mentions undated', () => {
    const mentions = [mention('2025-11-01', { future: true }), mention('2025-12-01', { future: true })];
    expect(decideArticleDate({ dateline: null, mentions })).toEqual({ date: null, source: null, text: null });
  });
});

describe('inferFromNeighbours (a listing runs newest first)', () => {
  const dated = (date: string): ArticleDate => ({ date, source: 'body', text: date });
  const none: ArticleDate = { date: null, source: null, text: null };

  it('dates an undated article by the nearest dated one below it', () => {
    const out = inferFromNeighbours([none, dated('2025-09-22'), none, none, dated('2025-09-18')], ['A', 'B', 'C', 'D', 'E']);
    expect(out.map((d) => d.date)).toEqual(['2025-09-22', '2025-09-22', '2025-09-18', '2025-09-18', '2025-09-18']);
    // (A floor: the article is no older than the one below it.)
    expect(out[0]).toEqual({ date: '2025-09-22', source: 'inferred', text: 'listed above "B" (2025-09-22)', floor: true });
    expect(out[1]).toEqual(dated('2025-09-22'));
  });

  it('falls back to the nearest dated article above it when none is below', () => {
    const out = inferFromNeighbours([dated('2025-07-21'), none], ['A', 'B']);
    expect(out[1]).toEqual({ date: '2025-07-21', source: 'inferred', text: 'listed below "A" (2025-07-21)' });
  });

  it('leaves a page with no dated article undated, and never chains inferred dates', () => {
    expect(inferFromNeighbours([none, none], ['A', 'B'])).toEqual([none, none]);
    const inferred: ArticleDate = { date: '2025-01-01', source: 'inferred', text: 'x' };
    expect(inferFromNeighbours([none, inferred], ['A', 'B'])[0]).toEqual(none);
  });
});

describe('parseDateBound (today pinned to 2025-10-15)', () => {
  const today = new Date('2025-10-15T12:00:00Z');
  const cases: [value: string, expected: { start: string; end: string } | null][] = [
    ['2025-09-01', { start: '2025-09-01', end: '2025-09-01' }],
    ['2025-9-1', { start: '2025-09-01', end: '2025-09-01' }],
    ['2025-09', { start: '2025-09-01', end: '2025-09-30' }],
    ['2024-02', { start: '2024-02-01', end: '2024-02-29' }],
    ['2025', { start: '2025-01-01', end: '2025-12-31' }],
    ['September 2025', { start: '2025-09-01', end: '2025-09-30' }],
    ['Sep 2025', { start: '2025-09-01', end: '2025-09-30' }],
    ['  september   2025 ', { start: '2025-09-01', end: '2025-09-30' }],
    ['8 September 2025', { start: '2025-09-08', end: '2025-09-08' }],
    ['last 30 days', { start: '2025-09-15', end: '2025-10-15' }],
    ['past 2 weeks', { start: '2025-10-01', end: '2025-10-15' }],
    ['this year', { start: '2025-01-01', end: '2025-12-31' }],
    ['last year', { start: '2024-01-01', end: '2024-12-31' }],
    ['this month', { start: '2025-10-01', end: '2025-10-31' }],
    ['last month', { start: '2025-09-01', end: '2025-09-30' }],
    ['this week', { start: '2025-10-13', end: '2025-10-19' }],
    ['today', { start: '2025-10-15', end: '2025-10-15' }],
    ['yesterday', { start: '2025-10-14', end: '2025-10-14' }],
    // Not dates.
    ['2025-02-30', null],
    ['2025-13', null],
    ['2025-00', null],
    ['2025-13-01', null],
    ['Foo 2025', null],
    ['foo', null],
    ['', null],
    ['soon', null],
    ['99999', null],
  ];
  it.each(cases)('%j -> %j', async (value, expected) => {
    expect(await parseDateBound(value, today)).toEqual(expected);
  });

  it('counts relative bounds from the today it is given, not the clock', async () => {
    expect(await parseDateBound('this year', new Date('2022-06-01T00:00:00Z'))).toEqual({ start: '2022-01-01', end: '2022-12-31' });
    expect(await parseDateBound('last month', new Date('2025-01-10T00:00:00Z'))).toEqual({ start: '2024-12-01', end: '2024-12-31' });
  });
});

describe('dates in the article’s own context (assembled corpus)', () => {
  it('lists the dateline as the first date mention, and counts "yesterday" from it', () => {
    const [a] = analyze([pageOf(['ICESCO and Indonesia Sign Executive Program', '11 June 2025', 'ICESCO and the Ministry of Religious Affairs signed yesterday in Jakarta an executive program that starts on 1 September 2025.'])], { today: REF }).articles;
    expect([a.date, a.dateSource]).toEqual(['2025-06-11', 'dateline']);
    expect(a.dates.map((d) => [d.text, d.start, d.future])).toEqual([['11 June 2025', '2025-06-11', false], ['yesterday', '2025-06-10', false], ['1 September 2025', '2025-09-01', true]]);
  });

  it('reads a machine timestamp as the date, and as a mention of that day (as the gold does)', () => {
    const [a] = analyze([pageOf(['ICESCO and Indonesia Sign Executive Program', '2021-02-14', 'ICESCO and the Ministry of Religious Affairs signed in Jakarta an executive program on Arabic teaching for schools.'])], { today: REF }).articles;
    expect([a.date, a.dateSource, a.dates.map((d) => [d.text, d.start])]).toEqual(['2021-02-14', 'dateline', [['2021-02-14', '2021-02-14']]]);
  });

  it('gives year-less days the one year the text names, when nothing else dates the article (hold-out 4, m05; hold-out 5, n12)', () => {
    const [a] = analyze([pageOf(['ISESCO in the Tashkent International Fair', 'ISESCO is taking part in the Tashkent International Tourism Fair, held from 17 to 18 October as part of the programme of Tashkent, capital of Islamic culture for 2007.'])], { today: REF }).articles;
    expect([a.date, a.dates.map((d) => [d.text, d.start, d.end])]).toEqual(['2007-10-17', [['17 to 18 October', '2007-10-17', '2007-10-18']]]);
    // Two years named: no year is given, and the day is left out as before; nor does a year date a relative day.
    const [b] = analyze([pageOf(['Tashkent and Bukhara Capitals of Islamic Culture', 'The fair is held from 17 to 18 October, between the celebrations of 2007 and those of 2020.'])], { today: REF }).articles;
    expect([b.date, b.dates]).toEqual([null, []]);
    const [c] = analyze([pageOf(['Capital of Islamic Culture 2007 Celebrations Open', 'The celebrations of Tashkent as capital of Islamic culture opened on Sunday with a concert.'])], { today: REF }).articles;
    expect([c.date, c.dates]).toEqual([null, []]);
    // A year the text looks ahead to is no year of its own (hold-out 6, p07).
    const [d] = analyze([pageOf(['Azerbaijani Ambassador Meets ICESCO Director-General', 'He thanked the officials for the reception at their meeting in Baku on October 2, in preparation for the celebration of Shusha as the capital of Islamic culture for 2024.'])], { today: REF }).articles;
    expect([d.date, d.dates]).toEqual([null, []]);
  });

  it('never takes a body\'s founding for the year of a year-less day (found set, u10 and i13)', () => {
    const body = 'A delegation took part in the 42nd session of the Executive Council of ICESCO that took place in Cairo on December 6. The Council adopted the Organization’s Financial Reports for 2021.';
    const [a] = analyze([pageOf(['Tajik Delegation at ICESCO Executive Council', body, 'Founded in May 1979, ICESCO operates under the aegis of the Organization of Islamic Cooperation.'])], { today: REF }).articles;
    // Not 6 December 1978, the day nearest the founding month: the one year the report itself names.
    expect([a.date, a.dates.map((d) => [d.text, d.start])]).toEqual(['2021-12-06', [['December 6', '2021-12-06'], ['May 1979', '1979-05-01']]]);
    const [b] = analyze([pageOf(['ISESCO Session in Baku', 'The session opened in Baku on November 23 with ministers of culture.', 'ISESCO was founded by the Organization of the Islamic Cooperation (OIC) in 1979 to build bonds among member states.'])], { today: REF }).articles;
    expect([b.date, b.dates]).toEqual([null, []]);
  });

  it('never takes the start of a period still going on ("since 7 October 2023") for the article\'s date', () => {
    const [a] = analyze([pageOf(['ICESCO Renews Its Call to Protect Education in Gaza', 'ICESCO condemns the continued targeting of schools in the Gaza Strip since 7 October 2023, which has deprived thousands of students of education.', 'The Organization renewed its call on Monday.'])], { today: REF }).articles;
    expect(a.date).toBeNull();
    // Nor is it the context a weekday counts from: with no date of its own, "on Monday" names no day.
    expect(a.dates.map((d) => [d.text, d.start])).toEqual([['7 October 2023', '2023-10-07']]);
  });

  it('dates an article by the weekday its period runs from, until a stated day', () => {
    const [a] = analyze([pageOf(['ICESCO Launches Early Childhood Workshop in Chad', 'The workshop, which kicked off on Monday in N’Djamena and runs until Thursday, 7 December 2023, trains 40 preschool teachers from five provinces.'])], { today: REF }).articles;
    expect([a.date, a.dateSource, a.dateText]).toEqual(['2023-12-04', 'body', 'Monday']);
  });

  it('reads a past weekday of an undated article as the first since the date of the article listed below it', () => {
    const [a, b] = analyze([pageOf([
      'ICESCO Trains Women Artisans in Ghardaia on Traditional Crafts',
      'ICESCO, in cooperation with the Ministry of Culture, concluded on Monday a training programme for 30 women artisans in the valley.',
      'ICESCO and ICCROM Train Conservators in Damascus',
      'ICESCO and ICCROM opened on Sunday, 29 June 2025, a training course for 20 conservators at the National Museum.',
    ])], { today: REF }).articles;
    expect([b.date, a.date, a.dateSource]).toEqual(['2025-06-29', '2025-06-29', 'inferred']);
    expect(a.dates.map((d) => [d.text, d.start])).toEqual([['Monday', '2025-06-30']]);
    // "last Monday" still counts back.
    const [c] = analyze([pageOf([
      'ICESCO Trains Women Artisans in Ghardaia on Traditional Crafts',
      'ICESCO, in cooperation with the Ministry of Culture, concluded last Monday a training programme for 30 women artisans in the valley.',
      'ICESCO and ICCROM Train Conservators in Damascus',
      'ICESCO and ICCROM opened on Sunday, 29 June 2025, a training course for 20 conservators at the National Museum.',
    ])], { today: REF }).articles;
    expect(c.dates.map((d) => d.start)).toEqual(['2025-06-23']);
  });

  it('counts "yesterday" from the dispatch dateline nearest the text, not from a post date above it', () => {
    const [a] = analyze([pageOf(['ICESCO Forum on Water Heritage Concludes in Tashkent', '12 March 2025', 'Tashkent: 11/03/2025', 'The Forum on Water Heritage concluded yesterday in Tashkent with a declaration on the protection of old canals.'])], { today: REF }).articles;
    // The article's date stays the first dateline (the post date); the text was written on the 11th.
    expect([a.date, a.dateSource]).toEqual(['2025-03-12', 'dateline']);
    expect(a.dates.map((d) => [d.text, d.start])).toEqual([['12 March 2025', '2025-03-12'], ['11/03/2025', '2025-03-11'], ['yesterday', '2025-03-10']]);
  });

  it('reads a weekday of an agency report from the report\'s credit, not from the blog post date above it', () => {
    const [a] = analyze([pageOf(['Sunday, June 15, 2025', 'Minister Opens New Library for Manuscripts', 'Doha, May 07 - The Minister of Culture opened here Wednesday the new library for manuscripts, which holds 3,000 volumes.'])], { today: REF }).articles;
    expect([a.date, a.dateSource]).toEqual(['2025-06-15', 'dateline']);
    // 7 May 2025 was a Wednesday; the Wednesday before the post date was 11 June.
    expect(a.dates.map((d) => [d.text, d.start])).toEqual([['Sunday, June 15, 2025', '2025-06-15'], ['May 07', '2025-05-07'], ['Wednesday', '2025-05-07']]);
  });

  it('still counts from the post date when no dateline names a place (a bare date under the title)', () => {
    const [a] = analyze([pageOf(['ICESCO Forum on Water Heritage Concludes in Tashkent', '12 March 2025', 'The Forum on Water Heritage concluded yesterday in Tashkent with a declaration on the protection of old canals.'])], { today: REF }).articles;
    expect(a.dates.map((d) => [d.text, d.start])).toEqual([['12 March 2025', '2025-03-12'], ['yesterday', '2025-03-11']]);
  });

  it('lists a lead\'s credit dated day first with dots ("TASHKENT, 14.03.2025 (Dunyo) –") as a mention, as other datelines are', () => {
    const [a] = analyze([pageOf(['Workshop on Manuscript Conservation Opens in Tashkent', 'TASHKENT, 14.03.2025 (Dunyo) – From March 12 through March 14, a workshop on manuscript conservation is being held at the National Library.'])], { today: REF }).articles;
    expect([a.date, a.dateSource]).toEqual(['2025-03-14', 'dateline']);
    expect(a.dates.map((d) => [d.text, d.start, d.end])).toEqual([['14.03.2025', '2025-03-14', null], ['March 12 through March 14', '2025-03-12', '2025-03-14']]);
  });

  it('drops "yesterday" when the page gives it nothing to count from', () => {
    const [a] = analyze([pageOf(['ICESCO and Indonesia Sign Executive Program', 'ICESCO and the Ministry of Religious Affairs signed yesterday in Jakarta an executive program on Arabic teaching for schools.'])], { today: REF }).articles;
    expect(a.date).toBeNull();
    expect(a.dates).toEqual([]);
  });
});
