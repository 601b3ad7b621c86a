/**
 * Writes what a renderer produced. Stored byte ranges (a cached corpus's article JSON) are
 * copied through small buffers, so a 40 MB answer is never held in memory; ranges marked
 * compact are copied without their indentation, each read whole (a record, not the answer).
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { Rendered } from './render/index.js';
import { compactJson } from './render/json.js';
import type { StoredBytes } from './types.js';

const STAGING = 1 << 20;
/** Longest run of stored ranges read with one call. */
const SPAN = 1 << 20;

/**
 * Hands `rendered` to `write` in order. `write` resolves once it is done with the bytes it was
 * given (they are then reused), so a slow reader at the end of a pipe holds back the copying
 * instead of letting it pile up in memory.
 */
export async function writeRendered(rendered: Rendered, write: (bytes: Uint8Array) => Promise<void>): Promise<void> {
  if (typeof rendered === 'string') return write(Buffer.from(rendered));
  const staging = Buffer.allocUnsafe(STAGING);
  let span: Buffer | null = null;
  let used = 0;
  const flush = async () => {
    if (used) await write(staging.subarray(0, used));
    used = 0;
  };
  const put = async (bytes: Uint8Array) => {
    if (used + bytes.length > STAGING) await flush();
    if (bytes.length > STAGING) await write(bytes);
    else used += Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).copy(staging, used);
  };
  let compacted: Buffer | null = null;
  const putCompact = async (json: Uint8Array) => {
    if (!compacted || compacted.length < json.length) compacted = Buffer.allocUnsafe(Math.max(json.length, SPAN));
    await put(compacted.subarray(0, compactJson(json, compacted)));
  };
  const files = new Map<string, number>();
  const fdOf = (file: string) => {
    let fd = files.get(file);
    if (fd === undefined) files.set(file, (fd = openSync(file, 'r')));
    return fd;
  };
  try {
    for (let k = 0; k < rendered.length; k++) {
      const piece = rendered[k];
      if (piece instanceof Uint8Array) {
        await put(piece);
        continue;
      }
      // Ranges that lie end to end in their file, with only separators between them in the
      // output (articles listed in the order they were stored), are read with one call.
      const last = runEnd(rendered, k);
      if (last > k) {
        span ??= Buffer.allocUnsafe(SPAN);
        readFully(fdOf(piece.file), span, piece.start, (rendered[last] as StoredBytes).end, piece.file);
        for (let m = k; m <= last; m++) {
          const p = rendered[m];
          if (p instanceof Uint8Array) await put(p);
          else {
            const bytes = span.subarray(p.start - piece.start, p.end - piece.start);
            await (p.compact ? putCompact(bytes) : put(bytes));
          }
        }
        k = last;
        continue;
      }
      const from = fdOf(piece.file);
      if (piece.compact) {
        // One record, compacted whole (a string may run across any chunk boundary).
        const json = piece.end - piece.start <= SPAN ? (span ??= Buffer.allocUnsafe(SPAN)) : Buffer.allocUnsafe(piece.end - piece.start);
        readFully(from, json, piece.start, piece.end, piece.file);
        await putCompact(json.subarray(0, piece.end - piece.start));
        continue;
      }
      for (let at = piece.start; at < piece.end; ) {
        if (used === STAGING) await flush();
        const n = readSync(from, staging, used, Math.min(STAGING - used, piece.end - at), at);
        if (n === 0) throw new Error(`${piece.file} is shorter than the cache says`);
        used += n;
        at += n;
      }
    }
    await flush();
  } finally {
    for (const f of files.values()) closeSync(f);
  }
}

/**
 * The index of the last stored range of the run starting at `k`: each next one follows a single
 * separator and starts, in the same file, where the one before ended, to be copied the same way
 * (compact or not); the run fits in SPAN.
 */
function runEnd(rendered: Array<Uint8Array | StoredBytes>, k: number): number {
  const first = rendered[k] as StoredBytes;
  let last = k;
  for (;;) {
    const sep = rendered[last + 1];
    const next = rendered[last + 2];
    if (!(sep instanceof Uint8Array) || next === undefined || next instanceof Uint8Array) return last;
    if (next.file !== first.file || next.start !== (rendered[last] as StoredBytes).end || next.end - first.start > SPAN || !next.compact !== !first.compact) return last;
    last += 2;
  }
}

/** Reads [start, end) of the file into the start of `into`. */
function readFully(fd: number, into: Buffer, start: number, end: number, file: string): void {
  for (let at = start; at < end; ) {
    const n = readSync(fd, into, at - start, end - at, at);
    if (n === 0) throw new Error(`${file} is shorter than the cache says`);
    at += n;
  }
}
