/**
 * URL continuity: a committed manifest (`urls.json`, updated by `npm run urls:update`) lists
 * every HTML page path the site has published. After each build, before the output is
 * accepted, every URL in it must still answer: built as a page, redirected (an entry's
 * `redirectFrom`), or explaining a removal (`state: gone`, an `expiresAt` past). A list page
 * that no longer exists (a year, a place or a page number left empty) is redirected to the
 * nearest list that does, and said so in the build log; an entry page that vanished without a
 * word fails the build. Redirect pages and the nginx 301 map come from the same data.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entryOfPath, ENTRY_NOUNS } from '../model/entry-paths.ts';
import { contentDirFromEnv } from '../model/site-model.ts';
import { urlOfFile } from '../lib/search-paths.ts';

export const MANIFEST_FILE = 'urls.json';

export interface UrlManifest {
  /** What this file is, for whoever opens it. */
  about?: string;
  /** Content folder the manifest was made from (relative to the project root). */
  contentDir: string;
  /** Every HTML page path ever published, sorted. */
  urls: string[];
}

export const MANIFEST_ABOUT =
  'Mọi đường dẫn trang HTML trang web đã công bố. Bản dựng thất bại nếu một đường dẫn ở đây không còn trang, không được chuyển hướng (redirectFrom) và không được khai báo gỡ bỏ (state: gone). Cập nhật bằng "npm run urls:update" sau "npm run build". Xem docs/trust.md.';

/** The manifest to check a build of `contentDir` against: URL_MANIFEST, or urls.json when it was made from that folder. */
export function manifestFor(contentDir: string, root = process.cwd(), env: NodeJS.ProcessEnv = process.env): { path: string; manifest: UrlManifest } | undefined {
  const explicit = env.URL_MANIFEST?.trim();
  const path = resolve(root, explicit || MANIFEST_FILE);
  if (!existsSync(path)) return undefined;
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as UrlManifest;
  if (!explicit && resolve(root, manifest.contentDir) !== resolve(root, contentDir)) return undefined;
  return { path, manifest };
}

/** Every HTML file of a built site, relative, sorted. */
export function htmlFiles(outDir: string): string[] {
  return readdirSync(outDir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => relative(outDir, join(d.parentPath, d.name)).replaceAll('\\', '/'))
    .sort();
}

/** URL path → built file, for every HTML page. */
export function builtPages(outDir: string): Map<string, string> {
  return new Map(htmlFiles(outDir).map((f) => [urlOfFile(f), f]));
}

export type PageKind = 'page' | 'redirect' | 'removed';

export function pageKind(html: string): PageKind {
  if (/<meta[^>]+http-equiv=["']?refresh/i.test(html)) return 'redirect';
  if (/data-publication=["']?gone/.test(html)) return 'removed';
  return 'page';
}

export function redirectTarget(html: string): string | undefined {
  const m = /<meta[^>]+http-equiv=["']?refresh["']?[^>]*content=["']\d+;\s*url=([^"']+)["']/i.exec(html);
  return m?.[1];
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A static redirect page: meta refresh, canonical and a plain link, no script. The same markup
 * for entries' redirectFrom (the [...old] route) and for list pages that are gone.
 */
export function redirectPageHtml(to: string, site?: string): string {
  const href = escapeHtml(to);
  const canonical = escapeHtml(site ? new URL(to, site).href : to);
  return [
    '<!doctype html>',
    '<html lang="vi">',
    '<head>',
    '<meta charset="utf-8">',
    '<title>Trang đã chuyển địa chỉ</title>',
    '<meta name="robots" content="noindex">',
    `<link rel="canonical" href="${canonical}">`,
    `<meta http-equiv="refresh" content="0; url=${href}">`,
    '</head>',
    `<body><p>Trang này đã chuyển sang địa chỉ mới: <a href="${href}">${canonical}</a>.</p></body>`,
    '</html>',
    '',
  ].join('\n');
}

/** The nearest ancestor path that is a real page: "/nguoi-tot-viec-tot/nam/2023/" → "/nguoi-tot-viec-tot/". */
export function nearestPage(path: string, pages: ReadonlyMap<string, PageKind>): string {
  const parts = path.split('/').filter(Boolean);
  for (let n = parts.length - 1; n > 0; n--) {
    const candidate = `/${parts.slice(0, n).join('/')}/`;
    if (pages.get(candidate) === 'page') return candidate;
  }
  return '/';
}

export interface ContinuityResult {
  /** URLs that vanished without a redirect or a removal notice: the build fails. */
  problems: string[];
  /** List pages that vanished, redirected to the nearest list (written into the output). */
  listRedirects: { from: string; to: string }[];
  checked: number;
}

/**
 * Checks every manifest URL against the output, writing redirect pages for vanished list pages.
 * `pages` maps each built URL to its kind (from the HTML).
 */
export function checkContinuity(manifest: UrlManifest, outDir: string, site?: string): ContinuityResult {
  const pages = new Map([...builtPages(outDir)].map(([url, file]) => [url, pageKind(readFileSync(join(outDir, file), 'utf8'))]));
  const problems: string[] = [];
  const listRedirects: { from: string; to: string }[] = [];
  for (const url of manifest.urls) {
    if (pages.has(url)) continue;
    const entry = entryOfPath(url);
    if (entry) {
      problems.push(
        `"${url}" (${ENTRY_NOUNS[entry.kind]} "${entry.id}") đã được công bố nhưng bản dựng này không còn trang đó, cũng không có chuyển hướng hay thông báo gỡ bỏ. ` +
          `Nếu mục được đổi tên: thêm "${url}" vào redirectFrom của mục mới. Nếu mục bị gỡ: giữ tệp và đặt state: gone (có thể kèm gone: { date, reason }). Không xóa tệp của mục đã đăng`,
      );
      continue;
    }
    const to = nearestPage(url, pages);
    const file = url.endsWith('/') ? join(outDir, url, 'index.html') : join(outDir, url);
    if (!url.endsWith('/') && !url.endsWith('.html')) {
      problems.push(`"${url}" đã được công bố nhưng bản dựng này không còn trang đó. Khôi phục trang, hoặc xóa đường dẫn khỏi urls.json bằng "npm run urls:update -- --forget ${url}" nếu chắc chắn không cần giữ`);
      continue;
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, redirectPageHtml(to, site));
    pages.set(url, 'redirect');
    listRedirects.push({ from: url, to });
  }
  return { problems, listRedirects, checked: manifest.urls.length };
}

/** nginx map lines: 301s from every redirect page, and the removal notices (served as 410). */
export function nginxMaps(outDir: string): { redirects: string; gone: string; counts: { redirects: number; gone: number } } {
  const redirects: string[] = [];
  const gone: string[] = [];
  for (const [url, file] of builtPages(outDir)) {
    if (!url.endsWith('/')) continue;
    const html = readFileSync(join(outDir, file), 'utf8');
    const kind = pageKind(html);
    const keys = [url, url.slice(0, -1)].filter(Boolean);
    if (kind === 'redirect') {
      const to = redirectTarget(html);
      if (to) for (const k of keys) redirects.push(`${k} ${to};`);
    } else if (kind === 'removed') {
      for (const k of keys) gone.push(`${k} 1;`);
    }
  }
  const header = (what: string) => [
    `# ${what}`,
    '# Tạo bởi "npm run urls:update" từ các trang trong dist/ (cùng dữ liệu với trang chuyển hướng và trang thông báo gỡ bỏ).',
    '# Không sửa tay: sửa redirectFrom / state trong nội dung rồi chạy lại lệnh.',
  ].join('\n');
  return {
    redirects: `${header('Chuyển hướng 301: đường dẫn cũ → trang mới (map $uri $bang_vang_redirect).')}\n${redirects.sort().join('\n')}\n`,
    gone: `${header('Trang đã gỡ bỏ, trả mã 410 kèm trang thông báo (map $uri $bang_vang_gone).')}\n${gone.sort().join('\n')}\n`,
    counts: { redirects: redirects.length / 2, gone: gone.length / 2 },
  };
}

export function urlContinuity(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'bang-vang:url-continuity',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const found = manifestFor(contentDirFromEnv());
        if (!found) {
          logger.info('Không có urls.json cho thư mục nội dung này: bỏ qua kiểm tra đường dẫn cũ.');
          return;
        }
        const result = checkContinuity(found.manifest, outDir, site);
        for (const r of result.listRedirects) logger.warn(`Trang danh sách "${r.from}" không còn: chuyển hướng về "${r.to}".`);
        if (result.problems.length) {
          console.error(`\nĐường dẫn đã công bố bị mất (${relative(process.cwd(), found.path)}), không nhận bản dựng này:\n${result.problems.map((p) => `  ${p}.`).join('\n')}\n`);
          process.exit(1);
        }
        logger.info(`Đường dẫn đã công bố: ${result.checked} đường dẫn trong ${relative(process.cwd(), found.path)} đều còn trang, chuyển hướng hoặc thông báo gỡ bỏ.`);
      },
    },
  };
}
