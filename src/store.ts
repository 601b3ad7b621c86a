/**
 * How an assembled corpus is laid out in the database (see database.ts for the tables), so that
 * a warm query reads only the rows it needs:
 *
 *   articles          one narrow row per article: what picking, listing and sorting need (id,
 *                     source, title, date, duplicates, its place in a newest-first listing),
 *                     and the payload holding the rest;
 *   article_payloads  its date mentions, people, places and organizations as JSON read when a
 *                     command looks at them, and its page lines; stored once under a hash of the
 *                     article, for every corpus holding it;
 *   article_json      a payload's article's JSON exactly as `--json` prints it, so `list --json`
 *                     copies bytes instead of re-serialising;
 *   payload_names     which (type, name) a payload's article names: filters find their articles
 *                     by index;
 *   entities          one row per corpus-wide entity: name, type and aliases in columns, and the
 *                     payload holding the rest;
 *   entity_payloads   the summary as JSON, its mentions (packed as indexes) and article ids apart
 *                     (most of its bytes, which most commands never read), stored once likewise;
 *   date_mentions     every date mention with its relation to its article's date, in the order
 *                     `icesco dates` lists them.
 *
 * Consecutive corpora of a growing archive share almost every article: storing one costs its
 * narrow rows and what is new, not the archive again.
 *
 * Reading gives back a Corpus indistinguishable from the one stored (same fields, same order,
 * same JSON), whose rows are read on first use.
 */
import { createHash } from 'node:crypto';
import { dateOrder, relationOf } from './commands/dates.js';
import { newestFirst } from './commands/filters.js';
import type { Database, Statement } from './database.js';
import { jsonInArray } from './render/json.js';
import type { Article, ArticleLine, ArticleQuery, ArticlesNaming, BoilerplateEntry, Corpus, CorpusIndex, DateMention, DateRow, EntityMention, EntitySummary, EntityType, InputWarning } from './types.js';

/** The fields kept out of an article's row columns. */
type Details = [Article['dates'], Article['people'], Article['places'], Article['organizations']];

/** What a stored corpus is besides its rows. */
export interface CorpusHead {
  pages: number;
  warnings: InputWarning[];
  boilerplate: BoilerplateEntry[];
}

/**
 * Writes a corpus's rows under the corpus id `corpus` (the caller holds the transaction). What
 * an article or entity carries besides its columns is stored once, under a hash of the code's
 * `version` and of its compact JSON (in shorter forms that determine it: for an article,
 * payloadParts; for an entity, its stored forms): a corpus that differs from one stored before
 * by a page writes its narrow rows and the payloads of that page's articles (and of the entities
 * they changed), not the archive again. An article's stored forms (its JSON as `--json` prints
 * it, its details) are made only for new payloads; the version in the hash keeps another
 * version's forms of the same values from being taken for this one's.
 */
export function writeCorpusRows(db: Database, corpus: number, c: Corpus, version: string, written?: (articles: number) => void): void {
  writeRows(db, corpus, { articles: c.articles, entities: c.entities }, version, written);
}

/** An article of a corpus written from another: by its row in that corpus. */
export interface OldArticleRow {
  /** Its row (seq) in the old corpus. */
  seq: number;
  id: string;
  date: string | null;
}

/** A corpus's rows, each article and entity given whole or (from `base`) by its old row. */
export interface CorpusRows {
  /** Its articles in page order. */
  articles: (Article | OldArticleRow)[];
  /** Its entities in order: a summary, or the seq of an old row. */
  entities: (EntitySummary | number)[];
  /** The stored corpus old rows are copied from. */
  base?: number;
  /** What changed from the base (an update's rows): what updateRowsInPlace writes. */
  change?: RowChange;
}

/** An article's place in page order: its page's index, and its index on the page. */
export type Place = [page: number, index: number];

/** The articles that differ between a stored corpus and the one it becomes. */
export interface RowChange {
  /** Articles new to the corpus, each with its place. */
  added: { article: Article; place: Place }[];
  /** Old articles whose rows are written again (their entities or copies changed; their place and date did not). */
  rewritten: Article[];
  /** The ids of old articles leaving the corpus. */
  leaving: string[];
  /** The place of an old article, by its row's source and id. */
  placeOf(source: string, id: string): Place;
}

const isOld = (a: Article | OldArticleRow): a is OldArticleRow => typeof (a as OldArticleRow).seq === 'number' && !('dates' in a);

/** A date mention's row, before its rank is known. */
interface MentionRow {
  /** Its place in the old corpus's listing, when copied from it. */
  oldRank?: number;
  article: number;
  start: string;
  id: string;
  relation?: string | null;
  future?: number;
  warned?: number;
  mention?: string;
}

/**
 * How far apart writeRows puts consecutive order keys (an article's seq and rank, a date
 * mention's rank, an entity's seq): an update in place (updateRowsInPlace) gives a new row a key
 * between its neighbours' and keeps every old row's key, instead of renumbering the corpus.
 */
export const ORDER_GAP = 2 ** 20;

/**
 * Writes a corpus's rows (see writeCorpusRows); an old article's or entity's row is copied from
 * the base corpus with its new place, and its date mentions with theirs. `written` is told, after
 * each article, how many are written (the engine collects garbage on the way: see writeCorpus).
 */
export function writeRows(db: Database, corpus: number, c: CorpusRows, version: string, written?: (articles: number) => void): void {
  const key = (place: number) => place * ORDER_GAP;
  const rankOf = new Map<number, number>();
  newestFirstOrder(c.articles).forEach((seq, r) => rankOf.set(seq, key(r)));
  // Old rows are copied in one statement each kind, from a JSON array of their [old place, new
  // place(s)] (CROSS JOIN: the array walked first, each old row found by its key).
  const copyArticles = db.prepare("INSERT INTO articles (corpus, seq, id, source, title, date, date_source, date_text, duplicates, rank, payload) SELECT ?, j.value ->> 1, a.id, a.source, a.title, a.date, a.date_source, a.date_text, a.duplicates, j.value ->> 2, a.payload FROM json_each(?) j CROSS JOIN articles a ON a.corpus = ? AND a.seq = j.value ->> 0");
  const oldArticles: number[][] = [];
  const writeArticle = articleWriter(db, corpus, version);
  const rows: MentionRow[] = [];
  const newSeqOf = new Map<number, { seq: number; id: string }>();
  c.articles.forEach((a, place) => {
    if (isOld(a)) {
      oldArticles.push([a.seq, key(place), rankOf.get(place)!]);
      newSeqOf.set(a.seq, { seq: key(place), id: a.id });
    } else rows.push(...writeArticle(a, key(place), rankOf.get(place)!));
    written?.(place + 1);
  });
  if (oldArticles.length) copyArticles.run(corpus, JSON.stringify(oldArticles), c.base);
  // The old articles' mentions, already in listing order: merged in.
  const old: MentionRow[] = [];
  if (newSeqOf.size)
    for (const [oldRank, oldSeq, start] of db.prepare('SELECT rank, article, start FROM date_mentions WHERE corpus = ? ORDER BY rank').raw().all(c.base) as [number, number, string][]) {
      const now = newSeqOf.get(oldSeq);
      if (now) old.push({ oldRank, article: now.seq, start, id: now.id });
    }
  const mention = mentionWriter(db, corpus);
  const copyMentions = db.prepare('INSERT INTO date_mentions (corpus, rank, article, start, relation, future, warned, mention) SELECT ?, j.value ->> 1, j.value ->> 2, d.start, d.relation, d.future, d.warned, d.mention FROM json_each(?) j CROSS JOIN date_mentions d ON d.corpus = ? AND d.rank = j.value ->> 0');
  const oldMentions: number[][] = [];
  mergeMentions(old, rows).forEach((r, rank) => {
    if (r.oldRank !== undefined) oldMentions.push([r.oldRank, key(rank), r.article]);
    else mention(r, key(rank));
  });
  if (oldMentions.length) copyMentions.run(corpus, JSON.stringify(oldMentions), c.base);
  const entity = entityWriter(db, corpus, version);
  const copyEntities = db.prepare('INSERT INTO entities (corpus, seq, type, name, aliases, payload) SELECT ?, j.value ->> 1, e.type, e.name, e.aliases, e.payload FROM json_each(?) j CROSS JOIN entities e ON e.corpus = ? AND e.seq = j.value ->> 0');
  const oldEntities: number[][] = [];
  c.entities.forEach((e, place) => {
    if (typeof e === 'number') oldEntities.push([e, key(place)]);
    else entity(e, key(place));
  });
  if (oldEntities.length) copyEntities.run(corpus, JSON.stringify(oldEntities), c.base);
}

/**
 * Updates stored corpus `corpus` in place into the corpus `change` and `entities` describe, writing
 * only what changed: an old row kept keeps its order keys, an added article (and each of its
 * date mentions) gets keys between its neighbours' (found by bisection: see keysAmong), an
 * article written again keeps its keys and its mentions, the rows of articles and entities
 * that left are deleted with their date mentions, and payloads no corpus uses any more with
 * them. An entity kept but moved among the others (the few off their longest run in the old
 * order) is written again. Reads back as writeRows would have written it. Costs what changed,
 * not what the corpus holds (but for the entities' keys, a few thousand). Returns false, having
 * written nothing, when some new row finds no key free between its neighbours (writeRows then
 * writes the corpus afresh, its keys ORDER_GAP apart again).
 */
export function updateRowsInPlace(db: Database, corpus: number, entities: CorpusRows['entities'], change: RowChange, version: string): boolean {
  // Planned first: every key, before anything is written.
  const added = [...change.added].sort((x, y) => comparePlaces(x.place, y.place));
  const seqs = keysAmong(added, keyedRows<[number, string, string]>(db, corpus, 'articles t', 'seq', 't.seq, t.source, t.id'), ([, source, id], x) => comparePlaces(change.placeOf(source, id), x.place) > 0);
  const byRank = added.map((x, k) => ({ a: x.article, k })).sort((x, y) => newestFirst(x.a, y.a));
  const ranks = keysAmong(byRank, keyedRows<[number, string | null, string]>(db, corpus, 'articles t INDEXED BY articles_by_rank', 'rank', 't.rank, t.date, t.id'), ([, date, id], x) => newestFirst({ date, id } as Article, x.a) > 0);
  if (!seqs || !ranks) return false;
  const rankOf = new Map(byRank.map((x, r) => [x.k, ranks[r]]));
  // (Array sort is stable: mentions of one start and article keep their order, as listed.)
  const mentions = added.flatMap((x, k) => mentionRows(x.article, seqs[k])).sort(byDate);
  const mentionKeys = keysAmong(
    mentions,
    keyedRows<[number, string, string]>(db, corpus, 'date_mentions t', 'rank', 't.rank, t.start, a.id', 'CROSS JOIN articles a ON a.corpus = t.corpus AND a.seq = t.article'),
    // (An old mention comes first on a tie, as mergeMentions merges them.)
    ([, start, id], m) => dateOrder({ start, article: id }, { start: m.start, article: m.id }) > 0,
  );
  if (!mentionKeys) return false;

  const oldEntitySeqs = db.prepare('SELECT seq FROM entities WHERE corpus = ?').pluck().all(corpus) as number[];
  const keptEntities = entities.map((e, place) => ({ e, place })).filter((x): x is { e: number; place: number } => typeof x.e === 'number');
  const staying = new Set(longestIncreasing(keptEntities.map((x) => x.e)).map((k) => keptEntities[k].place));
  const entityKeys = keysBetween(entities.map((e, place) => (staying.has(place) ? (e as number) : null)));
  if (!entityKeys) return false;

  // Written: what left first (its keys may be taken by new rows), then what is new.
  const ids = (values: unknown[]) => JSON.stringify(values);
  const keysOf = db.prepare('SELECT seq, rank FROM articles INDEXED BY articles_by_id WHERE corpus = ? AND id = ?').raw();
  const rewritten = change.rewritten.map((a) => ({ a, keys: keysOf.get(corpus, a.id) as [number, number] }));
  const leaving = change.leaving.map((id) => (keysOf.get(corpus, id) as [number, number])[0]);
  const articlePayloads = db.prepare('DELETE FROM articles WHERE corpus = ? AND seq IN (SELECT value FROM json_each(?)) RETURNING payload').pluck().all(corpus, ids([...leaving, ...rewritten.map((r) => r.keys[0])])) as number[];
  db.prepare('DELETE FROM date_mentions WHERE corpus = ? AND article IN (SELECT value FROM json_each(?))').run(corpus, ids(leaving));
  const moved = keptEntities.filter((x) => !staying.has(x.place));
  const movedRows = db.prepare('SELECT j.value, e.type, e.name, e.aliases, e.payload FROM json_each(?) j CROSS JOIN entities e ON e.corpus = ? AND e.seq = j.value').raw().all(ids(moved.map((x) => x.e)), corpus) as [number, string, string, string, number][];
  const rowOfMoved = new Map(movedRows.map((r) => [r[0], r]));
  const stayingSeqs = new Set(keptEntities.filter((x) => staying.has(x.place)).map((x) => x.e));
  const entityPayloads = db.prepare('DELETE FROM entities WHERE corpus = ? AND seq IN (SELECT value FROM json_each(?)) RETURNING payload').pluck().all(corpus, ids(oldEntitySeqs.filter((seq) => !stayingSeqs.has(seq)))) as number[];

  const writeArticle = articleWriter(db, corpus, version);
  added.forEach((x, k) => writeArticle(x.article, seqs[k], rankOf.get(k)!));
  // (An article written again keeps its date mentions' rows: its dates are as they were.)
  for (const { a, keys } of rewritten) writeArticle(a, ...keys);
  const mention = mentionWriter(db, corpus);
  mentions.forEach((m, k) => mention(m, mentionKeys[k]));
  const entity = entityWriter(db, corpus, version);
  const copied = db.prepare('INSERT INTO entities (corpus, seq, type, name, aliases, payload) VALUES (?, ?, ?, ?, ?, ?)');
  entities.forEach((e, place) => {
    if (typeof e !== 'number') entity(e, entityKeys[place]);
    else if (!staying.has(place)) {
      const [, type, name, aliases, payload] = rowOfMoved.get(e)!;
      copied.run(corpus, entityKeys[place], type, name, aliases, payload);
    }
  });
  dropUnusedPayloads(db, articlePayloads, entityPayloads);
  return true;
}

/** Page order: by page, then by place on the page. */
export const comparePlaces = (a: Place, b: Place) => a[0] - b[0] || a[1] - b[1];

/** A table's order keys, as keysAmong reads them. */
interface KeyedRows<R> {
  /** The row of the least key at least this one (its key first). */
  first(atLeast: number): R | undefined;
  /** The greatest key below this one. */
  lastBelow(below: number): number | undefined;
  /** The least and greatest keys; null when there is no row. */
  edges: [number, number] | null;
}

function keyedRows<R extends [number, ...unknown[]]>(db: Database, corpus: number, table: string, key: string, columns: string, join = ''): KeyedRows<R> {
  const first = db.prepare(`SELECT ${columns} FROM ${table} ${join} WHERE t.corpus = ? AND t.${key} >= ? ORDER BY t.${key} LIMIT 1`).raw();
  // (One table alone: SQLite reads a min or max from the index's end only then.)
  const lastBelow = db.prepare(`SELECT max(t.${key}) FROM ${table} WHERE t.corpus = ? AND t.${key} < ?`).pluck();
  const [least, greatest] = db.prepare(`SELECT min(t.${key}), max(t.${key}) FROM ${table} WHERE t.corpus = ?`).raw().get(corpus) as [number | null, number | null];
  return {
    first: (atLeast) => first.get(corpus, atLeast) as R | undefined,
    lastBelow: (below) => (lastBelow.get(corpus, below) as number | null) ?? undefined,
    edges: least === null || greatest === null ? null : [least, greatest],
  };
}

/**
 * Keys for new rows (in their order) among a table's old rows, whose keys follow the order:
 * each new row's next old row is found by bisection over the keys' values (`after`: does an
 * old row come after the new one), some 35 indexed reads whatever the table holds; a run of new
 * rows between the same two old rows gets keys spread between theirs (keysBetween). Null when
 * some run has no room.
 */
function keysAmong<T, R extends [number, ...unknown[]]>(items: T[], rows: KeyedRows<R>, after: (row: R, item: T) => boolean): number[] | null {
  if (!rows.edges) return keysBetween(items.map(() => null));
  const [least, greatest] = rows.edges;
  /** The key of the first old row after the item; null when none is. */
  const nextKey = (item: T): number | null => {
    // (Every row of key below lo comes before the item; the first row of key hi or more comes after it, or there is none.)
    let [lo, hi] = [least, greatest + 1];
    while (lo < hi) {
      const mid = lo + Math.floor((hi - lo) / 2);
      const row = rows.first(mid)!; // (one there is: mid <= greatest)
      if (after(row, item)) hi = mid;
      else lo = row[0] + 1;
    }
    return lo > greatest ? null : rows.first(lo)![0];
  };
  const nexts = items.map(nextKey);
  const present = (k: number | null | undefined): number[] => (k === null || k === undefined ? [] : [k]);
  const keys: number[] = [];
  for (let i = 0; i < items.length; ) {
    let end = i + 1;
    while (end < items.length && nexts[end] === nexts[i]) end++;
    const next = nexts[i];
    const previous = next === null ? greatest : rows.lastBelow(next);
    const before = present(previous);
    const run = keysBetween([...before, ...new Array<null>(end - i).fill(null), ...present(next)]);
    if (!run) return null;
    keys.push(...run.slice(before.length, before.length + end - i));
    i = end;
  }
  return keys;
}

/**
 * Keys for a sequence of rows in order, given the keys of those that have one (null for the
 * others): those keep theirs, and each run of rows without one gets keys spread evenly between
 * its neighbours' (ORDER_GAP apart past either end). Null when the keys given do not increase,
 * or when some run has no room between its neighbours.
 */
export function keysBetween(order: (number | null)[]): number[] | null {
  const keys: number[] = new Array(order.length);
  let last: number | null = null;
  let i = 0;
  while (i < order.length) {
    const known = order[i];
    if (known !== null) {
      if (last !== null && known <= last) return null;
      keys[i++] = last = known;
      continue;
    }
    let end = i;
    while (end < order.length && order[end] === null) end++;
    const run = end - i;
    const next = end < order.length ? order[end] : null;
    if (last === null && next === null) for (let k = 0; k < run; k++) keys[i + k] = k * ORDER_GAP;
    else if (next === null) for (let k = 0; k < run; k++) keys[i + k] = last! + (k + 1) * ORDER_GAP;
    else if (last === null) for (let k = 0; k < run; k++) keys[i + k] = next - (run - k) * ORDER_GAP;
    else {
      if (next - last < run + 1) return null;
      const step = (next - last) / (run + 1);
      for (let k = 0; k < run; k++) keys[i + k] = last + Math.floor(step * (k + 1));
    }
    last = keys[end - 1];
    i = end;
  }
  return keys;
}

/** The indexes of a longest strictly increasing subsequence of `values`, in order (patience sorting). */
export function longestIncreasing(values: number[]): number[] {
  const tails: number[] = []; // tails[l]: index of the smallest last value of an increasing run of length l + 1
  const previous: number[] = new Array(values.length);
  values.forEach((v, i) => {
    let [lo, hi] = [0, tails.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]] < v) lo = mid + 1;
      else hi = mid;
    }
    previous[i] = lo > 0 ? tails[lo - 1] : -1;
    tails[lo] = i;
  });
  const run: number[] = [];
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = previous[i]) run.push(i);
  return run.reverse();
}

/** The places of a corpus's articles in a newest-first listing (a stable sort: ties keep page order). */
function newestFirstOrder(articles: (Article | OldArticleRow)[]): number[] {
  return articles.map((_, place) => place).sort((x, y) => newestFirst(articles[x] as Article, articles[y] as Article));
}

/** Date mentions in listing order: `old` (in that order already) and `rows` (sorted here) merged, an old one first on a tie. */
function mergeMentions(old: MentionRow[], rows: MentionRow[]): MentionRow[] {
  // (Array sort is stable: mentions of one start and article keep their order, as listed.)
  const sorted = [...rows].sort(byDate);
  const merged: MentionRow[] = [];
  let [i, j] = [0, 0];
  while (i < old.length || j < sorted.length) {
    if (j >= sorted.length || (i < old.length && byDate(old[i], sorted[j]) <= 0)) merged.push(old[i++]);
    else merged.push(sorted[j++]);
  }
  return merged;
}

const byDate = (x: MentionRow, y: MentionRow) => dateOrder({ start: x.start, article: x.id }, { start: y.start, article: y.id });

/** An article's date mentions as rows, under its key. */
function mentionRows(a: Article, seq: number): MentionRow[] {
  return a.dates.map((m) => ({ article: seq, start: m.start, relation: relationOf(a.date, m), future: m.future ? 1 : 0, warned: m.warning ? 1 : 0, mention: JSON.stringify(m), id: a.id }));
}

/** Writes a new article's row under its keys (its payload when new); returns its date mentions' rows. */
function articleWriter(db: Database, corpus: number, version: string): (a: Article, seq: number, rank: number) => MentionRow[] {
  const article = db.prepare('INSERT INTO articles (corpus, seq, id, source, title, date, date_source, date_text, duplicates, rank, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const payloads = payloadWriter(db, 'article_payloads', 'details, lines', version);
  const json = db.prepare('INSERT INTO article_json (payload, json) VALUES (?, ?)');
  const name = db.prepare('INSERT OR IGNORE INTO payload_names (payload, type, name) VALUES (?, ?, ?)');
  return (a, seq, rank) => {
    const lines = a.lines ?? [];
    const payload = payloads.idOf(payloadParts(a, lines), () => [JSON.stringify([a.dates, a.people, a.places, a.organizations] satisfies Details), JSON.stringify(lines)], (id) => {
      json.run(id, Buffer.from(jsonInArray(a)));
      for (const p of a.people) name.run(id, 'person', p.name);
      for (const p of a.places) name.run(id, 'place', p.name);
      for (const o of a.organizations) name.run(id, 'organization', o.name);
    });
    article.run(corpus, seq, a.id, a.source, a.title, a.date, a.dateSource, a.dateText, JSON.stringify(a.duplicates), rank, payload);
    return mentionRows(a, seq);
  };
}

/** Writes a new date mention's row under its rank. */
function mentionWriter(db: Database, corpus: number): (r: MentionRow, rank: number) => void {
  const mention = db.prepare('INSERT INTO date_mentions (corpus, rank, article, start, relation, future, warned, mention) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  return (r, rank) => void mention.run(corpus, rank, r.article, r.start, r.relation, r.future, r.warned, r.mention);
}

/** Writes an entity's row under its key (its payload when new). */
function entityWriter(db: Database, corpus: number, version: string): (e: EntitySummary, seq: number) => void {
  const entity = db.prepare('INSERT INTO entities (corpus, seq, type, name, aliases, payload) VALUES (?, ?, ?, ?, ?, ?)');
  const payloads = payloadWriter(db, 'entity_payloads', 'summary, mentions, article_ids', version);
  return (e, seq) => {
    // Hashed as stored (its forms determine the entity, as they are all a read gives back): the
    // summary, keeping the two long fields' places (null) so that its key order is the entity's;
    // the mentions packed; the article ids. The packed mentions are a fraction of the mentions'
    // JSON: hashing the whole JSON of the entities a new page changed took 0.2 s at 3,000 pages.
    const stored = [JSON.stringify(withoutLists(e)), JSON.stringify(packMentions(e)), JSON.stringify(e.articleIds)];
    const payload = payloads.idOf(stored, () => stored);
    entity.run(corpus, seq, e.type, e.name, JSON.stringify(e.aliases), payload);
  };
}

/** Deletes, of the article and entity payloads given (of rows just deleted), those no row uses any more. */
function dropUnusedPayloads(db: Database, articlePayloads: number[], entityPayloads: number[]): void {
  const unused = (ids: number[], rows: string) => {
    const used = db.prepare(`SELECT 1 FROM ${rows} WHERE payload = ?`);
    return JSON.stringify([...new Set(ids)].filter((id) => !used.get(id)));
  };
  const articles = unused(articlePayloads, 'articles');
  for (const [table, key] of [['payload_names', 'payload'], ['article_json', 'payload'], ['article_payloads', 'id']]) db.prepare(`DELETE FROM ${table} WHERE ${key} IN (SELECT value FROM json_each(?))`).run(articles);
  db.prepare('DELETE FROM entity_payloads WHERE id IN (SELECT value FROM json_each(?))').run(unused(entityPayloads, 'entities'));
}

/**
 * What identifies an article's payload, cheaper to make than its JSON (most of whose bytes are
 * the text, escaped, and the lines repeating it): the article without its text, as compact
 * JSON; its lines, each body line that repeats the text's next paragraph given by that
 * paragraph's index; and the text as it is. The parts determine the article and its lines (a
 * line's index names a paragraph of the text), so equal parts mean equal stored forms. (Making
 * and hashing the whole JSON of each of 30,000 articles took ~2 s of adding one page to them.)
 */
export function payloadParts(a: Article, lines: ArticleLine[]): string[] {
  // (The rest keeps the article's own key order: every article is built by assemble, in one order.)
  const { text, ...rest } = a;
  const paragraphs = text.split('\n\n');
  let next = 0;
  const compact = lines.map((l) => [l.line, l.class, l.removed, next < paragraphs.length && l.text === paragraphs[next] ? next++ : l.text]);
  return [JSON.stringify(rest), JSON.stringify(compact), text];
}

/**
 * Finds or stores payloads in a table of them (id, hash, and `columns`): idOf hashes the version
 * and the parts given, and only when no row has that hash makes the columns' values and stores
 * them (then calls `added` with the new row's id). Looked up before inserting, not INSERT OR
 * IGNORE: the id is needed either way, and the stored forms cost more to make than a lookup.
 */
function payloadWriter(db: Database, table: string, columns: string, version: string) {
  const find = db.prepare(`SELECT id FROM ${table} WHERE hash = ?`).pluck();
  const insert = db.prepare(`INSERT INTO ${table} (hash, ${columns}) VALUES (?${', ?'.repeat(columns.split(',').length)})`);
  return {
    idOf(hashed: string[], values: () => unknown[], added?: (id: number) => void): number {
      // As UTF-16 (the version, then NUL, which JSON text never holds, before each part): as
      // unambiguous as UTF-8, and faster to hash for text with any character past U+00FF (most
      // of ours: curly quotes, Arabic names), which V8 then holds as UTF-16 already.
      const hash = createHash('sha256').update(version, 'utf16le');
      for (const part of hashed) hash.update('\u0000', 'utf16le').update(part, 'utf16le');
      const digest = hash.digest();
      const found = find.get(digest) as number | undefined;
      if (found !== undefined) return found;
      const id = Number(insert.run(digest, ...values()).lastInsertRowid);
      added?.(id);
      return id;
    },
  };
}

/**
 * Deletes a stored corpus's rows (the caller holds the transaction, and deletes its row in
 * corpora), and the payloads no other corpus uses: only those of its own rows are looked at,
 * each through the index of the rows using a payload, so pruning costs what the corpus holds.
 */
export function dropCorpusRows(db: Database, corpus: number): void {
  // (better-sqlite3 binds a parameter used twice by name, not by number.)
  const unshared = (rows: string) => `SELECT DISTINCT r.payload FROM ${rows} r WHERE r.corpus = @corpus AND NOT EXISTS (SELECT 1 FROM ${rows} o WHERE o.payload = r.payload AND o.corpus != @corpus)`;
  db.prepare(`DELETE FROM payload_names WHERE payload IN (${unshared('articles')})`).run({ corpus });
  db.prepare(`DELETE FROM article_json WHERE payload IN (${unshared('articles')})`).run({ corpus });
  db.prepare(`DELETE FROM article_payloads WHERE id IN (${unshared('articles')})`).run({ corpus });
  db.prepare(`DELETE FROM entity_payloads WHERE id IN (${unshared('entities')})`).run({ corpus });
  for (const table of ['articles', 'entities', 'date_mentions']) db.prepare(`DELETE FROM ${table} WHERE corpus = ?`).run(corpus);
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
  detailsOf(seq: number, payload: number, batch: Batch): Details;
  jsonOf(seq: number, payload: number, batch: Batch): Buffer;
  linesOf(payload: number): ArticleLine[];
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
  /** Its row in article_payloads. */
  readonly #payload: number;
  readonly #parts: StoredParts;
  readonly #batch: Batch;

  constructor(h: ArticleRow, parts: StoredParts, batch: Batch) {
    [this.seq, this.id, this.source, this.title, this.date, this.dateSource, this.dateText] = h;
    this.#payload = h[8];
    this.duplicates = h[7] === '[]' ? [] : (JSON.parse(h[7]) as string[]);
    this.#parts = parts;
    this.#batch = batch;
  }

  get dates(): Article['dates'] {
    return this.#parts.detailsOf(this.seq, this.#payload, this.#batch)[0];
  }
  get people(): Article['people'] {
    return this.#parts.detailsOf(this.seq, this.#payload, this.#batch)[1];
  }
  get places(): Article['places'] {
    return this.#parts.detailsOf(this.seq, this.#payload, this.#batch)[2];
  }
  get organizations(): Article['organizations'] {
    return this.#parts.detailsOf(this.seq, this.#payload, this.#batch)[3];
  }
  /** Read from its JSON (texts are not stored twice). */
  get text(): string {
    return (JSON.parse(this.#parts.jsonOf(this.seq, this.#payload, this.#batch).toString('utf8')) as Article).text;
  }
  /** Not in the JSON (toJSON leaves it out), as on an assembled article. */
  get lines(): ArticleLine[] {
    return this.#parts.linesOf(this.#payload);
  }

  /** Its JSON as stored, when it is an article of the corpus read with these parts. */
  storedJson(parts: StoredParts): Buffer | undefined {
    return parts === this.#parts ? parts.jsonOf(this.seq, this.#payload, this.#batch) : undefined;
  }

  toJSON(): Article {
    const { id, source, title, date, dateSource, dateText, dates, people, places, organizations, text, duplicates } = this;
    return { id, source, title, date, dateSource, dateText, dates, people, places, organizations, text, duplicates };
  }
}

/** An article row's columns, as listing reads them. */
type ArticleRow = [number, string, string, string, string | null, Article['dateSource'], string | null, string, number];
const ARTICLE_COLUMNS = 'seq, id, source, title, date, date_source, date_text, duplicates, payload';

/** Where an article payload's columns are, and the column that names the payload there. */
const PAYLOAD_TABLES = { details: 'article_payloads', json: 'article_json' } as const;
const PAYLOAD_KEYS = { details: 'id', json: 'payload' } as const;

/** Closes a connection once nothing can read through it any more (see corpusFromRows). */
const closeWhenUnreachable = new FinalizationRegistry<Database>((db) => {
  if (db.open) db.close();
});

/**
 * Builds a Corpus from the rows of stored corpus `corpus`. Nothing but the head is read until
 * asked for: `articles` and `entities` read every row when first used; `index` answers a
 * command's question with the rows it needs (see CorpusIndex). With `ownsConnection`, `db` is
 * the corpus's own (a snapshot: see openSnapshot), closed once neither the corpus nor any of its
 * articles can be reached.
 */
export function corpusFromRows(db: Database, corpus: number, head: CorpusHead, ownsConnection = false): Corpus {
  // Statements prepared once, when first needed.
  const statements = new Map<string, Statement>();
  const sql = (text: string) => statements.get(text) ?? statements.set(text, db.prepare(text)).get(text)!;
  const cached = { details: new Map<number, string | Details>(), json: new Map<number, Buffer>() };

  /** A column of an article, read alone or with its batch's (see SINGLE_READS). */
  const columnOf = <C extends 'details' | 'json'>(column: C, seq: number, payload: number, batch: Batch): NonNullable<ReturnType<(typeof cached)[C]['get']>> => {
    const known = cached[column] as Map<number, unknown>;
    if (!known.has(seq)) {
      if (batch.singles[column] < SINGLE_READS) {
        batch.singles[column]++;
        known.set(seq, sql(`SELECT ${column} FROM ${PAYLOAD_TABLES[column]} WHERE ${PAYLOAD_KEYS[column]} = ?`).pluck().get(payload));
      } else {
        const read = `SELECT a.seq, p.${column} FROM articles a JOIN ${PAYLOAD_TABLES[column]} p ON p.${PAYLOAD_KEYS[column]} = a.payload WHERE a.corpus = ?`;
        const rows = (batch.seqs ? sql(`${read} AND a.seq IN (SELECT value FROM json_each(?))`).raw().all(corpus, JSON.stringify(batch.seqs)) : sql(read).raw().all(corpus)) as [number, unknown][];
        for (const [s, value] of rows) if (!known.has(s)) known.set(s, value);
      }
    }
    return known.get(seq) as NonNullable<ReturnType<(typeof cached)[C]['get']>>;
  };
  const parts: StoredParts = {
    detailsOf(seq, payload, batch) {
      const d = columnOf('details', seq, payload, batch);
      if (typeof d !== 'string') return d;
      const parsed = JSON.parse(d) as Details;
      cached.details.set(seq, parsed);
      return parsed;
    },
    jsonOf: (seq, payload, batch) => columnOf('json', seq, payload, batch),
    linesOf: (payload) => JSON.parse(sql('SELECT lines FROM article_payloads WHERE id = ?').pluck().get(payload) as string) as ArticleLine[],
  };
  // (Every reader holds `parts`: the corpus through its closures, each article itself.)
  if (ownsConnection) closeWhenUnreachable.register(parts, db);
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
      // The summaries only: an entity's mentions and article ids (ICESCO's are MBs) are read when
      // first used, alone or with those of the whole list (see SINGLE_READS).
      const read = 'SELECT e.payload, p.summary FROM entities e JOIN entity_payloads p ON p.id = e.payload WHERE e.corpus = ?';
      const rows = (type ? sql(`${read} AND e.type = ? ORDER BY e.seq`).raw().all(corpus, type) : sql(`${read} ORDER BY e.seq`).raw().all(corpus)) as [number, string][];
      const batch = { type, singles: 0 };
      entitiesByType.set(type ?? 'all', (found = rows.map(([payload, summary]) => entityOf(summary, () => entityRest(payload, batch)))));
    }
    return found;
  };
  /** An entity payload's mentions and article ids, read alone or with its list's. */
  const restOfEntity = new Map<number, [string, string]>();
  const entityRest = (payload: number, batch: { type?: EntityType; singles: number }): [string, string] => {
    if (!restOfEntity.has(payload)) {
      if (batch.singles++ < SINGLE_READS) restOfEntity.set(payload, sql('SELECT mentions, article_ids FROM entity_payloads WHERE id = ?').raw().get(payload) as [string, string]);
      else {
        const read = 'SELECT e.payload, p.mentions, p.article_ids FROM entities e JOIN entity_payloads p ON p.id = e.payload WHERE e.corpus = ?';
        const rows = (batch.type ? sql(`${read} AND e.type = ?`).raw().all(corpus, batch.type) : sql(read).raw().all(corpus)) as [number, string, string][];
        for (const [p, mentions, ids] of rows) if (!restOfEntity.has(p)) restOfEntity.set(p, [mentions, ids]);
      }
    }
    return restOfEntity.get(payload)!;
  };

  const index: CorpusIndex = {
    articles(query, limit) {
      const where = articleConditions(query);
      if (limit !== undefined) where.params.push(limit);
      return picked(rowsWhere(`${where.sql} ORDER BY rank${limit !== undefined ? ' LIMIT ?' : ''}`, ...where.params));
    },
    dateCounts(query) {
      const where = articleConditions(query);
      const rows = sql(`SELECT date, count(*) FROM articles WHERE corpus = ? AND date IS NOT NULL ${where.sql} GROUP BY date`).raw().all(corpus, ...where.params) as [string, number][];
      return new Map(rows);
    },
    articleCount: () => sql('SELECT count(*) FROM articles WHERE corpus = ?').pluck().get(corpus) as number,
    articlesWithIds: (ids) => picked(rowsWhere('AND id IN (SELECT value FROM json_each(?)) ORDER BY seq', JSON.stringify(ids))),
    articlesNaming(entity) {
      // Three narrow reads instead of every article's details parsed here: the articles' columns
      // (found by id), the names their payloads carry (payload_names, counted by SQLite), and a
      // person's entries of their details.
      const rows = (sql('SELECT seq, payload, id, date, title FROM articles INDEXED BY articles_by_id WHERE corpus = ? AND id IN (SELECT value FROM json_each(?))').raw().all(corpus, JSON.stringify(entity.articleIds)) as [number, number, string, string | null, string][]).sort((a, b) => a[0] - b[0]);
      const payloads = JSON.stringify(rows.map((r) => r[1]));
      const names: ArticlesNaming['names'] = { people: new Map(), places: new Map(), organizations: new Map() };
      const listOf = { person: names.people, place: names.places, organization: names.organizations } as const;
      for (const [type, name, n] of sql('SELECT type, name, count(*) FROM payload_names WHERE payload IN (SELECT value FROM json_each(?)) GROUP BY type, name').raw().all(payloads) as [EntityType, string, number][]) listOf[type].set(name, n);
      const roles: ArticlesNaming['roles'] = [];
      if (entity.type === 'person') {
        const given = new Map<number, string[][]>();
        for (const [payload, r] of sql("SELECT d.id, json_extract(p.value, '$.roles') FROM article_payloads d, json_each(d.details, '$[1]') p WHERE d.id IN (SELECT value FROM json_each(?)) AND json_extract(p.value, '$.name') = ? ORDER BY d.id, p.key").raw().all(payloads, entity.name) as [number, string | null][])
          (given.get(payload) ?? given.set(payload, []).get(payload)!).push(r ? (JSON.parse(r) as string[]) : []);
        for (const [, payload, , date] of rows) for (const r of given.get(payload) ?? []) roles.push({ date, roles: [...new Set(r)] });
      }
      const articles = rows.map(([, , id, date, title]) => ({ id, date, title }));
      return { articles, names, roles };
    },
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
      // (Keys in the order listDates gives them: the mention's, then the article's; added to the
      // parsed mention rather than copied with it into another object, for thousands of rows.)
      return rows.map(([mention, article, title, articleDate, relation]) => {
        const row = JSON.parse(mention) as DateRow;
        row.article = article;
        row.title = title;
        row.articleDate = articleDate;
        row.relation = relation;
        return row;
      });
    },
  };

  const stored = {
    get articles() {
      return (articles ??= articlesOf(rowsWhere('ORDER BY seq'), null));
    },
    get boilerplate() {
      return head.boilerplate;
    },
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
function articleConditions(query: ArticleQuery): ReturnType<typeof conditions> {
  const where = conditions();
  if (query.since) where.and('date >= ?', query.since);
  if (query.until) where.and('date <= ?', query.until);
  for (const [type, names] of [['person', query.people], ['place', query.places], ['organization', query.organizations]] as const)
    if (names) where.and('payload IN (SELECT payload FROM payload_names WHERE type = ? AND name IN (SELECT value FROM json_each(?)))', type, JSON.stringify([...names]));
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
export interface PackedMentions {
  texts: string[];
  /** Per mention, its index in `texts`, then its article's index in the entity's articleIds. */
  pairs: number[];
}

/**
 * Entities whose mentions were made packed (an update appending to a stored entity's): packed as
 * they are, and their summary stored without reading the mentions (see withoutLists).
 */
export const prepacked = new WeakMap<EntitySummary, PackedMentions>();

/** The summary as stored: its fields in their order, the two long ones null (read without calling their getters). */
function withoutLists(e: EntitySummary): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const k of Object.keys(e)) fields[k] = k === 'mentions' || k === 'articleIds' ? null : e[k as keyof EntitySummary];
  return fields;
}

/**
 * An entity's mentions packed: 270,000 mention objects made 11 of the 13 MB of a 1,000-page
 * corpus's entities. An entity with a mention outside its own articles (not made by merge) keeps
 * them as they are.
 */
export function packMentions(e: EntitySummary): PackedMentions | EntityMention[] {
  const known = prepacked.get(e);
  if (known) return known;
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
 * An entity from its summary: its article ids and mentions read (`rest`), parsed and unpacked
 * when first used, in their places among the keys (JSON.stringify follows the key order).
 */
function entityOf(summary: string, rest: () => [mentions: string, articleIds: string]): EntitySummary {
  const e = JSON.parse(summary) as EntitySummary;
  let ids: string[] | null = null;
  const idsOf = () => (ids ??= JSON.parse(rest()[1]) as string[]);
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
  settle('mentions', () => unpackMentions(JSON.parse(rest()[0]) as PackedMentions | EntityMention[], idsOf()));
  return e;
}

/** An entity's mentions from their stored form (see packMentions), given its article ids. */
export function unpackMentions(packed: PackedMentions | EntityMention[], articleIds: string[]): EntityMention[] {
  if (Array.isArray(packed)) return packed;
  const list: EntityMention[] = [];
  for (let k = 0; k < packed.pairs.length; k += 2) list.push({ text: packed.texts[packed.pairs[k]], article: articleIds[packed.pairs[k + 1]] });
  return list;
}
