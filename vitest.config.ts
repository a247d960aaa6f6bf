import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Build tests run whole Astro builds; one file at a time keeps the 2-core machine and
    // Astro's shared caches out of each other's way.
    fileParallelism: false,
    testTimeout: 20_000,
    hookTimeout: 300_000,
  },
});
