import { describe, expect, it } from 'vitest';
import { removeBoilerplate, summarizeBoilerplate } from '../src/stages/boilerplate.js';
import fc from 'fast-check';
import { CHROME_MARKER_KEYS, CHROME_MARKERS, isWidgetLine, mayHoldChromeMarker } from '../src/stages/lines.js';
import { segmentPage } from '../src/stages/segment.js';
import { pageLines } from '../src/text.js';
import type { Page } from '../src/types.js';
import { CONTEXT } from './helpers/context.js';
import { pageOf, seedPages } from './helpers/seeds.js';

const para = (topic: string) =>
  `The Islamic World Educational, Scientific and Cultural Organization held a meeting on ${topic} with its partners and reviewed the results achieved.`;
// 15 words: short enough that a recurrence alone could make it chrome, long enough to be a paragraph.
const SHORT_PARA = 'Both parties agreed to hold regular meetings of experts to follow up on these projects.';
const RELATED = 'More News From the Islamic World';

function run(pages: Page[]) {
  const { pages: cleaned, chrome } = removeBoilerplate(pages.map((p, i) => segmentPage(p, i, CONTEXT)));
  return { cleaned, chrome, summary: summarizeBoilerplate(chrome, pages) };
}

describe('isWidgetLine', () => {
  const cases: [text: string, expected: boolean][] = [
    ['By messaging ICESCO, you agree to our Terms & AI policy', true],
    ['Alem AI assistant', true],
    ['Disclaimer: You are using Google Translate', true],
    ['Share this article on Facebook', true],
    ['© 2025 ICESCO. All rights reserved', true],
    ['Subscribe to our newsletter', true],
    ['Was this news helpful? Yes No', true],
    ['Rate this article', true],
    // Words a headline may use too are chrome only on a line of a few words.
    ['Follow', true],
    ['ads', true],
    ['ICESCO Assistant Director-General Receives Ambassador of Chad', false],
    ['ICESCO to Follow Up on Implementation of Education Strategy', false],
    // A form's fields; a disclaimer however it is punctuated.
    ['Email *', true],
    ['Disclaimer: You are using Google Translate. The ICESCO is not responsible for the accuracy of the information in the translated language .', true],
    // Closed like a sentence: prose that happens to use the vocabulary.
    ['The assistant director praised the newsletter.', false],
    ['ICESCO Director-General Visits Kazakhstan National Space Center', false],
    [`${'the word '.repeat(8)}privacy`, false],
  ];
  it.each(cases)('%j -> %s', (text, expected) => {
    expect(isWidgetLine(text)).toBe(expected);
  });
});

describe('mayHoldChromeMarker', () => {
  /** The top-level alternatives of a regular expression's source (outside brackets). */
  const topLevel = (source: string) => {
    const out = [''];
    let depth = 0;
    for (let i = 0; i < source.length; i++) {
      const c = source[i];
      if (c === '\\') {
        out[out.length - 1] += c + source[++i];
        continue;
      }
      if (c === '(') depth++;
      else if (c === ')') depth--;
      if (c === '|' && depth === 0) out.push('');
      else out[out.length - 1] += c;
    }
    return out;
  };
  /** CHROME_MARKERS's alternatives, without the escapes and anchors that stand for no text. */
  const alternatives = topLevel(CHROME_MARKERS.source).map((alt) => alt.replace(/\\b|\^/g, '').replace(/\\([./])/g, '$1'));

  it('has a key in every alternative of the regular expression it guards', () => {
    expect(alternatives.length).toBe(19);
    for (const alt of alternatives) expect(CHROME_MARKER_KEYS.some((key) => alt.includes(key)), alt).toBe(true);
  });

  it('lower-cases every character that /iu takes for a key character to that character, but ſ (which it lets through)', () => {
    const keyChars = [...new Set(CHROME_MARKER_KEYS.join(''))];
    const anyKeyChar = new RegExp(`[${keyChars.map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join('')}]`, 'iu');
    const odd: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (anyKeyChar.test(ch) && !keyChars.includes(ch.toLowerCase())) odd.push(ch);
    }
    expect(odd).toEqual(['ſ']);
    expect(mayHoldChromeMarker('ſkip to content')).toBe(true);
    expect(CHROME_MARKERS.test('ſkip to content')).toBe(true);
    expect(mayHoldChromeMarker('S\u212aIP TO CONTENT')).toBe(true); // a Kelvin sign for the k
  });

  const cases: [text: string, expected: boolean][] = [
    ['© 2025 ICESCO', true],
    ['COMMENTS ARE CLOSED.', true],
    ['pic.twitter.com/abc123', true],
    ['All Rights Reserved', true],
    ['Skip to main content', true],
    ['This website uses cookies to improve your experience', true],
    ['Subscribe to the newsletter', true],
    ['Your email address will not be published.', true],
    ['Required fields are marked *', true],
    ['DISCLAIMER : the views expressed are the authors’', true],
    ['You are using Google Translate', true],
    ['Welcome to the official website of ICESCO', true],
    // Negative cases: lines the regular expression need not see.
    ['ICESCO Director-General Receives the Ambassador of Chad', false],
    ['The conference reviewed the rights of children and the results achieved.', false],
    ['Comments are welcome until 30 June.', false],
    ['', false],
  ];
  it.each(cases)('%j -> %s', (text, expected) => {
    expect(mayHoldChromeMarker(text)).toBe(expected);
  });

  it('never hides a line that the regular expression matches', () => {
    const pieces = fc.constantFrom(...alternatives.flatMap((a) => CHROME_MARKER_KEYS.filter((k) => a.includes(k))), 'Cookies', 'WE USE COOKIES', 'we use cookies', 'Disclaimer:', 'ALL RIGHTS', 'the', ' ', 'ſ', '\u212a', 'K', '.', 'x', 'Welcome To The Portal Of');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 8 }), (parts) => {
      const text = parts.join('');
      if (CHROME_MARKERS.test(text)) expect(mayHoldChromeMarker(text)).toBe(true);
    }), { numRuns: 3000 });
  });
});

describe('removeBoilerplate on synthetic pages', () => {
  it('drops the header above the first article, each line with its own reason where it has one', () => {
    const { cleaned, chrome } = run([pageOf(['your opinion', 'User Feedback', 'Extremely Dissatisfied Extremely Satisfied', 'ICESCO Holds Workshop in Derna', para('psychosocial response')])]);
    expect(chrome.map((c) => [c.lineNo, c.text, c.reason])).toEqual([
      [1, 'your opinion', 'widget'],
      [3, 'User Feedback', 'widget'],
      [5, 'Extremely Dissatisfied Extremely Satisfied', 'widget'],
    ]);
    expect(cleaned[0].chrome).toEqual([]);
    expect(cleaned[0].articles.map((a) => a.heading)).toEqual(['ICESCO Holds Workshop in Derna']);
  });

  it('drops a line that recurs on more pages than the title of the article it sits in', () => {
    const pages = ['Derna', 'Rabat', 'Baku'].map((city, i) =>
      pageOf([`ICESCO Holds Workshop in ${city}`, para(`training in ${city}`), RELATED], `p${i}`),
    );
    const { cleaned, chrome, summary } = run(pages);
    expect(chrome.map((c) => [c.pageIndex, c.lineNo, c.reason])).toEqual([
      [0, 5, 'recurring'],
      [1, 5, 'recurring'],
      [2, 5, 'recurring'],
    ]);
    expect(cleaned.map((sp) => sp.articles[0].body.map((l) => l.text))).toEqual([[para('training in Derna')], [para('training in Rabat')], [para('training in Baku')]]);
    expect(summary).toEqual([{ text: RELATED, reason: 'recurring', pageCount: 3, occurrenceCount: 3, sources: ['p0.txt', 'p1.txt', 'p2.txt'] }]);
  });

  it('keeps the short paragraphs of an article published on two pages (they recur exactly as often as its title)', () => {
    const dup = ['ICESCO and ARADO Discuss Cooperation', para('heritage management'), SHORT_PARA];
    const pages = [
      pageOf([...dup, 'ICESCO Holds Workshop in Derna', para('psychosocial response')], 'a'),
      pageOf(['ICESCO Welcomes Young Professionals', para('its young professionals program'), ...dup], 'b'),
    ];
    const { cleaned, chrome } = run(pages);
    expect(chrome).toEqual([]);
    for (const sp of cleaned) {
      const article = sp.articles.find((a) => a.heading === 'ICESCO and ARADO Discuss Cooperation')!;
      expect(article.body.map((l) => l.text)).toEqual([para('heritage management'), SHORT_PARA]);
    }
  });

  it('still drops chrome that recurs more often than a duplicated article', () => {
    const dup = ['ICESCO and ARADO Discuss Cooperation', para('heritage management'), SHORT_PARA, RELATED];
    const pages = [pageOf(dup, 'a'), pageOf(dup, 'b'), pageOf(['ICESCO Holds Workshop in Derna', para('psychosocial response'), RELATED], 'c')];
    const { cleaned, chrome } = run(pages);
    expect(chrome.map((c) => [c.pageIndex, c.text, c.reason])).toEqual([
      [0, RELATED, 'recurring'],
      [1, RELATED, 'recurring'],
      [2, RELATED, 'recurring'],
    ]);
    expect(cleaned[0].articles[0].body.map((l) => l.text)).toEqual([para('heritage management'), SHORT_PARA]);
  });

  it('never drops a sentence of prose for recurring: a story reposted with edits shares some', () => {
    const shared = 'President Ilham Aliyev thanked the Director General of ICESCO for the attention and congratulations.';
    const pages = ['Derna', 'Rabat', 'Baku'].map((city, i) => pageOf([`ICESCO Holds Workshop in ${city}`, para(city), shared], `p${i}`));
    const { cleaned, chrome } = run(pages);
    expect(chrome).toEqual([]);
    expect(cleaned.map((sp) => sp.articles[0].body.at(-1)!.text)).toEqual([shared, shared, shared]);
  });

  it('never drops long prose for recurring', () => {
    const long = `${para('shared history')} ${para('common future')}`; // well over 20 words
    const pages = ['Derna', 'Rabat', 'Baku'].map((city, i) => pageOf([`ICESCO Holds Workshop in ${city}`, para(city), long], `p${i}`));
    const { chrome } = run(pages);
    expect(chrome).toEqual([]);
  });

  it('drops a widget footer found on a single page', () => {
    const { cleaned, chrome, summary } = run([
      pageOf(['ICESCO Holds Workshop in Derna', para('psychosocial response'), 'By messaging ICESCO, you agree to our Terms & AI policy', 'Alem AI assistant']),
    ]);
    expect(chrome.map((c) => [c.text, c.reason])).toEqual([
      ['By messaging ICESCO, you agree to our Terms & AI policy', 'widget'],
      ['Alem AI assistant', 'widget'],
    ]);
    expect(cleaned[0].articles[0].body.map((l) => l.text)).toEqual([para('psychosocial response')]);
    expect(summary.map((e) => [e.text, e.pageCount, e.occurrenceCount])).toEqual([
      ['Alem AI assistant', 1, 1],
      ['By messaging ICESCO, you agree to our Terms & AI policy', 1, 1],
    ]);
  });

  it('drops a heading over nothing but chrome, as an orphan, between two articles', () => {
    // 14 words closed by "?": a body paragraph by shape, a widget by vocabulary.
    const prompt = 'Would you like to receive our newsletter with updates about our programs and events?';
    const { cleaned, chrome } = run([
      pageOf(['ICESCO Holds Workshop in Derna', para('psychosocial response'), 'Stay Informed About Our Programs', prompt, 'ICESCO Welcomes Young Professionals', para('its young professionals program')]),
    ]);
    expect(cleaned[0].articles.map((a) => [a.index, a.heading])).toEqual([
      [0, 'ICESCO Holds Workshop in Derna'],
      [1, 'ICESCO Welcomes Young Professionals'],
    ]);
    expect(chrome.map((c) => [c.lineNo, c.text, c.reason])).toEqual([
      [5, 'Stay Informed About Our Programs', 'orphan'],
      [7, prompt, 'widget'],
    ]);
  });

  it('drops widget lines at the end of an article but keeps the article', () => {
    const { cleaned, chrome } = run([
      pageOf(['ICESCO Holds Workshop in Derna', para('psychosocial response'), 'Follow Us on Social Media', 'Chat with Alem, the AI assistant', 'Subscribe to our newsletter']),
    ]);
    expect(cleaned[0].articles[0].body.map((l) => l.text)).toEqual([para('psychosocial response')]);
    expect(chrome.map((c) => [c.text, c.reason])).toEqual([
      ['Follow Us on Social Media', 'widget'],
      ['Chat with Alem, the AI assistant', 'widget'],
      ['Subscribe to our newsletter', 'widget'],
    ]);
  });
});

describe('removeBoilerplate on the seeds', () => {
  const pages = seedPages();
  const { cleaned, chrome, summary } = run(pages);

  it('reports the five header lines on every page and the chat widget on the two pages that carry it', () => {
    expect(summary.map((e) => [e.text, e.reason, e.pageCount, e.occurrenceCount])).toEqual([
      ['Disclaimer: You are using Google Translate. The ICESCO is not responsible for the accuracy of the information in the translated language .', 'widget', 5, 5],
      ['Extremely Dissatisfied Extremely Satisfied', 'widget', 5, 5],
      ['Overall, how satisfied are you about the website?', 'widget', 5, 5],
      ['User Feedback', 'widget', 5, 5],
      ['your opinion', 'widget', 5, 5],
      ['Alem AI assistant', 'widget', 2, 2],
      ['By messaging ICESCO, you agree to our Terms & AI policy', 'widget', 2, 2],
    ]);
    expect(summary.find((e) => e.text === 'Alem AI assistant')!.sources).toEqual(['seeds/000_55f9d866b8a4f3e8.txt', 'seeds/002_6230be30ad403a5e.txt']);
  });

  it('keeps all 50 articles', () => {
    expect(cleaned.map((sp) => sp.articles.length)).toEqual([10, 10, 10, 10, 10]);
  });

  it('puts every non-blank input line in exactly one article or in the chrome list', () => {
    const seen = new Map<string, number>();
    const count = (page: number, lineNo: number) => seen.set(`${page}:${lineNo}`, (seen.get(`${page}:${lineNo}`) ?? 0) + 1);
    for (const sp of cleaned) {
      expect(sp.chrome).toEqual([]);
      for (const a of sp.articles) for (const l of [a.title!, ...a.datelines, ...a.body]) count(sp.pageIndex, l.lineNo);
    }
    for (const c of chrome) count(c.pageIndex, c.lineNo);
    const expected = pages.flatMap((p, i) => pageLines(p.text).map((l) => `${i}:${l.lineNo}`));
    expect(expected.length).toBeGreaterThan(300);
    expect([...seen.keys()].sort()).toEqual([...expected].sort());
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
  });
});
