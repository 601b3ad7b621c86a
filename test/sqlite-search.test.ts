/**
 * The pieces of `icesco search` that need no pages: the query a user types made safe for FTS5,
 * and the hits laid out for a terminal (colour off, and on).
 */
import { describe, expect, it } from 'vitest';
import { UsageError } from '../src/errors.js';
import { bracketHits, renderSearchHits } from '../src/render/search.js';
import { ftsQuery, HIT_END, HIT_START, type SearchHit } from '../src/sqlite/search.js';

describe('ftsQuery', () => {
  it.each([
    ['heritage', '"heritage"'],
    ['cultural heritage', '"cultural" AND "heritage"'],
    ['Director-General', '"Director-General"'],
    ['"cultural heritage"', '"cultural heritage"'],
    ['manuscr*', '"manuscr" *'],
    ['heritage OR manuscripts', '"heritage" OR "manuscripts"'],
    ['heritage NOT sport', '"heritage" NOT "sport"'],
    ['heritage and sport', '"heritage" AND "and" AND "sport"'],
    ['near', '"near"'],
    ['C++', '"C++"'],
    ['title:youth', 'title : "youth"'],
    ['text:"cultural heritage"', 'text : "cultural heritage"'],
    ['http://icesco.org', '"http://icesco.org"'],
    ['(heritage OR culture) Morocco', '( "heritage" OR "culture" ) AND "Morocco"'],
    ['heritage - culture', '"heritage" AND "culture"'],
    ['  spaced   out  ', '"spaced" AND "out"'],
  ])('%s -> %s', (input, expected) => {
    expect(ftsQuery(input)).toBe(expected);
  });

  it.each([
    ['"cultural heritage', /unclosed quote/],
    ['AND', /'AND' needs a term on each side/],
    ['heritage OR', /'OR' needs a term on each side/],
    ['NOT heritage', /'NOT' needs a term on each side/],
    ['heritage AND OR culture', /'OR' needs a term on each side/],
    ['(heritage', /'\(' without its '\)'/],
    ['heritage)', /'\)' without its '\('/],
    ['()', /empty parentheses/],
    ['""', /no word to search for/],
    ['', /no word to search for/],
    ['- *', /no word to search for/],
  ])('%s is a usage error', (input, message) => {
    expect(() => ftsQuery(input)).toThrow(UsageError);
    expect(() => ftsQuery(input)).toThrow(message);
  });
});

const hit = (over: Partial<SearchHit>): SearchHit => ({
  id: 'news-3fa2c-01',
  date: '2025-11-12',
  title: 'ICESCO Hosts Heritage Forum',
  source: 'news.txt',
  score: 3.14159,
  snippet: `…the forum on cultural ${HIT_START}heritage${HIT_END} opened in Rabat…`,
  markedTitle: `ICESCO Hosts ${HIT_START}Heritage${HIT_END} Forum`,
  ...over,
});

describe('renderSearchHits', () => {
  it('without colour: date, id and score; the title; the snippet indented, matches in [ ]', () => {
    expect(renderSearchHits([hit({}), hit({ id: 'news-3fa2c-02', date: null, score: 1 })], { color: false, width: 80 }, 'none')).toBe(
      [
        '2025-11-12  news-3fa2c-01  3.14',
        'ICESCO Hosts [Heritage] Forum',
        '  …the forum on cultural [heritage] opened in Rabat…',
        '',
        '—  news-3fa2c-02  1.00',
        'ICESCO Hosts [Heritage] Forum',
        '  …the forum on cultural [heritage] opened in Rabat…',
        '',
      ].join('\n'),
    );
  });

  it('wraps the snippet to the width, cuts a long title with an ellipsis, and keeps a match across lines marked', () => {
    const long = hit({ markedTitle: `A ${HIT_START}very${HIT_END} long title that does not fit in the width`, snippet: `one two three four ${HIT_START}five six${HIT_END} seven eight` });
    const lines = renderSearchHits([long], { color: false, width: 24 }, 'none').split('\n');
    expect(lines[1]).toBe('A [very] long title tha…');
    expect(lines.slice(2, -1)).toEqual(['  one two three four', '  [five six] seven eight']);
    expect(lines.slice(1).every((l) => [...l].length <= 24)).toBe(true); // (the id line is never cut: ids are copied)
    const coloured = renderSearchHits([hit({ snippet: `one two three four ${HIT_START}five six${HIT_END} seven` })], { color: true, width: 20 }, 'none');
    expect(coloured).toContain('\u001b[1m\u001b[31mfive six\u001b[39m\u001b[22m');
    expect(coloured).not.toMatch(/\uE000|\uE001|\[five/);
  });

  it('removes control characters a page may hold', () => {
    const out = renderSearchHits([hit({ markedTitle: 'Evil \u001b[2J title', snippet: 'bell\u0007 here' })], { color: false, width: 80 }, 'none');
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });

  it('says why when there is nothing', () => {
    expect(renderSearchHits([], { color: false, width: 80 }, "No articles match 'x'.")).toBe("No articles match 'x'.\n");
  });

  it('bracketHits turns the marks into [ ]', () => {
    expect(bracketHits(`a ${HIT_START}b${HIT_END} c`)).toBe('a [b] c');
  });
});
