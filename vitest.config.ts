import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser tests need Debian's Chromium: they run with `npm run test:e2e` (and in .ci/run).
    exclude: ['tests/e2e/**', '**/node_modules/**'],
    // Build tests run whole Astro builds; one file at a time keeps the 2-core machine and
    // Astro's shared caches out of each other's way.
    fileParallelism: false,
    // Some tests build a small site inside the test itself: 20 s was too short on a loaded machine
    // (a build of valid-minimal took 21 s while a benchmark ran). A guard against hangs, not a speed check.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
