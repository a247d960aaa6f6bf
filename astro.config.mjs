// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentGate } from './src/integrations/content-gate.ts';
import { pagefindSearch } from './src/integrations/pagefind.ts';

export default defineConfig({
  // The content gate runs first: broken content stops the build before anything is written.
  // Pagefind comes after it, so only output that passed the gate's checks is indexed.
  integrations: [contentGate(), pagefindSearch(), mdx()],
  trailingSlash: 'always',
  // Tests build fixture sites side by side: each gets its own cache so content never mixes.
  cacheDir: process.env.ASTRO_CACHE_DIR || undefined,
  build: { format: 'directory' },
  // Astro 7's default 'jsx' mode glues inline elements written on separate lines
  // ("Đồng" + "Tháp" → "ĐồngTháp" in text and search); the HTML-aware mode keeps one space.
  compressHTML: true,
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
