/**
 * Writes what a renderer produced. Pieces (stored article JSON among them: thousands of small
 * buffers) are gathered into 1 MiB writes, so a large answer costs a few dozen writes, not one
 * per article.
 */
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
  for (const piece of rendered) {
    if (used + piece.length > STAGING) await flush();
    if (piece.length > STAGING) await write(piece);
    else used += Buffer.from(piece.buffer, piece.byteOffset, piece.length).copy(staging, used);
  }
  await flush();
}
