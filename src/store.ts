/**
 * How an assembled corpus is laid out in the database (see database.ts for the tables), so that
 * a warm query reads only the rows it needs:
 *
 *   articles          one row per article: what listing and sorting need (id, source, title,
 *                     date, duplicates, its place in a newest-first listing) in columns; its date
 *                     mentions, people, places and organizations (details) and page lines as
 *                     JSON read when a command looks at them; and its JSON exactly as `--json`
 *                     prints it, so `list --json` copies bytes instead of re-serialising;
 *   entities          one row per corpus-wide entity: name, type and aliases in columns, the
 *                     summary as JSON, its mentions (packed as indexes) and article ids apart —
 *                     most of its bytes, which most commands never read;
 *   article_entities  which articles name which (type, name): filters find their articles by index;
 *   date_mentions     every date mention with its relation to its article's date, in the order
 *                     `icesco dates` lists them.
 *
 * Reading gives back a Corpus indistinguishable from the one stored (same fields, same order,
 * same JSON), whose rows are read on first use.
 */
import { dateOrder, relationOf } from './commands/dates.js';
import { newestFirst } from './commands/filters.js';
import type { Database, Statement } from './database.js';
import { jsonInArray } from './render/json.js';
import type { Article, ArticleLine, BoilerplateEntry, Corpus, EntityMention, EntitySummary, InputWarning } from './types.js';

/** The fields kept out of an article's row columns. */
type Details = [Article['dates'], Article['people'], Article['places'], Article['organizations']];

/** An article row's columns, as listing reads them: id, source, title, date, date_source, date_text, duplicates. */
type ArticleHead = [string, string, string, string | null, Article['dateSource'], string | null, string];

/** What a stored corpus is besides its rows. */
export interface CorpusHead {
  pages: number;
  warnings: InputWarning[];
  boilerplate: BoilerplateEntry[];
}

/**
 * Writes a corpus's rows under the corpus id `corpus` (the caller holds the transaction). Each
 * article's JSON is encoded once, as `--json` prints it.
 */
export function writeCorpusRows(db: Database, corpus: number, c: Corpus): void {
  const rankOf = new Map<Article, number>();
  [...c.articles].sort(newestFirst).forEach((a, r) => rankOf.set(a, r));
  const article = db.prepare('INSERT INTO articles (corpus, seq, id, source, title, date, date_source, date_text, duplicates, rank, details, lines, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const link = db.prepare('INSERT OR IGNORE INTO article_entities (corpus, type, name, article) VALUES (?, ?, ?, ?)');
  const rows: { rank: number; article: number; start: string; relation: string | null; future: number; warned: number; mention: string; id: string }[] = [];
  c.articles.forEach((a, seq) => {
    const details: Details = [a.dates, a.people, a.places, a.organizations];
    article.run(corpus, seq, a.id, a.source, a.title, a.date, a.dateSource, a.dateText, JSON.stringify(a.duplicates), rankOf.get(a), JSON.stringify(details), JSON.stringify(a.lines ?? []), Buffer.from(jsonInArray(a)));
    for (const p of a.people) link.run(corpus, 'person', p.name, seq);
    for (const p of a.places) link.run(corpus, 'place', p.name, seq);
    for (const o of a.organizations) link.run(corpus, 'organization', o.name, seq);
    for (const m of a.dates) rows.push({ rank: 0, article: seq, start: m.start, relation: relationOf(a.date, m), future: m.future ? 1 : 0, warned: m.warning ? 1 : 0, mention: JSON.stringify(m), id: a.id });
  });
  // (Array sort is stable: mentions of one start and article keep their order, as listed.)
  const mention = db.prepare('INSERT INTO date_mentions (corpus, rank, article, start, relation, future, warned, mention) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  rows.sort((x, y) => dateOrder({ start: x.start, article: x.id }, { start: y.start, article: y.id })).forEach((r, rank) => mention.run(corpus, rank, r.article, r.start, r.relation, r.future, r.warned, r.mention));
  const entity = db.prepare('INSERT INTO entities (corpus, seq, type, name, aliases, summary, mentions, article_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  c.entities.forEach((e, seq) => {
    // The summary keeps the two long fields' places (null), so its key order is the entity's.
    const summary = JSON.stringify({ ...e, mentions: null, articleIds: null });
    entity.run(corpus, seq, e.type, e.name, JSON.stringify(e.aliases), summary, JSON.stringify(packMentions(e)), JSON.stringify(e.articleIds));
  });
}

/**
 * Articles whose details or JSON are read one by one before the rows of every article are read
 * in one query: showing one article over a large archive then reads a few KB.
 */
export const SINGLE_READS = 16;

/** How a stored article reaches the fields kept out of its columns. */
interface StoredParts {
  detailsOf(seq: number): Details;
  textOf(seq: number): string;
  linesOf(seq: number): ArticleLine[];
}

/**
 * An article of a stored corpus: its columns, the rest read on first use. A class, not an object
 * literal with getters: 9,000 of those took ~100 ms to make. Its JSON is an article's, field for
 * field and in the order assemble() makes them, so output stays byte-identical.
 */
export class StoredArticle implements Article {
  readonly id: string;
  readonly source: string;
  readonly title: string;
  readonly date: string | null;
  readonly dateSource: Article['dateSource'];
  readonly dateText: string | null;
  readonly duplicates: string[];
  /** Its place in its corpus (page order). */
  readonly seq: number;
  readonly #parts: StoredParts;

  constructor(h: ArticleHead, seq: number, parts: StoredParts) {
    [this.id, this.source, this.title, this.date, this.dateSource, this.dateText] = h;
    this.duplicates = h[6] === '[]' ? [] : (JSON.parse(h[6]) as string[]);
    this.seq = seq;
    this.#parts = parts;
  }

  get dates(): Article['dates'] {
    return this.#parts.detailsOf(this.seq)[0];
  }
  get people(): Article['people'] {
    return this.#parts.detailsOf(this.seq)[1];
  }
  get places(): Article['places'] {
    return this.#parts.detailsOf(this.seq)[2];
  }
  get organizations(): Article['organizations'] {
    return this.#parts.detailsOf(this.seq)[3];
  }
  get text(): string {
    return this.#parts.textOf(this.seq);
  }
  /** Not in the JSON (toJSON leaves it out), as on an assembled article. */
  get lines(): ArticleLine[] {
    return this.#parts.linesOf(this.seq);
  }

  /** Is this an article of the corpus read with these parts? */
  belongsTo(parts: StoredParts): boolean {
    return parts === this.#parts;
  }

  toJSON(): Article {
    const { id, source, title, date, dateSource, dateText, dates, people, places, organizations, text, duplicates } = this;
    return { id, source, title, date, dateSource, dateText, dates, people, places, organizations, text, duplicates };
  }
}

/** Builds a Corpus from the rows of stored corpus `corpus`; details, texts, JSON and entities are read on first use. */
export function corpusFromRows(db: Database, corpus: number, head: CorpusHead): Corpus {
  // Statements prepared once, when first needed.
  const statements = new Map<string, Statement>();
  const statement = (sql: string) => statements.get(sql) ?? statements.set(sql, db.prepare(sql).pluck()).get(sql)!;
  const one = (column: 'details' | 'lines' | 'json') => statement(`SELECT ${column} FROM articles WHERE corpus = ? AND seq = ?`);
  const all = (column: 'details' | 'json') => statement(`SELECT ${column} FROM articles WHERE corpus = ? ORDER BY seq`);
  const single = { details: new Map<number, Details>(), json: new Map<number, Buffer>() };
  let details: (string | Details)[] | null = null;
  let json: Buffer[] | null = null;
  const detailsOf = (seq: number): Details => {
    if (!details) {
      let d = single.details.get(seq);
      if (d) return d;
      if (single.details.size < SINGLE_READS) {
        single.details.set(seq, (d = JSON.parse(one('details').get(corpus, seq) as string) as Details));
        return d;
      }
      details = all('details').all(corpus) as string[];
    }
    const d = details[seq];
    return typeof d === 'string' ? (details[seq] = JSON.parse(d) as Details) : d;
  };
  const jsonOf = (seq: number): Buffer => {
    if (json) return json[seq];
    let j = single.json.get(seq);
    if (j) return j;
    if (single.json.size < SINGLE_READS) {
      single.json.set(seq, (j = one('json').get(corpus, seq) as Buffer));
      return j;
    }
    json = all('json').all(corpus) as Buffer[];
    return json[seq];
  };
  // A text is read from its article's JSON (texts are not stored twice).
  const textOf = (seq: number): string => (JSON.parse(jsonOf(seq).toString('utf8')) as Article).text;
  const linesOf = (seq: number): ArticleLine[] => JSON.parse(one('lines').get(corpus, seq) as string) as ArticleLine[];
  const parts: StoredParts = { detailsOf, textOf, linesOf };
  const heads = db.prepare('SELECT id, source, title, date, date_source, date_text, duplicates FROM articles WHERE corpus = ? ORDER BY seq').raw().all(corpus) as ArticleHead[];
  const articles = heads.map((h, seq) => new StoredArticle(h, seq, parts));
  let entities: EntitySummary[] | null = null;
  const stored = {
    articles,
    boilerplate: head.boilerplate,
    get entities() {
      return (entities ??= (db.prepare('SELECT summary, mentions, article_ids FROM entities WHERE corpus = ? ORDER BY seq').raw().all(corpus) as [string, string, string][]).map(entityOf));
    },
    pages: head.pages,
    warnings: head.warnings,
  } as Corpus;
  Object.defineProperty(stored, 'articleJson', {
    enumerable: false,
    value: (a: Article): Buffer | undefined => (a instanceof StoredArticle && a.belongsTo(parts) ? jsonOf(a.seq) : undefined),
  });
  return stored;
}

/** An entity's mentions as stored: distinct texts, and (text, article) index pairs, flattened. */
interface PackedMentions {
  texts: string[];
  /** Per mention, its index in `texts`, then its article's index in the entity's articleIds. */
  pairs: number[];
}

/**
 * An entity's mentions packed: 270,000 mention objects made 11 of the 13 MB of a 1,000-page
 * corpus's entities. An entity with a mention outside its own articles (not made by merge) keeps
 * them as they are.
 */
export function packMentions(e: EntitySummary): PackedMentions | EntityMention[] {
  const articleAt = new Map(e.articleIds.map((id, i) => [id, i]));
  const textAt = new Map<string, number>();
  const packed: PackedMentions = { texts: [], pairs: [] };
  for (const m of e.mentions) {
    const article = articleAt.get(m.article);
    if (article === undefined) return e.mentions;
    let text = textAt.get(m.text);
    if (text === undefined) textAt.set(m.text, (text = packed.texts.push(m.text) - 1));
    packed.pairs.push(text, article);
  }
  return packed;
}

/**
 * An entity from its row: the summary parsed, its article ids and mentions parsed (and unpacked)
 * when first read, in their places among the keys (JSON.stringify follows the key order).
 */
function entityOf([summary, mentions, articleIds]: [string, string, string]): EntitySummary {
  const e = JSON.parse(summary) as EntitySummary;
  let ids: string[] | null = null;
  const idsOf = () => (ids ??= JSON.parse(articleIds) as string[]);
  const settle = <K extends 'articleIds' | 'mentions'>(key: K, get: () => EntitySummary[K]) =>
    Object.defineProperty(e, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = get();
        Object.defineProperty(e, key, { value, writable: true, enumerable: true, configurable: true });
        return value;
      },
    });
  settle('articleIds', idsOf);
  settle('mentions', () => {
    const packed = JSON.parse(mentions) as PackedMentions | EntityMention[];
    if (Array.isArray(packed)) return packed;
    const list: EntityMention[] = [];
    const at = idsOf();
    for (let k = 0; k < packed.pairs.length; k += 2) list.push({ text: packed.texts[packed.pairs[k]], article: at[packed.pairs[k + 1]] });
    return list;
  });
  return e;
}
