// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentGate } from './src/integrations/content-gate.ts';
import { pagefindSearch } from './src/integrations/pagefind.ts';
import { cmsAdmin } from './src/integrations/cms.ts';
import { urlContinuity } from './src/integrations/url-manifest.ts';
import { inventory } from './src/integrations/inventory.ts';
import { feedLengths } from './src/integrations/feed-lengths.ts';
import { shareImages } from './src/integrations/share-images.ts';

export default defineConfig({
  // The content gate checks everything in astro:config:setup: broken content stops the build before
  // anything is written. Share images are drawn before the pages (astro:build:start) and copied into
  // the output first among the astro:build:done hooks (which run in this order), so the gate's photo
  // guard and Pagefind see them. Pagefind comes after the gate, so only output that passed is indexed.
  // After everything is written: URL continuity (urls.json), then the inventory check
  // (docs/trust.md). Either one failing rejects the build; npm run build then keeps dist/ as it was.
  integrations: [shareImages(), contentGate(), pagefindSearch(), mdx(), cmsAdmin(), feedLengths(), urlContinuity(), inventory()],
  // Two routes writing the same path (an old path in redirectFrom and a real page) is an error.
  prerenderConflictBehavior: 'error',
  trailingSlash: 'always',
  // Tests build fixture sites side by side: each gets its own cache so content never mixes.
  cacheDir: process.env.ASTRO_CACHE_DIR || undefined,
  // Stylesheets are always files, never inlined <style> (Astro inlines small ones by default):
  // the site runs under style-src 'self' (public/_headers; npm run check:budget enforces it).
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Scripts and assets are always files too (a small <script> would otherwise be inlined): script-src 'self'.
  vite: { build: { assetsInlineLimit: 0 } },
  // Astro 7's default 'jsx' mode glues inline elements written on separate lines
  // ("Đồng" + "Tháp" → "ĐồngTháp" in text and search); the HTML-aware mode keeps one space.
  compressHTML: true,
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
