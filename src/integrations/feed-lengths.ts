/**
 * Astro integration: once the site is written, fill in the byte lengths that feeds and JSON
 * files give for image derivatives (RSS enclosure length, media:content fileSize, JSON Feed
 * size_in_bytes). Astro emits those files after the endpoints have run, so endpoints leave a
 * mark (src/lib/feeds/byte-marks.ts) and this replaces it with the real size of the emitted
 * file. A mark whose file is missing stops the build: a feed never announces a wrong length.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fillByteMarks, hasByteMarks } from '../lib/feeds/byte-marks.ts';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && /\.(xml|json)$/.test(d.name))
    .map((d) => join(d.parentPath, d.name));
}

/** Fills every mark under `outDir`; returns the problems (missing files), empty when all is well. */
export function fillFeedLengths(outDir: string): { files: number; problems: string[] } {
  const problems: string[] = [];
  let count = 0;
  const sizeOf = (path: string) => {
    const file = join(outDir, decodeURIComponent(path.replace(/^\//, '')));
    return existsSync(file) ? statSync(file).size : undefined;
  };
  for (const file of files(outDir)) {
    if (file.includes(`${join(outDir, 'pagefind')}`)) continue;
    const text = readFileSync(file, 'utf8');
    if (!hasByteMarks(text)) continue;
    const filled = fillByteMarks(text, file.endsWith('.json') ? 'json' : 'xml', sizeOf);
    for (const m of filled.missing) problems.push(`${relative(outDir, file)}: không có tệp ${m} để ghi độ dài`);
    if (hasByteMarks(filled.text) && !filled.missing.length) problems.push(`${relative(outDir, file)}: còn dấu độ dài chưa điền`);
    writeFileSync(file, filled.text);
    count++;
  }
  return { files: count, problems };
}

export function feedLengths(): AstroIntegration {
  return {
    name: 'bang-vang:feed-lengths',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { files: count, problems } = fillFeedLengths(fileURLToPath(dir));
        if (problems.length) {
          console.error(`\nNguồn tin (feed) ghi độ dài ảnh không đúng:\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
          process.exit(1);
        }
        if (count) logger.info(`Độ dài ảnh trong nguồn tin: đã điền ở ${count} tệp`);
      },
    },
  };
}
