import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser tests need Debian's Chromium: they run with `npm run test:e2e` (and in .ci/run).
    exclude: ['tests/e2e/**', '**/node_modules/**'],
    // Build tests run whole Astro builds; one file at a time keeps the 2-core machine and
    // Astro's shared caches out of each other's way.
    fileParallelism: false,
    testTimeout: 20_000,
    hookTimeout: 300_000,
  },
});
