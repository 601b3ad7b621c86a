/**
 * Writes what a renderer produced to a file descriptor. Stored byte ranges (a cached corpus's
 * article JSON) are copied through one small buffer, so a 40 MB answer is never held in memory.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import type { Rendered } from './render/index.js';

const STAGING = 1 << 20;

export function writeRendered(fd: number, rendered: Rendered): void {
  if (typeof rendered === 'string') return writeAll(fd, Buffer.from(rendered));
  const staging = Buffer.allocUnsafe(STAGING);
  let used = 0;
  const flush = () => {
    writeAll(fd, staging.subarray(0, used));
    used = 0;
  };
  const files = new Map<string, number>();
  try {
    for (const piece of rendered) {
      if (piece instanceof Uint8Array) {
        if (used + piece.length > STAGING) flush();
        if (piece.length > STAGING) writeAll(fd, piece);
        else used += Buffer.from(piece.buffer, piece.byteOffset, piece.length).copy(staging, used);
        continue;
      }
      let from = files.get(piece.file);
      if (from === undefined) files.set(piece.file, (from = openSync(piece.file, 'r')));
      for (let at = piece.start; at < piece.end; ) {
        if (used === STAGING) flush();
        const n = readSync(from, staging, used, Math.min(STAGING - used, piece.end - at), at);
        if (n === 0) throw new Error(`${piece.file} is shorter than the cache says`);
        used += n;
        at += n;
      }
    }
    flush();
  } finally {
    for (const f of files.values()) closeSync(f);
  }
}

/** writeSync until everything is written; waits out EAGAIN on a non-blocking pipe. */
function writeAll(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length; ) {
    try {
      at += writeSync(fd, bytes, at, bytes.length - at);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}
