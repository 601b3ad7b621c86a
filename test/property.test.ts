/**
 * Property-based (fast-check): over generated pages — random chrome, random articles, random
 * encodings and line endings — every non-blank input line ends up in exactly one article or in
 * the boilerplate report, the run never throws, and its output is deterministic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepare } from '../src/corpus.js';
import { findEntities } from '../src/stages/entities/find.js';
import { removeBoilerplate } from '../src/stages/boilerplate.js';
import { splitStamp } from '../src/stages/datelines.js';
import { segmentPage } from '../src/stages/segment.js';
import { decodePage } from '../src/load.js';
import { analyze } from '../src/pipeline.js';
import { pageLines } from '../src/text.js';
import type { Page } from '../src/types.js';
import { CONTEXT } from './helpers/context.js';
import { REF } from './helpers/seeds.js';

const word = fc.constantFrom('ICESCO', 'Forum', 'Rabat', 'education', 'culture', 'science', 'Dr.', 'Salim', 'AlMalik', 'Kazakhstan', 'the', 'of', 'and', 'Ministry', 'University', 'on', '17-18', 'September', '2025', 'Heritage', 'program', 'youth', '“Peace”', 'Al-Nuaimi', 'bin', 'Organization');
const capitalised = fc.constantFrom('ICESCO', 'Forum', 'Rabat', 'Heritage', 'Kazakhstan', 'Ministry', 'University', 'Youth', 'Culture', 'Launches', 'Holds', 'Participates', 'Signs');
const title = fc.array(capitalised, { minLength: 3, maxLength: 10 }).map((ws) => ws.join(' '));
const sentence = fc.array(word, { minLength: 12, maxLength: 30 }).map((ws) => `${ws.join(' ')}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((ss) => ss.join(' '));
const article = fc.record({ title, stamp: fc.boolean(), byline: fc.option(fc.constantFrom('Staff Reporter', 'by admin', 'Mohamed Mandour'), { nil: undefined }), dateline: fc.option(fc.constantFrom('14 February 2021', 'June 19, 2022 0', 'Cairo, October 23, AZERTAC'), { nil: undefined }), body: fc.array(paragraph, { minLength: 1, maxLength: 4 }) });
const chromeLine = fc.oneof(
  fc.constantFrom('Skip to content', 'User Feedback', 'your opinion', 'Alem AI assistant', 'By messaging ICESCO, you agree to our Terms & AI policy', '© 2025 ICESCO. All rights reserved.', 'Share on Facebook', 'Extremely Dissatisfied Extremely Satisfied', 'Latest', '• Share on Google+', '-- SPA'),
  fc.array(word, { minLength: 1, maxLength: 5 }).map((ws) => ws.join(' ')),
);
const encoding = fc.constantFrom('utf8', 'utf8-bom', 'utf16le', 'crlf', 'cr', 'single-newlines', 'indented');

const pageText = fc
  .record({ header: fc.array(chromeLine, { maxLength: 5 }), articles: fc.array(article, { maxLength: 5 }), footer: fc.array(chromeLine, { maxLength: 3 }), inner: fc.array(chromeLine, { maxLength: 2 }) })
  .map(({ header, articles, footer, inner }) => {
    const blocks: string[] = [...header];
    articles.forEach((a, i) => {
      // (A scraper's stamp glued to the title, a byline between title and body.)
      blocks.push(a.stamp ? ` date 2021-01-14 ${a.title}` : a.title);
      if (a.byline) blocks.push(a.byline);
      if (a.dateline) blocks.push(a.dateline);
      blocks.push(...a.body);
      if (inner[i]) blocks.push(inner[i]);
    });
    blocks.push(...footer);
    return blocks.join('\n\n');
  });

function encode(text: string, how: string): Buffer {
  switch (how) {
    case 'utf8-bom': return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    case 'utf16le': return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'crlf': return Buffer.from(text.replace(/\n/g, '\r\n'));
    case 'cr': return Buffer.from(text.replace(/\n/g, '\r'));
    case 'single-newlines': return Buffer.from(text.replace(/\n\n/g, '\n'));
    case 'indented': return Buffer.from(text.split('\n').map((l) => (l ? `    ${l}` : l)).join('\n'));
    default: return Buffer.from(text);
  }
}

function decoded(bytes: Buffer, i: number): Page | null {
  const d = decodePage(bytes);
  return 'problem' in d ? null : { source: `p${i}.txt`, name: `p${i}`, text: d.text };
}

/** The pages that decode, from generated (text, encoding) pairs. */
const pagesOf = (specs: [string, string][]): Page[] => specs.map(([t, e], i) => decoded(encode(t, e), i)).filter((p): p is Page => p !== null);

describe('every line is accounted for, exactly once', () => {
  it('in an article (title, dateline or body) or in the boilerplate report', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(pageText, encoding), { minLength: 1, maxLength: 4 }), (specs) => {
        const pages = pagesOf(specs);
        if (!pages.length) return;
        const { pages: cleaned, chrome } = removeBoilerplate(pages.map((p, i) => segmentPage(p, i, CONTEXT)));
        pages.forEach((page, p) => {
          const seen: number[] = [];
          for (const a of cleaned[p].articles) {
            seen.push(...(a.title ? [a.title.lineNo] : []), ...a.datelines.filter((d) => !d.inline).map((d) => d.lineNo), ...a.body.map((l) => l.lineNo));
          }
          for (const c of chrome) if (c.pageIndex === p) seen.push(c.lineNo);
          // (A stamp glued to the front of a line is a piece of its own: that line is seen twice.)
          expect(seen.sort((x, y) => x - y)).toEqual(pageLines(page.text).flatMap((l) => (splitStamp(l.text) ? [l.lineNo, l.lineNo] : [l.lineNo])));
        });
        // prepare keeps all of it: every article, and every chrome line in the report.
        const prepared = prepare(pages, CONTEXT);
        expect(prepared.byPage.map((articles) => articles.length)).toEqual(cleaned.map((c) => c.articles.length));
        expect(prepared.boilerplate.reduce((n, e) => n + e.occurrenceCount, 0)).toBe(chrome.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the whole pipeline', () => {
  it('never throws, and gives the same output twice', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(pageText, encoding), { minLength: 1, maxLength: 3 }), (specs) => {
        const pages = pagesOf(specs);
        if (!pages.length) return;
        const once = JSON.stringify(analyze(pages, { today: REF }));
        expect(JSON.stringify(analyze(pages, { today: REF }))).toBe(once);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});

describe('the entity rules', () => {
  // Words that start or end a rule, in any order, and texts that stop anywhere: the rules look
  // ahead and behind, and must neither throw at the ends of a text nor report what is not in it.
  const trigger = fc.constantFrom(
    'North', 'Central', 'East', 'Java', 'Asian', 'provinces', 'of', 'the', 'city', 'capital', 'Capital', ',', 'and', '&', 'King', 'Dr.', 'Ms.',
    'Sultan', 'Mohammed', 'VI', 'al-Farabi', 'El-Sherif', 'Nur-Sultan', 'University', 'Ministry', 'Senate', 'Qatari', '(UNESCO)', '(COMSATS)',
    'in', 'Fez', 'Kingdom', 'Morocco', 'Côte', 'd’Ivoire', 'Office', 'Baku', 'ICESCO’s', 'ICESCO', 'Sector', '“', '”', '.', 'dan', 'Usman', 'Sow', 'company',
  );
  it('never throw, and every mention is a span of the text', () => {
    fc.assert(
      fc.property(fc.array(trigger, { minLength: 1, maxLength: 25 }), (words) => {
        const text = words.join(' ');
        for (const e of findEntities(text)) expect(text.slice(e.start, e.end).startsWith(e.text), `${e.text} in ${text}`).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
