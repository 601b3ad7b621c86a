import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests spawn the built CLI over the seeds; give them room on a 2-core machine.
    testTimeout: 60_000,
    // The CLI runs in tests must not read or fill the user's own analysis cache.
    env: { ICESCO_CACHE_DIR: join(tmpdir(), `icesco-test-cache-${process.pid}`) },
    hookTimeout: 60_000,
  },
});
