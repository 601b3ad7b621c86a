/** Which rule read each date mention and which refiners changed it: for `show --explain`, out of the public JSON. */
import { describe, expect, it } from 'vitest';
import { dateProvenance } from '../../src/stages/dates/mention.js';
import { analyze } from '../../src/pipeline.js';
import { pageOf, REF } from '../helpers/seeds.js';

describe('date provenance', () => {
  const [a] = analyze([pageOf([
    'ICESCO Holds Workshop on Heritage in Rabat',
    '11 June 2025',
    'ICESCO held today, Wednesday (June 11, 2025), a workshop that runs until 13 June. A forum was held in Baku on September 8 and 9, 2024. The experts met yesterday.',
  ])], { today: REF }).articles;

  it('says, for every mention, which rule read it and which refiners changed it, in order', () => {
    expect(a.dates.map((m) => [m.text, dateProvenance(m)])).toEqual([
      ['11 June 2025', { rule: 'icesco.dateline', refinedBy: [] }],
      ['today, Wednesday (June 11, 2025)', { rule: 'chrono.casual', refinedBy: ['icesco.weekday-with-date'] }],
      ['13 June', { rule: 'chrono.casual', refinedBy: ['icesco.future-wording', 'icesco.year-from-article'] }],
      ['September 8 and 9, 2024', { rule: 'icesco.day-range-and', refinedBy: [] }],
      ['yesterday', { rule: 'chrono.casual', refinedBy: ['icesco.yesterday'] }],
    ]);
  });

  it('keeps it out of the mentions\' JSON', () => {
    expect(JSON.parse(JSON.stringify(a.dates[1]))).toEqual({
      text: 'today, Wednesday (June 11, 2025)', start: '2025-06-11', end: null, granularity: 'day', sentence: a.dates[1].sentence, future: false,
    });
    expect(Object.keys(a.dates[1])).not.toContain('provenance');
  });

  it('tells a dateline whose year came from its article', () => {
    const [b] = analyze([pageOf(['Oman to Host ICESCO Conference', 'Baku, September 24, AZERTAC', 'On 2 – 3 October 2024, Muscat will host the third ICESCO Education Ministers Conference.'])], { today: REF }).articles;
    expect(dateProvenance(b.dates[0])).toEqual({ rule: 'icesco.dateline', refinedBy: ['icesco.year-from-article'] });
  });
});
