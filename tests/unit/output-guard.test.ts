// The post-build guard catches an original photo copied as is, and any image keeping EXIF/GPS.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { findImageLeaks, jpegMayCarryMetadata, pngMayCarryMetadata } from '../../src/integrations/output-guard.ts';

const content = 'tests/fixtures/stories-leak';
const photo = 'tests/fixtures/stories-leak/stories/2025/tra-lai-vi-tien/anh-1.jpg';

describe('findImageLeaks', () => {
  it('finds an original copied into the output, and a re-encoded copy that kept its EXIF', async () => {
    const out = mkdtempSync(join(tmpdir(), 'bang-vang-guard-'));
    mkdirSync(join(out, '_astro'));
    copyFileSync(photo, join(out, '_astro', 'anh-1.abc123.jpg'));
    await sharp(photo).resize(100).keepExif().toFile(join(out, '_astro', 'kept.jpg'));
    const leaks = await findImageLeaks(content, out);
    expect(leaks.some((l) => l.includes('anh-1.abc123.jpg') && l.includes('bản sao nguyên vẹn'))).toBe(true);
    expect(leaks.some((l) => l.includes('kept.jpg') && l.includes('EXIF'))).toBe(true);
  });

  it('passes a clean derivative', async () => {
    const out = mkdtempSync(join(tmpdir(), 'bang-vang-guard-'));
    await sharp(photo).resize(100).webp().toFile(join(out, 'clean.webp'));
    expect(await findImageLeaks(content, out)).toEqual([]);
  });

  it('finds GPS kept in a PNG (eXIf chunk) and skips the parse only for PNGs with no metadata chunk', async () => {
    const out = mkdtempSync(join(tmpdir(), 'bang-vang-guard-'));
    await sharp(photo).resize(100).png().keepExif().toFile(join(out, 'kept.png'));
    await sharp(photo).resize(100).png().toFile(join(out, 'clean.png'));
    const leaks = await findImageLeaks(content, out);
    expect(leaks.filter((l) => l.includes('EXIF'))).toEqual([expect.stringContaining('kept.png')]);
    expect(pngMayCarryMetadata(readFileSync(join(out, 'kept.png')))).toBe(true);
    expect(pngMayCarryMetadata(readFileSync(join(out, 'clean.png')))).toBe(false);
    // Not a PNG, or cut short: always parsed.
    expect(pngMayCarryMetadata(Buffer.from('not a png'))).toBe(true);
    expect(pngMayCarryMetadata(readFileSync(join(out, 'clean.png')).subarray(0, 40))).toBe(true);
  });

  it('skips the parse only for JPEGs with no APP1 segment, and still finds EXIF in one that has it', async () => {
    const out = mkdtempSync(join(tmpdir(), 'bang-vang-guard-'));
    await sharp(photo).resize(100).jpeg().keepExif().toFile(join(out, 'kept.jpg'));
    await sharp(photo).resize(100).jpeg().toFile(join(out, 'clean.jpg'));
    expect(jpegMayCarryMetadata(readFileSync(join(out, 'kept.jpg')))).toBe(true);
    expect(jpegMayCarryMetadata(readFileSync(join(out, 'clean.jpg')))).toBe(false);
    expect(jpegMayCarryMetadata(readFileSync(photo))).toBe(true);
    expect(jpegMayCarryMetadata(Buffer.from('not a jpeg'))).toBe(true);
    expect(jpegMayCarryMetadata(readFileSync(join(out, 'clean.jpg')).subarray(0, 30))).toBe(true);
    const leaks = await findImageLeaks(content, out);
    expect(leaks.filter((l) => l.includes('EXIF'))).toEqual([expect.stringContaining('kept.jpg')]);
  });
});
