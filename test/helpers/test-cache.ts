/**
 * The cache directory the CLI runs in tests use (never the user's own), removed when the run
 * ends. Imported by vitest.config.ts and by the global teardown, both in vitest's main process.
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TEST_CACHE_DIR = join(tmpdir(), `icesco-test-cache-${process.pid}`);

/** vitest globalSetup: nothing to set up; the returned teardown removes the directory. */
export default function setup(): () => void {
  return () => rmSync(TEST_CACHE_DIR, { recursive: true, force: true });
}
