/**
 * Loads a CommonJS file through V8's code cache. The CLI is one bundle whose compiling is a
 * tenth of a warm answer; its compiled code is kept beside it (FILE.cache), headed by hashes of
 * the source and of the cached data, so that a cache is never used for another source or when
 * damaged (V8's own checks are the source's length and, outside debug builds, no checksum). A
 * missing, stale or rejected cache is rewritten, best effort, after the run, with the
 * functions the run compiled.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

export interface LoadedModule {
  exports: Record<string, unknown>;
  /** Whether the code cache was used. */
  cached: boolean;
  /** Writes the code cache if it was not used (errors ignored: the cache only saves time). */
  saveCache(): void;
}

const DIGEST_BYTES = 32;
const sha256 = (bytes: string | Uint8Array) => createHash('sha256').update(bytes).digest();

export function loadCommonJs(file: string, cacheFile = `${file}.cache`): LoadedModule {
  const source = readFileSync(file, 'utf8');
  const digest = sha256(source);
  let cachedData: Buffer | undefined;
  try {
    const stored = readFileSync(cacheFile);
    const data = stored.subarray(2 * DIGEST_BYTES);
    if (data.length > 0 && stored.subarray(0, DIGEST_BYTES).equals(digest) && stored.subarray(DIGEST_BYTES, 2 * DIGEST_BYTES).equals(sha256(data))) cachedData = data;
  } catch {
    // no cache yet
  }
  // Node's own wrapper for CommonJS, so the module sees what require() would give it.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  const cached = cachedData !== undefined && !script.cachedDataRejected;
  const module = { exports: {} as Record<string, unknown> };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    cached,
    saveCache() {
      if (cached) return;
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      let fd: number;
      try {
        fd = openSync(tmp, 'w');
      } catch {
        return; // a read-only install, say: no cache, and no time spent making one
      }
      try {
        try {
          const data = script.createCachedData();
          writeFileSync(fd, Buffer.concat([digest, sha256(data), data]));
        } finally {
          closeSync(fd);
        }
        renameSync(tmp, cacheFile);
      } catch {
        rmSync(tmp, { force: true });
      }
    },
  };
}
