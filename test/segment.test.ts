import { describe, expect, it } from 'vitest';
import { isBodyParagraph, isDateline, isTitleShaped, segmentPage } from '../src/stages/segment.js';
import { pageOf, SEED_FILES, seedPages } from './helpers/seeds.js';

const BODY =
  'Dr. Salim M. AlMalik, Director-General of ICESCO, met with the Minister of Culture on Thursday to discuss cooperation in education and heritage.';
const BODY2 = 'During the meeting, the two sides reviewed the programs implemented in recent years and agreed to hold a meeting of experts.';

describe('isTitleShaped', () => {
  const cases: [text: string, previous: string | undefined, expected: boolean][] = [
    ['ICESCO Launches Regional Language Training Program in Central Asia', undefined, true],
    ['ICESCO supports Safe Schools Declaration and calls on its Member States to support it', undefined, true],
    // A colon inside a title does not close it.
    ['ICESCO’s Call to the World: Stop the Genocide and Starvation in Gaza', undefined, true],
    ['“Show Me Your Smile” Premieres in Casablanca', undefined, true],
    ['2025 Regional Forum Opens in Kuala Lumpur', undefined, true],
    // Shape alone says yes; segmentPage rejects it because no body paragraph follows.
    ['Extremely Dissatisfied Extremely Satisfied', undefined, true],
    ['Afterward, the participants in the Congress took a group photo.', undefined, false],
    ['Overall, how satisfied are you about the website?', undefined, false],
    ['Gaza', undefined, false],
    ['your opinion', undefined, false],
    ['the meeting continued in the afternoon session', undefined, false],
    ['Rulings, Controls, and Ethics; Sharia Ruling on Third-Party Payment of Loan Excess', undefined, false],
    ['Thursday, 18 September 2025', undefined, false],
    [Array.from({ length: 36 }, (_, i) => `Word${i}`).join(' '), undefined, false],
    // The continuation of a paragraph broken after a comma.
    ['Rulings, Controls and Ethics in the Digital Age', 'the session was moderated by Dr. Adel Samida,', false],
    ['“Rulings, Controls and Ethics in the Digital Age', 'titled “Artificial Intelligence,”', false],
    ['Rulings, Controls and Ethics in the Digital Age', 'The workshop ended with recommendations.', true],
    // ... or broken off after a semicolon or a function word.
    ['Sport, Arts and Heritage as Tools for Bringing Young People Together', 'the Forum discussed three themes: dialogue in schools; volunteering; and', false],
    // (A bullet item ends on a bare semicolon, and a title may follow the last one.)
    ['ICESCO Director-General Receives Delegation from Guinea', '• Developing a financing mechanism for schools in rural areas;', true],
    // A sentence broken off before its end: a title never ends on "and", "the", "of" or a comma.
    ['The course, hosted by the University of Jordan, is organized in cooperation with UNDP and', undefined, false],
    ['The Forum brings together ministers of education from the', undefined, false],
    ['ICESCO Participates in the Meeting of Ministers,', undefined, false],
    // A capital letter is a word of the title, not an article.
    ['ICESCO Classified in Category A', undefined, true],
  ];
  it.each(cases)('%j after %j -> %s', (text, previous, expected) => {
    expect(isTitleShaped(text, previous)).toBe(expected);
  });
});

describe('isBodyParagraph', () => {
  const forty = Array.from({ length: 40 }, () => 'word').join(' ');
  const cases: [text: string, expected: boolean][] = [
    [BODY, true],
    ['The sessions were delivered by a distinguished group of experts in psychology, sociology, and law.', true],
    // 12 words is the floor.
    ['The workshop targeted thirty participants, including specialists in psychology, sociology and law.', true],
    // 11 words: too short to be a paragraph on its own.
    ['The sessions were delivered by two experts in psychology and law.', false],
    ['The jury announced the following winners:', false],
    // A long sentence left open by a colon is still prose.
    ['The organizing committee has set 1 November 2025 as the deadline for submitting abstracts accompanied by CVs via email to:', true],
    // Very long lines count even without closing punctuation (seed 003's continued list).
    [forty, true],
    [forty.split(' ').slice(1).join(' '), false],
    ['ICESCO Launches Regional Language Training Program in Central Asia', false],
  ];
  it.each(cases)('%j -> %s', (text, expected) => {
    expect(isBodyParagraph(text)).toBe(expected);
  });
});

describe('isDateline', () => {
  const cases: [text: string, expected: boolean][] = [
    ['Thursday, 18 September 2025', true],
    ['18 September 2025', true],
    ['September 18, 2025', true],
    ['Monday 12 September 2022', true],
    ['2025-09-18', true],
    ['18/09/2025', true],
    ['Posted on: June 19, 2022', true],
    ['Published 3rd May 2025', true],
    // A trailing comment counter and a time of day.
    ['June 19, 2022 0', true],
    ['Sep. 18, 2025 10:30 am', true],
    ['The meeting took place on 18 September 2025.', false],
    ['September 2025', false],
    ['Vision 2030', false],
    ['ICESCO Director-General Visits Kazakhstan National Space Center', false],
  ];
  it.each(cases)('%j -> %s', (text, expected) => {
    expect(isDateline(text)).toBe(expected);
  });
});

describe('segmentPage on synthetic pages', () => {
  it('keeps the lines above the first article as header', () => {
    const sp = segmentPage(pageOf(['Skip to content', 'Home News Media Contact', 'Latest News', 'ICESCO Director-General Meets Minister of Culture', BODY, BODY2]), 3);
    expect(sp.pageIndex).toBe(3);
    expect(sp.header.map((l) => l.text)).toEqual(['Skip to content', 'Home News Media Contact', 'Latest News']);
    expect(sp.articles).toHaveLength(1);
    expect(sp.articles[0].title).toEqual({ lineNo: 7, text: 'ICESCO Director-General Meets Minister of Culture' });
    expect(sp.articles[0].body.map((l) => l.text)).toEqual([BODY, BODY2]);
    expect(sp.articles[0].body.map((l) => l.lineNo)).toEqual([9, 11]);
    expect(sp.articles[0]).toMatchObject({ pageIndex: 3, index: 0, dateline: null });
  });

  it('keeps a line whose sentence goes on in lower case after a blank line in its article', () => {
    const broken = 'The opening ceremony featured performances by young musicians and readings from the Khamsa of Nizami';
    const rest = 'in Azerbaijani, Arabic, and Persian, followed by a visual show narrating the history of the city from antiquity to the present day.';
    const sp = segmentPage(pageOf(['ICESCO Director-General Attends Opening of Festival in Ganja', BODY, broken, rest]), 0);
    expect(sp.articles).toHaveLength(1);
    expect(sp.articles[0].body.map((l) => l.text)).toEqual([BODY, broken, rest]);
  });

  it('takes a dateline directly under a title out of the body', () => {
    const sp = segmentPage(pageOf(['ICESCO Director-General Meets Minister of Culture', 'Thursday, 18 September 2025', BODY, BODY2]), 0);
    expect(sp.header).toEqual([]);
    expect(sp.articles).toHaveLength(1);
    expect(sp.articles[0].dateline).toEqual({ lineNo: 3, text: 'Thursday, 18 September 2025' });
    expect(sp.articles[0].body.map((l) => l.text)).toEqual([BODY, BODY2]);
  });

  it('keeps a paragraph broken after a colon, and lacking its final period, in its article (seed 003 "Artificial Intelligence:")', () => {
    const broken = 'The sessions of the Conference will address a range of contemporary issues, including: Emerging Issues in Child Care; Artificial Intelligence:';
    // Long, unclosed, no semicolon: only its length says it is prose, not a title.
    const continued =
      'Rulings, Controls and Ethics, Sharia Governance in Modern Islamic Financial Institutions, Electronic Games and their Rulings and Controls, the Impact of Mental Illnesses on Legal Competence in Sharia, and Review and Discussion of the Recommendations of the Symposium on Breastfeeding Premature Babies';
    expect(continued.split(' ').length).toBeGreaterThanOrEqual(40);
    const sp = segmentPage(pageOf(['ICESCO Director-General Participates in Fiqh Academy Session', BODY, broken, continued, BODY2, 'ICESCO Holds Workshop in Derna', BODY]), 0);
    expect(sp.articles.map((a) => a.title.text)).toEqual(['ICESCO Director-General Participates in Fiqh Academy Session', 'ICESCO Holds Workshop in Derna']);
    expect(sp.articles[0].body.map((l) => l.text)).toEqual([BODY, broken, continued, BODY2]);
  });

  it('keeps a short line continuing a paragraph broken after a comma in its article', () => {
    const broken = 'The discussion was moderated by experts from the Science and Environment Sector, namely Dr. Issam Krimi and Dr. Adel Smaida,';
    const continued = 'Dr. Fahman Fath Al-Rahman and Professor Raheel Qamar';
    const sp = segmentPage(pageOf(['ICESCO Highlights Importance of Digital Technologies', BODY, broken, continued, BODY2]), 0);
    expect(sp.articles).toHaveLength(1);
    expect(sp.articles[0].body.map((l) => l.text)).toEqual([BODY, broken, continued, BODY2]);
  });

  it('splits consecutive articles and gives them 0-based positions', () => {
    const sp = segmentPage(pageOf(['First Title About Education Cooperation', BODY, 'Second Title About Heritage Protection', 'Monday, 3 November 2025', BODY2, 'Third Title About Youth Programs', BODY]), 1);
    expect(sp.articles.map((a) => [a.index, a.title.text, a.dateline?.text ?? null])).toEqual([
      [0, 'First Title About Education Cooperation', null],
      [1, 'Second Title About Heritage Protection', 'Monday, 3 November 2025'],
      [2, 'Third Title About Youth Programs', null],
    ]);
  });

  it('does not start an article at a title-shaped line with no body under it', () => {
    const sp = segmentPage(pageOf(['ICESCO Holds Workshop in Derna', BODY, 'Related Articles', 'ICESCO Welcomes Second Cohort of Young Professionals', BODY2]), 0);
    expect(sp.articles.map((a) => a.title.text)).toEqual(['ICESCO Holds Workshop in Derna', 'ICESCO Welcomes Second Cohort of Young Professionals']);
    expect(sp.articles[0].body.map((l) => l.text)).toEqual([BODY, 'Related Articles']);
  });

  it('finds no article on a page of chrome only', () => {
    const sp = segmentPage(pageOf(['your opinion', 'User Feedback', 'Extremely Dissatisfied Extremely Satisfied']), 0);
    expect(sp.articles).toEqual([]);
    expect(sp.header).toHaveLength(3);
  });
});

describe('segmentPage on the seeds', () => {
  const pages = seedPages();
  const segmented = pages.map((p, i) => segmentPage(p, i));

  // Title line numbers pin all 50 articles; the first title of each page is checked verbatim.
  const expected: [file: string, firstTitle: string, titleLines: number[]][] = [
    ['000_55f9d866b8a4f3e8.txt', 'ICESCO, Naif Arab University Invite Researchers to Participate in International Symposium on Publishing and Security', [11, 30, 42, 52, 64, 80, 90, 104, 118, 130]],
    ['001_fa416663e5dc7336.txt', 'ICESCO Director-General Participates in Congress of Leaders of World and Traditional Religions in Kazakhstan', [11, 27, 40, 52, 70, 76, 86, 98, 114, 126]],
    ['002_6230be30ad403a5e.txt', 'ICESCO Receives Kuwaiti Delegation to Discuss Mechanisms for Strengthening Partnership and Developing the Skills of Youth in the Islamic World', [11, 27, 39, 49, 63, 75, 89, 101, 113, 125]],
    ['003_6d19791ecb33e012.txt', 'ICESCO and Indonesia Discuss Ways to Strengthen Cooperation in Education, Science and Culture', [11, 21, 31, 45, 57, 70, 81, 93, 106, 116]],
    ['004_7481b1a20795dfba.txt', 'ICESCO Director-General Participates in Planting Peace Trees in Kazakhstan', [11, 19, 28, 39, 51, 67, 77, 87, 101, 117]],
  ];

  it('reads the five seed pages in order', () => {
    expect(SEED_FILES).toEqual(expected.map(([f]) => f));
  });

  it.each(expected.map((e, i) => [i, ...e] as const))('page %i (%s): 10 articles, first titled %j', (i, _file, firstTitle, titleLines) => {
    const sp = segmented[i];
    expect(sp.articles).toHaveLength(10);
    expect(sp.articles[0].title.text).toBe(firstTitle);
    expect(sp.articles.map((a) => a.title.lineNo)).toEqual(titleLines);
    // The five lines of site chrome above the first article.
    expect(sp.header.map((l) => l.lineNo)).toEqual([1, 3, 5, 7, 9]);
    expect(sp.articles.every((a) => a.body.length > 0)).toBe(true);
  });

  it('finds 50 articles in all', () => {
    expect(segmented.reduce((n, sp) => n + sp.articles.length, 0)).toBe(50);
  });

  it('keeps seed 003’s list broken after "Artificial Intelligence:" in the Fiqh Academy article', () => {
    const article = segmented[3].articles[7];
    expect(article.title.text).toBe('ICESCO Director-General Participates in 26th Session of Council of International Islamic Fiqh Academy');
    const lines = article.body.map((l) => l.lineNo);
    expect(lines).toEqual([95, 97, 99, 101, 104]);
    expect(article.body.find((l) => l.lineNo === 99)!.text).toMatch(/Artificial Intelligence:$/);
    expect(article.body.find((l) => l.lineNo === 101)!.text).toMatch(/^Rulings, Controls, and Ethics;/);
  });
});
