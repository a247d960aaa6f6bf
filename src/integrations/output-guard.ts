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
        if (o.hash === hash) problems.push(`${relative(outDir, out)} là bản sao nguyên vẹn của ảnh gốc ${o.path} (còn nguyên thông tin EXIF/GPS).`);
      }
    }
    if (IMAGE.test(out)) {
      const meta = await exifr.parse(out, { gps: true, tiff: true, ifd0: {}, exif: false }).catch(() => undefined);
      if (meta && (Number.isFinite(meta.latitude) || meta.Make || meta.Model || meta.GPSLatitude)) {
        problems.push(`${relative(outDir, out)} còn thông tin vị trí hoặc máy chụp (EXIF).`);
      }
    }
  }
  return problems;
}
