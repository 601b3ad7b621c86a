/**
 * Writes what a renderer produced. Stored byte ranges (a cached corpus's article JSON) are
 * copied through one small buffer, so a 40 MB answer is never held in memory.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { Rendered } from './render/index.js';

const STAGING = 1 << 20;

/**
 * Hands `rendered` to `write` in order. `write` resolves once it is done with the bytes it was
 * given (they are then reused), so a slow reader at the end of a pipe holds back the copying
 * instead of letting it pile up in memory.
 */
export async function writeRendered(rendered: Rendered, write: (bytes: Uint8Array) => Promise<void>): Promise<void> {
  if (typeof rendered === 'string') return write(Buffer.from(rendered));
  const staging = Buffer.allocUnsafe(STAGING);
  let used = 0;
  const flush = async () => {
    if (used) await write(staging.subarray(0, used));
    used = 0;
  };
  const files = new Map<string, number>();
  try {
    for (const piece of rendered) {
      if (piece instanceof Uint8Array) {
        if (used + piece.length > STAGING) await flush();
        if (piece.length > STAGING) await write(piece);
        else used += Buffer.from(piece.buffer, piece.byteOffset, piece.length).copy(staging, used);
        continue;
      }
      let from = files.get(piece.file);
      if (from === undefined) files.set(piece.file, (from = openSync(piece.file, 'r')));
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
