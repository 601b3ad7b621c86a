/**
 * The persistent analysis cache: one SQLite database in the cache directory (see database.ts)
 * holding, per page, the expensive readings of its articles (keyed by a hash of the page's text
 * and of the analysis version), the assembled corpora (see store.ts) and what sets of input files
 * were found to be. Every write is a transaction: an interrupted run, a killed one or two at once
 * never leave a half-written entry. A database found damaged — by PRAGMA quick_check before a run
 * first writes, or by SQLite while reading a page — is deleted and rebuilt, never trusted; a row
 * of another version or page is ignored and rebuilt. The check is skipped only when the
 * database's files are as a run that trusted them left them (see seal).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ArticleAnalysis } from './corpus.js';
import { checkStore, DamagedStoreError, isDamage, openSnapshot, openStore, quickCheckAside, SIDE_FILES, STORE_FILE, type Database } from './database.js';
import { corpusFromRows, dropCorpusRows, updateRowsInPlace, writeCorpusRows, writeRows, type CorpusHead } from './store.js';
import type { KnownFile } from './load.js';
import { carryIndex } from './sqlite/search.js';
import type { Corpus, InputWarning } from './types.js';
import type { MadeCorpus } from './update/update.js';
import { currentVersions } from './versions.js';

/** Where the cache lives: --cache-dir, ICESCO_CACHE_DIR, $XDG_CACHE_HOME/icesco or ~/.cache/icesco. */
export function defaultCacheDir(env: Record<string, string | undefined>): string {
  if (env.ICESCO_CACHE_DIR) return env.ICESCO_CACHE_DIR;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'icesco');
  return join(homedir(), '.cache', 'icesco');
}

/** The version page entries are keyed by (see versions.ts). */
export const analysisVersion = (): string => currentVersions().analysis;

/** The version assembled corpora and input fingerprints are keyed by (see versions.ts). */
export const codeVersion = (): string => currentVersions().code;

/**
 * Creates a directory and its missing parents, one level at a time (fs's recursive mkdir can
 * spin forever on pseudo file systems such as /proc).
 */
function ensureDir(dir: string): void {
  try {
    mkdirSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    const parent = dirname(dir);
    if (code !== 'ENOENT' || parent === dir || existsSync(parent)) throw e;
    ensureDir(parent);
    mkdirSync(dir);
  }
}

/** Assembled corpora kept (each can be tens of MB for a large archive). */
const KEEP_CORPORA = 3;
/** Input fingerprints kept (each a few hundred bytes). */
const KEEP_INPUTS = 50;
/** An entry used this recently is never pruned (another run may be reading it). */
const IN_USE_MS = 60_000;

/** What a fingerprinted set of input files was found to be. */
export interface InputsEntry {
  /** Key of the assembled corpus. */
  corpus: string;
  /** Warnings from loading the files, repeated on every run that skips reading them. */
  warnings: InputWarning[];
}

/** Beside the database: its files' state when a run that had found it sound left it (AnalysisCache.seal). */
const SEAL_SUFFIX = '-sealed';

/**
 * The database's and its log's identity, size and times, to the nanosecond; null without a
 * database. An empty log is no log (a reader opening the database makes one).
 */
function filesState(file: string): string | null {
  const state = [file, `${file}-wal`].map((f) => {
    try {
      const s = statSync(f, { bigint: true });
      return s.size === 0n && f !== file ? null : [s.dev, s.ino, s.size, s.mtimeNs, s.ctimeNs].join(':');
    } catch {
      return null;
    }
  });
  return state[0] === null ? null : JSON.stringify(state);
}

/** The file that marks a directory as an icesco cache (the Cache Directory Tagging standard's name and signature). */
const MARKER = 'CACHEDIR.TAG';
const MARKER_TEXT = 'Signature: 8a477f597d28d172789f06886806bc55\n# This directory is an icesco analysis cache: icesco cache clear empties it.\n';

/**
 * The files icesco keeps in its cache directory (a user's own files there are left alone): the
 * database, SQLite's files beside it and its seal (AnalysisCache.seal), the full-text search
 * databases (search-*.sqlite, made by `icesco search`), and the entries earlier versions wrote
 * (JSON files, corpus folders and their temporary subdirectory), which `cache clear` and the
 * first write remove.
 */
const OWN_FILE = /^(?:store\.sqlite-sealed|(?:store|search-[\w.-]+)\.sqlite(?:-wal|-shm|-journal)?|\.search-[\w.-]+\.sqlite\.\d+\.[0-9a-f]{8}\.tmp(?:-journal)?)$/;
const LEGACY_ENTRY = /^(?:[0-9a-f]{64}\.json|corpus-[0-9a-f]{64}(?:\.json)?|inputs-[0-9a-f]{64}\.json)(?:\.\d+(?:\.[0-9a-f]{8})?\.[0-9a-f]{8}\.tmp)?$|^tmp$/;
const isOwn = (name: string) => OWN_FILE.test(name) || LEGACY_ENTRY.test(name);

/** A --cache-dir that is not an icesco cache: a file, or a folder holding other things. */
export class NotACacheError extends Error {
  constructor(readonly dir: string, reason: string) {
    super(`${dir}: ${reason}`);
    this.name = 'NotACacheError';
  }
}

/** A page row's readings, checked for shape (a row of another version's layout is not trusted). */
function isAnalysis(a: ArticleAnalysis): boolean {
  return !!a && typeof a === 'object' && Array.isArray(a.entities) && Array.isArray(a.dates?.sentences) && typeof a.dedupe?.salient === 'string' && (a.dedupe.sketch === null || typeof a.dedupe.sketch === 'string');
}
export class AnalysisCache {
  #db: Database | null = null;
  /** Why the database could not be opened (a read-only or full directory): reads miss, writes throw it. */
  #unusable: unknown = null;
  /** Has this run checked the database (PRAGMA quick_check) before writing to it? */
  #checked = false;
  /**
   * How this run came to trust the database before writing to it: PRAGMA quick_check found it
   * sound, or its files were as a run that had trusted it sealed them. Only then is it sealed.
   */
  #trustedBy: 'quick_check' | 'seal' | null = null;
  /** Has this run compared the database's files with their seal? (Once: its own writes change them.) */
  #sealCompared = false;
  /** The connections corpora read back are read on (see readCorpus), closed with the cache. */
  #snapshots = new Set<Database>();

  /**
   * A cache in `dir` (the database is opened on first use). A directory that holds other files
   * and no icesco marker is refused (NotACacheError): clearing it must never touch a user's files.
   */
  constructor(
    readonly dir: string,
    readonly version: string = analysisVersion(),
  ) {
    this.checkOwned();
  }

  /** The database file. */
  get file(): string {
    return join(this.dir, STORE_FILE);
  }

  /**
   * How this run came to trust the database before writing to it (null: it has not written, or
   * wrote only a mark of use or a fingerprint, unchecked, to a database its seal did not vouch for).
   */
  get trustedBy(): 'quick_check' | 'seal' | null {
    return this.#trustedBy;
  }

  /** Where seal records the state of the database's files as a run that trusted them left them. */
  get sealFile(): string {
    return this.file + SEAL_SUFFIX;
  }

  /** Throws NotACacheError unless the directory is missing, empty, marked, or holds only icesco's files (an older cache, then marked). */
  private checkOwned(): void {
    let names: string[];
    try {
      if (!statSync(this.dir).isDirectory()) throw new NotACacheError(this.dir, 'not a directory');
      names = readdirSync(this.dir);
    } catch (e) {
      if (e instanceof NotACacheError) throw e;
      return; // no cache yet (or unreadable: reads will find nothing)
    }
    if (names.length === 0 || names.includes(MARKER)) return;
    if (!names.every(isOwn)) throw new NotACacheError(this.dir, 'not an icesco cache (it holds other files); choose a new or empty directory');
    this.mark();
  }

  /** Marks the directory as an icesco cache (best effort: a read-only cache stays unmarked). */
  private mark(): void {
    try {
      ensureDir(this.dir);
      if (!existsSync(join(this.dir, MARKER))) writeFileSync(join(this.dir, MARKER), MARKER_TEXT);
    } catch {
      // read-only: writing will fail and say so
    }
  }

  /**
   * The open database, opened (and created, in a marked directory) on first use. A damaged one
   * is deleted and made afresh; one that cannot be opened makes reads miss and writes throw.
   */
  database(): Database {
    if (this.#db) return this.#db;
    if (this.#unusable) throw this.#unusable;
    try {
      ensureDir(this.dir); // (a directory that cannot be made: its reason, ENOTDIR or EACCES, is the warning's)
      this.mark();
      try {
        this.#db = openStore(this.file);
      } catch (e) {
        if (!(e instanceof DamagedStoreError)) throw e;
        this.discard();
        this.#db = openStore(this.file);
      }
      return this.#db;
    } catch (e) {
      this.#unusable = e;
      throw e;
    }
  }

  /**
   * The database, checked (once per run) before this run first stores readings or a corpus in it
   * (runs that analyse or assemble, which take seconds anyway): a damaged one is rebuilt.
   */
  private writable(): Database {
    const db = this.database();
    if (this.#checked) return db;
    this.#checked = true;
    if (this.trustedBySeal()) return db;
    try {
      checkStore(db, this.file);
      this.#trustedBy = 'quick_check';
    } catch (e) {
      if (!(e instanceof DamagedStoreError)) throw e;
      this.discard();
      return this.writable();
    }
    this.removeLegacy();
    return db;
  }

  /** A check started ahead of this run's first write (checkAhead), until it settles. */
  #checking: Promise<void> | null = null;

  /**
   * Starts checking the database (PRAGMA quick_check) in a worker thread, for a run that will
   * write to it: the check overlaps the run's work instead of holding up its first write. A
   * damaged database is deleted as soon as it is found; a check that cannot run leaves the
   * synchronous check to the first write. Call `checked()` before writing.
   */
  checkAhead(): void {
    if (this.#checked || this.#checking || !existsSync(this.file)) return;
    if (this.trustedBySeal()) {
      this.#checked = true;
      this.removeLegacy();
      return;
    }
    this.#checking = quickCheckAside(this.file).then(
      (verdict) => {
        if (verdict.length === 1 && verdict[0] === 'ok') {
          this.#checked = true;
          this.#trustedBy = 'quick_check';
          this.removeLegacy();
        } else this.discard();
      },
      (e: unknown) => {
        if (isDamage(e)) this.discard();
      },
    );
  }

  /** Settles a check started by checkAhead. */
  async checked(): Promise<void> {
    await this.#checking;
    this.#checking = null;
  }

  /**
   * Answers a read from the database; a miss (null) when it cannot be opened or read. A damaged
   * database is deleted (the next write makes it afresh) and the read misses.
   */
  private reading<T>(read: (db: Database) => T): T | null {
    try {
      return read(this.database());
    } catch (e) {
      if (isDamage(e)) this.discard();
      return null;
    }
  }

  /**
   * Deletes the database (found damaged): closes it, removes its files, and lets the next use
   * make a new one. Runs reading the old file go on reading it (it is theirs until they close it).
   */
  discard(): void {
    this.close();
    this.#unusable = null;
    this.#checked = false;
    this.#trustedBy = null;
    this.#sealCompared = false;
    // (The seal first: a seal left without its database could vouch for the next one.)
    for (const suffix of [SEAL_SUFFIX, '', ...SIDE_FILES]) rmSync(this.file + suffix, { force: true });
  }

  /**
   * Ends this run's use of the database and, when this run found it sound before writing to it,
   * records its files' state (device, inode, size, modification and change times of the database
   * and its log). The next run that writes trusts a database whose files are still in that state
   * instead of reading every page again (PRAGMA quick_check: about a second per gigabyte, on a
   * core the run needs): a page damaged by anything but SQLite changes the files' change time,
   * which utimes (touch) cannot set back. A file copied elsewhere, edited, or left by a killed
   * run is checked. (What SQLite finds damaged while reading is rebuilt in any case: isDamage.)
   */
  seal(): void {
    if (!this.#trustedBy) return;
    // (Closed first: closing the last connection moves the log into the database.)
    this.close();
    const state = filesState(this.file);
    try {
      if (state) writeFileSync(this.sealFile, state);
    } catch {
      // a read-only cache: the next run checks
    }
  }

  /**
   * Does this run trust the database, by a check or by its seal? The seal is compared before
   * this run's first write of any kind (a corpus marked as used, a fingerprint, readings): when
   * it holds, the run's own writes, SQLite's, keep the database as trustworthy, and it is sealed
   * again at the end.
   */
  private trustedBySeal(): boolean {
    if (this.#trustedBy) return true;
    if (this.#sealCompared) return false;
    this.#sealCompared = true;
    try {
      if (readFileSync(this.sealFile, 'utf8') !== filesState(this.file)) return false;
    } catch {
      return false;
    }
    this.#trustedBy = 'seal';
    return true;
  }

  /**
   * Closes the database (the next use opens it again), and the snapshots of the corpora read
   * from it: their rows can no longer be read.
   */
  close(): void {
    for (const db of [this.#db, ...this.#snapshots])
      try {
        db?.close();
      } catch {
        // closing a damaged database can fail: it is gone either way
      }
    this.#db = null;
    this.#snapshots.clear();
  }

  /** Removes what earlier versions wrote here (best effort: files in use by an older run may stay). */
  private removeLegacy(): void {
    try {
      for (const f of readdirSync(this.dir)) if (LEGACY_ENTRY.test(f)) rmSync(join(this.dir, f), { recursive: true, force: true });
    } catch {
      // a read-only cache: nothing to do
    }
  }

  /** The key of a page's entry: its text and the analysis version. */
  pageKey(text: string): string {
    return createHash('sha256').update(this.version).update('\u0000').update(text).digest('hex');
  }

  /** Is there an entry for this page (usable or not: see read)? */
  has(key: string): boolean {
    return !!this.reading((db) => db.prepare('SELECT 1 FROM page_analyses WHERE key = ?').get(key));
  }

  /** The cached analyses of a page's articles, or an empty map (missing, corrupt or foreign entry). */
  read(key: string): Map<string, ArticleAnalysis> {
    const row = this.reading((db) => db.prepare('SELECT version, articles FROM page_analyses WHERE key = ?').get(key) as { version: string; articles: string } | undefined);
    if (!row || row.version !== this.version) return new Map();
    try {
      const articles = JSON.parse(row.articles) as Record<string, ArticleAnalysis>;
      if (typeof articles !== 'object' || articles === null) return new Map();
      return new Map(Object.entries(articles).filter(([, a]) => isAnalysis(a)));
    } catch {
      return new Map();
    }
  }

  /** Stores a page's analyses. Failures are thrown: the caller reports them and goes on without the cache. */
  write(key: string, articles: Map<string, ArticleAnalysis>): void {
    this.writePages([[key, articles]]);
  }

  /** Stores several pages' analyses in one transaction. */
  writePages(pages: [string, Map<string, ArticleAnalysis>][]): void {
    const db = this.writable();
    const put = db.prepare('INSERT OR REPLACE INTO page_analyses (key, version, articles) VALUES (?, ?, ?)');
    db.transaction(() => {
      for (const [key, articles] of pages) put.run(key, this.version, JSON.stringify(Object.fromEntries(articles)));
    }).immediate();
  }

  /**
   * A whole assembled corpus, stored under a key of its pages and of all the code: a repeated
   * query over the same pages is answered without analysing anything. Its rows are read when
   * first used (see store.ts).
   */
  readCorpus(key: string): Corpus | null {
    return this.reading((db) => {
      // Read on a snapshot of its own: an update rewriting this corpus in place meanwhile (see
      // storeUpdate) changes nothing this run reads.
      const snapshot = openSnapshot(this.file);
      if (!snapshot) return null;
      for (const open of this.#snapshots) if (!open.open) this.#snapshots.delete(open);
      this.#snapshots.add(snapshot);
      let corpus: Corpus | null = null;
      try {
        const row = snapshot.prepare('SELECT id, version, pages, warnings, boilerplate, used FROM corpora WHERE key = ?').get(key) as { id: number; version: string; pages: number; warnings: string; boilerplate: string; used: number } | undefined;
        if (!row || row.version !== codeVersion()) return null;
        // Recently used: pruning keeps the corpora read last, and spares one a run is reading now.
        if (Date.now() - row.used > IN_USE_MS / 4) {
          this.trustedBySeal(); // (before writing: see there)
          touch(db, 'corpora', 'id', row.id);
        }
        // (The boilerplate report, 0.7 MB of JSON at 3,000 pages, is parsed only if asked for.)
        let report: CorpusHead['boilerplate'] | undefined;
        const head = {
          pages: row.pages,
          warnings: JSON.parse(row.warnings) as InputWarning[],
          get boilerplate() {
            return (report ??= JSON.parse(row.boilerplate) as CorpusHead['boilerplate']);
          },
        } satisfies CorpusHead;
        corpus = corpusFromRows(snapshot, row.id, head, true);
        return Object.defineProperty(corpus, 'storedAs', { value: { dir: this.dir, key }, enumerable: false, configurable: true });
      } finally {
        if (!corpus) snapshot.close();
      }
    });
  }

  /**
   * Stores an assembled corpus in one transaction, keeping only the few most recently used.
   * `alongside` writes in the same transaction before the corpus's rows (the update state);
   * `written` is told, after each article's rows, how many are written.
   */
  writeCorpus(key: string, corpus: Corpus, alongside?: (db: Database) => void, written?: (articles: number) => void): void {
    const db = this.writable();
    db.transaction(() => {
      // Another run stored the same corpus first: theirs is as good as ours.
      if (db.prepare('SELECT 1 FROM corpora WHERE key = ?').get(key)) return;
      alongside?.(db);
      const { lastInsertRowid } = db.prepare('INSERT INTO corpora (key, version, pages, warnings, boilerplate, used) VALUES (?, ?, ?, ?, ?, ?)').run(key, codeVersion(), corpus.pages, JSON.stringify(corpus.warnings), JSON.stringify(corpus.boilerplate), Date.now());
      writeCorpusRows(db, Number(lastInsertRowid), corpus, codeVersion(), written);
      this.prune(db);
    }).immediate();
  }

  /**
   * Stores a corpus made by updating a stored one (update/update.ts), in one transaction that
   * holds the write lock from the first read: `make` reads what it needs and returns the new
   * corpus's head and rows (old rows named by their place in the corpus it updates), and what to
   * write after them (the update state); or null, and nothing is stored. True when the corpus is
   * stored. The old corpus becomes the new one in place (store.ts's updateRowsInPlace: what
   * changed is written, the rest kept, under the new key) — not copied into a new corpus that
   * pruning then deletes, each costing rows of the whole archive; runs reading it meanwhile read
   * their snapshot (readCorpus). When some new row finds no room between its neighbours' keys,
   * the new corpus is written afresh beside the old one instead.
   */
  storeUpdate(key: string, make: (db: Database) => MadeCorpus | null): boolean {
    const db = this.writable();
    /** The key of a corpus kept as it is under the new key (a new day, the same pages). */
    let carried: string | null = null;
    const stored = db.transaction(() => {
      if (db.prepare('SELECT 1 FROM corpora WHERE key = ?').get(key)) return true;
      const made = make(db);
      if (!made) return false;
      if ('unchanged' in made) {
        carried = db.prepare('SELECT key FROM corpora WHERE id = ?').pluck().get(made.unchanged) as string;
        db.prepare('UPDATE corpora SET key = ?, used = ? WHERE id = ?').run(key, Date.now(), made.unchanged);
        made.after(db);
        return true;
      }
      const { head, rows } = made;
      const headValues = [head.pages, JSON.stringify(head.warnings), JSON.stringify(head.boilerplate), Date.now()];
      if (rows.base !== undefined && rows.change && updateRowsInPlace(db, rows.base, rows.entities, rows.change, codeVersion())) db.prepare('UPDATE corpora SET key = ?, pages = ?, warnings = ?, boilerplate = ?, used = ? WHERE id = ?').run(key, ...headValues, rows.base);
      else {
        const { lastInsertRowid } = db.prepare('INSERT INTO corpora (key, version, pages, warnings, boilerplate, used) VALUES (?, ?, ?, ?, ?, ?)').run(key, codeVersion(), ...headValues);
        writeRows(db, Number(lastInsertRowid), rows, codeVersion());
      }
      made.after(db);
      this.prune(db);
      return true;
    }).immediate();
    // (Once committed: the search index goes with the corpus it indexes.)
    if (carried) carryIndex(this.dir, carried, key);
    return stored;
  }

  /** Drops all but the few corpora used last (none used within the last minute: another run may be reading it). */
  private prune(db: Database): void {
    const now = Date.now();
    const stale = db.prepare('SELECT id FROM corpora ORDER BY used DESC LIMIT -1 OFFSET ?').pluck().all(KEEP_CORPORA) as number[];
    const used = db.prepare('SELECT used FROM corpora WHERE id = ?').pluck();
    for (const id of stale) if (now - (used.get(id) as number) > IN_USE_MS) dropCorpus(db, id);
  }

  /**
   * The pages of the last corpus assembled or updated (the update state's, see update/state.ts)
   * that were read from files of their own, by path: their stat, name before disambiguation,
   * cache key and decoding warning. A run of this code lets readInputs skip reading those files.
   */
  knownFiles(): Map<string, KnownFile & { stat: string }> {
    return (
      this.reading((db) => {
        const version = db.prepare('SELECT version FROM update_head WHERE one = 1').pluck().get() as string | undefined;
        if (version !== codeVersion()) return new Map();
        const rows = db.prepare('SELECT source, stat, file_name, page_key, file_warning FROM update_pages WHERE stat IS NOT NULL').raw().all() as [string, string, string, string, string | null][];
        return new Map(rows.map(([source, stat, name, key, warning]) => [source, { stat, name, key, ...(warning !== null ? { warning } : {}) }]));
      }) ?? new Map()
    );
  }

  /**
   * What a set of input files (by path and stat) was last found to be: the key of its
   * assembled corpus and the warnings its loading gave. Lets a warm run skip reading the pages.
   */
  readInputs(fingerprint: string): InputsEntry | null {
    const row = this.reading((db) => db.prepare('SELECT version, corpus_key, warnings FROM inputs WHERE fingerprint = ?').get(fingerprint) as { version: string; corpus_key: string; warnings: string } | undefined);
    if (!row || row.version !== codeVersion()) return null;
    try {
      const warnings = JSON.parse(row.warnings) as InputWarning[];
      return Array.isArray(warnings) ? { corpus: row.corpus_key, warnings } : null;
    } catch {
      return null;
    }
  }

  /**
   * Records what a set of input files was found to be. Not preceded by quick_check: a row this
   * small is not worth reading the whole database for (3.7 s at 3,000 pages), and what it points
   * to is read, and checked page by page by SQLite, like any other row.
   */
  writeInputs(fingerprint: string, entry: InputsEntry): void {
    const db = this.database();
    this.trustedBySeal(); // (before writing: see there)
    db.transaction(() => {
      db.prepare('INSERT OR REPLACE INTO inputs (fingerprint, version, corpus_key, warnings, used) VALUES (?, ?, ?, ?, ?)').run(fingerprint, codeVersion(), entry.corpus, JSON.stringify(entry.warnings), Date.now());
      db.prepare('DELETE FROM inputs WHERE fingerprint IN (SELECT fingerprint FROM inputs ORDER BY used DESC LIMIT -1 OFFSET ?) AND used < ?').run(KEEP_INPUTS, Date.now() - IN_USE_MS);
    }).immediate();
  }

  /** Number of page entries, and bytes on disk (the database and its files, search databases, an older version's entries). */
  info(): { dir: string; version: string; entries: number; bytes: number } {
    let bytes = 0;
    try {
      for (const f of readdirSync(this.dir)) if (isOwn(f)) bytes += bytesIn(join(this.dir, f));
    } catch {
      // no cache directory yet
    }
    // (An empty directory gets no database just to be counted.)
    const entries = existsSync(this.file) ? this.reading((db) => db.prepare('SELECT count(*) FROM page_analyses').pluck().get() as number) ?? 0 : 0;
    return { dir: this.dir, version: this.version, entries, bytes };
  }

  /**
   * Removes every file icesco keeps here (nothing else: a user's own files stay); returns how
   * many page entries there were. Throws when some could not be removed (a read-only cache),
   * saying how many. A run reading the database meanwhile goes on reading the file it opened.
   */
  clear(): number {
    const removed = existsSync(this.file) ? this.reading((db) => db.prepare('SELECT count(*) FROM page_analyses').pluck().get() as number) ?? 0 : 0;
    this.close();
    const failed: string[] = [];
    let names: string[] = [];
    try {
      names = readdirSync(this.dir);
    } catch {
      return 0; // nothing to clear
    }
    for (const f of names.filter(isOwn).sort(sideFilesFirst))
      try {
        rmSync(join(this.dir, f), { recursive: true, force: true });
      } catch (e) {
        failed.push((e as NodeJS.ErrnoException).code ?? 'error');
      }
    if (failed.length) throw new Error(`cannot remove ${failed.length} cache file${failed.length === 1 ? '' : 's'} (${[...new Set(failed)].join(', ')})`);
    return removed;
  }
}

/**
 * A database's log and index go before the database itself: a run opening the cache meanwhile
 * then finds no database, or one without a log — never a log without its database.
 */
const sideFilesFirst = (a: string, b: string) => Number(!/-(?:wal|shm|journal)$/.test(a)) - Number(!/-(?:wal|shm|journal)$/.test(b)) || (a < b ? -1 : a > b ? 1 : 0);

/** Marks a row as just used (its time orders pruning); best effort, without waiting for another run's write. */
function touch(db: Database, table: 'corpora', key: 'id', id: number): void {
  const wait = db.pragma('busy_timeout', { simple: true }) as number;
  try {
    db.pragma('busy_timeout = 0');
    db.prepare(`UPDATE ${table} SET used = ? WHERE ${key} = ?`).run(Date.now(), id);
  } catch {
    // read-only, or another run is writing: pruning order is then by time of writing
  } finally {
    db.pragma(`busy_timeout = ${wait}`);
  }
}

/** Deletes a stored corpus, its rows, and the payloads no other corpus shares. */
function dropCorpus(db: Database, id: number): void {
  dropCorpusRows(db, id);
  db.prepare('DELETE FROM corpora WHERE id = ?').run(id);
}

/** A file's size, or the sizes of a directory's files; 0 for what is gone (removed meanwhile, say). */
function bytesIn(path: string): number {
  try {
    const st = statSync(path);
    if (!st.isDirectory()) return st.size;
    let bytes = 0;
    for (const part of readdirSync(path)) bytes += bytesIn(join(path, part));
    return bytes;
  } catch {
    return 0;
  }
}
