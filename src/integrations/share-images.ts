/**
 * Astro integration: the share images (og:image) of a build.
 * - Before the pages render, every card the cache lacks is drawn, several at a time
 *   (src/lib/share-image/render.ts `fillShareCache`), so pages only read sizes from the cache.
 * - After the pages, every PNG is copied from the cache to /anh-chia-se/<kind>/<id>.png, before
 *   Pagefind and the inventory check run (this integration is listed before them).
 * A copy per image replaces an Astro endpoint per image: measured at 5,000 stories, the endpoint
 * route took 17 s with a warm cache.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { modelOfThisBuild } from '../model/build-model.ts';
import type { SiteModel } from '../model/site-model.ts';
import { shareCard, shareTargets } from '../lib/share-image/cards.ts';
import type { ShareCard } from '../lib/share-image/layout.ts';
import { cachedCardFile, fillShareCache, renderShareCard } from '../lib/share-image/render.ts';
import { shareImagePath, type ShareKind } from '../lib/seo/urls.ts';

/** Every page's card, with the site URL the pages print (SITE_URL or settings.baseUrl, as the gate set `site`). */
export function buildCards(model: SiteModel, site: string): { kind: ShareKind; id: string; card: ShareCard }[] {
  return shareTargets(model).map(({ kind, id }) => ({ kind, id, card: shareCard(model, kind, id, site)! }));
}

/** Writes every share image into `outDir` from the cache (drawing any the cache cannot hold); returns the count. */
export async function writeShareImages(outDir: string, cards: { kind: ShareKind; id: string; card: ShareCard }[]): Promise<number> {
  const made = new Set<string>();
  for (const { kind, id, card } of cards) {
    const target = join(outDir, shareImagePath(kind, id));
    const folder = dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    const cached = cachedCardFile(card);
    if (existsSync(cached)) copyFileSync(cached, target);
    else writeFileSync(target, (await renderShareCard(card)).png); // missing glyphs: never cached
  }
  return cards.length;
}

export function shareImages(): AstroIntegration {
  let site = '';
  return {
    name: 'bang-vang:share-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
      },
      'astro:build:start': async ({ logger }) => {
        const started = performance.now();
        const cards = buildCards(modelOfThisBuild(), site);
        const { drawn } = await fillShareCache(cards.map((c) => c.card), availableParallelism() + 1);
        logger.info(`Ảnh chia sẻ: vẽ mới ${drawn}, có sẵn ${cards.length - drawn} (${Math.round(performance.now() - started)} ms)`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const count = await writeShareImages(fileURLToPath(dir), buildCards(modelOfThisBuild(), site));
        logger.info(`Ảnh chia sẻ: chép ${count} ảnh (${Math.round(performance.now() - started)} ms)`);
      },
    },
  };
}
