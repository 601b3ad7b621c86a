/** The stored corpus layout: what is written is read back unchanged, texts included. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openStore, whileBusy } from '../src/database.js';
import { jsonInArray } from '../src/render/json.js';
import { corpusFromRows, dropCorpusRows, keysBetween, longestIncreasing, ORDER_GAP, packMentions, payloadParts, SINGLE_READS, updateRowsInPlace, writeCorpusRows, type CorpusRows, type Place, type RowChange } from '../src/store.js';
import type { Article, ArticleLine, Corpus, EntitySummary } from '../src/types.js';
import { scratchDir } from './helpers/scratch.js';

describe('what identifies an article payload', () => {
  const body = (line: number, text: string): ArticleLine => ({ line, class: 'prose', text, removed: false });
  const a = article('a-1', 'First paragraph.\n\nSecond paragraph.');
  const lines = [{ line: 0, class: 'title', text: 'Title "a-1"', removed: false }, body(2, 'First paragraph.'), body(3, 'Second paragraph.')] satisfies ArticleLine[];
  const key = (x: Article, l: ArticleLine[]) => JSON.stringify(payloadParts(x, l));

  it('names a body line by its paragraph, keeps other lines and the text as they are', () => {
    const [rest, compact, text] = payloadParts(a, lines);
    expect(JSON.parse(rest)).toEqual({ ...a, text: undefined });
    expect(JSON.parse(compact)).toEqual([[0, 'title', false, 'Title "a-1"'], [2, 'prose', false, 0], [3, 'prose', false, 1]]);
    expect(text).toBe(a.text);
  });

  it('differs whenever the article or any line differs, and only then', () => {
    const same = key(a, lines);
    expect(key({ ...a }, lines.map((l) => ({ ...l })))).toBe(same);
    const variants: [Article, ArticleLine[]][] = [
      [{ ...a, text: 'First paragraph.\n\nSecond paragraph!' }, lines],
      [{ ...a, date: '2025-10-06' }, lines],
      [a, [lines[0], body(2, 'First paragraph.'), { ...body(3, 'Second paragraph.'), removed: true }]],
      [a, [lines[0], body(2, 'First paragraph.'), { ...body(3, 'Second paragraph.'), class: 'caption' }]],
      [a, [lines[0], body(2, 'First paragraph.'), body(4, 'Second paragraph.')]],
      // A line whose text is not the next paragraph's: its text is part of it.
      [a, [lines[0], body(2, 'Second paragraph.'), body(3, 'Second paragraph.')]],
      [a, [{ ...lines[0], text: 'Another title' }, ...lines.slice(1)]],
      [a, lines.slice(0, 2)],
    ];
    const keys = variants.map(([x, l]) => key(x, l));
    expect(new Set([same, ...keys]).size).toBe(variants.length + 1);
  });
});

function article(id: string, text: string): Article {
  return {
    id, source: `${id}.txt`, title: `Title "${id}"`, date: '2025-10-05', dateSource: 'body', dateText: 'October 5, 2025',
    // A nested "text" key, one level deeper than the article's own.
    dates: [{ text: 'October 5, 2025', start: '2025-10-05', end: '2025-10-05', granularity: 'day', sentence: 'On October 5, 2025.', future: false }],
    people: [], places: [{ name: 'Rabat', aliases: [], country: false, countryName: 'Morocco' }], organizations: [],
    text, duplicates: [],
  };
}

/** Texts that a byte/char mix-up, or a careless encoding, would get wrong. */
const awkward = [
  'Plain text.\n\nA second paragraph.',
  'A line quoting JSON: "text": "not the field", and a trailing comma,',
  'Ends with a backslash \\',
  'Non-ASCII: الإيسيسكو, Ünïcödé, emoji 🕌, and a line separator \u2028 inside.',
  '',
  '\n    "text": "a fake key on a line of its own"',
];

/** Stores the corpus in a new database and reads it back; `queries` counts the statements run. */
function store(corpus: Corpus): { read: Corpus; queries: () => number } {
  const db = openStore(join(scratchDir('icesco-store-'), 'store.sqlite'));
  db.transaction(() => writeCorpusRows(db, 7, corpus, 'v1'))();
  let queries = 0;
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    const st = prepare(sql);
    for (const run of ['get', 'all'] as const) {
      const original = st[run].bind(st);
      (st as unknown as Record<string, unknown>)[run] = (...args: unknown[]) => (queries++, (original as (...a: unknown[]) => unknown)(...args));
    }
    return st;
  }) as typeof db.prepare;
  const read = corpusFromRows(db, 7, { pages: corpus.pages, warnings: corpus.warnings, boilerplate: corpus.boilerplate });
  return { read, queries: () => queries };
}

describe('stored corpus', () => {
  const corpus: Corpus = { articles: awkward.map((t, i) => article(`a-${i}`, t)), boilerplate: [], entities: [], pages: 1, warnings: [] };

  it('renders each article as JSON.stringify does inside a 2-space-indented array', () => {
    const values = [...corpus.articles, { empty: [], nested: { deeper: [{}] }, sep: 'a\u2028b' }, 'text', 7, null];
    expect(`[\n${values.map(jsonInArray).join(',\n')}\n]`).toBe(JSON.stringify(values, null, 2));
  });

  it('reads back every article, text included, and each article\'s JSON as --json prints it', () => {
    const { read } = store(corpus);
    expect(read.articles.map((a) => a.text)).toEqual(awkward);
    expect(JSON.stringify(read.articles, null, 2)).toBe(JSON.stringify(corpus.articles, null, 2));
    read.articles.forEach((a, i) => expect(Buffer.from(read.articleJson!(a)!).toString('utf8')).toBe(jsonInArray(corpus.articles[i])));
    // ...for its own articles, not for another corpus's.
    expect(read.articleJson!(corpus.articles[2])).toBeUndefined();
    expect(read.articleJson!(store(corpus).read.articles[2])).toBeUndefined();
  });

  it('reads a few articles one row at a time, and every article\'s details with one query only for many', () => {
    const many: Corpus = { ...corpus, articles: Array.from({ length: 3 * SINGLE_READS }, (_, i) => article(`m-${i}`, awkward[i % awkward.length])) };
    const { read, queries } = store(many);
    const [first, second] = read.articles;
    const before = queries();
    expect([first.places, first.dates, second.people]).toEqual([many.articles[0].places, many.articles[0].dates, many.articles[1].people]);
    expect(queries() - before).toBe(2); // one per article, whatever is asked of it
    expect(read.articles.map((a) => a.places)).toEqual(many.articles.map((a) => a.places));
    expect(queries() - before).toBe(SINGLE_READS + 1);
  });

  it('stores entities with their mentions packed, and reads them back the same, key order included', () => {
    const person = (name: string, mentions: [string, string][], articleIds: string[]): EntitySummary => ({
      name, type: 'person', aliases: [name.split(' ').pop()!], articleCount: articleIds.length,
      mentions: mentions.map(([text, article]) => ({ text, article })), mentionCount: mentions.length,
      firstSeen: '2025-10-05', lastSeen: '2025-10-06', role: null, articleIds,
    });
    const entities = [
      person('Salim AlMalik', [['Salim AlMalik', 'a-1'], ['AlMalik', 'a-1'], ['AlMalik', 'a-0'], ['Dr. AlMalik', 'a-2']], ['a-1', 'a-0', 'a-2']),
      person('No Mentions', [], []),
      person('Odd One', [['Odd One', 'a-9']], ['a-1']), // a mention outside its articles: stored as it is
    ];
    expect(Array.isArray(packMentions(entities[0]))).toBe(false);
    expect(packMentions(entities[2])).toEqual(entities[2].mentions);
    const { read } = store({ ...corpus, entities });
    expect(JSON.stringify(read.entities)).toBe(JSON.stringify(entities));
    expect(read.entities.map((e) => Object.keys(e))).toEqual(entities.map((e) => Object.keys(e)));
    const [first] = read.entities;
    expect(first.mentions).toBe(first.mentions); // unpacked once
    expect({ ...first }).toEqual(entities[0]);
  });

  it('reads entities\' summaries in one query, their mentions only when used: one at a time for a few, with one query for many', () => {
    const many: EntitySummary[] = Array.from({ length: 3 * SINGLE_READS }, (_, i) => ({
      name: `Person ${i}`, type: i % 2 ? 'person' : 'place', aliases: [], articleCount: 1,
      mentions: [{ text: `Person ${i}`, article: `a-${i % 5}` }], mentionCount: 1,
      firstSeen: null, lastSeen: null, role: null, articleIds: [`a-${i % 5}`],
    }));
    const { read, queries } = store({ ...corpus, entities: many });
    const before = queries();
    const people = read.index!.entities('person');
    expect(people.map((e) => [e.name, e.mentionCount])).toEqual(many.filter((e) => e.type === 'person').map((e) => [e.name, 1]));
    expect(queries() - before).toBe(1); // the summaries only
    expect([people[0].articleIds, people[1].mentions]).toEqual([many[1].articleIds, many[3].mentions]);
    expect(queries() - before).toBe(3); // one per entity, whatever is asked of it
    expect(JSON.stringify(people)).toBe(JSON.stringify(many.filter((e) => e.type === 'person')));
    expect(queries() - before).toBe(SINGLE_READS + 2); // the rest of the list in one query
  });
});

describe('opening the database while another run creates it', () => {
  const busy = () => Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
  it('tries again while SQLite answers SQLITE_BUSY at once, and gives up after its time', () => {
    let calls = 0;
    expect(whileBusy(() => (++calls < 3 ? (() => { throw busy(); })() : 'open'), 1000, 1)).toBe('open');
    expect(calls).toBe(3);
    calls = 0;
    expect(() => whileBusy(() => { calls++; throw busy(); }, 30, 5)).toThrow('database is locked');
    expect(calls).toBeGreaterThan(1);
  });
  it('does not try again on any other error', () => {
    let calls = 0;
    const damaged = Object.assign(new Error('file is not a database'), { code: 'SQLITE_NOTADB' });
    expect(() => whileBusy(() => { calls++; throw damaged; }, 1000, 1)).toThrow('file is not a database');
    expect(calls).toBe(1);
  });
});

describe('corpora sharing payloads', () => {
  const person = (name: string, articleIds: string[]): EntitySummary => ({
    name, type: 'person', aliases: [], articleCount: articleIds.length, mentions: articleIds.map((article) => ({ text: name, article })),
    mentionCount: articleIds.length, firstSeen: '2025-10-05', lastSeen: '2025-10-05', role: null, articleIds,
  });
  const named = (a: Article, ...people: string[]): Article => ({ ...a, people: people.map((name) => ({ name, aliases: [] })) as Article['people'] });
  const first: Corpus = {
    articles: awkward.map((t, i) => named(article(`a-${i}`, t), ...(i % 2 ? ['Salim AlMalik'] : []))),
    entities: [person('Salim AlMalik', ['a-1', 'a-3', 'a-5']), person('Only Once', ['a-0'])],
    boilerplate: [], pages: 2, warnings: [],
  };
  // The next corpus: one article edited, one added; one entity changed, one the same.
  const second: Corpus = {
    ...first,
    articles: [...first.articles.map((a, i) => (i === 2 ? { ...a, text: `${a.text} Edited.` } : a)), named(article('a-new', 'A new page.'), 'Salim AlMalik')],
    entities: [person('Salim AlMalik', ['a-1', 'a-3', 'a-5', 'a-new']), person('Only Once', ['a-0'])],
  };
  const head = (c: Corpus) => ({ pages: c.pages, warnings: c.warnings, boilerplate: c.boilerplate });
  const count = (db: ReturnType<typeof openStore>, sql: string) => db.prepare(sql).pluck().get() as number;
  const json = (c: Corpus) => JSON.stringify({ articles: c.articles, entities: c.entities }, null, 2);

  it('tells, after each article written, how many are (the engine collects garbage on the way)', () => {
    const db = openStore(join(scratchDir('icesco-store-'), 'store.sqlite'));
    const told: [number, number][] = [];
    db.transaction(() => writeCorpusRows(db, 1, first, 'v1', (n) => told.push([n, count(db, 'SELECT count(*) FROM articles')])))();
    // Each count, once that many articles' rows are in.
    expect(told).toEqual(first.articles.map((_, i) => [i + 1, i + 1]));
  });

  it('stores what two corpora share once, reads each back as written, and pruning one leaves no payload unused', () => {
    const db = openStore(join(scratchDir('icesco-store-'), 'store.sqlite'));
    db.transaction(() => writeCorpusRows(db, 1, first, 'v1'))();
    expect(count(db, 'SELECT count(*) FROM article_payloads')).toBe(first.articles.length);
    db.transaction(() => writeCorpusRows(db, 2, second, 'v1'))();
    // Two new article payloads (the edited one, the added one), one new entity payload.
    expect(count(db, 'SELECT count(*) FROM article_payloads')).toBe(first.articles.length + 2);
    expect(count(db, 'SELECT count(*) FROM entity_payloads')).toBe(3);
    expect(count(db, 'SELECT count(*) FROM articles')).toBe(first.articles.length + second.articles.length);
    for (const [id, c] of [[1, first], [2, second]] as const) {
      const read = corpusFromRows(db, id, head(c));
      expect(json(read)).toBe(json(c));
      read.articles.forEach((a, i) => expect(Buffer.from(read.articleJson!(a)!).toString('utf8')).toBe(jsonInArray(c.articles[i])));
      // Filters find a corpus's own articles through the names its payloads carry.
      expect(read.index!.articles({ people: new Set(['Salim AlMalik']) }).map((a) => a.id).sort()).toEqual(c.articles.filter((a) => a.people.length).map((a) => a.id).sort());
    }

    db.transaction(() => dropCorpusRows(db, 1))();
    const unused = (payloads: string, rows: string) => count(db, `SELECT count(*) FROM ${payloads} p WHERE NOT EXISTS (SELECT 1 FROM ${rows} r WHERE r.payload = p.id)`);
    expect([unused('article_payloads', 'articles'), unused('entity_payloads', 'entities'), count(db, 'SELECT count(*) FROM payload_names n WHERE NOT EXISTS (SELECT 1 FROM article_payloads p WHERE p.id = n.payload)')]).toEqual([0, 0, 0]);
    expect(count(db, 'SELECT count(*) FROM article_payloads')).toBe(second.articles.length);
    expect(count(db, 'SELECT count(*) FROM article_json')).toBe(second.articles.length);
    expect(json(corpusFromRows(db, 2, head(second)))).toBe(json(second));

    db.transaction(() => dropCorpusRows(db, 2))();
    for (const table of ['articles', 'article_payloads', 'article_json', 'payload_names', 'entities', 'entity_payloads', 'date_mentions']) expect([table, count(db, `SELECT count(*) FROM ${table}`)]).toEqual([table, 0]);
  });

  describe('updated in place', () => {
    type Db = ReturnType<typeof openStore>;
    /** `first` stored as corpus 1, a page per article (its place: [2 × its index, 0]). */
    const storedFirst = (): Db => {
      const db = openStore(join(scratchDir('icesco-store-'), 'store.sqlite'));
      db.transaction(() => writeCorpusRows(db, 1, first, 'v1'))();
      return db;
    };
    const placeOf = (_source: string, id: string): Place => [2 * first.articles.findIndex((a) => a.id === id), 0];
    const entitySeq = (db: Db, name: string) => db.prepare('SELECT seq FROM entities WHERE corpus = 1 AND name = ?').pluck().get(name) as number;
    /** What makes `first` `second`: the edited article written again, the new one added last; one entity new, one old by its seq. */
    const stored = (): { db: Db; change: RowChange; entities: CorpusRows['entities'] } => {
      const db = storedFirst();
      const change: RowChange = { added: [{ article: second.articles.at(-1)!, place: [2 * first.articles.length, 0] }], rewritten: [second.articles[2]], leaving: [], placeOf };
      return { db, change, entities: [second.entities[0], entitySeq(db, 'Only Once')] };
    };
    /** What a stored corpus's indexes answer. */
    const answers = (c: Corpus) => JSON.stringify([c.index!.articles({}).map((a) => a.id), c.index!.dates({}), [...c.index!.dateCounts({})], c.index!.entities('person').map((e) => e.name), c.index!.articles({ people: new Set(['Salim AlMalik']) }).map((a) => a.id)]);
    const unused = (db: Db) => [
      count(db, 'SELECT count(*) FROM article_payloads p WHERE NOT EXISTS (SELECT 1 FROM articles r WHERE r.payload = p.id)'),
      count(db, 'SELECT count(*) FROM entity_payloads p WHERE NOT EXISTS (SELECT 1 FROM entities r WHERE r.payload = p.id)'),
      count(db, 'SELECT count(*) FROM article_json j WHERE NOT EXISTS (SELECT 1 FROM articles r WHERE r.payload = j.payload)'),
      count(db, 'SELECT count(*) FROM payload_names n WHERE NOT EXISTS (SELECT 1 FROM articles r WHERE r.payload = n.payload)'),
    ];
    const dump = (db: Db) => JSON.stringify(['articles', 'article_payloads', 'article_json', 'payload_names', 'entities', 'entity_payloads', 'date_mentions'].map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).raw().all()));
    /** Reads corpus 1 back as `expected`, and its indexes answer as those of `expected` written afresh. */
    const readsAs = (db: Db, expected: Corpus) => {
      const read = corpusFromRows(db, 1, head(expected));
      expect(json(read)).toBe(json(expected));
      read.articles.forEach((a, i) => expect(Buffer.from(read.articleJson!(a)!).toString('utf8')).toBe(jsonInArray(expected.articles[i])));
      const fresh = openStore(join(scratchDir('icesco-store-'), 'store.sqlite'));
      fresh.transaction(() => writeCorpusRows(fresh, 1, expected, 'v1'))();
      expect(answers(read)).toBe(answers(corpusFromRows(fresh, 1, head(expected))));
    };

    it('reads back as the new corpus written afresh, answers the same, keeps the old rows\' keys and drops what left', () => {
      const { db, change, entities } = stored();
      const keysOf = (sql: string) => db.prepare(sql).raw().all() as unknown[][];
      const keptBefore = keysOf("SELECT id, seq, rank FROM articles WHERE corpus = 1 ORDER BY seq");
      const mentionsBefore = keysOf('SELECT d.rank, d.article FROM date_mentions d WHERE d.corpus = 1 ORDER BY d.rank');
      expect(db.transaction(() => updateRowsInPlace(db, 1, entities, change, 'v1'))()).toBe(true);
      readsAs(db, second);
      // (The edited article too keeps its keys, and its date mentions their rows.)
      expect(keysOf("SELECT id, seq, rank FROM articles WHERE corpus = 1 AND id != 'a-new' ORDER BY seq")).toEqual(keptBefore);
      expect(keysOf("SELECT d.rank, d.article FROM date_mentions d JOIN articles a ON a.corpus = 1 AND a.seq = d.article WHERE d.corpus = 1 AND a.id != 'a-new' ORDER BY d.rank")).toEqual(mentionsBefore);
      // The edited article's old payload and the changed entity's old one are gone; nothing is left unused.
      expect(unused(db)).toEqual([0, 0, 0, 0]);
      expect(count(db, 'SELECT count(*) FROM article_payloads')).toBe(second.articles.length);
      expect(count(db, 'SELECT count(*) FROM entity_payloads')).toBe(second.entities.length);
      expect(count(db, 'SELECT count(*) FROM date_mentions')).toBe(second.articles.length);
    });

    it('puts new articles and their date mentions among the old ones in every order (page, newest first, dates), and deletes what leaves', () => {
      const db = storedFirst();
      const dated = (a: Article, day: string): Article => ({ ...a, date: day, dates: a.dates.map((m) => ({ ...m, start: day, end: day })) });
      const top = dated(article('a-top', 'Before every page.'), '2026-01-01');
      const middle = dated(article('a-mid', 'Between the second and the third page.'), '2024-01-01');
      const kept = first.articles.filter((a) => a.id !== 'a-3');
      const third: Corpus = { ...first, articles: [top, ...kept.slice(0, 2), middle, ...kept.slice(2)], entities: [person('Salim AlMalik', ['a-1', 'a-5']), first.entities[1]] };
      const change: RowChange = { added: [{ article: middle, place: [3, 0] }, { article: top, place: [-1, 0] }], rewritten: [], leaving: ['a-3'], placeOf };
      expect(db.transaction(() => updateRowsInPlace(db, 1, [third.entities[0], entitySeq(db, 'Only Once')], change, 'v1'))()).toBe(true);
      readsAs(db, third);
      expect(count(db, 'SELECT count(*) FROM date_mentions')).toBe(third.articles.length);
      expect(unused(db)).toEqual([0, 0, 0, 0]);
    });

    it('gives any change the corpus that writing it afresh gives', () => {
      const day = fc.constantFrom<string | null>('2025-10-05', '2025-10-06', '2024-02-29', null);
      fc.assert(
        fc.property(fc.array(day, { minLength: 0, maxLength: 8 }), fc.array(fc.tuple(day, fc.integer({ min: -1, max: 9 })), { maxLength: 6 }), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), (oldDays, newOnes, leaves) => {
          const dated = (a: Article, d: string | null): Article => ({ ...a, date: d, dates: d ? a.dates.map((m) => ({ ...m, start: d, end: d })) : [] });
          const old = oldDays.map((d, i) => ({ article: dated(article(`o-${i}`, awkward[i % awkward.length]), d), place: [2 * i, 0] as Place }));
          const added = newOnes.map(([d, at], k) => ({ article: dated(article(`n-${k}`, `New ${k}.`), d), place: [2 * at + 1, k] as Place }));
          const db = openStore(join(scratchDir('icesco-store-'), 'store.sqlite'));
          db.transaction(() => writeCorpusRows(db, 1, { ...first, articles: old.map((x) => x.article), entities: [] }, 'v1'))();
          const leaving = old.filter((_, i) => leaves[i]).map((x) => x.article.id);
          const expected: Corpus = { ...first, entities: [], articles: [...old.filter((x) => !leaving.includes(x.article.id)), ...added].sort((x, y) => x.place[0] - y.place[0] || x.place[1] - y.place[1]).map((x) => x.article) };
          const placeOfOld = (_source: string, id: string) => old.find((x) => x.article.id === id)!.place;
          expect(db.transaction(() => updateRowsInPlace(db, 1, [], { added, rewritten: [], leaving, placeOf: placeOfOld }, 'v1'))()).toBe(true);
          readsAs(db, expected);
          expect(count(db, 'SELECT count(*) FROM date_mentions')).toBe(expected.articles.reduce((n, a) => n + a.dates.length, 0));
          db.close();
        }),
        { numRuns: 60 },
      );
    });

    it('writes again only the entities that moved among the others', () => {
      const { db, change, entities } = stored();
      const swapped = [entities[1], db.prepare("SELECT seq FROM entities WHERE name = 'Salim AlMalik'").pluck().get() as number];
      expect(db.transaction(() => updateRowsInPlace(db, 1, swapped, change, 'v1'))()).toBe(true);
      expect(JSON.stringify(corpusFromRows(db, 1, head(second)).entities)).toBe(JSON.stringify([first.entities[1], first.entities[0]]));
      expect(unused(db)).toEqual([0, 0, 0, 0]);
    });

    it('refuses, writing nothing, when a new row finds no key free between its neighbours', () => {
      const { db, change, entities } = stored();
      // Keys 0, 1, 2 …: no room between a-0 and a-1 for an article put there.
      db.prepare('UPDATE articles SET seq = seq / ?, rank = rank / ?').run(ORDER_GAP, ORDER_GAP);
      db.prepare('UPDATE date_mentions SET article = article / ?').run(ORDER_GAP);
      const squeezed: RowChange = { ...change, added: [{ article: second.articles.at(-1)!, place: [1, 0] }] };
      const before = dump(db);
      expect(db.transaction(() => updateRowsInPlace(db, 1, entities, squeezed, 'v1'))()).toBe(false);
      expect(dump(db)).toBe(before);
    });
  });

  it('stores an article that two corpora hold with different JSON twice', () => {
    const db = openStore(join(scratchDir('icesco-store-'), 'store.sqlite'));
    const one: Corpus = { ...first, articles: first.articles.slice(0, 1) };
    // The same text, but another duplicate folded into it: its JSON differs.
    const other: Corpus = { ...one, articles: [{ ...one.articles[0], duplicates: ['a-9'] }] };
    db.transaction(() => writeCorpusRows(db, 1, one, 'v1'))();
    db.transaction(() => writeCorpusRows(db, 2, other, 'v1'))();
    expect(count(db, 'SELECT count(*) FROM article_payloads')).toBe(2);
    expect(corpusFromRows(db, 2, head(other)).articles[0].duplicates).toEqual(['a-9']);
  });

  it('shares nothing with a corpus another version of the code wrote (its stored forms may differ)', () => {
    const db = openStore(join(scratchDir('icesco-store-'), 'store.sqlite'));
    db.transaction(() => writeCorpusRows(db, 1, first, 'v1'))();
    db.transaction(() => writeCorpusRows(db, 2, first, 'v2'))();
    expect(count(db, 'SELECT count(*) FROM article_payloads')).toBe(2 * first.articles.length);
    expect(count(db, 'SELECT count(*) FROM entity_payloads')).toBe(2 * first.entities.length);
  });
});

describe('order keys for rows put between others', () => {
  it('keeps the keys given and spreads new ones evenly between neighbours, ORDER_GAP apart past the ends', () => {
    expect(keysBetween([null, null, null])).toEqual([0, ORDER_GAP, 2 * ORDER_GAP]);
    expect(keysBetween([0, null, ORDER_GAP])).toEqual([0, ORDER_GAP / 2, ORDER_GAP]);
    expect(keysBetween([0, null, null, 3 * ORDER_GAP])).toEqual([0, ORDER_GAP, 2 * ORDER_GAP, 3 * ORDER_GAP]);
    expect(keysBetween([null, null, 5, null])).toEqual([5 - 2 * ORDER_GAP, 5 - ORDER_GAP, 5, 5 + ORDER_GAP]);
    expect(keysBetween([5, null, 7])).toEqual([5, 6, 7]);
    expect(keysBetween([])).toEqual([]);
  });

  it('gives none when there is no room, or when the keys given do not increase', () => {
    expect(keysBetween([5, null, 6])).toBeNull();
    expect(keysBetween([5, null, null, 7])).toBeNull();
    expect(keysBetween([7, 5])).toBeNull();
    expect(keysBetween([5, null, 5])).toBeNull();
  });

  it('finds a longest increasing run of keys (the entities that need not move)', () => {
    expect(longestIncreasing([])).toEqual([]);
    expect(longestIncreasing([1, 2, 3])).toEqual([0, 1, 2]);
    const values = [3, 1, 4, 1, 5, 9, 2, 6];
    const run = longestIncreasing(values);
    expect(run).toHaveLength(4);
    for (let k = 1; k < run.length; k++) expect(values[run[k]]).toBeGreaterThan(values[run[k - 1]]);
  });
});
