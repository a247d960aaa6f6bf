/**
 * The Astro side of syndication: rendered story bodies (through the container API, with the
 * same MDX components as the page), photo derivatives (getImage only: the ImageMetadata of a
 * photo is handed to getImage and never read, or Astro would copy the original, GPS and all)
 * and share images. Endpoints and pages call these; everything else in src/lib/feeds and
 * src/lib/seo is pure.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { getImage } from 'astro:assets';
import { loadRenderers } from 'astro:container';
import { getEntry, render } from 'astro:content';
import { experimental_AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import sharp from 'sharp';
import { mdxComponents } from '../../components/mdx/index.ts';
import type { Entry } from '../../model/load-content.ts';
import { getSite } from '../../model/site.ts';
import type { Story } from '../../schemas/stories.ts';
import { byteMark } from '../feeds/byte-marks.ts';
import type { FeedImage } from '../feeds/types.ts';
import { shareCard } from '../share-image/cards.ts';
import { renderShareCard } from '../share-image/render.ts';
import { photoCredit } from '../story-view.ts';
import { REPUBLISH_PATH, SHARE_IMAGE_SIZE, absolute, shareImagePath, type ShareKind } from './urls.ts';

/** The site's absolute base: SITE_URL when set (as the content gate sets Astro's `site`), else baseUrl. */
export function siteUrl(): string {
  return new URL(process.env.SITE_URL?.trim() || getSite().model.settings.baseUrl).href;
}

// ---------------------------------------------------------------------------------------------
// Story bodies

let container: Promise<experimental_AstroContainer> | undefined;
const bodies = new Map<string, Promise<string>>();

/** The story's body as the page renders it (Markdown or MDX with the allow-listed components). */
export function storyBodyHtml(id: string): Promise<string> {
  let job = bodies.get(id);
  if (!job) {
    job = (async () => {
      container ??= loadRenderers([getContainerRenderer()]).then((renderers) => experimental_AstroContainer.create({ renderers }));
      const entry = await getEntry('stories', id);
      if (!entry) throw new Error(`Không tìm thấy nội dung bài ${id}`);
      const { Content } = await render(entry);
      return (await container).renderToString(Content, { props: { components: mdxComponents } });
    })();
    bodies.set(id, job);
  }
  return job;
}

// ---------------------------------------------------------------------------------------------
// Photo derivatives

export interface Derivative {
  /** Site path of the emitted file ("/_astro/…jpg"). */
  path: string;
  width: number;
  /** Known exactly for cropped derivatives; for plain ones the resize keeps the ratio. */
  height?: number;
}

const sizes = new Map<string, Promise<{ width: number; height: number }>>();

/** Width and height of an original photo as displayed (EXIF orientation applied), read from disk. */
function originalSize(entry: Entry<Story>, index: number): Promise<{ width: number; height: number }> {
  const file = resolve(dirname(entry.absPath), entry.data.photos[index].src);
  let job = sizes.get(file);
  if (!job) {
    job = (async () => {
      if (!existsSync(file)) throw new Error(`Không tìm thấy ảnh ${file}`);
      const meta = await sharp(file).metadata();
      const oriented = meta.autoOrient ?? meta;
      return { width: oriented.width ?? 0, height: oriented.height ?? 0 };
    })();
    sizes.set(file, job);
  }
  return job;
}

async function photoSource(entry: Entry<Story>, index: number) {
  const astroEntry = await getEntry('stories', entry.id);
  const photo = astroEntry?.data.photos[index];
  if (!photo) throw new Error(`Bài ${entry.id} không có ảnh thứ ${index + 1}`);
  return photo.src; // ImageMetadata: only passed on to getImage, never read.
}

/**
 * The width of the JPEG that the story page's <Picture> already emits as its fallback
 * (src/components/StoryPhoto.astro: width 960, JPEG). Asking getImage() for the very same
 * transform gives the same file, so feeds, the kit and the JSON twin cost no extra image work.
 */
export const FEED_PHOTO_WIDTH = 960;

/** The photo as the page's JPEG fallback (960 px wide, or the original's width if smaller): the feeds' enclosure, the kit's and the JSON twin's photo. */
export async function photoDerivative(entry: Entry<Story>, index: number): Promise<Derivative> {
  const { width, height } = await originalSize(entry, index);
  const image = await getImage({ src: await photoSource(entry, index), width: FEED_PHOTO_WIDTH, format: 'jpg' });
  const w = Math.min(FEED_PHOTO_WIDTH, width);
  const h = (w * height) / width;
  return { path: image.src, width: w, ...(Number.isInteger(h) && { height: h }) };
}

/** Aspect ratios Google asks for in article images. */
export const RATIOS = [
  { name: '1:1', w: 1, h: 1 },
  { name: '4:3', w: 4, h: 3 },
  { name: '16:9', w: 16, h: 9 },
] as const;

/**
 * The photo in one aspect ratio, exactly: the plain derivative when the photo already has that
 * ratio (no extra image work), else a crop as large as the original allows, at most 1200 px wide.
 */
export async function croppedDerivative(entry: Entry<Story>, index: number, ratio: (typeof RATIOS)[number]): Promise<Derivative> {
  const { width, height } = await originalSize(entry, index);
  if (width * ratio.h === height * ratio.w) {
    const plain = await photoDerivative(entry, index);
    if (plain.height !== undefined) return plain;
  }
  const k = Math.floor(Math.min(1200, width, (height * ratio.w) / ratio.h) / ratio.w);
  const w = k * ratio.w;
  const h = k * ratio.h;
  const image = await getImage({ src: await photoSource(entry, index), width: w, height: h, fit: 'cover', format: 'jpg' });
  return { path: image.src, width: w, height: h };
}

/** The lead photo (or the share image) as a feed image, with credit and licence. */
export async function storyFeedImage(entry: Entry<Story>): Promise<FeedImage> {
  const { model } = getSite();
  const site = siteUrl();
  const photo = entry.data.photos[0];
  if (!photo) {
    const share = await shareImage('nguoi-tot-viec-tot', entry.id);
    return {
      url: absolute(site, share.path),
      type: 'image/png',
      length: share.bytes,
      ...SHARE_IMAGE_SIZE,
      description: entry.data.title,
      credit: model.settings.siteName,
      license: model.settings.license,
    };
  }
  const d = await photoDerivative(entry, 0);
  return {
    url: absolute(site, d.path),
    type: 'image/jpeg',
    length: byteMark(d.path),
    width: d.width,
    height: d.height,
    description: photo.caption ? `${photo.alt}. ${photo.caption}` : photo.alt,
    credit: photoCredit(photo.credit).replace(/^Ảnh: /, ''),
    ...(photo.use === 'reuse'
      ? { license: model.settings.license }
      : { restriction: { url: absolute(site, `${REPUBLISH_PATH}#anh`), text: `Ảnh chỉ dùng trên ${model.settings.siteName}, không thuộc giấy phép ${model.settings.license.name}` } }),
  };
}

// ---------------------------------------------------------------------------------------------
// Share images

const shareSizes = new Map<string, Promise<number>>();

/** The share card of a page, drawn or read from the cache (the caller decides what to keep of it). */
async function renderPageCard(kind: ShareKind, id: string) {
  const card = shareCard(getSite().model, kind, id, siteUrl());
  if (!card) throw new Error(`Không có trang ${kind}/${id} để tạo ảnh chia sẻ`);
  const result = await renderShareCard(card);
  if (result.missing.length) {
    console.warn(`[ảnh chia sẻ] ${kind}/${id}: phông chữ không có các ký tự ${JSON.stringify(result.missing)}, chúng sẽ không hiện trên ảnh.`);
  }
  return result;
}

/**
 * The share image of a page: its path and its byte count (feeds' enclosures need it). Only the
 * count is kept: the build copies the PNGs from the cache (src/integrations/share-images.ts).
 */
export function shareImage(kind: ShareKind, id: string): Promise<{ path: string; bytes: number }> {
  const key = `${kind}/${id}`;
  let bytes = shareSizes.get(key);
  if (!bytes) {
    bytes = renderPageCard(kind, id).then((r) => r.png.length);
    shareSizes.set(key, bytes);
  }
  return bytes.then((n) => ({ path: shareImagePath(kind, id), bytes: n }));
}

/** The PNG itself, for the dev server's endpoint. */
export async function shareImagePng(kind: ShareKind, id: string): Promise<Buffer> {
  return (await renderPageCard(kind, id)).png;
}
