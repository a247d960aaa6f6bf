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

const memory = new Map<string, Promise<Rendered>>();

/** The card as PNG, from the cache when the same card was drawn before. */
export function renderShareCard(card: ShareCard, dir = cacheDir()): Promise<Rendered> {
  const key = cardHash(card);
  const known = memory.get(`${dir}|${key}`);
  if (known) return known;
  const job = (async (): Promise<Rendered> => {
    const file = join(dir, `${key}.png`);
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
  })();
  memory.set(`${dir}|${key}`, job);
  return job;
}
