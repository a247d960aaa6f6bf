/**
 * Draws share cards: satori lays the card out with Be Vietnam Pro (self-hosted from
 * @fontsource/be-vietnam-pro: the latin, vietnamese and latin-ext subsets, so every Vietnamese
 * letter and tone mark has a glyph), sharp turns the SVG into a PNG. Each image is cached under
 * its content hash (card text, layout version, satori version, font bytes), so a rebuild only
 * draws cards whose text changed. Cache: node_modules/.cache/bang-vang-share/ (or
 * SHARE_IMAGE_CACHE_DIR).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { CARD_HEIGHT, CARD_WIDTH, LAYOUT_VERSION, cardTree, type ShareCard } from './layout.ts';

const SUBSETS = ['latin', 'vietnamese', 'latin-ext'] as const;
const WEIGHTS = [400, 700] as const;

interface LoadedFonts {
  fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[];
  hash: string;
}
let loaded: LoadedFonts | undefined;

/** The woff files (satori reads woff, not woff2), resolved through the package's exports. */
export function fontFiles(root = process.cwd()): { subset: string; weight: 400 | 700; path: string }[] {
  const require = createRequire(join(root, 'package.json'));
  return SUBSETS.flatMap((subset) =>
    WEIGHTS.map((weight) => ({ subset, weight, path: require.resolve(`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-normal.woff`) })),
  );
}

/** The fonts as satori takes them (loaded once), and a hash of their bytes. */
export function fonts(): LoadedFonts {
  if (!loaded) {
    const hash = createHash('sha256');
    const list = fontFiles().map((f) => {
      const data = readFileSync(f.path);
      hash.update(data);
      // One family name per subset: satori then falls back subset by subset, glyph by glyph.
      return { name: `BVP ${f.subset}`, data, weight: f.weight, style: 'normal' as const };
    });
    loaded = { fonts: list, hash: hash.digest('hex') };
  }
  return loaded;
}

const SATORI_VERSION = (() => {
  try {
    return (createRequire(join(process.cwd(), 'package.json'))('satori/package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
})();

export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.SHARE_IMAGE_CACHE_DIR?.trim() || join(process.cwd(), 'node_modules', '.cache', 'bang-vang-share');
}

/** The cache key: everything that decides the image's pixels. */
export function cardHash(card: ShareCard): string {
  return createHash('sha256')
    .update(JSON.stringify({ card, layout: LAYOUT_VERSION, satori: SATORI_VERSION, fonts: fonts().hash, size: [CARD_WIDTH, CARD_HEIGHT] }))
    .digest('hex')
    .slice(0, 32);
}

export interface Rendered {
  png: Buffer;
  /** True when it came from the cache. */
  cached: boolean;
  /** Text segments no font could draw (they would be missing from the image). */
  missing: string[];
}

/** Draws the card (no cache). */
export async function drawCard(card: ShareCard): Promise<{ png: Buffer; missing: string[] }> {
  const missing: string[] = [];
  const svg = await satori(cardTree(card) as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: fonts().fonts,
    // Called only for text that none of the fonts has a glyph for.
    loadAdditionalAsset: async (_code: string, segment: string) => {
      missing.push(segment);
      return [];
    },
  });
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
  return { png, missing };
}

// Cards being drawn right now, so two pages asking for the same card draw it once. Finished cards
// are not kept in memory (20,000 PNGs are about 0.6 GB): the cache folder holds them.
const inflight = new Map<string, Promise<Rendered>>();

/** Where the card's PNG lives in the cache folder (whether or not it is there yet). */
export function cachedCardFile(card: ShareCard, dir = cacheDir()): string {
  return join(dir, `${cardHash(card)}.png`);
}

/** The card as PNG, from the cache when the same card was drawn before. */
export function renderShareCard(card: ShareCard, dir = cacheDir()): Promise<Rendered> {
  const file = cachedCardFile(card, dir);
  const known = inflight.get(file);
  if (known) return known;
  const job = (async (): Promise<Rendered> => {
    if (existsSync(file)) return { png: readFileSync(file), cached: true, missing: [] };
    const { png, missing } = await drawCard(card);
    // A card with missing glyphs is not kept, so every build reports it again.
    if (missing.length) return { png, cached: false, missing };
    mkdirSync(dir, { recursive: true });
    // Write then rename: a build that stops half-way never leaves a broken file in the cache.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, png);
    renameSync(tmp, file);
    return { png, cached: false, missing };
  })().finally(() => inflight.delete(file));
  inflight.set(file, job);
  return job;
}

/**
 * Draws every card the cache lacks, `concurrency` at a time, so satori can lay one card out on the
 * main thread while sharp rasterises others on libuv's threads (no gain measured on a fully busy
 * 2-core machine; see docs/performance.md). Returns how many were drawn and the cards with missing glyphs.
 */
export async function fillShareCache(cards: ShareCard[], concurrency: number, dir = cacheDir()): Promise<{ drawn: number; missing: { card: ShareCard; segments: string[] }[] }> {
  const todo = cards.filter((c) => !existsSync(cachedCardFile(c, dir)));
  const missing: { card: ShareCard; segments: string[] }[] = [];
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      const card = todo[next++];
      const result = await renderShareCard(card, dir);
      if (result.missing.length) missing.push({ card, segments: result.missing });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return { drawn: todo.length, missing };
}
