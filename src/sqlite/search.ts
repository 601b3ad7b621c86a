/**
 * Full-text search over a corpus's articles with SQLite FTS5: the user's query made safe
 * (ftsQuery), the search index found or built (openSearchIndex: kept beside the corpus in the
 * cache, or in memory), and the ranked hits with highlighted snippets (searchIndex).
 */
import { existsSync, readdirSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UsageError } from '../errors.js';
import { nameMatches, type ArticleFilter } from '../commands/filters.js';
import type { Corpus, EntityType } from '../types.js';
import { openDatabase, sqliteCode, type Database } from './driver.js';
import { fillDatabase, writeDatabaseFile } from './export.js';
import { SCHEMA_VERSION } from './schema.js';

/** Around a matched word in a snippet or title: private-use characters, which no page holds, turned into colour or [ ] by the renderer. */
export const HIT_START = '\uE000';
export const HIT_END = '\uE001';

/** Operators a query may use (upper case; lower-case "and", "or", "not" are words). */
const OPERATORS = new Set(['AND', 'OR', 'NOT']);
/** A parenthesis, or a quoted phrase or a word, optionally limited to a column (title:word, text:"a phrase"). */
const TOKEN = /\s*(?:(\()|(\))|(?:(title|text):)?("[^"]*"?|[^\s()"]+))/gy;
/** A word must hold a letter or a digit to be searchable (the tokenizer drops the rest). */
const SEARCHABLE = /[\p{L}\p{N}]/u;

/**
 * The FTS5 query for what a user typed. Every word is quoted, so punctuation, hyphens and FTS5's
 * own keywords are never syntax ("Director-General", "near", "C++"). Accepted: words (all must
 * occur), "exact phrases", prefix* , AND / OR / NOT between terms (upper case), parentheses, and
 * title: or text: before a term. Anything else that FTS5 would reject — an unbalanced quote or
 * parenthesis, an operator without a term on each side — is a UsageError saying so.
 */
export function ftsQuery(input: string): string {
  const out: string[] = [];
  let expectTerm = true; // at the start, after an operator or "("
  let depth = 0;
  let lastOperator = '';
  TOKEN.lastIndex = 0;
  const rest = input.trim();
  while (TOKEN.lastIndex < rest.length) {
    const m = TOKEN.exec(rest);
    if (!m) break; // only white space is left
    const [, open, close, column, word] = m;
    if (open) {
      if (!expectTerm) out.push('AND');
      out.push('(');
      depth++;
      expectTerm = true;
    } else if (close) {
      if (depth === 0) throw new UsageError(`the query has a ')' without its '(': ${input}`);
      if (expectTerm) throw new UsageError(out[out.length - 1] === '(' ? `the query has empty parentheses: ${input}` : `'${lastOperator}' needs a term on each side: ${input}`);
      out.push(')');
      depth--;
    } else if (!column && OPERATORS.has(word)) {
      if (expectTerm) throw new UsageError(`'${word}' needs a term on each side (lower case '${word.toLowerCase()}' searches for the word): ${input}`);
      out.push(word);
      lastOperator = word;
      expectTerm = true;
    } else {
      const phrase = word.startsWith('"');
      if (phrase && (word.length < 2 || !word.endsWith('"'))) throw new UsageError(`the query has an unclosed quote: ${input}`);
      const prefix = !phrase && word.length > 1 && word.endsWith('*');
      const words = phrase ? word.slice(1, -1) : prefix ? word.slice(0, -1) : word;
      if (!SEARCHABLE.test(words)) {
        if (phrase) throw new UsageError(`the phrase ${word} has no word to search for`);
        continue; // a lone dash or a stray symbol: nothing the index holds
      }
      if (!expectTerm) out.push('AND');
      out.push(`${column ? `${column} : ` : ''}"${words.replace(/"/g, '""')}"${prefix ? ' *' : ''}`);
      expectTerm = false;
    }
  }
  if (depth > 0) throw new UsageError(`the query has a '(' without its ')': ${input}`);
  if (out.length === 0) throw new UsageError(`the query has no word to search for: '${input}'`);
  if (expectTerm) throw new UsageError(`'${lastOperator}' needs a term on each side: ${input}`);
  return out.join(' ');
}

export interface IndexOptions {
  /** Keep the index beside the corpus in the cache (false: build it in memory). */
  store: boolean;
  icescoVersion: string;
  /** Awaited between steps of a build, so that Ctrl-C is taken. */
  pause?: () => Promise<void>;
  /** Told when the index could not be stored (the search goes on in memory). */
  warn?: (message: string) => void;
}

/** Search indexes kept in the cache: those of the corpora searched last. */
const KEEP_INDEXES = 4;

/**
 * The search index of a corpus read back from the cache: `search-<corpus key>.sqlite` in the
 * cache's directory (`cache clear` removes it); null for a corpus not read from the cache.
 */
export function storedIndexFile(corpus: Corpus): string | null {
  return corpus.storedAs ? indexFileIn(corpus.storedAs.dir, corpus.storedAs.key) : null;
}

const indexFileIn = (dir: string, corpusKey: string) => join(dir, `search-${corpusKey.slice(0, 32)}.sqlite`);

/**
 * Moves a corpus's stored index to the key the same corpus is stored under now (a new day with
 * the same pages: update.ts), so that the day's first search does not build it again. Best
 * effort: an index missing, or one already there, is left as it is.
 */
export function carryIndex(dir: string, fromKey: string, toKey: string): void {
  const from = indexFileIn(dir, fromKey);
  const to = indexFileIn(dir, toKey);
  try {
    if (existsSync(to) || existsSync(`${from}-wal`)) return;
    renameSync(from, to);
  } catch {
    // none stored, or a read-only cache: the first search builds it
  }
}

/**
 * The search database for a corpus: the one stored beside it in the cache when it is whole and
 * of this schema, else a new one, stored there for the next run (or, without a cache, in memory).
 */
export async function openSearchIndex(corpus: Corpus, options: IndexOptions): Promise<Database> {
  const file = options.store ? storedIndexFile(corpus) : null;
  if (file) {
    const dir = dirname(file);
    const articleCount = corpus.index?.articleCount() ?? corpus.articles.length;
    const stored = await openStored(file, articleCount);
    if (stored) {
      touch(file); // used now: kept by the sweep below, which keeps the indexes used last
      return stored;
    }
    sweep(dir);
    try {
      await writeDatabaseFile(corpus, file, { force: true, icescoVersion: options.icescoVersion, pause: options.pause, contents: 'search' });
      const written = await openStored(file, articleCount);
      if (written) return written;
    } catch (e) {
      options.warn?.(`cannot store the search index (${(e as Error).message}); searching in memory`);
    }
  }
  const db = await openDatabase(':memory:');
  await fillDatabase(db, corpus, { icescoVersion: options.icescoVersion, pause: options.pause, contents: 'search' });
  return db;
}

/** The stored index, opened read-only, if it is there, whole, of this schema and of as many articles; else null. */
async function openStored(file: string, articleCount: number): Promise<Database | null> {
  let db: Database;
  try {
    db = await openDatabase(file, { readonly: true });
  } catch {
    return null; // not built yet
  }
  try {
    const version = db.pragma('user_version', { simple: true });
    const count = version === SCHEMA_VERSION ? (db.prepare("SELECT value FROM meta WHERE key = 'article_count'").pluck().get() as string | undefined) : undefined;
    if (count === String(articleCount)) return db;
  } catch (e) {
    if (!sqliteCode(e)) throw e; // a damaged file: rebuilt
  }
  db.close();
  return null;
}

/** A temporary index file a killed run left in a corpus's directory. */
const TEMP_INDEX = /^\.search-[\w.-]+\.sqlite\.(\d+)\.[0-9a-f]{8}\.tmp(?:-journal)?$/;
const INDEX = /^search-[0-9a-f]+\.sqlite$/;

/** Removes the temporary index files of runs that are no longer running. */
function touch(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // a read-only cache: the index is still good to read
  }
}

function sweep(dir: string): void {
  try {
    const indexes: { name: string; used: number }[] = [];
    for (const name of readdirSync(dir)) {
      const pid = Number(TEMP_INDEX.exec(name)?.[1] ?? 0);
      if (pid && pid !== process.pid && !isRunning(pid)) rmSync(join(dir, name), { force: true });
      if (INDEX.test(name)) indexes.push({ name, used: statSync(join(dir, name)).mtimeMs });
    }
    // The indexes of corpora not searched lately go (a reader that has one open keeps reading it).
    indexes.sort((a, b) => b.used - a.used);
    for (const { name } of indexes.slice(KEEP_INDEXES - 1)) for (const end of ['', '-wal', '-shm']) rmSync(join(dir, name + end), { force: true });
  } catch {
    // a read-only cache: nothing to sweep, and nothing will be written
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** One article that answers a query. */
export interface SearchHit {
  id: string;
  date: string | null;
  title: string;
  source: string;
  /** bm25 relevance (higher is better; the title counts ten times the body): comparable within one query only. */
  score: number;
  /** Words of the body around the best match, matched words between HIT_START and HIT_END, white space collapsed. */
  snippet: string;
  /** The title with its matched words marked the same way. */
  markedTitle: string;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Articles that answer, before the limit. */
  total: number;
}

/** Tokens in a snippet (FTS5 allows at most 64). */
const SNIPPET_TOKENS = 24;

/**
 * The articles answering an FTS5 query (see ftsQuery) inside the filter, best first (ties in
 * page order), at most `limit`. Names in the filter are matched as `list` matches them
 * (nameMatches: any alias, a family name alone); a name that matches nothing matches no article.
 */
export function searchIndex(db: Database, match: string, filter: ArticleFilter, limit?: number): SearchResult {
  // Filters narrow the index's rowids (articles.position) through subqueries on indexed
  // columns: joining each match to its articles row (which holds the text) cost ten times the
  // search itself for a word in every article.
  const where = ['articles_fts MATCH @match'];
  const params: Record<string, unknown> = { match };
  if (filter.since || filter.until) {
    // As inPeriod: undated articles are outside a bounded period.
    const period = ['date IS NOT NULL'];
    if (filter.since) (period.push('date >= @since'), (params.since = filter.since));
    if (filter.until) (period.push('date <= @until'), (params.until = filter.until));
    where.push(`articles_fts.rowid IN (SELECT position FROM articles WHERE ${period.join(' AND ')})`);
  }
  const links = { person: ['article_people', 'person_id'], place: ['article_places', 'place_id'], organization: ['article_organizations', 'organization_id'] } as const;
  for (const [type, query] of [['person', filter.person], ['place', filter.place], ['organization', filter.org]] as const) {
    if (query === undefined) continue;
    const ids = entityIds(db, type, query);
    const [table, column] = links[type];
    where.push(`articles_fts.rowid IN (SELECT a.position FROM articles a JOIN ${table} l ON l.article_id = a.id WHERE l.${column} IN (${ids.length ? ids.join(', ') : 'NULL'}))`);
  }
  const matches = `FROM articles_fts WHERE ${where.join(' AND ')}`;
  try {
    const total = db.prepare(`SELECT count(*) ${matches}`).pluck().get(params) as number;
    // The best matches first (FTS5 ranks them itself), then titles and snippets, the costly
    // part, for those only. Ties (equal bm25) keep page order. (CROSS JOIN keeps that order of
    // the loops: left to choose, SQLite scanned every match again for the 20 best, ~90 ms of a
    // word in 7,000 articles, against ~7 ms.)
    const rows = db
      .prepare(
        `WITH best AS (SELECT articles_fts.rowid AS position, articles_fts.rank AS rank ${matches} ORDER BY articles_fts.rank, articles_fts.rowid${limit !== undefined ? ' LIMIT @limit' : ''})
        SELECT a.id, a.date, a.title, a.source, best.rank,
          highlight(articles_fts, 0, @start, @end) AS marked_title, snippet(articles_fts, 1, @start, @end, '…', ${SNIPPET_TOKENS}) AS snippet
        FROM best CROSS JOIN articles_fts ON articles_fts.rowid = best.position CROSS JOIN articles a ON a.position = best.position
        WHERE articles_fts MATCH @match ORDER BY best.rank, best.position`,
      )
      .all({ ...params, start: HIT_START, end: HIT_END, ...(limit !== undefined ? { limit } : {}) }) as { id: string; date: string | null; title: string; source: string; rank: number; marked_title: string; snippet: string }[];
    const hits = rows.map((r) => ({
      id: r.id,
      date: r.date,
      title: r.title,
      source: r.source,
      // bm25 is lower for better matches: negated, so that a bigger score is a better hit.
      score: Number((-r.rank).toPrecision(4)) || 0,
      snippet: r.snippet.replace(/\s+/g, ' ').trim(),
      markedTitle: r.marked_title,
    }));
    return { hits, total };
  } catch (e) {
    // The query is built safe (ftsQuery), but FTS5 is the judge of its syntax.
    if (sqliteCode(e) === 'SQLITE_ERROR' && /fts5|syntax/i.test((e as Error).message)) throw new UsageError(`the query cannot be searched (${(e as Error).message})`);
    throw e;
  }
}

/** The ids of the entities of a type whose name or an alias answers to `query` (see nameMatches). */
function entityIds(db: Database, type: EntityType, query: string): number[] {
  const rows = db
    .prepare("SELECT e.id, e.name, json_group_array(al.alias) FILTER (WHERE al.alias IS NOT NULL) AS aliases FROM entities e LEFT JOIN aliases al ON al.entity_id = e.id WHERE e.type = ? GROUP BY e.id")
    .all(type) as { id: number; name: string; aliases: string }[];
  return rows.filter((r) => nameMatches(query, { name: r.name, aliases: JSON.parse(r.aliases) as string[] })).map((r) => r.id);
}
