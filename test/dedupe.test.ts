import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';
import { dedupeFeatures, findDuplicates, jaccard, jaccardAtLeast, NEAR_DUPLICATE_JACCARD, SALIENT_JACCARD, type DedupeInput } from '../src/stages/dedupe.js';
import { segmentPage } from '../src/stages/segment.js';
import { sentences } from '../src/text.js';
import { CONTEXT } from './helpers/context.js';
import { REF, seedPages } from './helpers/seeds.js';

const seeds = seedPages();
/** The articles of seed page 000 as dedupe sees them. */
const page0: DedupeInput[] = segmentPage(seeds[0], 0, CONTEXT).articles.map((a) => ({ title: a.heading, text: a.body.map((l) => l.text).join('\n\n') }));
const counselor = page0[7]; // "ICESCO Director-General Meets State Counselor of the Republic of Kazakhstan"

/** One press release, filled in for two different meetings. */
function meeting(p: { country: string; name: string; short: string; role: string; date: string; city: string; field: string; plan: string }): DedupeInput {
  return {
    title: `ICESCO Director-General Meets ${p.role} of ${p.country}`,
    text: [
      `Dr. Salim M. AlMalik, Director-General of the Islamic World Educational, Scientific and Cultural Organization (ICESCO), met with ${p.name}, ${p.role} of ${p.country}, on ${p.date}, in ${p.city}.`,
      `During the meeting, Dr. AlMalik reviewed the programs and initiatives implemented by ICESCO in ${p.country} in recent years, along with the positive results achieved in ${p.field}.`,
      `For his part, ${p.short} welcomed the development of close cooperation with ICESCO and affirmed the readiness of ${p.country} to advance practical partnerships.`,
      `At the close of the meeting, the two sides agreed to hold a meeting of experts in ${p.city} to prepare ${p.plan}.`,
    ].join('\n\n'),
  };
}
const KAZAKHSTAN = meeting({
  country: 'Kazakhstan', name: 'Mr. Erlan Karin', short: 'Mr. Karin', role: 'State Counselor', date: 'Thursday, 18 September 2025', city: 'Astana',
  field: 'artificial intelligence and space science', plan: 'an action plan for the years 2026 and 2027',
});
const INDONESIA = meeting({
  country: 'Indonesia', name: 'Mr. Fazli Zon', short: 'Mr. Zon', role: 'Minister of Culture', date: 'Thursday, 15 May 2025', city: 'Jakarta',
  field: 'heritage preservation and the promotion of culture', plan: 'the nomination of new sites to the heritage list',
});

describe('findDuplicates', () => {
  it('uses a 0.8 Jaccard threshold by default', () => {
    expect(NEAR_DUPLICATE_JACCARD).toBe(0.8);
  });

  it('folds an exact duplicate into its first occurrence', () => {
    expect(findDuplicates([page0[0], page0[1], { ...page0[0] }, page0[2]])).toEqual([-1, -1, 0, -1]);
  });

  it('folds every later copy into the first, not into each other', () => {
    expect(findDuplicates([page0[3], { ...page0[3] }, { ...page0[3] }])).toEqual([-1, 0, 0]);
  });

  const edited = () => {
    const paragraphs = counselor.text.split('\n\n');
    const p = paragraphs.findIndex((x) => x.startsWith('He also commended'));
    const [first, ...rest] = sentences(paragraphs[p]);
    expect(first).toMatch(/^He also commended the substantial progress/);
    paragraphs[p] = ['He further praised the growing role of the Organization in supporting youth and women across the Member States.', ...rest].join(' ');
    return { title: counselor.title, text: paragraphs.join('\n\n') };
  };

  it('folds a near-duplicate with one sentence changed', () => {
    const near = edited();
    expect(near.text).not.toBe(counselor.text);
    expect(findDuplicates([counselor, page0[6], near])).toEqual([-1, -1, 0]);
  });

  it('honours a stricter threshold: the one-sentence edit is then a different article', () => {
    expect(findDuplicates([counselor, edited()], 0.99)).toEqual([-1, -1]);
  });

  it('folds the same with features given (as the cache holds them) as with features computed, and ignores malformed ones', () => {
    const articles = [counselor, page0[6], edited(), { ...page0[6] }, page0[1], { title: 'Short', text: 'Too short.' }, { title: 'Short', text: 'Too short.' }];
    const computed = findDuplicates(articles);
    expect(computed).toEqual([-1, -1, 0, 1, -1, -1, 5]);
    expect(findDuplicates(articles.map((a) => ({ ...a, features: dedupeFeatures(a) })))).toEqual(computed);
    const malformed = articles.map((a) => ({ ...a, features: { sketch: 'AAA', salient: 'AAA' } }));
    expect(findDuplicates(malformed)).toEqual(computed);
    expect(dedupeFeatures(articles[5]).sketch).toBeNull();
  });

  it('folds a copy whose only changes are punctuation, spacing and paragraph breaks', () => {
    const copy = { title: counselor.title, text: counselor.text.replace(/,/g, ' ,').replace(/\n\n/g, '\n') };
    expect(findDuplicates([counselor, copy])).toEqual([-1, 0]);
  });

  // Regression: the names-and-numbers check must not depend on the title's case.
  it('folds a copy republished with its title in capitals', () => {
    expect(findDuplicates([counselor, { ...counselor, title: counselor.title.toUpperCase() }])).toEqual([-1, 0]);
  });

  it('does not fold the ten distinct articles of a seed page', () => {
    expect(findDuplicates(page0)).toEqual(Array(10).fill(-1));
  });

  it('does not fold two articles written from the same template with different names, places and dates', () => {
    expect(KAZAKHSTAN.text).not.toBe(INDONESIA.text);
    expect(findDuplicates([KAZAKHSTAN, INDONESIA])).toEqual([-1, -1]);
    // ... and still folds a true copy of either.
    expect(findDuplicates([KAZAKHSTAN, INDONESIA, { ...INDONESIA }])).toEqual([-1, -1, 1]);
  });

  it('does not fold one statement published for two places (titles naming different places), even through a copy naming none', () => {
    const dushanbe = { ...counselor, title: 'ICESCO Calls for Solidarity in Dushanbe', titlePlaces: ['Dushanbe'] };
    const bishkek = { ...counselor, title: 'ICESCO Calls for Solidarity in Bishkek', titlePlaces: ['Bishkek'] };
    expect(findDuplicates([dushanbe, bishkek])).toEqual([-1, -1]);
    // A republisher adding the country to the title: one article.
    const withCountry = { ...dushanbe, title: 'ICESCO Calls for Solidarity in Dushanbe, Tajikistan', titlePlaces: ['Dushanbe', 'Tajikistan'] };
    expect(findDuplicates([dushanbe, withCountry])).toEqual([-1, 0]);
    // A copy whose title names none, or fewer, joins the first group it meets, and the other stays apart.
    const unplaced = { ...counselor, title: 'ICESCO Calls for Solidarity', titlePlaces: [] };
    expect(findDuplicates([dushanbe, unplaced, bishkek])).toEqual([-1, 0, -1]);
    const tajikistan = { ...counselor, title: 'ICESCO Calls for Solidarity in Tajikistan', titlePlaces: ['Tajikistan'] };
    expect(findDuplicates([tajikistan, withCountry, { ...bishkek, titlePlaces: ['Bishkek', 'Kyrgyzstan'] }])).toEqual([-1, 0, -1]);
    // The same places, the title restyled: one article.
    expect(findDuplicates([dushanbe, { ...dushanbe, title: dushanbe.title.toUpperCase() }])).toEqual([-1, 0]);
  });

  it('compares texts too short for shingles exactly', () => {
    const a = { title: 'Short', text: 'Two words.' };
    expect(findDuplicates([a, { title: 'short', text: 'two  words' }, { title: 'Short', text: 'Three words.' }])).toEqual([-1, 0, -1]);
  });

  it('handles no articles', () => {
    expect(findDuplicates([])).toEqual([]);
  });
});

describe('duplicates in the pipeline', () => {
  it('keeps apart one statement published under titles naming different places, and folds it under the same title', () => {
    const body = counselor.text;
    const page = (name: string, title: string) => ({ source: `${name}.txt`, name, text: `${title}\n\n${body}\n` });
    const apart = analyze([page('a', 'ICESCO Calls for Solidarity with Flood Victims in Dushanbe'), page('b', 'ICESCO Calls for Solidarity with Flood Victims in Bishkek')], { today: REF });
    expect(apart.articles.map((a) => a.duplicates)).toEqual([[], []]);
    const folded = analyze([page('a', 'ICESCO Calls for Solidarity with Flood Victims in Dushanbe'), page('b', 'ICESCO Calls for Solidarity with Flood Victims in Dushanbe')], { today: REF });
    expect(folded.articles.map((a) => a.duplicates)).toEqual([['b-01']]);
    // A copy with its title in capitals names the same places: one article.
    const restyled = analyze([page('a', 'ICESCO Calls for Solidarity with Flood Victims in Dushanbe'), page('b', 'ICESCO CALLS FOR SOLIDARITY WITH FLOOD VICTIMS IN DUSHANBE')], { today: REF });
    expect(restyled.articles.map((a) => a.duplicates)).toEqual([['b-01']]);
  });

  it('folds an article republished on another page and lists the copy on the one kept', () => {
    const copy = { source: 'copy/000_55f9d866b8a4f3e8.txt', name: 'copy', text: seeds[0].text };
    const corpus = analyze([seeds[0], copy], { today: REF });
    expect(corpus.articles).toHaveLength(10);
    expect(corpus.articles[0].id).toBe('000_55f9d866b8a4f3e8-01');
    expect(corpus.articles[0].duplicates).toEqual(['copy-01']);
    expect(corpus.articles.every((a, i) => a.duplicates.length === 1 && a.duplicates[0] === `copy-${String(i + 1).padStart(2, '0')}`)).toBe(true);
  });
});

describe('jaccardAtLeast', () => {
  // Sorted sets of small hashes, so that random pairs overlap a lot, a little or exactly.
  const set = fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 30 }).map((xs) => Uint32Array.from(xs).sort());
  it('answers exactly what comparing jaccard with the threshold answers, however early it stops', () => {
    fc.assert(
      fc.property(set, set, fc.constantFrom(NEAR_DUPLICATE_JACCARD, SALIENT_JACCARD, 0.5, 0.75, 1), (a, b, t) => {
        expect(jaccardAtLeast(a, b, t)).toBe(jaccard(a, b) >= t);
      }),
      { numRuns: 3000 },
    );
  });
  it('is true for equal and empty sets, false for disjoint ones', () => {
    const a = Uint32Array.from([1, 5, 9, 12, 40]);
    expect(jaccardAtLeast(a, a, 1)).toBe(true);
    expect(jaccardAtLeast(new Uint32Array(0), new Uint32Array(0), 1)).toBe(true);
    expect(jaccardAtLeast(a, Uint32Array.from([2, 6]), 0.01)).toBe(false);
    // 4 common of 5 distinct: exactly 0.8, on the threshold.
    expect(jaccardAtLeast(Uint32Array.from([1, 2, 3, 4, 5]), Uint32Array.from([1, 2, 3, 4]), 0.8)).toBe(true);
  });
});
