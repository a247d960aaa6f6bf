// `npm run check:budget [-- DIST]`: the weight budget of the built site (default dist/), for
// readers on slow mobile networks, and the strict-CSP rules. Prints a table (one row per page
// type: its heaviest page) and exits 1 when any page breaks a rule:
//
//   1. JavaScript: only the display controls (every page), search (/tim-kiem/ only) and the
//      republish kit's copy button (story pages only);
//   2. JavaScript on a story page ≤ 20 KB gzip;
//   3. CSS ≤ 30 KB gzip on every page;
//   4. a story page with its first photo ≤ 250 KB transferred;
//   5. no inline <script> (except application/ld+json data), no <style> element, no style="…"
//      attribute, no on…= handler, no javascript: URL: a strict CSP (script-src 'self';
//      style-src 'self') then works without hashes.
//
// How bytes are counted: HTML, CSS and JS at gzip level 6 (what a server sends compressed;
// JS includes the chunks a script imports); fonts and images raw (already compressed). Fonts:
// every file of the @font-face rules whose family is named by a CSS rule that can match the page
// (a selector's class, id or element occurs in it), both weights and both subsets: an upper
// bound of what a browser fetches. First photo: the first <img>/<picture> in <main>, the first
// <source> type (AVIF in current browsers), the smallest candidate at least 824 px wide (a
// 412 px phone at 2× density), else the largest.
//
// /admin/ (the editors' CMS, not a page for readers) is outside this budget.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const LIMITS = {
  storyJs: 20 * 1024,
  css: 30 * 1024,
  storyTotal: 250 * 1024,
};

/** The text a file of the display controls contains (its localStorage key). */
export const DISPLAY_MARKER = 'bang-vang:co-chu';
/** The text the search client contains (the URL of Pagefind's bundle). */
export const SEARCH_MARKER = '/pagefind/pagefind.js';
export const SEARCH_PAGE = '/tim-kiem/';
/** The text the republish kit's copy-button script contains (its panels' selector); story pages only. */
export const REPUBLISH_MARKER = 'bang-vang:dang-lai';
/** Pages outside the budget: the editors' CMS. */
const EXCLUDED = [/^admin\//];
/** The width a first photo is chosen for: a 412 px phone at 2× density. */
const PHOTO_WIDTH = 824;

export interface PageWeight {
  url: string;
  type: string;
  html: number;
  css: number;
  js: number;
  fonts: number;
  photo: number;
  total: number;
  scripts: string[];
  problems: string[];
}

const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 6 }).length;

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const abs = join(d, e.name);
      if (e.isDirectory()) walk(abs);
      else if (e.name.endsWith('.html')) out.push(relative(dir, abs).replaceAll('\\', '/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** "ke-hoach/abc/index.html" → "/ke-hoach/abc/". */
export function urlOf(file: string): string {
  if (file === 'index.html') return '/';
  return `/${file.replace(/index\.html$/, '')}`;
}

/** Page type from the URL, for the table. */
export function pageType(url: string): string {
  const rules: [RegExp, string][] = [
    [/^\/$/, 'trang chủ'],
    [/^\/404\.html$/, '404'],
    [/^\/tim-kiem\/$/, 'tìm kiếm'],
    [/^\/(gioi-thieu|chinh-sach-du-lieu|ho-tro-tiep-can)\/$/, 'giới thiệu, chính sách'],
    [/^\/ke-hoach\/(nam|tinh)\//, 'danh sách kế hoạch'],
    [/^\/ke-hoach\/$/, 'danh sách kế hoạch'],
    [/^\/ke-hoach\/[^/]+\/$/, 'kế hoạch'],
    [/^\/phong-trao\/$/, 'danh sách phong trào'],
    [/^\/phong-trao\/[^/]+\/$/, 'phong trào'],
    [/^\/nguoi-tot-viec-tot\/(\d+\/|nam\/|linh-vuc\/|$)/, 'danh sách bài'],
    [/^\/nguoi-tot-viec-tot\/[^/]+\/$/, 'bài người tốt, việc tốt'],
    [/^\/vinh-danh\/quyet-dinh\//, 'quyết định'],
    [/^\/vinh-danh\/nguoi\//, 'hồ sơ vinh danh'],
    [/^\/vinh-danh\/phong-trao\/[^/]+\/bang-vang\//, 'bảng vàng in'],
    [/^\/vinh-danh\//, 'vinh danh'],
    [/^\/mo-hinh\/$/, 'danh sách mô hình'],
    [/^\/mo-hinh\//, 'mô hình'],
    [/^\/dia-ban\//, 'địa bàn'],
    [/^\/dang-lai\//, 'hướng dẫn đăng lại'],
    [/^\/dinh-chinh\//, 'đính chính'],
  ];
  return rules.find(([re]) => re.test(url))?.[1] ?? 'khác';
}

export const isStoryPage = (url: string) => pageType(url) === 'bài người tốt, việc tốt';

const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);

/** A site-relative URL as a file under `dir`, or undefined for another host or a missing file. */
function localFile(dir: string, url: string | undefined, from = '/'): string | undefined {
  if (!url || /^(?:[a-z]+:|\/\/)/i.test(url)) return undefined;
  const path = decodeURIComponent(new URL(url, `http://x${from}`).pathname);
  const file = join(dir, path);
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** Breaks of the strict-CSP rules in one page's HTML. */
export function inlineCodeProblems(html: string): string[] {
  const problems: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const type = attr(`<x ${m[1]}>`, 'type');
    const src = attr(`<x ${m[1]}>`, 'src');
    if (!src && type !== 'application/ld+json') problems.push(`<script> nội tuyến (inline script${type ? `, type="${type}"` : ''}): ${m[2].trim().slice(0, 60)}`);
  }
  if (/<style\b/i.test(html)) problems.push('thẻ <style> nội tuyến (inline style element)');
  for (const m of html.matchAll(/<([a-z][\w-]*)\b[^>]*?\sstyle\s*=/gi)) problems.push(`thuộc tính style="…" trên <${m[1]}>`);
  for (const m of html.matchAll(/<([a-z][\w-]*)\b[^>]*?\s(on[a-z]+)\s*=/gi)) problems.push(`thuộc tính ${m[2]}="…" trên <${m[1]}> (inline event handler)`);
  if (/\s(?:href|src|action)\s*=\s*["']?\s*javascript:/i.test(html)) problems.push('đường dẫn javascript:');
  return problems;
}

/** A JS file and every chunk it imports statically or dynamically by a relative/absolute path. */
function jsClosure(dir: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:\bimport\s*\(?\s*|\bfrom\s*)["']([^"']+\.m?js)["']/g)) {
    const spec = m[1];
    const next = spec.startsWith('/') ? localFile(dir, spec) : spec.startsWith('.') ? resolve(dirname(file), spec) : undefined;
    if (next && existsSync(next)) jsClosure(dir, next, seen);
  }
  return seen;
}

interface FontFace { family: string; file: string }
interface Stylesheet { bytes: number; faces: FontFace[]; rules: { selectors: string[]; families: string[] }[] }

const unquote = (s: string) => s.trim().replace(/^["']|["']$/g, '');

/** Reads a stylesheet: its gzip size, its @font-face files, and which rules name which families. */
function readStylesheet(dir: string, file: string): Stylesheet {
  const css = readFileSync(file, 'utf8');
  const vars = new Map<string, string>();
  for (const m of css.matchAll(/(--[\w-]+)\s*:\s*([^;}]+)/g)) if (!vars.has(m[1])) vars.set(m[1], m[2]);
  const expand = (value: string, depth = 0): string => (depth > 5 ? value : value.replace(/var\((--[\w-]+)(?:,[^)]*)?\)/g, (_, v: string) => expand(vars.get(v) ?? '', depth + 1)));
  const faces: FontFace[] = [];
  for (const m of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const family = /font-family\s*:\s*([^;]+)/.exec(m[1])?.[1];
    for (const u of m[1].matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
      const f = localFile(dir, u[1], `/${relative(dir, file).replaceAll('\\', '/')}`);
      if (family && f) faces.push({ family: unquote(family), file: f });
    }
  }
  const rules: Stylesheet['rules'] = [];
  const body = css.replace(/@font-face\s*{[^}]*}/g, '').replace(/\/\*[\s\S]*?\*\//g, '');
  for (const m of body.matchAll(/([^{}@;]+){([^{}]*)}/g)) {
    // font-family lists, and the quoted names of a `font:` shorthand.
    const lists = [...m[2].matchAll(/(?:^|;)\s*font-family\s*:\s*([^;]+)/g)].map((d) => expand(d[1]).split(','));
    const shorthand = [...m[2].matchAll(/(?:^|;)\s*font\s*:\s*([^;]+)/g)].flatMap((d) => [...expand(d[1]).matchAll(/["']([^"']+)["']/g)].map((q) => q[1]));
    const families = [...lists.flat(), ...shorthand].map(unquote).filter(Boolean);
    if (!families.length) continue;
    rules.push({ selectors: m[1].split(',').map((s) => s.trim()).filter(Boolean), families });
  }
  return { bytes: gz(css), faces, rules };
}

/** True when a selector's last compound can match the page (its classes, id or element occur). */
function selectorMayMatch(selector: string, classes: Set<string>, ids: Set<string>, tags: Set<string>): boolean {
  const last = selector.split(/\s*[\s>+~]\s*/).filter(Boolean).pop() ?? '';
  const bare = last.replace(/::?[\w-]+(\([^)]*\))?/g, '').replace(/\[[^\]]*\]/g, '');
  if (bare === '' || bare === '*' || /^(html|body)$/.test(bare)) return true;
  const cls = [...bare.matchAll(/\.([\w-]+)/g)].map((m) => m[1]);
  const id = [...bare.matchAll(/#([\w-]+)/g)].map((m) => m[1]);
  const tag = /^[a-z][\w-]*/i.exec(bare)?.[0];
  return cls.every((c) => classes.has(c)) && id.every((i) => ids.has(i)) && (!tag || tags.has(tag.toLowerCase()));
}

/** Candidate a phone downloads from the first photo in <main>, as a file. */
function firstPhoto(dir: string, html: string): string | undefined {
  const main = /<main\b[\s\S]*?<\/main>/i.exec(html)?.[0] ?? '';
  const picture = /<picture\b[\s\S]*?<\/picture>/i.exec(main)?.[0];
  const img = /<img\b[^>]*>/i.exec(main)?.[0];
  const at = (s: string | undefined) => (s ? main.indexOf(s) : Infinity);
  const tag = picture && at(picture) <= at(img) ? /<source\b[^>]*>/i.exec(picture)?.[0] ?? /<img\b[^>]*>/i.exec(picture)?.[0] : img;
  if (!tag) return undefined;
  const srcset = attr(tag, 'srcset');
  if (srcset) {
    const candidates = srcset.split(',').map((c) => c.trim().split(/\s+/)).map(([url, w]) => ({ url, w: Number.parseInt(w ?? '0', 10) || 0 })).sort((a, b) => a.w - b.w);
    const pick = candidates.find((c) => c.w >= PHOTO_WIDTH) ?? candidates.at(-1);
    return localFile(dir, pick?.url);
  }
  return localFile(dir, attr(tag, 'src'));
}

/** Weighs one built page. */
export function weighPage(dir: string, file: string, sheets = new Map<string, Stylesheet>()): PageWeight {
  const url = urlOf(file);
  const html = readFileSync(join(dir, file), 'utf8');
  const problems = inlineCodeProblems(html);

  // JavaScript: what the page loads, and what that loads.
  const jsFiles = new Set<string>();
  const scripts: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>/gi)) {
    const src = attr(`<x ${m[1]}>`, 'src');
    if (!src) continue;
    const f = localFile(dir, src, url);
    if (!f) { problems.push(`script từ nơi khác hoặc không có tệp: ${src}`); continue; }
    const code = readFileSync(f, 'utf8');
    const role = code.includes(DISPLAY_MARKER) ? 'hiển thị' : code.includes(SEARCH_MARKER) ? 'tìm kiếm' : code.includes(REPUBLISH_MARKER) ? 'đăng lại' : undefined;
    scripts.push(`${role ?? 'khác'}:${src}`);
    if (!role) problems.push(`JavaScript không được phép (chỉ cho tìm kiếm, cỡ chữ, tương phản và nút chép mã đăng lại): ${src}`);
    if (role === 'tìm kiếm' && url !== SEARCH_PAGE) problems.push(`script tìm kiếm ngoài trang ${SEARCH_PAGE}: ${src}`);
    if (role === 'đăng lại' && !isStoryPage(url)) problems.push(`script đăng lại ngoài trang bài: ${src}`);
    for (const j of jsClosure(dir, f)) jsFiles.add(j);
  }
  const js = [...jsFiles].reduce((n, f) => n + gz(readFileSync(f)), 0);

  // CSS and the fonts it can make the browser fetch for this page.
  const classes = new Set([...html.matchAll(/\sclass\s*=\s*"([^"]*)"/g)].flatMap((m) => m[1].split(/\s+/)).filter(Boolean));
  const ids = new Set([...html.matchAll(/\sid\s*=\s*"([^"]*)"/g)].map((m) => m[1]));
  const tags = new Set([...html.matchAll(/<([a-z][\w-]*)/gi)].map((m) => m[1].toLowerCase()));
  let css = 0;
  const fontFiles = new Set<string>();
  const pageSheets: Stylesheet[] = [];
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\srel\s*=\s*["']?stylesheet/i.test(m[0])) continue;
    const href = attr(m[0], 'href');
    const f = localFile(dir, href, url);
    if (!f) { problems.push(`stylesheet từ nơi khác hoặc không có tệp: ${href}`); continue; }
    if (!sheets.has(f)) sheets.set(f, readStylesheet(dir, f));
    const sheet = sheets.get(f)!;
    pageSheets.push(sheet);
    css += sheet.bytes;
  }
  const faces = pageSheets.flatMap((s) => s.faces);
  const used = new Set(pageSheets.flatMap((s) => s.rules).filter((r) => r.selectors.some((sel) => selectorMayMatch(sel, classes, ids, tags))).flatMap((r) => r.families));
  for (const face of faces) if (used.has(face.family)) fontFiles.add(face.file);
  const fonts = [...fontFiles].reduce((n, f) => n + statSync(f).size, 0);

  const photoFile = isStoryPage(url) ? firstPhoto(dir, html) : undefined;
  const photo = photoFile ? statSync(photoFile).size : 0;
  const htmlBytes = gz(html);
  const total = htmlBytes + css + js + fonts + photo;

  if (css > LIMITS.css) problems.push(`CSS ${kb(css)} gzip > ${kb(LIMITS.css)}`);
  if (isStoryPage(url) && js > LIMITS.storyJs) problems.push(`JavaScript trên bài ${kb(js)} gzip > ${kb(LIMITS.storyJs)}`);
  if (isStoryPage(url) && total > LIMITS.storyTotal) problems.push(`bài kèm ảnh đầu ${kb(total)} > ${kb(LIMITS.storyTotal)}`);
  return { url, type: pageType(url), html: htmlBytes, css, js, fonts, photo, total, scripts, problems };
}

export function weighSite(dir: string): PageWeight[] {
  const sheets = new Map<string, Stylesheet>();
  return htmlFiles(dir).filter((f) => !EXCLUDED.some((re) => re.test(f))).map((f) => weighPage(dir, f, sheets));
}

export const kb = (n: number) => `${(n / 1024).toFixed(1).replace('.', ',')} KB`;

/** One row per page type (its heaviest page by total), then every problem. */
export function formatReport(pages: PageWeight[]): string {
  const groups = new Map<string, PageWeight[]>();
  for (const p of pages) groups.set(p.type, [...(groups.get(p.type) ?? []), p]);
  const header = ['Loại trang', 'Số trang', 'Trang nặng nhất', 'HTML', 'CSS', 'JS', 'Phông', 'Ảnh đầu', 'Tổng', 'Đạt'];
  const rows = [...groups].map(([type, list]) => {
    const worst = [...list].sort((a, b) => b.total - a.total)[0];
    const ok = list.every((p) => p.problems.length === 0);
    return [type, String(list.length), worst.url, kb(worst.html), kb(Math.max(...list.map((p) => p.css))), kb(Math.max(...list.map((p) => p.js))), kb(worst.fonts), worst.photo ? kb(worst.photo) : '—', kb(worst.total), ok ? 'đạt' : 'VƯỢT'];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  const out = [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)];
  out.push('', `Giới hạn: JS trên bài ≤ ${kb(LIMITS.storyJs)} gzip · CSS ≤ ${kb(LIMITS.css)} gzip mỗi trang · bài kèm ảnh đầu ≤ ${kb(LIMITS.storyTotal)} · JS chỉ cho cỡ chữ, tương phản, tìm kiếm và nút chép mã đăng lại (trang bài) · không mã, kiểu nội tuyến.`);
  out.push('HTML, CSS, JS: gzip mức 6. Phông, ảnh: kích thước tệp (phông: mọi tệp của các họ phông trang có thể dùng).');
  const bad = pages.filter((p) => p.problems.length);
  if (bad.length) {
    out.push('', `${bad.length} trang vượt ngân sách hoặc có mã nội tuyến:`);
    for (const p of bad) for (const problem of p.problems) out.push(`  ${p.url}: ${problem}`);
  } else {
    out.push('', `Tất cả ${pages.length} trang đạt.`);
  }
  return out.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? 'dist');
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`Không thấy trang đã dựng trong "${dir}". Chạy "npm run build" trước.`);
    process.exit(2);
  }
  const pages = weighSite(dir);
  console.log(formatReport(pages));
  process.exit(pages.some((p) => p.problems.length) ? 1 : 0);
}
