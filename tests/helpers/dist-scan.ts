/**
 * Scans a built site (dist/) file by file, for privacy tests: every file is read, gzip files
 * (e.g. Pagefind fragments and indexes, whatever their extension) are unpacked first, and the
 * text is searched. Also lists images and fingerprints files, so a test can prove an original
 * photo was never copied as is.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Every file under `dir`, as paths relative to it with "/" separators, sorted. */
export function distFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const abs = join(d, e.name);
      if (e.isDirectory()) walk(abs);
      else out.push(relative(dir, abs).replaceAll('\\', '/'));
    }
  };
  walk(dir);
  return out.sort();
}

const isGzip = (b: Buffer) => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;

/** A file's bytes, unpacked while they are gzip (0x1f 0x8b), whatever the file is called. */
export function readUnpacked(path: string): Buffer {
  let bytes = readFileSync(path);
  for (let i = 0; i < 3 && isGzip(bytes); i++) bytes = gunzipSync(bytes);
  return bytes;
}

/** Extensions read as text by name; any other file is still searched, as UTF-8 and Latin-1. */
export const TEXT_EXTENSIONS = ['.html', '.htm', '.xml', '.json', '.js', '.mjs', '.css', '.txt', '.svg', '.webmanifest', '.rss', '.atom', '.csv', '.ics'];

export interface WordHit {
  /** File relative to the scanned folder. */
  file: string;
  word: string;
  /** Where it was seen: in the file's path or its (unpacked) content. */
  in: 'path' | 'content';
  /** A little text around the hit, to show in a failure message. */
  context: string;
}

/**
 * Every occurrence (one per file and word) of any of `words`, case-insensitive, in the path or
 * the unpacked content of every file under `dir`. Text is also searched with HTML entities and
 * percent-escapes decoded, so "bim&#97;tzq" or "bim%61tzq" are caught too.
 */
export function findWords(dir: string, words: readonly string[]): WordHit[] {
  const hits: WordHit[] = [];
  const needles = words.map((w) => w.toLowerCase());
  for (const file of distFiles(dir)) {
    const lowerPath = file.toLowerCase();
    const bytes = readUnpacked(join(dir, file));
    const texts = [bytes.toString('utf8')];
    if (!TEXT_EXTENSIONS.includes(extname(file).toLowerCase())) texts.push(bytes.toString('latin1'));
    const haystacks = texts.flatMap((t) => [t, decodeEscapes(t)]).map((t) => t.toLowerCase());
    needles.forEach((needle, i) => {
      if (lowerPath.includes(needle)) hits.push({ file, word: words[i], in: 'path', context: file });
      for (const h of haystacks) {
        const at = h.indexOf(needle);
        if (at >= 0) {
          hits.push({ file, word: words[i], in: 'content', context: h.slice(Math.max(0, at - 60), at + needle.length + 60) });
          break;
        }
      }
    });
  }
  return hits;
}

function decodeEscapes(text: string): string {
  return text
    .replace(/&#(\d+);?/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);?/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/\\u([0-9a-f]{4})/gi, (_, n) => String.fromCharCode(parseInt(n, 16)))
    .replace(/%([0-9a-f]{2})/gi, (_, n) => String.fromCharCode(parseInt(n, 16)));
}

export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.tif', '.tiff', '.heic'];

/** Image files under `dir` (by extension), relative paths. */
export function distImages(dir: string): string[] {
  return distFiles(dir).filter((f) => IMAGE_EXTENSIONS.includes(extname(f).toLowerCase()));
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Files under `dir` whose bytes are identical to any of `originals` (absolute paths). */
export function identicalCopies(dir: string, originals: readonly string[]): { file: string; original: string }[] {
  const wanted = new Map(originals.map((o) => [sha256(o), o]));
  return distFiles(dir).flatMap((file) => {
    const original = wanted.get(sha256(join(dir, file)));
    return original ? [{ file, original }] : [];
  });
}
