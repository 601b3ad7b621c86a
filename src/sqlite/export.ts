/**
 * Writes a corpus into a SQLite database (see schema.ts): into an open database (the search
 * index, in memory or in the cache), or into a file, atomically (a temporary file beside it,
 * then a rename): a crash, a full disk or Ctrl-C never leaves a half-written file under the
 * user's name. Touches no file but the database's own.
 */
import { closeSync, fsyncSync, linkSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Article, Corpus, EntitySummary, EntityType } from '../types.js';
import { openDatabase, sqliteCode, type Database } from './driver.js';
import { BM25_WEIGHTS, INDEXES, SCHEMA_VERSION, TABLES, TRIGGERS } from './schema.js';

/** How many rows of each kind were written. */
export interface WrittenCounts {
  articleCount: number;
  personCount: number;
  placeCount: number;
  organizationCount: number;
  aliasCount: number;
  mentionCount: number;
  dateCount: number;
  duplicateCount: number;
}

export interface FillOptions {
  /** Written into the meta table. */
  icescoVersion: string;
  /** Awaited between steps, so that Ctrl-C is taken during a long write. */
  pause?: () => Promise<void>;
  /**
   * 'search' leaves the mentions and dates tables empty: what a search index needs (articles,
   * entities and their links, for the filters) in a fifth of the time and space.
   */
  contents?: 'all' | 'search';
}

/** Rows per step between pauses. */
const STEP = 2000;

/**
 * Creates the schema in an empty database and writes the corpus into it, in one transaction:
 * the database holds either the whole corpus or nothing.
 */
export async function fillDatabase(db: Database, corpus: Corpus, options: FillOptions): Promise<WrittenCounts> {
  const pause = options.pause ?? (() => Promise.resolve());
  db.pragma('foreign_keys = ON');
  db.exec('BEGIN');
  try {
    for (const sql of [...TABLES, ...TRIGGERS]) db.exec(sql);
    const full = (options.contents ?? 'all') === 'all';
    const counts = await writeRows(db, corpus, pause, full);
    for (const sql of INDEXES) db.exec(sql);
    // The rank every query (and Datasette) orders by: bm25 with the title weighted.
    db.prepare("INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', ?)").run(`bm25(${BM25_WEIGHTS.join(', ')})`);
    db.exec("INSERT INTO articles_fts (articles_fts) VALUES ('optimize')");
    const meta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
    meta.run('schema_version', String(SCHEMA_VERSION));
    meta.run('icesco_version', options.icescoVersion);
    meta.run('page_count', String(corpus.pages));
    meta.run('article_count', String(counts.articleCount));
    meta.run('contents', full ? 'all' : 'search');
    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length) throw new Error(`${broken.length} rows refer to nothing (foreign key check)`);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
    db.exec('COMMIT');
    return counts;
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw e;
  }
}

async function writeRows(db: Database, corpus: Corpus, pause: () => Promise<void>, full: boolean): Promise<WrittenCounts> {
  const counts: WrittenCounts = { articleCount: 0, personCount: 0, placeCount: 0, organizationCount: 0, aliasCount: 0, mentionCount: 0, dateCount: 0, duplicateCount: 0 };
  const insertArticle = db.prepare('INSERT INTO articles (position, id, source, title, date, date_source, date_text, text, duplicate_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const insertDuplicate = db.prepare('INSERT OR IGNORE INTO duplicates (duplicate_id, article_id) VALUES (?, ?)');
  const insertDate = db.prepare('INSERT INTO dates (article_id, text, start_date, end_date, granularity, sentence, future, warning) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const articles: Article[] = corpus.articles;
  for (let i = 0; i < articles.length; i++) {
    const a = articles[i];
    insertArticle.run(i + 1, a.id, a.source, a.title, a.date, a.dateSource, a.dateText, a.text, a.duplicates.length);
    for (const d of a.duplicates) counts.duplicateCount += insertDuplicate.run(d, a.id).changes;
    if (full) for (const d of a.dates) insertDate.run(a.id, d.text, d.start, d.end, d.granularity, d.sentence, d.future ? 1 : 0, d.warning ?? null);
    if (full) counts.dateCount += a.dates.length;
    if (i % STEP === STEP - 1) await pause();
  }
  counts.articleCount = articles.length;
  await pause();

  const ids = { person: new Map<string, number>(), place: new Map<string, number>(), organization: new Map<string, number>() } satisfies Record<EntityType, Map<string, number>>;
  const insertEntity = db.prepare('INSERT INTO entities (id, type, name) VALUES (?, ?, ?)');
  const insertPerson = db.prepare('INSERT INTO people (id, name, role, article_count, mention_count, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insertPlace = db.prepare('INSERT INTO places (id, name, country, country_name, article_count, mention_count, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const insertOrganization = db.prepare('INSERT INTO organizations (id, name, article_count, mention_count, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?)');
  const insertAlias = db.prepare('INSERT OR IGNORE INTO aliases (entity_id, alias) VALUES (?, ?)');
  const insertMention = db.prepare('INSERT INTO mentions (entity_id, article_id, text) VALUES (?, ?, ?)');
  const entities: EntitySummary[] = corpus.entities;
  // (Mentions are made from the kept articles; one of another article would break a foreign key.)
  const known = new Set(articles.map((a) => a.id));
  let rows = 0;
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k];
    const id = k + 1;
    ids[e.type].set(e.name, id);
    insertEntity.run(id, e.type, e.name);
    const seen = [e.articleCount, e.mentionCount, e.firstSeen, e.lastSeen] as const;
    if (e.type === 'person') {
      insertPerson.run(id, e.name, e.role ?? null, ...seen);
      counts.personCount++;
    } else if (e.type === 'place') {
      insertPlace.run(id, e.name, e.country ? 1 : 0, e.countryName ?? null, ...seen);
      counts.placeCount++;
    } else {
      insertOrganization.run(id, e.name, ...seen);
      counts.organizationCount++;
    }
    for (const alias of e.aliases) counts.aliasCount += insertAlias.run(id, alias).changes;
    if (full)
      for (const m of e.mentions)
        if (known.has(m.article)) {
          insertMention.run(id, m.article, m.text);
          counts.mentionCount++;
        }
    rows += 1 + (full ? e.mentions.length : 0);
    if (rows >= STEP) {
      rows = 0;
      await pause();
    }
  }
  await pause();

  // An article's entities, by the corpus-wide name they were merged under (as the filters
  // of `list --person` read them); a name with no corpus-wide entity has nothing to link to.
  const linkPerson = db.prepare('INSERT OR IGNORE INTO article_people (article_id, person_id, roles) VALUES (?, ?, ?)');
  const linkPlace = db.prepare('INSERT OR IGNORE INTO article_places (article_id, place_id) VALUES (?, ?)');
  const linkOrganization = db.prepare('INSERT OR IGNORE INTO article_organizations (article_id, organization_id) VALUES (?, ?)');
  for (let i = 0; i < articles.length; i++) {
    const a = articles[i];
    for (const p of a.people) {
      const id = ids.person.get(p.name);
      if (id !== undefined) linkPerson.run(a.id, id, JSON.stringify(p.roles));
    }
    for (const p of a.places) {
      const id = ids.place.get(p.name);
      if (id !== undefined) linkPlace.run(a.id, id);
    }
    for (const o of a.organizations) {
      const id = ids.organization.get(o.name);
      if (id !== undefined) linkOrganization.run(a.id, id);
    }
    if (i % STEP === STEP - 1) await pause();
  }
  return counts;
}

/** A file that cannot be written, in words a user can act on (the CLI adds the file's name). */
export class DatabaseFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
    /** The file is there already and --force was not given. */
    readonly exists = false,
  ) {
    super(`${file}: ${message}`);
    this.name = 'DatabaseFileError';
  }
}

export interface WriteFileOptions extends FillOptions {
  /** Replace an existing file (otherwise it is an error). */
  force?: boolean;
}

/**
 * Writes the corpus to `file` as a new SQLite database: into a temporary file in the same
 * directory (same file system, so the rename is atomic), synced, then renamed over `file` with
 * `force`, else linked there (which fails, atomically, if a file appeared meanwhile). The
 * temporary file is removed on any failure, and when the process exits mid-write (Ctrl-C).
 */
export async function writeDatabaseFile(corpus: Corpus, file: string, options: WriteFileOptions): Promise<WrittenCounts & { bytes: number }> {
  checkTarget(file, options.force);
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  // (A journal beside it too, should SQLite have made one.)
  const cleanUp = () => ['', '-journal'].forEach((end) => rmSync(`${tmp}${end}`, { force: true }));
  try {
    // Created here first, exclusively: a directory that is missing or not writable is told
    // apart from SQLite's own failures, which all read "unable to open database file".
    closeSync(openSync(tmp, 'wx'));
  } catch (e) {
    throw new DatabaseFileError(file, `cannot write here (${describe(e)})`);
  }
  process.once('exit', cleanUp);
  try {
    const db = await openDatabase(tmp);
    let counts: WrittenCounts;
    try {
      // Nothing to recover in a temporary file: the journal stays in memory (better-sqlite3's
      // defensive mode refuses OFF), nothing waits for the disk (the file is synced once,
      // whole, before the rename).
      db.pragma('journal_mode = MEMORY');
      db.pragma('synchronous = OFF');
      counts = await fillDatabase(db, corpus, options);
    } finally {
      db.close();
    }
    const fd = openSync(tmp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    const bytes = statSync(tmp).size;
    if (options.force) renameSync(tmp, file);
    else place(tmp, file);
    return { ...counts, bytes };
  } catch (e) {
    if (e instanceof DatabaseFileError) throw e;
    throw new DatabaseFileError(file, `cannot write (${describe(e)})`);
  } finally {
    cleanUp();
    process.removeListener('exit', cleanUp);
  }
}

/** Throws DatabaseFileError when `file` cannot be (re)placed: a directory, or a file already there without `force`. */
export function checkTarget(file: string, force = false): void {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(file).isDirectory();
  } catch {
    return; // nothing there
  }
  if (isDirectory) throw new DatabaseFileError(file, 'is a directory (give a file name)');
  if (!force) throw new DatabaseFileError(file, 'already exists (add --force to replace it)', true);
}

/** Puts tmp at file unless a file is there: a hard link fails if one is; where links are not supported, a check then a rename. */
function place(tmp: string, file: string): void {
  try {
    linkSync(tmp, file);
    return;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new DatabaseFileError(file, 'already exists (add --force to replace it)', true);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV') throw e;
  }
  if (exists(file)) throw new DatabaseFileError(file, 'already exists (add --force to replace it)', true);
  renameSync(tmp, file);
}

function exists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}

/** A failure in a few words: "disk full", "permission denied", or the system's code. */
function describe(e: unknown): string {
  const code = sqliteCode(e) ?? (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'SQLITE_FULL':
    case 'ENOSPC':
      return 'disk full';
    case 'EACCES':
    case 'EPERM':
    case 'SQLITE_READONLY':
      return 'permission denied';
    case 'ENOENT':
      return 'no such directory';
    case 'ENOTDIR':
      return 'not a directory';
    case 'EISDIR':
      return 'is a directory';
    case 'EROFS':
      return 'read-only file system';
    default:
      return code ?? (e as Error)?.message ?? String(e);
  }
}
