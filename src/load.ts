/**
 * The only module that reads files, directories and stdin. Produces Page records and, for a
 * bad file among good ones, warnings instead of a crash (an error only when nothing is usable).
 */
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readdirSync, readSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { InputError } from './errors.js';
import { htmlToText, looksLikeHtml } from './html.js';
import { byCodeUnits } from './text.js';
import type { InputWarning, Page } from './types.js';

/** Extensions picked up when walking a directory. */
const PAGE_EXTENSIONS = new Set(['.txt', '.html', '.htm']);

export interface LoadResult {
  pages: Page[];
  warnings: InputWarning[];
}

export interface LoadOptions {
  /** Reads stdin when the path "-" is given; injectable for tests. */
  readStdin?: () => Buffer;
  /**
   * What an earlier run knew of a file, by its path and stat (unchanged, as make and git judge):
   * its page's name before any disambiguation, its cache key and its decoding warning. Such a file
   * is not read here; its text is read when first asked for.
   */
  known?: (path: string, stat: FileStat) => KnownFile | undefined;
}

/** A file as an earlier run read it (see LoadOptions.known). */
export interface KnownFile {
  name: string;
  key: string;
  warning?: string;
}

export type FileStat = NonNullable<InputFile['stat']>;

/** A file's stat as the cache compares it. */
export const statText = (s: FileStat) => `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}:${s.dev}`;

/** Windows-1252's characters for bytes 0x80-0x9F (the rest of it is Latin-1). */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Decodes Windows-1252 (Node's built-in decoder reads it as Latin-1). */
function decodeWindows1252(bytes: Buffer): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252[b - 0x80] : String.fromCharCode(b);
  return out;
}

/**
 * Largest page read whole: a larger text file is streamed instead (see readInParts); stdin and
 * HTML larger than this are refused with a clear message, never half-read.
 */
export const MAX_PAGE_BYTES = 64 * 1024 * 1024;
/**
 * Largest file streamed: the whole corpus is analysed in memory, and a bigger file would run
 * out of it; refused with a message instead of a crash.
 */
export const MAX_STREAMED_BYTES = 1024 * 1024 * 1024;
const CHUNK_BYTES = 1024 * 1024;
/** About how long a part of a streamed file is (characters); each part is then a page. */
const PART_CHARS = 4 * 1024 * 1024;

/**
 * Decodes a page's bytes — UTF-8 with or without BOM, UTF-16 LE/BE with BOM, and, when the
 * bytes are not valid UTF-8, Windows-1252 (with a warning) — or says in one phrase why it is not
 * a text page. HTML is turned into the plain-text page shape.
 */
export function decodePage(bytes: Buffer, name = ''): { text: string; warning?: string } | { problem: string } {
  if (bytes.length === 0) return { problem: 'empty file' };
  if (bytes.length > MAX_PAGE_BYTES) return { problem: `file too large (${(bytes.length / 1048576).toFixed(0)} MiB; the limit is ${MAX_PAGE_BYTES / 1048576} MiB per page — split it)` };
  let text: string;
  let warning: string | undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    if (bytes.subarray(0, 8192).includes(0)) return { problem: 'binary file (contains NUL bytes), not a text page' };
    // (isUtf8 and toString: a third of the time of a fatal TextDecoder, the same verdict)
    if (isUtf8(bytes)) text = bytes.toString('utf8', bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0);
    else {
      text = decodeWindows1252(bytes);
      warning = 'not valid UTF-8; read as Windows-1252';
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  if (/\.html?$/i.test(name) || looksLikeHtml(text)) text = htmlToText(text);
  if (text.trim() === '') return { problem: 'no text (only whitespace or markup)' };
  return warning ? { text, warning } : { text };
}

/** What reading a large file in parts gives: its parts as pages' texts, or why it is not a text page. */
type PartsResult = { parts: string[]; warning?: string } | { problem: string };

/**
 * Reads a large text file in 1 MiB chunks — the file's bytes are never held whole — decoding
 * as decodePage does (BOMs, UTF-16, Windows-1252 fallback, CR/CRLF), and cuts the text into
 * parts of about PART_CHARS: where the next page of a concatenation starts, else at a blank
 * line, else at a line end, so each part is a page of whole paragraphs. Nothing is dropped:
 * the parts, joined, are the whole text.
 */
export function readInParts(file: string, readChunk: (buf: Buffer, position: number) => number, size: number): PartsResult {
  const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  const head = chunk.subarray(0, readChunk(chunk, 0));
  let start = 0;
  let encoding: 'utf-8' | 'utf-16le' | 'utf-16be' = 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) [encoding, start] = ['utf-16le', 2];
  else if (head[0] === 0xfe && head[1] === 0xff) [encoding, start] = ['utf-16be', 2];
  else if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) start = 3;
  if (encoding === 'utf-8' && head.subarray(0, 8192).includes(0)) return { problem: 'binary file (contains NUL bytes), not a text page' };
  if (/\.html?$/i.test(file) || looksLikeHtml(head.subarray(0, 4096).toString('latin1'))) return { problem: `HTML page too large (${(size / 1048576).toFixed(0)} MiB; HTML is read whole, up to ${MAX_PAGE_BYTES / 1048576} MiB — split it)` };
  const attempt = (fallback: boolean): PartsResult => {
    // Only UTF-8 is checked (to fall back to Windows-1252); UTF-16 is decoded as it comes, as decodePage does.
    const decoder = fallback ? null : new TextDecoder(encoding, { fatal: encoding === 'utf-8', ignoreBOM: true });
    const parts: string[] = [];
    let pending = '';
    let firstLine: string | null = null;
    const cut = (final: boolean) => {
      // A lone CR at the end may be half of a CRLF split across chunks: keep it for the next.
      const keepCr = !final && pending.endsWith('\r');
      let text = (keepCr ? pending.slice(0, -1) : pending).replace(/\r\n?/g, '\n');
      firstLine ??= /^\s*([^\n]{8,}?)\n/.exec(text)?.[1] ?? null;
      while (text.length >= PART_CHARS || (final && text)) {
        let at = text.length;
        if (text.length >= PART_CHARS) {
          // Best where the next page of a concatenation starts (its first line is the file's
          // first line again: the same chrome heads every page), else between paragraphs, else
          // at a line end; in the second half of the window, so parts stay large.
          const joint = firstLine ? text.lastIndexOf(`\n${firstLine}\n`, PART_CHARS) : -1;
          const blank = text.lastIndexOf('\n\n', PART_CHARS);
          const line = text.lastIndexOf('\n', PART_CHARS);
          at = joint > PART_CHARS / 2 ? joint + 1 : blank > PART_CHARS / 2 ? blank + 2 : line > 0 ? line + 1 : PART_CHARS;
          // Never between the two halves of a surrogate pair.
          if (at === PART_CHARS && /[\ud800-\udbff]/.test(text[at - 1])) at--;
        }
        const part = text.slice(0, at);
        // A part of blank lines only (the file's tail) is no page: there is nothing in it to lose.
        if (part.trim()) parts.push(part);
        text = text.slice(at);
      }
      pending = keepCr ? `${text}\r` : text;
    };
    for (let position = start; position < size; ) {
      const n = readChunk(chunk, position);
      if (n === 0) break;
      const bytes = chunk.subarray(0, n);
      position += n;
      pending += decoder ? decoder.decode(bytes, { stream: true }) : decodeWindows1252(bytes);
      cut(false);
    }
    if (decoder) pending += decoder.decode();
    cut(true);
    if (parts.length === 0) return { problem: 'no text (only whitespace or markup)' };
    return fallback ? { parts, warning: 'not valid UTF-8; read as Windows-1252' } : { parts };
  };
  try {
    return attempt(false);
  } catch (e) {
    if (encoding !== 'utf-8' || !(e instanceof TypeError)) throw e;
    return attempt(true); // not UTF-8 after all: read it again as Windows-1252
  }
}

/**
 * What a page's article ids start with: its file name (up to 24 characters: readable, and the
 * part that tells a scraper's files apart) and a short hash of its whole name and text (stable:
 * the same page gets the same ids whatever else is listed beside it). Two different pages that
 * meet on both get a longer hash (see disambiguateNames), whichever order they were listed in.
 */
function pageName(base: string, text: string, hashChars = PAGE_HASH_CHARS): string {
  const hash = pageHash(base, text).slice(0, hashChars);
  return `${[...base].slice(0, NAME_CHARS).join('').replace(/[-_. ]+$/, '') || 'page'}-${hash}`;
}

const pageHash = (base: string, text: string) => createHash('sha256').update(`${base}\u0000${text}`).digest('hex');

/** A file's name without its folder and extension. */
const baseName = (path: string) => basename(path, extname(path)) || 'page';

/** Characters of the file name an id keeps, and hex characters of the page's hash. */
const NAME_CHARS = 24;
const PAGE_HASH_CHARS = 6;

function walk(dir: string, out: string[], seen: Set<string>): void {
  const real = statSync(dir);
  const key = `${real.dev}:${real.ino}`;
  if (seen.has(key)) return; // a symlink loop
  seen.add(key);
  // (join(dir, name) for each entry, its directory part normalised once: 3,000 joins took ~10 ms.)
  const prefix = join(dir, '_').slice(0, -1);
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => byCodeUnits(a.name, b.name))) {
    const full = prefix + entry.name;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const st = statSync(full);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        continue;
      }
    }
    if (isDir) walk(full, out, seen);
    else if (isFile && PAGE_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(full);
  }
}

/** What a path turned out to be, before any page is read: enough to tell whether the inputs changed. */
export interface InputFile {
  /** The path as found (a file given, or one found in a folder), or "-" for stdin. */
  path: string;
  /** Size, times and inode: a file whose stat is unchanged is taken to be unchanged (as make and git do). */
  stat: { size: number; mtimeMs: number; ctimeMs: number; ino: number; dev: number } | null;
}

export interface InputListing {
  files: InputFile[];
  /** Paths that could not be used at all (missing, unreadable folder, folder without pages). */
  problems: InputWarning[];
}

/**
 * Finds the files named by `paths` (files, directories walked recursively for *.txt and *.html,
 * or "-" for stdin) and stats them, without reading any.
 */
export function listInputs(paths: string[]): InputListing {
  const files: InputFile[] = [];
  const problems: InputWarning[] = [];
  for (const path of paths) {
    if (path === '-') {
      // stdin can be read once only.
      if (files.some((f) => f.path === '-')) problems.push({ source: 'stdin', message: "'-' given more than once; stdin is read once" });
      else files.push({ path, stat: null });
      continue;
    }
    let st;
    try {
      st = statSync(path);
    } catch {
      problems.push({ source: path, message: 'no such file or directory' });
      continue;
    }
    if (st.isDirectory()) {
      const found: string[] = [];
      try {
        walk(path, found, new Set());
      } catch (e) {
        problems.push({ source: path, message: `cannot read directory (${(e as NodeJS.ErrnoException).code ?? 'error'})` });
        continue;
      }
      if (found.length === 0) problems.push({ source: path, message: 'directory contains no pages (*.txt, *.html)' });
      for (const f of found) files.push({ path: f, stat: statOf(f) });
    } else files.push({ path, stat: { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino, dev: st.dev } });
  }
  return { files, problems };
}

/**
 * Reads and decodes the listed files. Throws InputError when no usable page remains; otherwise
 * bad files become warnings.
 */
export function readInputs(listing: InputListing, options: LoadOptions = {}): LoadResult {
  const pages: Page[] = [];
  const warnings: InputWarning[] = [];
  const problems: InputWarning[] = [...listing.problems];
  for (const { path: file, stat } of listing.files) {
    if (file !== '-' && stat && stat.size > MAX_STREAMED_BYTES) {
      problems.push({ source: file, message: `file too large (${(stat.size / 1048576).toFixed(0)} MiB; the limit is ${MAX_STREAMED_BYTES / 1048576} MiB — split it)` });
      continue;
    }
    if (file !== '-' && stat && stat.size > MAX_PAGE_BYTES) {
      let read: PartsResult;
      try {
        const fd = openSync(file, 'r');
        try {
          read = readInParts(file, (buf, position) => readSync(fd, buf, 0, buf.length, position), stat.size);
        } finally {
          closeSync(fd);
        }
      } catch (e) {
        problems.push({ source: file, message: `cannot read file (${(e as NodeJS.ErrnoException).code ?? 'error'})` });
        continue;
      }
      if ('problem' in read) problems.push({ source: file, message: read.problem });
      else {
        if (read.warning) warnings.push({ source: file, message: read.warning });
        // One page per part, named name.p1, name.p2 …: ids say which part.
        read.parts.forEach((text, k) => pages.push({ source: file, name: pageName(`${baseName(file)}.p${k + 1}`, text), text }));
      }
      continue;
    }
    const known = file !== '-' && stat ? options.known?.(file, stat) : undefined;
    if (known) {
      if (known.warning) warnings.push({ source: file, message: known.warning });
      pages.push(unreadPage(file, stat!, known));
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = file === '-' ? (options.readStdin ?? (() => readFileSync(0)))() : readFileSync(file);
    } catch (e) {
      problems.push({ source: file, message: `cannot read file (${(e as NodeJS.ErrnoException).code ?? 'error'})` });
      continue;
    }
    const source = file === '-' ? 'stdin' : file;
    const decoded = decodePage(bytes, file);
    if ('problem' in decoded) problems.push({ source, message: decoded.problem });
    else {
      if (decoded.warning) warnings.push({ source, message: decoded.warning });
      const name = pageName(file === '-' ? 'stdin' : baseName(file), decoded.text);
      pages.push({ source: file, name, text: decoded.text, ...(file !== '-' && stat ? { file: { stat: statText(stat), name, ...(decoded.warning ? { warning: decoded.warning } : {}) } } : {}) });
    }
  }
  if (pages.length === 0) {
    const first = problems[0];
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more bad input${problems.length > 2 ? 's' : ''})` : '';
    throw new InputError(first ? `${first.source}: ${first.message}${more}` : 'no input pages');
  }
  warnings.unshift(...problems);
  return { pages, warnings: disambiguateNames(pages, warnings) };
}

/** A file's stat as the listing keeps it; null when it cannot be had (reported when read). */
function statOf(path: string): InputFile['stat'] {
  try {
    const st = statSync(path);
    return { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino, dev: st.dev };
  } catch {
    return null;
  }
}

/**
 * A page known from an earlier run, not read yet: its text is read (and decoded) when first asked
 * for. A file that can no longer be read then is an InputError, as it would have been here.
 */
function unreadPage(file: string, stat: FileStat, known: KnownFile): Page {
  let text: string | undefined;
  return {
    source: file,
    name: known.name,
    key: known.key,
    file: { stat: statText(stat), name: known.name, ...(known.warning ? { warning: known.warning } : {}) },
    get text(): string {
      if (text === undefined) {
        let bytes: Buffer;
        try {
          bytes = readFileSync(file);
          // (Its name and key are the text's it had when listed: a file changed since is not taken for it.)
          const now = statOf(file);
          if (!now || statText(now) !== statText(stat)) throw new InputError(`${file}: changed while being read; run again`);
        } catch (e) {
          if (e instanceof InputError) throw e;
          throw new InputError(`${file}: cannot read file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
        }
        const decoded = decodePage(bytes, file);
        if ('problem' in decoded) throw new InputError(`${file}: ${decoded.problem}`);
        text = decoded.text;
      }
      return text;
    },
    set text(value: string) {
      text = value;
    },
  };
}

/** listInputs then readInputs: the pages named by `paths`, or an InputError when none is usable. */
export function loadPages(paths: string[], options: LoadOptions = {}): LoadResult {
  return readInputs(listInputs(paths), options);
}

/**
 * Distinct ids for pages that meet on a name: different pages get a longer hash, the longest
 * needed to tell them apart (so the result does not depend on the order they came in); the same
 * page given twice (same name, same text) can only be told apart by order: its later copies take
 * "~2", "~3".
 */
function disambiguateNames(pages: Page[], warnings: InputWarning[]): InputWarning[] {
  const groups = new Map<string, Page[]>();
  for (const p of pages) groups.set(p.name, [...(groups.get(p.name) ?? []), p]);
  const baseOf = new Map(pages.map((p) => [p, p.source === '-' ? 'stdin' : baseName(p.source)]));
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const hashes = new Map(group.map((p) => [p, pageHash(baseOf.get(p)!, p.text)]));
    const distinct = new Set(hashes.values());
    if (distinct.size > 1) {
      let chars = PAGE_HASH_CHARS;
      while (new Set([...distinct].map((h) => h.slice(0, chars))).size < distinct.size) chars++;
      for (const p of group) p.name = pageName(baseOf.get(p)!, p.text, chars);
    }
  }
  const seen = new Map<string, number>();
  const taken = new Set(pages.map((p) => p.name));
  for (const p of pages) {
    const n = (seen.get(p.name) ?? 0) + 1;
    seen.set(p.name, n);
    if (n === 1) continue;
    // "a~2" may itself be a file's name: take the next free suffix.
    let k = n;
    while (taken.has(`${p.name}~${k}`)) k++;
    p.name = `${p.name}~${k}`;
    taken.add(p.name);
  }
  return warnings;
}
