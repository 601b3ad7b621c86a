/**
 * Texts that must yield nothing: no date mention, no person. Each was (or would easily be) a
 * false positive of a naive rule: numbers that look like dates, roles that look like names.
 */
import { describe, expect, it } from 'vitest';
import { findDateMentions } from './dates/helpers.js';
import { findEntities } from '../src/stages/entities/find.js';
import { articleMentions } from '../src/stages/entities/index.js';
import { REF } from './helpers/seeds.js';

describe('no date mention', () => {
  const cases: [phrase: string, sentence: string][] = [
    ['Vision 2030', 'This program aligns with Vision 2030 and the strategic orientations of ICESCO.'],
    ['early next year', "ICESCO's General Conference will be convened early next year in the Kingdom of Saudi Arabia."],
    ['every Friday', 'The library is open to researchers every Friday.'],
    ['the 2030 Vision', 'This program aligns with the 2030 Vision of ICESCO and FUIW.'],
    ['the 26th Session', 'He took part in the 26th Session of the Council of the Academy.'],
    ['a 24-month program', 'The fellows join a 24-month program of field training.'],
    ['COVID-19', 'Religious leaders made great efforts during the COVID-19 pandemic.'],
    ['Goals 4 and 16', 'The projects contribute to Sustainable Development Goals 4 and 16.'],
    ['between 12 and 20 pages', 'Papers should be between 12 and 20 pages long.'],
    ['3,000–5,000 words', 'Papers should run to approximately 3,000–5,000 words.'],
    ['+212 537 566 052', 'For more information, call +212 537 566 052 during office hours.'],
    ['Every year on September 21', 'Every year on September 21, the world celebrates the International Day of Peace.'],
    ['annually on 5 October', 'The world celebrates World Teachers’ Day annually on 5 October.'],
    ['in 2024', 'The two projects were launched by ICESCO in 2024 in partnership with IOFS.'],
    ['since 2020', 'He has been a member of the Islamic Fiqh Academy since 2020.'],
    ['a bare month', 'The delegation will visit Rabat in March to prepare the agreement.'],
    ['today', 'The symposium opens today at ICESCO headquarters.'],
    ['the lessons of yesterday', 'The lessons of yesterday guide the youth of today.'],
    // A duration, not a date (seed 004: "started today ... and will last for two days").
    ['for two days', 'The symposium started today and will last for two days.'],
    ['68 countries', 'The training has mobilized 180 Peace Ambassadors from 68 countries.'],
    ['the day after tomorrow', 'The results will be known the day after tomorrow.'],
    ['a time alone', 'The opening session starts at 10:30 in the main hall.'],
    ['a part of the day', 'The ceremony was held in the afternoon in Rabat.'],
    ['the Friday Mosque', 'She compared its domes to those of the Friday Mosque in Isfahan.'],
    ['the next Mayor', 'The next Mayor of Rabat will be elected in the spring.'],
    ['Sun Yat-sen University', 'The delegation visited Sun Yat-sen University in Guangzhou.'],
    ['Bay La Sun Expo Center', 'The session was held at Bay La Sun Expo Center in King Abdullah Economic City.'],
    ['on Fridays', 'The museum opens to pupils on Fridays.'],
    ['from May to July', 'The volunteers worked there from May to July with the families.'],
    ['between 2 and 4 pupils', 'Between 2 and 4 pupils per class were absent during the visit.'],
    ['a Hijri date alone', 'The decree is dated 1442/10/14 in the register.'],
    ['a month\'s abbreviation ending a sentence', 'The forum was postponed to Dec. The ministers agreed on a new venue.'],
  ];
  it.each(cases)('%s', (_phrase, sentence) => {
    expect(findDateMentions([sentence], REF)).toEqual([]);
  });

  it('does not depend on the reference date for durations (no clock leaks into the output)', () => {
    for (const ref of [REF, new Date('2030-01-01T00:00:00Z')]) expect(findDateMentions(['The symposium will last for two days.'], ref)).toEqual([]);
  });
});

describe('no person', () => {
  const cases: [what: string, sentence: string][] = [
    // Roles without a name.
    ['the Director-General', 'The Director-General also expressed his gratitude to the officials of the Center.'],
    ['Deputy Director-General of ICESCO', 'The Deputy Director-General of ICESCO delivered a speech at the opening.'],
    ['the Mayor', 'During the meeting, the Mayor reviewed the ancient history of the city.'],
    ['the Minister', 'The Minister pointed out that this medal is one of the key medals of the country.'],
    ['the State Counselor', 'The Director-General extended an invitation to the State Counselor to attend the conference.'],
    ['His Majesty', 'ICESCO is advancing under the high patronage of His Majesty, noting the progress made.'],
    ['the Vice-Minister', 'During the visit, the Vice-Minister gave a comprehensive presentation on the missions of the Center.'],
    // Generic references to a body.
    ['the Organization', 'The Organization renewed its commitment to promoting peace.'],
    ['the Ministry', 'ICESCO and the Ministry agreed on strengthening this distinguished partnership.'],
    ['Member States', 'ICESCO calls on its Member States to support the declaration.'],
    // Demonyms.
    ['the Kuwaiti delegation', 'The Kuwaiti delegation toured the exhibition after the meeting.'],
    ['Kazakh leadership', 'He expressed his gratitude to the Kazakh leadership for its support.'],
    ['Moroccan universities', 'The program will benefit early-career professors in Moroccan universities.'],
    // Nothing at all.
    ['no entity', 'The program aims to develop curricula for teaching languages to young people.'],
    ['no entity', 'The workshop concluded with a group brainstorming session.'],
  ];
  it.each(cases)('%s', (_what, sentence) => {
    expect(findEntities(sentence).filter((e) => e.type === 'person')).toEqual([]);
    expect(articleMentions('ICESCO News', sentence).filter((e) => e.type === 'person')).toEqual([]);
  });

  it.each([
    'The program aims to develop curricula for teaching languages to young people.',
    'The workshop concluded with a group brainstorming session.',
    'Afterward, the participants in the Congress took a group photo.',
  ])('no entity of any kind: %j', (sentence) => {
    expect(findEntities(sentence)).toEqual([]);
  });

  // An institution named in a role ("Sheikh of Al-Azhar Al-Sharif", seed 004) is no person.
  it('an institution: "Sheikh of Al-Azhar Al-Sharif"', () => {
    const found = findEntities('The ceremony was held in the presence of His Eminence The Grand Imam, Dr. Ahmed Al-Tayeb, Sheikh of Al-Azhar Al-Sharif, and world religious leaders.');
    expect(found.filter((e) => e.type === 'person').map((e) => e.text)).toEqual(['Ahmed Al-Tayeb']);
  });

  // A quoted discipline (seed 003: “Ilm al-Kalam”, the study of Islamic theology) is no person.
  it('a quoted discipline: “Ilm al-Kalam”', () => {
    const found = findEntities('The speaker emphasized the urgent need to renew “Ilm al-Kalam” (the study of Islamic theology) in alignment with contemporary challenges.');
    expect(found.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('takes no person from a Title Case title that the body does not confirm', () => {
    const found = articleMentions('Fourth Forum on Cultural Heritage Management Kicks Off', 'The forum opened at the headquarters with experts from several countries.');
    expect(found.filter((e) => e.type === 'person')).toEqual([]);
  });
});
