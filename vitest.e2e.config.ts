import { defineConfig } from 'vitest/config';

// Browser tests drive Debian's Chromium (CHROME_PATH, default /usr/bin/chromium) through
// playwright-core; no browser is ever downloaded.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
