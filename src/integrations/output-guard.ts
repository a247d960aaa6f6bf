/**
 * After the build, refuse an output that carries photo originals or photo metadata: no file in
 * dist/ may be byte-identical to an image in the content folder, and no image in dist/ may
 * keep EXIF GPS or camera data. Defence in depth behind the image pipeline.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import exifr from 'exifr';

const IMAGE = /\.(jpe?g|png|webp|avif|tiff?|heic)$/i;

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]));
}

/**
 * False when a PNG has no chunk that can carry metadata (eXIf, or the text chunks where tools put
 * "Raw profile type exif" and XMP): such a file needs no EXIF parse. The build's share images are
 * thousands of such PNGs (measured at 5,000 stories: 3 s of exifr for nothing). A file that does
 * not walk as a PNG is parsed.
 */
export function pngMayCarryMetadata(bytes: Buffer): boolean {
  const SIGNATURE = '89504e470d0a1a0a';
  if (bytes.length < 8 || bytes.subarray(0, 8).toString('hex') !== SIGNATURE) return true;
  for (let at = 8; at + 8 <= bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (type === 'eXIf' || type === 'tEXt' || type === 'zTXt' || type === 'iTXt') return true;
    if (type === 'IEND') return false;
    at += 12 + length;
  }
  return true; // cut short: parse it
}

/**
 * False when a JPEG has no APP1 segment (where EXIF and XMP live) before its image data: such a
 * file needs no EXIF parse. The build's photo derivatives are thousands of such files (measured at
 * 20,000 stories: 10,354 derivatives, most of the guard's 38 s). A file that does not walk as a
 * JPEG is parsed.
 */
export function jpegMayCarryMetadata(bytes: Buffer): boolean {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return true;
  for (let at = 2; at + 4 <= bytes.length; ) {
    if (bytes[at] !== 0xff) return true; // not a marker where one must be: parse it
    const marker = bytes[at + 1];
    if (marker === 0xff) { at++; continue; } // fill byte
    if (marker === 0xe1) return true; // APP1: EXIF or XMP
    if (marker === 0xda || marker === 0xd9) return false; // image data (or end) reached without APP1
    if (marker >= 0xd0 && marker <= 0xd7) { at += 2; continue; } // restart markers carry no length
    at += 2 + bytes.readUInt16BE(at + 2);
  }
  return true; // cut short: parse it
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Vietnamese descriptions of every leak found; empty when the output is clean. */
export async function findImageLeaks(contentDir: string, outDir: string): Promise<string[]> {
  const problems: string[] = [];
  const originals = new Map<number, { path: string; hash?: string }[]>();
  for (const path of files(contentDir).filter((p) => IMAGE.test(p))) {
    const size = statSync(path).size;
    originals.set(size, [...(originals.get(size) ?? []), { path }]);
  }
  for (const out of files(outDir)) {
    const same = originals.get(statSync(out).size);
    if (same) {
      const hash = sha(out);
      for (const o of same) {
        o.hash ??= sha(o.path);
        if (o.hash === hash) problems.push(`${relative(outDir, out)} là bản sao nguyên vẹn của ảnh gốc ${o.path}: ảnh gốc không được đưa vào bản dựng (nó có thể mang thông tin EXIF/GPS; trang chỉ dùng ảnh đã xử lý lại).`);
      }
    }
    if (IMAGE.test(out)) {
      if (/\.png$/i.test(out) && !pngMayCarryMetadata(readFileSync(out))) continue;
      if (/\.jpe?g$/i.test(out) && !jpegMayCarryMetadata(readFileSync(out))) continue;
      const meta = await exifr.parse(out, { gps: true, tiff: true, ifd0: {}, exif: false }).catch(() => undefined);
      if (meta && (Number.isFinite(meta.latitude) || meta.Make || meta.Model || meta.GPSLatitude)) {
        problems.push(`${relative(outDir, out)} còn thông tin vị trí hoặc máy chụp (EXIF).`);
      }
    }
  }
  return problems;
}
