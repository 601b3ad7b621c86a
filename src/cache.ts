/**
 * The persistent analysis cache: per page, the expensive readings of its articles, keyed by a
 * hash of the page's text and of the analysis version. One JSON file per page in the platform
 * cache directory. Writes are atomic (a temporary file, then rename), so an interrupted run or
 * two runs at once never leave a half-written entry; an entry that does not parse, or that
 * belongs to another version or page, is ignored and rebuilt — never trusted. Temporary files
 * live in one subdirectory, named after their writer, so that those a killed run left behind
 * are found with one small readdir and removed by the next run.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import { homedir, hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { ArticleAnalysis } from './corpus.js';
import { corpusFromParts, isStoredHead, writeCorpusParts } from './store.js';
import type { Corpus, InputWarning } from './types.js';
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

interface Entry {
  icesco: string;
  page: string;
  articles: Record<string, ArticleAnalysis>;
}

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
/** An entry used this recently is never pruned. */
const IN_USE_MS = 60_000;

/** Marks a cache entry as just used (its mtime orders pruning); best effort. */
function touch(path: string): void {
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // read-only cache: pruning order is then by age of writing
  }
}

/** What a fingerprinted set of input files was found to be. */
export interface InputsEntry {
  /** Key of the assembled corpus. */
  corpus: string;
  /** Warnings from loading the files, repeated on every run that skips reading them. */
  warnings: InputWarning[];
}

/** The subdirectory of the cache directory that holds temporary files. */
const TEMP_DIR = 'tmp';
/** This machine, in temporary files' names: a process id means something only on its own host. */
const HOST = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);
/** A temporary file's name: the entry it becomes, its writer (pid, host) and a random tag. */
const TEMP_NAME = /^(?:[0-9a-f]{64}\.json|corpus-[0-9a-f]{64}|inputs-[0-9a-f]{64}\.json)\.(\d+)\.([0-9a-f]{8})\.[0-9a-f]{8}\.tmp$/;
/** The file that marks a directory as an icesco cache (the Cache Directory Tagging standard's name and signature). */
const MARKER = 'CACHEDIR.TAG';
const MARKER_TEXT = 'Signature: 8a477f597d28d172789f06886806bc55\n# This directory is an icesco analysis cache: icesco cache clear empties it.\n';
/** Untouched this long, a temporary file whose writer cannot be asked (another host) is left over. */
const ORPHAN_MS = 15 * 60_000;
/** No write takes this long: a live process with a left-over file's pid is another process. */
const REUSED_PID_MS = 24 * 3_600_000;

/** Is the process with this id running (on this host)? */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // running, as another user
  }
}

/**
 * Was this temporary file left behind (its writer killed, or out of disk)? Yes if its writer, on
 * this host, is no longer running; else only once untouched for long: a writer on another host
 * cannot be asked, and a running process with the writer's pid may be another one (no write
 * takes a day).
 */
function isLeftOver(name: string, mtimeMs: number, now: number): boolean {
  const writer = TEMP_NAME.exec(name);
  const age = now - mtimeMs;
  if (!writer) return false;
  if (writer[2] !== HOST) return age > ORPHAN_MS;
  const pid = Number(writer[1]);
  return pid <= 0 || !isRunning(pid) || age > REUSED_PID_MS;
}

/** A --cache-dir that is not an icesco cache: a file, or a folder holding other things. */
export class NotACacheError extends Error {
  constructor(readonly dir: string, reason: string) {
    super(`${dir}: ${reason}`);
    this.name = 'NotACacheError';
  }
}

export class AnalysisCache {
  /**
   * Opens the cache, removing the temporary files that runs killed mid-write left behind. A
   * directory that holds other files and no icesco marker is refused (NotACacheError): clearing
   * or pruning it must never touch a user's files.
   */
  constructor(
    readonly dir: string,
    readonly version: string = analysisVersion(),
  ) {
    this.checkOwned();
    this.sweep();
  }

  /** Throws NotACacheError unless the directory is missing, empty, marked, or holds only icesco's entries (an older cache, then marked). */
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
    if (!names.every((f) => OWN_ENTRY.test(f) || f === TEMP_DIR)) throw new NotACacheError(this.dir, 'not an icesco cache (it holds other files); choose a new or empty directory');
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

  /** A new temporary path in which to write `final` before renaming it there. */
  private temp(final: string): string {
    this.mark();
    const dir = join(this.dir, TEMP_DIR);
    ensureDir(dir);
    return join(dir, `${basename(final)}.${process.pid}.${HOST}.${randomBytes(4).toString('hex')}.tmp`);
  }

  /** Removes left-over temporary files: one readdir of a directory that is empty but while a run writes. */
  private sweep(): void {
    const dir = join(this.dir, TEMP_DIR);
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return; // no cache yet, or never written to
    }
    const now = Date.now();
    for (const name of names) {
      if (!TEMP_NAME.test(name)) continue; // not a file icesco wrote: left alone
      const path = join(dir, name);
      try {
        if (isLeftOver(name, statSync(path).mtimeMs, now)) rmSync(path, { recursive: true, force: true });
      } catch {
        // renamed meanwhile by its writer, or a read-only cache: nothing to do
      }
    }
  }

  /** The key of a page's entry: its text and the analysis version. */
  pageKey(text: string): string {
    return createHash('sha256').update(this.version).update('\u0000').update(text).digest('hex');
  }

  private file(key: string): string {
    return join(this.dir, `${key}.json`);
  }

  /** Is there an entry for this page (usable or not: see read)? */
  has(key: string): boolean {
    return existsSync(this.file(key));
  }

  /** The cached analyses of a page's articles, or an empty map (missing, corrupt or foreign entry). */
  read(key: string): Map<string, ArticleAnalysis> {
    try {
      const entry = JSON.parse(readFileSync(this.file(key), 'utf8')) as Entry;
      if (entry?.icesco !== this.version || entry.page !== key || typeof entry.articles !== 'object' || entry.articles === null) return new Map();
      const valid = Object.entries(entry.articles).filter(([, a]) => a && typeof a === 'object' && Array.isArray(a.entities) && Array.isArray(a.dates?.sentences) && typeof a.dedupe?.salient === 'string' && (a.dedupe.sketch === null || typeof a.dedupe.sketch === 'string'));
      return new Map(valid);
    } catch {
      return new Map();
    }
  }

  /** Stores a page's analyses atomically. Failures are reported, not fatal: the cache is an optimisation. */
  write(key: string, articles: Map<string, ArticleAnalysis>): void {
    const entry: Entry = { icesco: this.version, page: key, articles: Object.fromEntries(articles) };
    writeAtomically(this.temp(this.file(key)), this.file(key), JSON.stringify(entry));
  }

  private corpusDir(key: string): string {
    return join(this.dir, `corpus-${key}`);
  }

  /**
   * A whole assembled corpus, stored under a key of its pages and of all the code: a repeated
   * query over the same pages is answered without analysing anything. Parts other than the
   * head are read when first used (see store.ts).
   */
  readCorpus(key: string): Corpus | null {
    const dir = this.corpusDir(key);
    try {
      const entry = JSON.parse(readFileSync(join(dir, 'head.json'), 'utf8')) as { icesco: string; key: string; head: unknown };
      if (entry?.icesco !== codeVersion() || entry.key !== key || !isStoredHead(entry.head)) return null;
      const head = entry.head;
      for (const [part, size] of Object.entries(head.sizes)) if (statSync(join(dir, part)).size !== size) return null;
      // Recently used: pruning keeps the corpora read last, and spares one a run is reading now.
      touch(dir);
      return corpusFromParts(head, {
        bytes: (part) => readFileSync(join(dir, part)),
        range: (part, start, end) => readRange(join(dir, part), start, end),
        file: (part) => join(dir, part),
        json: (part) => JSON.parse(readFileSync(join(dir, part), 'utf8')),
      });
    } catch {
      return null;
    }
  }

  /**
   * Stores an assembled corpus atomically (a temporary directory, then rename), keeping only
   * the few most recent ones.
   */
  writeCorpus(key: string, corpus: Corpus): void {
    const dir = this.corpusDir(key);
    const tmp = this.temp(dir);
    mkdirSync(tmp);
    try {
      const files = new Map<string, number>();
      try {
        writeCorpusParts(corpus, (part, piece) => {
          let fd = files.get(part);
          if (fd === undefined) {
            files.set(part, (fd = openSync(join(tmp, part), 'w')));
            if (part === 'head.json') writeSync(fd, `{"icesco":${JSON.stringify(codeVersion())},"key":${JSON.stringify(key)},"head":`);
          }
          // (writeSync's string and Buffer forms are separate overloads)
          if (typeof piece === 'string') writeSync(fd, piece);
          else writeSync(fd, piece);
        });
        writeSync(files.get('head.json')!, '}');
      } finally {
        for (const fd of files.values()) closeSync(fd);
      }
      try {
        renameSync(tmp, dir);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw e;
        // Another run stored the same corpus first (theirs is as good as ours), or a damaged
        // one is in the way (replace it).
        if (this.readCorpus(key)) return;
        rmSync(dir, { recursive: true, force: true });
        renameSync(tmp, dir);
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    this.prune('corpus-', KEEP_CORPORA);
  }

  /**
   * What a set of input files (by path and stat) was last found to be: the key of its
   * assembled corpus and the warnings its loading gave. Lets a warm run skip reading the pages.
   */
  readInputs(fingerprint: string): InputsEntry | null {
    try {
      const entry = JSON.parse(readFileSync(join(this.dir, `inputs-${fingerprint}.json`), 'utf8')) as InputsEntry & { icesco: string; inputs: string };
      if (entry?.icesco !== codeVersion() || entry.inputs !== fingerprint || typeof entry.corpus !== 'string' || !Array.isArray(entry.warnings)) return null;
      return { corpus: entry.corpus, warnings: entry.warnings };
    } catch {
      return null;
    }
  }

  writeInputs(fingerprint: string, entry: InputsEntry): void {
    const file = join(this.dir, `inputs-${fingerprint}.json`);
    writeAtomically(this.temp(file), file, JSON.stringify({ icesco: codeVersion(), inputs: fingerprint, ...entry }));
    this.prune('inputs-', KEEP_INPUTS);
  }

  /**
   * Keeps the `keep` most recently used entries whose names start with `prefix`, and any used
   * in the last minute (another run may be reading it right now).
   */
  private prune(prefix: string, keep: number): void {
    const now = Date.now();
    const names = readdirSync(this.dir);
    // Versions before the temporary subdirectory wrote theirs beside the entries.
    for (const f of names)
      if (f.endsWith('.tmp') && OWN_ENTRY.test(f))
        try {
          if (now - statSync(join(this.dir, f)).mtimeMs > ORPHAN_MS) rmSync(join(this.dir, f), { recursive: true, force: true });
        } catch {
          // removed meanwhile
        }
    const used = names
      .filter((f) => f.startsWith(prefix) && !f.endsWith('.tmp'))
      .map((f) => {
        try {
          return { f, t: statSync(join(this.dir, f)).mtimeMs };
        } catch {
          return null; // removed meanwhile by another run
        }
      })
      .filter((e): e is { f: string; t: number } => e !== null)
      .sort((a, b) => b.t - a.t);
    for (const { f, t } of used.slice(keep)) if (now - t > IN_USE_MS) rmSync(join(this.dir, f), { recursive: true, force: true });
  }

  /** Number of page entries, and bytes on disk (assembled corpora and fingerprints included). */
  info(): { dir: string; version: string; entries: number; bytes: number } {
    let entries = 0;
    let bytes = 0;
    try {
      for (const f of readdirSync(this.dir)) {
        if (!OWN_ENTRY.test(f)) continue;
        if (PAGE_ENTRY.test(f)) entries++;
        bytes += bytesIn(join(this.dir, f));
      }
    } catch {
      // no cache directory yet
    }
    return { dir: this.dir, version: this.version, entries, bytes };
  }

  /**
   * Removes every entry icesco wrote and its temporary files (nothing else: a user's own files
   * stay); returns how many page entries there were. Throws when some could not be removed (a
   * read-only cache), saying how many are left.
   */
  clear(): number {
    let removed = 0;
    const failed: string[] = [];
    const remove = (path: string) => {
      try {
        rmSync(path, { recursive: true, force: true });
        return true;
      } catch (e) {
        failed.push((e as NodeJS.ErrnoException).code ?? 'error');
        return false;
      }
    };
    let names: string[] = [];
    try {
      names = readdirSync(this.dir);
    } catch {
      return 0; // nothing to clear
    }
    for (const f of names) if (OWN_ENTRY.test(f) && remove(join(this.dir, f)) && PAGE_ENTRY.test(f)) removed++;
    const tmp = join(this.dir, TEMP_DIR);
    try {
      for (const f of readdirSync(tmp)) if (TEMP_NAME.test(f)) remove(join(tmp, f));
      if (readdirSync(tmp).length === 0) rmSync(tmp, { recursive: true, force: true });
    } catch {
      // no temporary files
    }
    if (failed.length) throw new Error(`cannot remove ${failed.length} cache entr${failed.length === 1 ? 'y' : 'ies'} (${[...new Set(failed)].join(', ')}); ${removed} removed`);
    return removed;
  }
}

/** A file's size, or the sizes of a directory's files; 0 for what is gone (a temporary file renamed meanwhile, say). */
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

/** Writes `text` to `tmp`, then renames it to `file`; a failed write (a full disk) leaves no `tmp` behind. */
function writeAtomically(tmp: string, file: string, text: string): void {
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Bytes [start, end) of a file (a file cut short since its size was checked is an error). */
function readRange(file: string, start: number, end: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const bytes = Buffer.allocUnsafe(end - start);
    for (let n = 0; n < bytes.length; ) {
      const got = readSync(fd, bytes, n, bytes.length - n, start + n);
      if (got === 0) throw new Error(`${file}: shorter than when it was stored`);
      n += got;
    }
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/** A page entry's file name. */
const PAGE_ENTRY = /^[0-9a-f]{64}\.json$/;
/** Anything icesco writes in its cache directory (a user's own files there are left alone). */
const OWN_ENTRY = /^(?:[0-9a-f]{64}\.json|corpus-[0-9a-f]{64}(?:\.json)?|inputs-[0-9a-f]{64}\.json)(?:\.\d+\.[0-9a-f]{8}\.tmp)?$/;
