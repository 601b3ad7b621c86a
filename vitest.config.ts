import { defineConfig } from 'vitest/config';
import { TEST_CACHE_DIR } from './test/helpers/test-cache.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests spawn the built CLI over the seeds; give them room on a 2-core machine.
    testTimeout: 60_000,
    // The CLI runs in tests must not read or fill the user's own analysis cache...
    env: { ICESCO_CACHE_DIR: TEST_CACHE_DIR },
    // ...and the directory goes when the run ends.
    globalSetup: ['test/helpers/test-cache.ts'],
    hookTimeout: 60_000,
  },
});
