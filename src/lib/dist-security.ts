/**
 * Security check of a built site (dist/), run by `npm run check:dist` in CI and by a test:
 * - no third-party resource: no script, stylesheet, image, font, media, frame or object loaded
 *   from another host (http(s):// or //host in src, srcset, href of <link>, data, poster, CSS
 *   url() and @import); links (<a href>) to other sites are fine;
 * - no inline script except JSON-LD data, no inline <style> or style="" (the site runs under
 *   a strict CSP: script-src 'self' 'wasm-unsafe-eval'; style-src 'self');
 * - no event-handler attribute (onclick=…), no javascript: URL;
 * - no image with EXIF/GPS or camera data, and no byte-copy of a photo original
 *   (src/integrations/output-guard.ts).
 * Parsing is by regular expressions over the generated HTML, which Astro writes regularly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { findImageLeaks } from '../integrations/output-guard.ts';

export interface DistProblem {
  file: string;
  message: string;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).replaceAll('\\', '/'))
    .sort();
}

const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

interface Tag {
  name: string;
  attrs: Map<string, string>;
  /** Offset just after the tag. */
  end: number;
}

/** Start tags of an HTML document, comments skipped, with lower-cased attribute names. */
export function startTags(html: string): Tag[] {
  const tags: Tag[] = [];
  const clean = html.replace(/<!--[\s\S]*?-->/g, (m) => ' '.repeat(m.length));
  for (const m of clean.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+(?:[^\s"'<>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g)) {
    const attrs = new Map<string, string>();
    for (const a of m[2].matchAll(ATTRIBUTE)) attrs.set(a[1].toLowerCase(), a[2] ?? a[3] ?? a[4] ?? '');
    tags.push({ name: m[1].toLowerCase(), attrs, end: (m.index ?? 0) + m[0].length });
  }
  return tags;
}

/** True when `url` loads from a host other than the site's own. */
export function isForeign(url: string, ownOrigins: readonly string[]): boolean {
  const u = url.trim();
  if (/^\/\//.test(u)) return !ownOrigins.some((o) => `${new URL(o).protocol}${u}`.startsWith(o));
  if (!/^[a-z][a-z0-9+.-]*:/i.test(u)) return false; // relative
  if (!/^https?:/i.test(u)) return false; // data:, mailto: … (javascript: is checked on its own)
  try {
    return !ownOrigins.includes(new URL(u).origin);
  } catch {
    return true;
  }
}

const RESOURCE_LINK_RELS = /\b(stylesheet|preload|modulepreload|prefetch|icon|apple-touch-icon|manifest|mask-icon|preconnect|dns-prefetch)\b/i;

/** Problems of one HTML document. */
export function htmlProblems(file: string, html: string, ownOrigins: readonly string[]): DistProblem[] {
  const out: DistProblem[] = [];
  const say = (message: string) => out.push({ file, message });
  const tags = startTags(html);
  for (const t of tags) {
    for (const [name, value] of t.attrs) {
      if (/^on[a-z]+$/.test(name)) say(`thuộc tính xử lý sự kiện ${name}="${value.slice(0, 40)}" trên <${t.name}> (CSP chặn, và là mã nội tuyến)`);
      if (name === 'style') say(`thuộc tính style="" trên <${t.name}> (CSP style-src 'self' chặn; dùng lớp CSS)`);
      if (/^(href|src|action|formaction|data|poster|xlink:href)$/.test(name) && /^\s*(javascript|vbscript):/i.test(value)) say(`địa chỉ ${name}="${value.slice(0, 40)}" chạy mã`);
    }
    const resource = (attr: string) => {
      const v = t.attrs.get(attr);
      if (v && isForeign(v, ownOrigins)) say(`<${t.name} ${attr}="${v}"> tải tài nguyên từ máy chủ khác`);
    };
    const srcset = () => {
      for (const part of (t.attrs.get('srcset') ?? '').split(',')) {
        const url = part.trim().split(/\s+/)[0];
        if (url && isForeign(url, ownOrigins)) say(`<${t.name} srcset> tải ảnh từ máy chủ khác: ${url}`);
      }
    };
    switch (t.name) {
      case 'script': {
        const type = (t.attrs.get('type') ?? '').toLowerCase();
        resource('src');
        if (!t.attrs.has('src') && type !== 'application/ld+json') {
          const body = html.slice(t.end, html.indexOf('</script>', t.end));
          if (body.trim()) say(`mã script nội tuyến${type ? ` (type="${type}")` : ''}: "${body.trim().slice(0, 60)}…" (chỉ cho phép dữ liệu JSON-LD)`);
        }
        break;
      }
      case 'style':
        say('thẻ <style> nội tuyến (CSP style-src \'self\' chặn; đưa vào tệp CSS)');
        break;
      case 'link':
        if (RESOURCE_LINK_RELS.test(t.attrs.get('rel') ?? '')) resource('href');
        break;
      case 'img': case 'source': case 'video': case 'audio': case 'track': case 'iframe': case 'frame': case 'embed': case 'input':
        resource('src');
        srcset();
        if (t.name === 'video') resource('poster');
        break;
      case 'object':
        resource('data');
        break;
      case 'image': case 'use':
        resource('href');
        resource('xlink:href');
        break;
    }
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) out.push(...cssProblems(file, m[1], ownOrigins));
  return out;
}

/** Foreign url() and @import in a stylesheet. */
export function cssProblems(file: string, css: string, ownOrigins: readonly string[]): DistProblem[] {
  const out: DistProblem[] = [];
  for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/gi)) {
    const url = m[2] ?? m[4];
    if (url && isForeign(url, ownOrigins)) out.push({ file, message: `CSS tải tài nguyên từ máy chủ khác: ${url}` });
  }
  return out;
}

/** Every problem of a built site; `site` is the site's own origin (links to it are not foreign). */
export async function checkDist(outDir: string, options: { site?: string; contentDir?: string } = {}): Promise<DistProblem[]> {
  const own = options.site ? [new URL(options.site).origin] : [];
  const out: DistProblem[] = [];
  for (const file of files(outDir)) {
    const ext = extname(file).toLowerCase();
    if (ext === '.html' || ext === '.htm') out.push(...htmlProblems(file, readFileSync(join(outDir, file), 'utf8'), own));
    else if (ext === '.css') out.push(...cssProblems(file, readFileSync(join(outDir, file), 'utf8'), own));
    else if (ext === '.svg') {
      const svg = readFileSync(join(outDir, file), 'utf8');
      if (/<script\b/i.test(svg)) out.push({ file, message: 'ảnh SVG chứa <script>' });
      out.push(...htmlProblems(file, svg, own).filter((p) => !p.message.startsWith('thẻ <style>')));
    }
  }
  for (const leak of await findImageLeaks(options.contentDir ?? 'content', outDir)) out.push({ file: leak.split(' ')[0], message: leak });
  return out;
}
