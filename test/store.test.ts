/** The stored corpus layout: what is written is read back unchanged, texts included. */
import { describe, expect, it } from 'vitest';
import { jsonInArray } from '../src/render/json.js';
import { corpusFromParts, SINGLE_READS, textLiteralIn, writeCorpusParts, type CorpusPart, type StoredHead } from '../src/store.js';
import type { Article, Corpus, EntitySummary } from '../src/types.js';

function article(id: string, text: string): Article {
  return {
    id, source: `${id}.txt`, title: `Title "${id}"`, date: '2025-10-05', dateSource: 'body', dateText: 'October 5, 2025',
    // A nested "text" key, one level deeper than the article's own.
    dates: [{ text: 'October 5, 2025', start: '2025-10-05', end: '2025-10-05', granularity: 'day', sentence: 'On October 5, 2025.', future: false }],
    people: [], places: [{ name: 'Rabat', country: false, countryName: 'Morocco' }], organizations: [],
    text, duplicates: [],
  };
}

/** Texts that a naive search for the text field, or a byte/char mix-up, would get wrong. */
const awkward = [
  'Plain text.\n\nA second paragraph.',
  'A line quoting JSON: "text": "not the field", and a trailing comma,',
  'Ends with a backslash \\',
  'Non-ASCII: الإيسيسكو, Ünïcödé, emoji 🕌, and a line separator \u2028 inside.',
  '',
  '\n    "text": "a fake key on a line of its own"',
];

function store(corpus: Corpus): { parts: Map<CorpusPart, Buffer>; read: Corpus; reads: string[] } {
  const pieces = new Map<CorpusPart, Buffer[]>();
  writeCorpusParts(corpus, (part, piece) => pieces.set(part, [...(pieces.get(part) ?? []), Buffer.from(piece)]));
  const parts = new Map([...pieces].map(([part, p]) => [part, Buffer.concat(p)]));
  const head = JSON.parse(parts.get('head.json')!.toString('utf8')) as StoredHead;
  // What the corpus read, in order: whole parts by name, ranges as "range".
  const reads: string[] = [];
  const read = corpusFromParts(head, {
    bytes: (part) => (reads.push(part), parts.get(part)!),
    range: (part, start, end) => (reads.push('range'), parts.get(part)!.subarray(start, end)),
    file: (part) => part,
    json: (part) => (reads.push(part), JSON.parse(parts.get(part)!.toString('utf8'))),
  });
  return { parts, read, reads };
}

describe('stored corpus', () => {
  const corpus: Corpus = { articles: awkward.map((t, i) => article(`a-${i}`, t)), boilerplate: [], entities: [], pages: 1, warnings: [] };

  it('renders each article as JSON.stringify does inside a 2-space-indented array', () => {
    const values = [...corpus.articles, { empty: [], nested: { deeper: [{}] }, sep: 'a\u2028b' }, 'text', 7, null];
    expect(`[\n${values.map(jsonInArray).join(',\n')}\n]`).toBe(JSON.stringify(values, null, 2));
  });

  it('finds each text literal where jsonInArray puts it', () => {
    for (const a of corpus.articles) {
      const json = Buffer.from(jsonInArray(a));
      const [start, end] = textLiteralIn(json);
      expect(JSON.parse(json.toString('utf8', start, end))).toBe(a.text);
    }
  });

  it('reads back every article, text included, and stores no texts besides the articles JSON', () => {
    const { parts, read } = store(corpus);
    expect([...parts.keys()].sort()).toEqual(['articles.json', 'details.json', 'entities.json', 'head.json']);
    expect(read.articles.map((a) => a.text)).toEqual(awkward);
    expect(JSON.stringify(read.articles, null, 2)).toBe(JSON.stringify(corpus.articles, null, 2));
    // Each article's range in the articles part holds its JSON as `--json` prints it.
    const head = JSON.parse(parts.get('head.json')!.toString('utf8')) as StoredHead;
    const all = parts.get('articles.json')!;
    head.articles.forEach((h, i) => expect(all.toString('utf8', h.j[0], h.j[1])).toBe(jsonInArray(corpus.articles[i])));
    // ...and the stored corpus says so for its own articles, not for another corpus's.
    expect(read.articleJson!(read.articles[2])).toMatchObject({ start: head.articles[2].j[0], end: head.articles[2].j[1] });
    expect(read.articleJson!(corpus.articles[2])).toBeUndefined();
    expect(read.articleJson!(store(corpus).read.articles[2])).toBeUndefined();
  });

  it('records the size of every lazily read part', () => {
    const { parts } = store(corpus);
    const head = JSON.parse(parts.get('head.json')!.toString('utf8')) as StoredHead;
    for (const [part, size] of Object.entries(head.sizes)) expect(parts.get(part as CorpusPart)!.length).toBe(size);
  });

  it('reads a few articles from their own JSON, and the shared parts whole only for many', () => {
    const many: Corpus = { ...corpus, articles: Array.from({ length: 3 * SINGLE_READS }, (_, i) => article(`m-${i}`, awkward[i % awkward.length])) };
    const { read, reads } = store(many);
    const [first, second] = read.articles;
    expect([first.text, first.places, first.dates, second.people]).toEqual([many.articles[0].text, many.articles[0].places, many.articles[0].dates, many.articles[1].people]);
    expect(reads).toEqual(['range', 'range']); // one per article, whatever is asked of it
    // Every article asked for: after SINGLE_READS of them, each shared part is read once, whole.
    expect(JSON.stringify(read.articles, null, 2)).toBe(JSON.stringify(many.articles, null, 2));
    expect(reads.filter((r) => r === 'range')).toHaveLength(SINGLE_READS);
    expect(reads.filter((r) => r !== 'range').sort()).toEqual(['articles.json', 'details.json']);
  });

  it('stores entities with their mentions packed, and reads them back the same, key order included', () => {
    const person = (name: string, mentions: [string, string][], articleIds: string[]): EntitySummary => ({
      name, type: 'person', aliases: [name.split(' ').pop()!], articles: articleIds.length,
      mentions: mentions.map(([text, article]) => ({ text, article })), mentionCount: mentions.length,
      firstSeen: '2025-10-05', lastSeen: '2025-10-06', role: null, articleIds,
    });
    const entities = [
      person('Salim AlMalik', [['Salim AlMalik', 'a-1'], ['AlMalik', 'a-1'], ['AlMalik', 'a-0'], ['Dr. AlMalik', 'a-2']], ['a-1', 'a-0', 'a-2']),
      person('No Mentions', [], []),
      person('Odd One', [['Odd One', 'a-9']], ['a-1']), // a mention outside its articles: stored as it is
    ];
    const { parts, read } = store({ ...corpus, entities });
    expect(parts.get('entities.json')!.toString('utf8').match(/"article":/g)).toHaveLength(1);
    expect(JSON.stringify(read.entities)).toBe(JSON.stringify(entities));
    expect(read.entities.map((e) => Object.keys(e))).toEqual(entities.map((e) => Object.keys(e)));
    const [first] = read.entities;
    expect(first.mentions).toBe(first.mentions); // unpacked once
    expect({ ...first }).toEqual(entities[0]);
  });
});
