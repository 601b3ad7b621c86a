/**
 * The SQLite database behind the cache (better-sqlite3, loaded on first use: a run without the
 * cache never loads the native module). One file in the cache directory, in WAL mode: a writer
 * commits whole transactions or nothing (a killed run leaves the last committed state), readers
 * see a consistent snapshot while another run writes, and two runs on one cache wait for each
 * other's write lock instead of failing.
 */
import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';

export type Database = BetterSqlite3.Database;
export type Statement = BetterSqlite3.Statement;

/** The database's file name in the cache directory. */
export const STORE_FILE = 'store.sqlite';
/** The files SQLite keeps beside a database: its write-ahead log, its shared index, a rollback journal. */
export const SIDE_FILES = ['-wal', '-shm', '-journal'];

/**
 * The layout version (PRAGMA user_version). A database of another layout is emptied and laid out
 * afresh: nothing in it is worth migrating, everything can be recomputed from the pages.
 */
const LAYOUT = 9;

/** How long a run waits for another run's write to finish before giving up on the cache. */
const BUSY_MS = 120_000;

let driver: typeof BetterSqlite3 | null = null;

/** better-sqlite3, required on first use (synchronously: the cache's API is synchronous). */
function sqlite(): typeof BetterSqlite3 {
  return (driver ??= createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3);
}

/** Is this error SQLite saying the file is damaged or is no database? Such a database is rebuilt, never trusted. */
export function isDamage(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

/** A database found damaged (by PRAGMA quick_check or by SQLite while reading it). */
export class DamagedStoreError extends Error {
  constructor(readonly file: string, detail: string) {
    super(`${file}: damaged database (${detail})`);
    this.name = 'DamagedStoreError';
  }
}

const SCHEMA = `
  -- Per page, the expensive readings of its articles (JSON: article key -> ArticleAnalysis).
  CREATE TABLE page_analyses (
    key TEXT PRIMARY KEY,
    version TEXT NOT NULL,
    articles TEXT NOT NULL
  );
  -- What a set of input files (by path and stat) was found to be.
  CREATE TABLE inputs (
    fingerprint TEXT PRIMARY KEY,
    version TEXT NOT NULL,
    corpus_key TEXT NOT NULL,
    warnings TEXT NOT NULL,
    used REAL NOT NULL
  );
  -- Assembled corpora, by a key of their pages and of all the code.
  CREATE TABLE corpora (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    version TEXT NOT NULL,
    pages INTEGER NOT NULL,
    warnings TEXT NOT NULL,
    boilerplate TEXT NOT NULL,
    used REAL NOT NULL
  );
  -- A corpus's articles, in page order (seq): the columns listing and sorting read; rank is the
  -- place in a listing, newest first; payload is the id of its rows in article_payloads and
  -- article_json, which hold the rest. (Narrow rows: picking articles never reads their bodies.)
  CREATE TABLE articles (
    corpus INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    id TEXT NOT NULL,
    source TEXT NOT NULL,
    title TEXT NOT NULL,
    date TEXT,
    date_source TEXT,
    date_text TEXT,
    duplicates TEXT NOT NULL,
    rank INTEGER NOT NULL,
    payload INTEGER NOT NULL,
    PRIMARY KEY (corpus, seq)
  ) WITHOUT ROWID;
  CREATE INDEX articles_by_id ON articles (corpus, id);
  CREATE INDEX articles_by_date ON articles (corpus, date);
  CREATE INDEX articles_by_rank ON articles (corpus, rank);
  -- (Its entries hold the key too: payload, corpus, seq.)
  CREATE INDEX articles_by_payload ON articles (payload);
  -- What articles carry besides their columns, stored once for every corpus that holds an
  -- article of these very bytes (hash: SHA-256 of the code version, and of its compact JSON and
  -- lines in the shorter form of store.ts's payloadParts): its date mentions, people, places and
  -- organizations ([dates, people, places, organizations] as JSON), and its page lines (JSON,
  -- last: only show --lines reads them).
  CREATE TABLE article_payloads (
    id INTEGER PRIMARY KEY,
    hash BLOB NOT NULL UNIQUE,
    details TEXT NOT NULL,
    lines TEXT NOT NULL
  );
  -- A payload's article's JSON exactly as --json prints it (2-space indented, inside an array);
  -- apart, so that reading either it or the details never reads through the other.
  CREATE TABLE article_json (
    payload INTEGER PRIMARY KEY,
    json BLOB NOT NULL
  );
  -- Which (type, name) the people, places and organizations of a payload's article carry.
  CREATE TABLE payload_names (
    payload INTEGER NOT NULL,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (payload, type, name)
  ) WITHOUT ROWID;
  CREATE INDEX payload_names_by_name ON payload_names (type, name);
  -- Corpus-wide entities, in the corpus's order; forms are the name and aliases (JSON); payload
  -- is the row of entity_payloads holding the rest.
  CREATE TABLE entities (
    corpus INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    aliases TEXT NOT NULL,
    payload INTEGER NOT NULL,
    PRIMARY KEY (corpus, seq)
  ) WITHOUT ROWID;
  CREATE INDEX entities_by_type ON entities (corpus, type);
  CREATE INDEX entities_by_name ON entities (corpus, type, name);
  CREATE INDEX entities_by_payload ON entities (payload);
  -- An entity's summary without its mentions and article ids (JSON), its mentions packed as
  -- indexes, and its article ids (JSON), stored once for every corpus holding these very bytes
  -- (hash: SHA-256 of the three).
  CREATE TABLE entity_payloads (
    id INTEGER PRIMARY KEY,
    hash BLOB NOT NULL UNIQUE,
    summary TEXT NOT NULL,
    mentions TEXT NOT NULL,
    article_ids TEXT NOT NULL
  );
  -- Every date mention, with its article; rank is its place in the dates listing.
  CREATE TABLE date_mentions (
    corpus INTEGER NOT NULL,
    rank INTEGER NOT NULL,
    article INTEGER NOT NULL,
    start TEXT NOT NULL,
    relation TEXT,
    future INTEGER NOT NULL,
    warned INTEGER NOT NULL,
    -- the mention as JSON (a DateMention)
    mention TEXT NOT NULL,
    PRIMARY KEY (corpus, rank)
  ) WITHOUT ROWID;
  CREATE INDEX date_mentions_by_start ON date_mentions (corpus, start);
  CREATE INDEX date_mentions_by_article ON date_mentions (corpus, article);
  -- The state of the last corpus assembled, for updating it (update/state.ts).

  CREATE TABLE update_head (
    one INTEGER PRIMARY KEY CHECK (one = 1),
    corpus_key TEXT NOT NULL,
    version TEXT NOT NULL,
    day TEXT NOT NULL,
    -- what dating asked of the day, and the years it answered (JSON: WeekdayAnswer[])
    day_answers TEXT NOT NULL
  );
  CREATE TABLE update_pages (
    id INTEGER PRIMARY KEY,
    -- its place in page order
    seq INTEGER NOT NULL,
    source TEXT NOT NULL,
    name TEXT NOT NULL,
    page_key TEXT NOT NULL,
    -- a page read from a file of its own: the file's stat, the page's name before any
    -- disambiguation, and its decoding warning (a file of the same stat is not read again)
    stat TEXT,
    file_name TEXT,
    file_warning TEXT,
    -- JSON: the page's line keys, each once
    keys TEXT NOT NULL,
    no_article INTEGER NOT NULL,
    -- JSON: what dating its articles warned of (InputWarning[])
    warnings TEXT NOT NULL,
    -- JSON: its chrome lines (the report without a removed page), one per distinct line, in line
    -- order: [first text, reason, occurrences] (corpus.ts's PageChrome)
    chrome TEXT NOT NULL
  );
  CREATE INDEX update_pages_by_source ON update_pages (source);
  CREATE TABLE update_line_pages (key TEXT PRIMARY KEY, pages INTEGER NOT NULL) WITHOUT ROWID;
  CREATE TABLE update_recurrence (body TEXT NOT NULL, title TEXT NOT NULL, PRIMARY KEY (body, title)) WITHOUT ROWID;
  CREATE INDEX update_recurrence_by_title ON update_recurrence (title);
  CREATE TABLE update_articles (
    id TEXT PRIMARY KEY,
    -- its page (update_pages.id), and its place there
    page INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    -- the analysis key (page_analyses)
    akey TEXT NOT NULL,
    -- the title line, as folding compares it
    title TEXT NOT NULL,
    -- JSON: DedupeFeatures
    features TEXT NOT NULL,
    -- JSON: the places its title names
    title_places TEXT NOT NULL,
    -- an article too short for a sketch: its words, as one key (folded by equality)
    exact TEXT,
    -- the article it is folded into; its own id when kept
    root TEXT NOT NULL,
    -- a folded article's text (a kept one's is in the corpus)
    text TEXT
  ) WITHOUT ROWID;
  CREATE INDEX update_articles_by_exact ON update_articles (exact) WHERE exact IS NOT NULL;
  CREATE INDEX update_articles_by_root ON update_articles (root);
  -- (An article's place alone, found by id without reading its wide row: its features, its text.)
  CREATE INDEX update_articles_place ON update_articles (id, page, idx);
  -- (A removed page's articles.)
  CREATE INDEX update_articles_by_page ON update_articles (page);
  CREATE TABLE update_bands (band INTEGER NOT NULL, bucket INTEGER NOT NULL, id TEXT NOT NULL, PRIMARY KEY (band, bucket, id)) WITHOUT ROWID;
  CREATE TABLE update_pairs (a TEXT NOT NULL, b TEXT NOT NULL, PRIMARY KEY (a, b)) WITHOUT ROWID;
  CREATE INDEX update_pairs_by_b ON update_pairs (b);
  CREATE TABLE update_acronyms (acronym TEXT NOT NULL, full TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (acronym, full)) WITHOUT ROWID;
  CREATE TABLE update_non_org (acronym TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
  CREATE TABLE update_votes (city TEXT NOT NULL, country TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (city, country)) WITHOUT ROWID;
  -- (person: the signature of the person the full name is, under the counts kept: see update/merge.ts)
  CREATE TABLE update_names (form TEXT PRIMARY KEY, articles INTEGER NOT NULL, mentions INTEGER NOT NULL, full_mentions INTEGER NOT NULL, person TEXT NOT NULL) WITHOUT ROWID;
  -- per family name of a full name: the signature of the person a bare family name means
  CREATE TABLE update_families (family TEXT PRIMARY KEY, person TEXT NOT NULL) WITHOUT ROWID;
  CREATE TABLE update_name_articles (form TEXT NOT NULL, article TEXT NOT NULL, PRIMARY KEY (form, article)) WITHOUT ROWID;
  CREATE TABLE update_lone (word TEXT NOT NULL, form TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (word, form)) WITHOUT ROWID;
  CREATE TABLE update_keys (key TEXT NOT NULL, article TEXT NOT NULL, PRIMARY KEY (key, article)) WITHOUT ROWID;
  CREATE TABLE update_roles (article TEXT NOT NULL, role TEXT NOT NULL, PRIMARY KEY (article, role)) WITHOUT ROWID;
  CREATE INDEX update_roles_by_role ON update_roles (role);
  CREATE TABLE update_entities (type TEXT NOT NULL, name TEXT NOT NULL, first_article TEXT NOT NULL, first_note INTEGER NOT NULL, role_date TEXT, PRIMARY KEY (type, name)) WITHOUT ROWID;
`;

/** The tables of the update state (update/state.ts). */
export const STATE_TABLES = ['update_head', 'update_pages', 'update_line_pages', 'update_recurrence', 'update_articles', 'update_bands', 'update_pairs', 'update_acronyms', 'update_non_org', 'update_votes', 'update_names', 'update_families', 'update_name_articles', 'update_lone', 'update_keys', 'update_roles', 'update_entities'];

/**
 * Opens (creating when missing) the database in `file`: WAL, the current layout. Throws
 * DamagedStoreError when the file is damaged or no database; other errors (a read-only or full
 * directory) as SQLite gives them.
 */
export function openStore(file: string): Database {
  return whileBusy(() => openOnce(file));
}

/**
 * A connection of its own to the database in `file` (which exists, laid out), holding a read
 * transaction from its first read until it is closed: it reads the database as it was then,
 * whatever other runs (or this one) commit meanwhile — a stored corpus read row by row, on first
 * use, stays the corpus it was even when an update rewrites it in place. Null when the database
 * has another layout. SQLite's errors (a damaged file) are thrown as SQLite gives them.
 */
export function openSnapshot(file: string): Database | null {
  return whileBusy(() => {
    const db = new (sqlite())(file, { timeout: BUSY_MS, fileMustExist: true });
    try {
      db.exec('BEGIN');
      // (This first read of the file starts the read transaction: the snapshot.)
      if (db.pragma('user_version', { simple: true }) === LAYOUT) return db;
      db.close();
      return null;
    } catch (e) {
      db.close();
      throw e;
    }
  });
}

/**
 * Runs `open` again while SQLite answers SQLITE_BUSY without waiting, until `ms` have passed. Two
 * runs creating one database at once can meet so: one switching it to WAL (an exclusive lock)
 * while the other, reading it, asks for a write lock — SQLite refuses the second at once rather
 * than let them wait for each other (its busy timeout is not used), and a run's cache write
 * failed with SQLITE_BUSY. The first run's switch takes milliseconds.
 */
export function whileBusy<T>(open: () => T, ms = BUSY_MS, pauseMs = 25): T {
  const until = Date.now() + ms;
  for (;;) {
    try {
      return open();
    } catch (e) {
      const code = (e as { code?: unknown })?.code;
      if (typeof code !== 'string' || !code.startsWith('SQLITE_BUSY') || Date.now() >= until) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, pauseMs);
    }
  }
}

function openOnce(file: string): Database {
  const Sqlite = sqlite();
  let db: Database | null = null;
  try {
    db = new Sqlite(file, { timeout: BUSY_MS });
    // (NORMAL in WAL mode: a committed transaction survives a killed process; only a power cut
    // may lose the last ones, never the database.)
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // The log is emptied at each checkpoint but keeps its size: bounded here.
    db.pragma('journal_size_limit = 67108864');
    if (db.pragma('user_version', { simple: true }) !== LAYOUT) layOut(db);
    return db;
  } catch (e) {
    db?.close();
    if (isDamage(e)) throw new DamagedStoreError(file, (e as Error).message);
    throw e;
  }
}

/** Replaces whatever layout the database has (none, or an older one) with the current one, in one transaction. */
function layOut(db: Database): void {
  db.transaction(() => {
    // Another run may have laid it out while this one waited for the lock.
    if (db.pragma('user_version', { simple: true }) === LAYOUT) return;
    const existing = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
    for (const t of existing) db.exec(`DROP TABLE "${t.replace(/"/g, '""')}"`);
    db.exec(SCHEMA);
    db.pragma(`user_version = ${LAYOUT}`);
  }).immediate();
}

/**
 * PRAGMA quick_check of the database in `file`, run in a worker thread on a read-only connection
 * of its own, so that the check (seconds for a large cache) overlaps the caller's work. Resolves
 * with the check's lines ("ok" alone when sound), or rejects with SQLite's error.
 */
export async function quickCheckAside(file: string): Promise<string[]> {
  const { Worker } = await import('node:worker_threads');
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     let out;
     try {
       const db = new (require(workerData.driver))(workerData.file, { readonly: true, fileMustExist: true });
       out = { verdict: db.pragma('quick_check').map((r) => r.quick_check) };
       db.close();
     } catch (e) {
       out = { error: { message: e.message, code: e.code } };
     }
     parentPort.postMessage(out);`,
    { eval: true, workerData: { file, driver } },
  );
  try {
    const out = await new Promise<{ verdict?: string[]; error?: { message: string; code?: string } }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    if (out.error) throw Object.assign(new Error(out.error.message), { code: out.error.code });
    return out.verdict!;
  } finally {
    void worker.terminate();
  }
}

/**
 * Runs PRAGMA quick_check (every page's structure, every record's format); throws
 * DamagedStoreError unless it says ok.
 */
export function checkStore(db: Database, file: string): void {
  let verdict: string[];
  try {
    verdict = (db.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check);
  } catch (e) {
    if (isDamage(e)) throw new DamagedStoreError(file, (e as Error).message);
    throw e;
  }
  if (verdict.length !== 1 || verdict[0] !== 'ok') throw new DamagedStoreError(file, verdict.slice(0, 3).join('; '));
}
