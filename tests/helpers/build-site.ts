/**
 * Builds a real site with the real Astro CLI into a temporary folder, from any content folder.
 * Returns the output folder and the process result so tests can assert on both.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(fileURLToPath(import.meta.url), '../../..');

export interface BuiltSite {
  outDir: string;
  result: SpawnSyncReturns<string>;
  /** Text of a built page, e.g. page('ke-hoach/abc') reads ke-hoach/abc/index.html. */
  page(path: string): string;
}

export function buildSite(contentDir: string, env: Record<string, string> = {}, outDir?: string): BuiltSite {
  const out = outDir ?? mkdtempSync(join(tmpdir(), 'bang-vang-dist-'));
  const result = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'bang-vang-cache-')),
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
    timeout: 280_000,
  });
  return { outDir: out, result, page: (path) => readFileSync(join(out, path, 'index.html'), 'utf8') };
}

/** Visible text of an HTML page: tags dropped, entities decoded, whitespace collapsed. */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    // Block boundaries separate words; inline tags do not (so "<q>a</q>b" stays "ab").
    .replace(/<\/?(?:p|div|li|ul|ol|h[1-6]|dt|dd|dl|br|tr|td|th|section|article|aside|header|footer|nav|main|title|blockquote|figure|figcaption)\b[^>]*>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/\s+/g, ' ')
    .trim();
}
