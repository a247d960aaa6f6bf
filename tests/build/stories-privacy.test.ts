// Builds a fixture with one public story (whose photo still carries GPS and camera data), one
// draft and one embargoed story, and proves nothing private reaches any file of the site:
// not the unpublished stories' words, not the consent records, not the photo's metadata.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot, visibleText, type BuiltSite } from '../helpers/build-site.ts';
import { distFiles, distImages, findWords, identicalCopies } from '../helpers/dist-scan.ts';
import { FIXTURE_CAMERA } from '../helpers/make-gps-photo.ts';

const FIXTURE = 'tests/fixtures/stories-leak';
const STORIES = `${projectRoot}/${FIXTURE}/stories/2025`;
const PUBLIC = 'tra-lai-vi-tien';
const DRAFT = 'ban-nhap-bimatzq';
const EMBARGOED = 'cho-dang-camvaoxy';
/** Nonsense words that appear only in the draft, only in the embargoed story, only in the public one. */
const DRAFT_WORD = 'bimatzq';
const EMBARGO_WORD = 'camvaoxy';
const PUBLIC_WORD = 'congkhaitv';
/** Only in a consent record of the public story, which is validated and never rendered. */
const CONSENT_WORD = 'phieukinzq';
/** Originals with GPS, make and model (see tests/helpers/make-gps-photo.ts): 4:3, 3:1 and 1:2. */
const PHOTOS = {
  public: `${STORIES}/${PUBLIC}/anh-1.jpg`,
  draft: `${STORIES}/${DRAFT}/anh-nhap.jpg`,
  embargoed: `${STORIES}/${EMBARGOED}/anh-cho.jpg`,
};
const CREDIT = 'Ảnh: Công an xã Bình Phước';

const storyPage = (site: BuiltSite, id: string) => join(site.outDir, 'nguoi-tot-viec-tot', id, 'index.html');
const output = (site: BuiltSite) => site.result.stdout + site.result.stderr;
const show = (hits: unknown[]) => JSON.stringify(hits, null, 2);

/** Local image files a page points at (src and every srcset candidate), relative to the site. */
function pageImages(html: string): string[] {
  const refs = [...html.matchAll(/\s(?:src|srcset)="([^"]+)"/g)].flatMap((m) => m[1].split(',').map((s) => s.trim().split(/\s+/)[0]));
  return [...new Set(refs.filter((r) => r.startsWith('/') && /\.(avif|webp|jpe?g|png)$/i.test(r)).map((r) => decodeURIComponent(r).slice(1)))];
}

/** "file: what it still carries" for every image (relative to `dir`) with any metadata left. */
async function metadataProblems(dir: string, images: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const image of images) {
    const path = join(dir, image);
    const tags = await exifr.parse(path, { tiff: true, exif: true, gps: true, xmp: true, iptc: true }).catch((e: Error) => {
      // exifr reads JPEG, PNG, HEIC/AVIF and TIFF; WebP is left to sharp below.
      if (/Unknown file format/i.test(e.message)) return undefined;
      throw e;
    });
    const found = ['latitude', 'longitude', 'GPSLatitude', 'GPSLongitude', 'Make', 'Model'].filter((k) => tags?.[k] !== undefined);
    const meta = await sharp(path).metadata();
    if (meta.exif) found.push('EXIF block');
    if (meta.xmp) found.push('XMP block');
    if (found.length) out.push(`${image}: ${found.join(', ')}`);
  }
  return out;
}

/** "file is W×H" for every image whose width/height ratio is one of `ratios` (±2%). */
async function imagesShaped(dir: string, ratios: readonly number[]): Promise<string[]> {
  const out: string[] = [];
  for (const image of distImages(dir)) {
    const { width = 0, height = 1 } = await sharp(join(dir, image)).metadata();
    if (ratios.some((r) => Math.abs(width / height / r - 1) < 0.02)) out.push(`${image} is ${width}×${height}`);
  }
  return out;
}

describe('the fixture itself', () => {
  it('has photos that really carry GPS and the camera make and model', async () => {
    for (const photo of Object.values(PHOTOS)) {
      const gps = await exifr.gps(photo);
      expect(gps?.latitude, photo).toBeCloseTo(21.028, 2);
      expect(gps?.longitude, photo).toBeCloseTo(105.853, 2);
      expect(await exifr.parse(photo), photo).toMatchObject(FIXTURE_CAMERA);
    }
  });
});

describe('stories on 1 October 2025 (draft and embargoed story not public)', () => {
  let site: BuiltSite;
  beforeAll(() => {
    site = buildSite(FIXTURE, { BUILD_CLOCK: '2025-10-01' });
  });

  it('builds: the originals carry GPS but are declared taken at a public place (gps: public-place)', () => {
    expect(site.result.status, output(site)).toBe(0);
    expect(output(site)).not.toContain('còn tọa độ GPS');
  });

  it('publishes the public story, and neither the draft nor the embargoed one', () => {
    expect(existsSync(storyPage(site, PUBLIC))).toBe(true);
    expect(visibleText(site.page(`nguoi-tot-viec-tot/${PUBLIC}`))).toContain('trả lại ví tiền cho người đánh rơi');
    expect(existsSync(storyPage(site, DRAFT))).toBe(false);
    expect(existsSync(storyPage(site, EMBARGOED))).toBe(false);
  });

  it('the scan finds the public story’s word (so it would find the others)', () => {
    const hits = findWords(site.outDir, [PUBLIC_WORD]);
    expect(hits.map((h) => h.file)).toContain(`nguoi-tot-viec-tot/${PUBLIC}/index.html`);
  });

  it('has the draft’s and the embargoed story’s words in no file of the site, packed or not', () => {
    expect(distFiles(site.outDir).length).toBeGreaterThan(3);
    const hits = findWords(site.outDir, [DRAFT_WORD, EMBARGO_WORD]);
    expect(hits, show(hits)).toEqual([]);
  });

  it('never shows a consent record', () => {
    const hits = findWords(site.outDir, [CONSENT_WORD]);
    expect(hits, show(hits)).toEqual([]);
  });

  it('the public story’s images (every src and srcset of its page) carry no EXIF, GPS or camera', async () => {
    const images = pageImages(site.page(`nguoi-tot-viec-tot/${PUBLIC}`));
    expect(images.length, 'the public story’s photo should be on its page').toBeGreaterThan(0);
    expect(await metadataProblems(site.outDir, images)).toEqual([]);
  });

  // BUG (src, Astro content images): a non-public story's photo, never rendered, is still
  // copied into dist/_astro/ as the untouched original, GPS, make and model included.
  it('ships no image at all that carries EXIF, GPS or the camera', async () => {
    const images = distImages(site.outDir);
    expect(await metadataProblems(site.outDir, images)).toEqual([]);
    // Whatever the format, the camera's strings are nowhere in the output.
    const hits = findWords(site.outDir, [FIXTURE_CAMERA.Make, FIXTURE_CAMERA.Model, 'bang-vang fixture']);
    expect(hits, show(hits)).toEqual([]);
  });

  it('never copies the public story’s original photo as is', () => {
    expect(identicalCopies(site.outDir, [PHOTOS.public])).toEqual([]);
  });

  // Same bug: the draft's and the embargoed story's originals sit in dist/_astro/ byte for byte.
  it('never copies an unpublished story’s original photo as is', () => {
    expect(identicalCopies(site.outDir, [PHOTOS.draft, PHOTOS.embargoed])).toEqual([]);
  });

  // Same bug, by shape: the draft's photo is the only 3:1 image, the embargoed one's the only 1:2.
  it('ships nothing made from an unpublished story’s photo', async () => {
    expect(await imagesShaped(site.outDir, [3, 1 / 2])).toEqual([]);
  });

  describe('the public story’s photo', () => {
    let html: string;
    let figure: string;
    beforeAll(() => {
      html = site.page(`nguoi-tot-viec-tot/${PUBLIC}`);
      figure = /<figure\b[^>]*>(?:(?!<\/figure>)[\s\S])*?<picture\b[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
    });

    it('is a <picture> with AVIF and WebP sources', () => {
      const picture = /<picture\b[\s\S]*?<\/picture>/.exec(html)?.[0] ?? '';
      expect(picture, 'no <picture> on the page').not.toBe('');
      expect(picture).toMatch(/<source\b[^>]*type="image\/avif"/);
      expect(picture).toMatch(/<source\b[^>]*type="image\/webp"/);
    });

    it('has an img with width, height and the alt text', () => {
      const img = /<picture\b[\s\S]*?(<img\b[^>]*>)[\s\S]*?<\/picture>/.exec(html)?.[1] ?? '';
      expect(img).toMatch(/\swidth="\d+"/);
      expect(img).toMatch(/\sheight="\d+"/);
      expect(img).toContain('alt="Tổ bảo vệ an ninh, trật tự ấp Bình Tịnh B trao lại chiếc ví tại trụ sở"');
    });

    it('keeps the photo’s 4:3 shape in width and height', () => {
      const img = /<picture\b[\s\S]*?(<img\b[^>]*>)/.exec(html)?.[1] ?? '';
      const width = Number(/\swidth="(\d+)"/.exec(img)?.[1]);
      const height = Number(/\sheight="(\d+)"/.exec(img)?.[1]);
      expect(width / height).toBeCloseTo(4 / 3, 2);
    });

    it('shows the caption and the credit under the photo', () => {
      expect(figure, 'the photo should sit in a <figure>').not.toBe('');
      const under = visibleText(figure.slice(figure.indexOf('</picture>')));
      expect(under).toContain(CREDIT);
      expect(under).toContain('Trao lại chiếc ví cho người đánh rơi');
    });

    // The schema's own example credit already starts with "Ảnh: ": the page must not add another.
    it('shows the credit once, without doubling "Ảnh:"', () => {
      expect(visibleText(figure)).not.toMatch(/Ảnh:\s*Ảnh:/i);
      expect(visibleText(figure).split(CREDIT)).toHaveLength(2);
    });

    it('points only at images that exist in the site', () => {
      const images = pageImages(html);
      expect(images.length).toBeGreaterThan(0);
      for (const image of images) expect(existsSync(join(site.outDir, image)), image).toBe(true);
    });
  });
});

describe('stories on 2 January 2099 (the embargo has passed)', () => {
  let site: BuiltSite;
  beforeAll(() => {
    site = buildSite(FIXTURE, { BUILD_CLOCK: '2099-01-02' });
  });

  it('publishes the embargoed story, so the build clock is honoured', () => {
    expect(site.result.status, output(site)).toBe(0);
    expect(existsSync(storyPage(site, EMBARGOED))).toBe(true);
    expect(visibleText(site.page(`nguoi-tot-viec-tot/${EMBARGOED}`))).toContain(`Nội dung bài ${EMBARGO_WORD}`);
    expect(findWords(site.outDir, [EMBARGO_WORD]).length).toBeGreaterThan(0);
  });

  it('publishes the embargoed story’s photo stripped of EXIF and GPS', async () => {
    const images = pageImages(site.page(`nguoi-tot-viec-tot/${EMBARGOED}`));
    expect(images.length).toBeGreaterThan(0);
    expect(await metadataProblems(site.outDir, images)).toEqual([]);
    expect(identicalCopies(site.outDir, [PHOTOS.public, PHOTOS.embargoed])).toEqual([]);
  });

  it('still publishes nothing of the draft', () => {
    expect(existsSync(storyPage(site, DRAFT))).toBe(false);
    const hits = findWords(site.outDir, [DRAFT_WORD]);
    expect(hits, show(hits)).toEqual([]);
  });
});
