/**
 * How an assembled corpus is laid out in the database (see database.ts for the tables), so that
 * a warm query reads only the rows it needs:
 *
 *   articles          one narrow row per article: what picking, listing and sorting need (id,
 *                     source, title, date, duplicates, its place in a newest-first listing);
 *   article_details   its date mentions, people, places and organizations, and its page lines,
 *                     as JSON read when a command looks at them;
 *   article_json      its JSON exactly as `--json` prints it, so `list --json` copies bytes
 *                     instead of re-serialising;
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
import type { Article, ArticleLine, ArticleQuery, BoilerplateEntry, Corpus, CorpusIndex, DateMention, DateRow, EntityMention, EntitySummary, EntityType, InputWarning } from './types.js';

/** The fields kept out of an article's row columns. */
type Details = [Article['dates'], Article['people'], Article['places'], Article['organizations']];

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
  const article = db.prepare('INSERT INTO articles (corpus, seq, id, source, title, date, date_source, date_text, duplicates, rank) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const details = db.prepare('INSERT INTO article_details (corpus, seq, details, lines) VALUES (?, ?, ?, ?)');
  const json = db.prepare('INSERT INTO article_json (corpus, seq, json) VALUES (?, ?, ?)');
  const link = db.prepare('INSERT OR IGNORE INTO article_entities (corpus, type, name, article) VALUES (?, ?, ?, ?)');
  const rows: { rank: number; article: number; start: string; relation: string | null; future: number; warned: number; mention: string; id: string }[] = [];
  c.articles.forEach((a, seq) => {
    article.run(corpus, seq, a.id, a.source, a.title, a.date, a.dateSource, a.dateText, JSON.stringify(a.duplicates), rankOf.get(a));
    details.run(corpus, seq, JSON.stringify([a.dates, a.people, a.places, a.organizations] satisfies Details), JSON.stringify(a.lines ?? []));
    json.run(corpus, seq, Buffer.from(jsonInArray(a)));
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
 * Of the articles a query gave, the first whose details or JSON are read are read one row at a
 * time; past this many, those of all the articles it gave are read in one query: showing one
 * article over a large archive then reads a few KB, listing many does not make a query each.
 */
export const SINGLE_READS = 16;

/** Articles given together (by one query): their rows are read together. */
interface Batch {
  /** Their seqs; null for every article of the corpus. */
  seqs: number[] | null;
  /** Rows of theirs read one at a time, per column. */
  singles: { details: number; json: number };
}

/** How a stored article reaches the fields kept out of its columns. */
interface StoredParts {
  detailsOf(seq: number, batch: Batch): Details;
  jsonOf(seq: number, batch: Batch): Buffer;
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
  readonly #batch: Batch;

  constructor(h: ArticleRow, parts: StoredParts, batch: Batch) {
    [this.seq, this.id, this.source, this.title, this.date, this.dateSource, this.dateText] = h;
    this.duplicates = h[7] === '[]' ? [] : (JSON.parse(h[7]) as string[]);
    this.#parts = parts;
    this.#batch = batch;
  }

  get dates(): Article['dates'] {
    return this.#parts.detailsOf(this.seq, this.#batch)[0];
  }
  get people(): Article['people'] {
    return this.#parts.detailsOf(this.seq, this.#batch)[1];
  }
  get places(): Article['places'] {
    return this.#parts.detailsOf(this.seq, this.#batch)[2];
  }
  get organizations(): Article['organizations'] {
    return this.#parts.detailsOf(this.seq, this.#batch)[3];
  }
  /** Read from its JSON (texts are not stored twice). */
  get text(): string {
    return (JSON.parse(this.#parts.jsonOf(this.seq, this.#batch).toString('utf8')) as Article).text;
  }
  /** Not in the JSON (toJSON leaves it out), as on an assembled article. */
  get lines(): ArticleLine[] {
    return this.#parts.linesOf(this.seq);
  }

  /** Its JSON as stored, when it is an article of the corpus read with these parts. */
  storedJson(parts: StoredParts): Buffer | undefined {
    return parts === this.#parts ? parts.jsonOf(this.seq, this.#batch) : undefined;
  }

  toJSON(): Article {
    const { id, source, title, date, dateSource, dateText, dates, people, places, organizations, text, duplicates } = this;
    return { id, source, title, date, dateSource, dateText, dates, people, places, organizations, text, duplicates };
  }
}

/** An article row's columns, as listing reads them. */
type ArticleRow = [number, string, string, string, string | null, Article['dateSource'], string | null, string];
const ARTICLE_COLUMNS = 'seq, id, source, title, date, date_source, date_text, duplicates';

/**
 * Builds a Corpus from the rows of stored corpus `corpus`. Nothing but the head is read until
 * asked for: `articles` and `entities` read every row when first used; `index` answers a
 * command's question with the rows it needs (see CorpusIndex).
 */
export function corpusFromRows(db: Database, corpus: number, head: CorpusHead): Corpus {
  // Statements prepared once, when first needed.
  const statements = new Map<string, Statement>();
  const sql = (text: string) => statements.get(text) ?? statements.set(text, db.prepare(text)).get(text)!;
  const cached = { details: new Map<number, string | Details>(), json: new Map<number, Buffer>() };

  /** A column of an article, read alone or with its batch's (see SINGLE_READS). */
  const columnOf = <C extends 'details' | 'json'>(column: C, seq: number, batch: Batch): NonNullable<ReturnType<(typeof cached)[C]['get']>> => {
    const known = cached[column] as Map<number, unknown>;
    if (!known.has(seq)) {
      if (batch.singles[column] < SINGLE_READS) {
        batch.singles[column]++;
        known.set(seq, sql(`SELECT ${column} FROM article_${column} WHERE corpus = ? AND seq = ?`).pluck().get(corpus, seq));
      } else {
        const rows = (batch.seqs ? sql(`SELECT seq, ${column} FROM article_${column} WHERE corpus = ? AND seq IN (SELECT value FROM json_each(?))`).raw().all(corpus, JSON.stringify(batch.seqs)) : sql(`SELECT seq, ${column} FROM article_${column} WHERE corpus = ?`).raw().all(corpus)) as [number, unknown][];
        for (const [s, value] of rows) if (!known.has(s)) known.set(s, value);
      }
    }
    return known.get(seq) as NonNullable<ReturnType<(typeof cached)[C]['get']>>;
  };
  const parts: StoredParts = {
    detailsOf(seq, batch) {
      const d = columnOf('details', seq, batch);
      if (typeof d !== 'string') return d;
      const parsed = JSON.parse(d) as Details;
      cached.details.set(seq, parsed);
      return parsed;
    },
    jsonOf: (seq, batch) => columnOf('json', seq, batch),
    linesOf: (seq) => JSON.parse(sql('SELECT lines FROM article_details WHERE corpus = ? AND seq = ?').pluck().get(corpus, seq) as string) as ArticleLine[],
  };
  const articlesOf = (rows: ArticleRow[], seqs: number[] | null): StoredArticle[] => {
    const batch: Batch = { seqs, singles: { details: 0, json: 0 } };
    return rows.map((row) => new StoredArticle(row, parts, batch));
  };
  const rowsWhere = (where: string, ...params: unknown[]) => sql(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE corpus = ? ${where}`).raw().all(corpus, ...params) as ArticleRow[];
  const picked = (rows: ArticleRow[]) => articlesOf(rows, rows.map((r) => r[0]));

  let articles: StoredArticle[] | null = null;
  const entitiesByType = new Map<EntityType | 'all', EntitySummary[]>();
  const entitiesOf = (type?: EntityType): EntitySummary[] => {
    const all = entitiesByType.get('all');
    if (all) return type ? all.filter((e) => e.type === type) : all;
    let found = entitiesByType.get(type ?? 'all');
    if (!found) {
      const rows = (type ? sql('SELECT summary, mentions, article_ids FROM entities WHERE corpus = ? AND type = ? ORDER BY seq').raw().all(corpus, type) : sql('SELECT summary, mentions, article_ids FROM entities WHERE corpus = ? ORDER BY seq').raw().all(corpus)) as [string, string, string][];
      entitiesByType.set(type ?? 'all', (found = rows.map(entityOf)));
    }
    return found;
  };

  const index: CorpusIndex = {
    articles(query, limit) {
      const where = articleConditions(corpus, query);
      if (limit !== undefined) where.params.push(limit);
      return picked(rowsWhere(`${where.sql} ORDER BY rank${limit !== undefined ? ' LIMIT ?' : ''}`, ...where.params));
    },
    dateCounts(query) {
      const where = articleConditions(corpus, query);
      const rows = sql(`SELECT date, count(*) FROM articles WHERE corpus = ? AND date IS NOT NULL ${where.sql} GROUP BY date`).raw().all(corpus, ...where.params) as [string, number][];
      return new Map(rows);
    },
    articlesWithIds: (ids) => picked(rowsWhere('AND id IN (SELECT value FROM json_each(?)) ORDER BY seq', JSON.stringify(ids))),
    entities: entitiesOf,
    dates(query) {
      const where = conditions();
      if (query.since) where.and('d.start >= ?', query.since);
      if (query.until) where.and('d.start <= ?', query.until);
      if (query.upcoming) where.and("(d.relation = 'after' OR (d.relation IS NULL AND d.future = 1))");
      if (query.past) where.and("d.relation IN ('before', 'same')");
      if (query.warnings) where.and('d.warned = 1');
      if (query.limit !== undefined) where.params.push(query.limit);
      const rows = sql(`SELECT d.mention, a.id, a.title, a.date, d.relation FROM date_mentions d JOIN articles a ON a.corpus = d.corpus AND a.seq = d.article WHERE d.corpus = ? ${where.sql} ORDER BY d.rank${query.limit !== undefined ? ' LIMIT ?' : ''}`).raw().all(corpus, ...where.params) as [string, string, string, string | null, DateRow['relation']][];
      // (Keys in the order listDates gives them: the mention's, then the article's.)
      return rows.map(([mention, article, title, articleDate, relation]) => ({ ...(JSON.parse(mention) as DateMention), article, title, articleDate, relation }));
    },
  };

  const stored = {
    get articles() {
      return (articles ??= articlesOf(rowsWhere('ORDER BY seq'), null));
    },
    boilerplate: head.boilerplate,
    get entities() {
      return entitiesOf();
    },
    pages: head.pages,
    warnings: head.warnings,
  } as Corpus;
  Object.defineProperty(stored, 'articleJson', { enumerable: false, value: (a: Article): Buffer | undefined => (a instanceof StoredArticle ? a.storedJson(parts) : undefined) });
  Object.defineProperty(stored, 'index', { enumerable: false, value: index });
  return stored;
}

/** The conditions on an article row that pick what the query asks for. */
function articleConditions(corpus: number, query: ArticleQuery): ReturnType<typeof conditions> {
  const where = conditions();
  if (query.since) where.and('date >= ?', query.since);
  if (query.until) where.and('date <= ?', query.until);
  for (const [type, names] of [['person', query.people], ['place', query.places], ['organization', query.organizations]] as const)
    if (names) where.and('seq IN (SELECT article FROM article_entities WHERE corpus = ? AND type = ? AND name IN (SELECT value FROM json_each(?)))', corpus, type, JSON.stringify([...names]));
  return where;
}

/** SQL conditions added one by one ("AND ..."), with the values of their parameters in order. */
function conditions(): { and(clause: string, ...values: unknown[]): void; readonly sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  return {
    and(clause, ...values) {
      clauses.push(`AND ${clause}`);
      params.push(...values);
    },
    get sql() {
      return clauses.join(' ');
    },
    params,
  };
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
