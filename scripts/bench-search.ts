// `npm run bench:search [-- --dist DIR] [--runs N] [--query "dong thap"] [--second "…"]
// [--from /path/]`: what search costs. Builds the shipped content (unless --dist points at a
// built site, e.g. one built from `npm run fixtures`), then prints
//   1. the index on disk (the files a search can fetch, and Pagefind's unused UI bundles),
//   2. the bytes Chromium downloads for a first query, measured from network events: the
//      reader types in the header box of a story page and lands on /tim-kiem/?q=…,
//   3. the time from that submit to the first result on screen, for a second query, and
//      from the last key to the results when the first query is typed again on the page.
// Bytes are counted by the bench's own static server as it sends them (no HTTP compression,
// like a plain static server; Pagefind's index files are gzip already); what gzip would make
// of the rest is printed beside them. Like deploy/nginx/site.conf, the server marks /_astro/
// files (hashed names) immutable, so the stylesheet the story page loaded is not sent again.
// On a site without the default story (a synthetic one), the start page is the first story
// page found in the dist and the second query is "chữa cháy".
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../tests/helpers/browser.ts';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Number(arg('runs') ?? 5);
const query = arg('query') ?? 'dong thap';
const DEFAULT_START = '/nguoi-tot-viec-tot/ba-nguoi-dan-xa-binh-phuoc-truy-duoi-chan-bat-doi-tuong-trom-xe-tai/';

let dist = arg('dist');
if (!dist) {
  dist = mkdtempSync(join(tmpdir(), 'bang-vang-bench-'));
  console.log(`Dựng trang (nội dung "content", BUILD_CLOCK=${process.env.BUILD_CLOCK ?? '2026-11-22'}) vào ${dist} …`);
  const built = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, BUILD_CLOCK: process.env.BUILD_CLOCK ?? '2026-11-22', ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'bang-vang-cache-')) },
  });
  if (built.status !== 0) {
    console.error(built.stdout, built.stderr);
    process.exit(1);
  }
  console.log(/Chỉ mục tìm kiếm: .*/.exec(built.stdout)?.[0] ?? '');
}

/** The first story page of the dist (a record page: its <main> is indexed). */
function firstStoryPage(dir: string): string {
  const stories = join(dir, 'nguoi-tot-viec-tot');
  for (const name of readdirSync(stories).sort()) {
    const file = join(stories, name, 'index.html');
    if (existsSync(file) && readFileSync(file, 'utf8').includes('data-pagefind-body')) return `/nguoi-tot-viec-tot/${name}/`;
  }
  throw new Error(`Không có trang bài viết nào trong ${stories}: hãy chỉ trang bắt đầu bằng --from`);
}
const shipped = existsSync(join(dist, DEFAULT_START, 'index.html'));
const startPage = arg('from') ?? (shipped ? DEFAULT_START : firstStoryPage(dist));
const secondQuery = arg('second') ?? (shipped ? 'Nguyễn Văn Hận' : 'chữa cháy');

// ---------------------------------------------------------------------------------------------
// 1. On disk

const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
const UNUSED_UI = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;
const bundle = files(join(dist, 'pagefind')).map((f) => ({ path: relative(join(dist, 'pagefind'), f), bytes: statSync(f).size }));
const used = bundle.filter((f) => !UNUSED_UI.test(f.path));
const sum = (xs: { bytes: number }[]) => xs.reduce((a, x) => a + x.bytes, 0);
const kind = (path: string) =>
  /pagefind-entry\.json$/.test(path) ? 'entry' : /pf_fragment$/.test(path) ? 'fragment' : /pf_index$/.test(path) ? 'index' : /pf_filter$/.test(path) ? 'filter' : /pf_meta$/.test(path) ? 'meta' : /wasm/.test(path) ? 'wasm' : /\.js$/.test(path) ? 'js' : 'other';
const byKind = new Map<string, { files: number; bytes: number }>();
for (const f of used) {
  const k = byKind.get(kind(f.path)) ?? { files: 0, bytes: 0 };
  byKind.set(kind(f.path), { files: k.files + 1, bytes: k.bytes + f.bytes });
}
const pages = files(dist).filter((f) => f.endsWith('.html')).length;
const records = used.filter((f) => kind(f.path) === 'fragment').length;

// ---------------------------------------------------------------------------------------------
// 2 and 3. In Chromium

/** A static server that counts the body bytes it sends: exactly what the browser downloads. */
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.webp': 'image/webp' };
let sent: { url: string; bytes: number; gzip: number }[] = [];
/** What gzip (level 6, as nginx's gzip_comp_level 1–6 would roughly give) makes of a file; Pagefind's own files are gzip already. */
const gzipCache = new Map<string, number>();
const gzipSize = (file: string) => {
  let n = gzipCache.get(file);
  if (n === undefined) {
    const data = readFileSync(file);
    n = data[0] === 0x1f && data[1] === 0x8b ? data.length : Math.min(data.length, gzipSync(data, { level: 6 }).length);
    gzipCache.set(file, n);
  }
  return n;
};
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(dist, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return void res.writeHead(404).end();
  sent.push({ url: `http://x${path}`, bytes: statSync(file).size, gzip: gzipSize(file) });
  const immutable = path.startsWith('/_astro/') ? { 'cache-control': 'public, max-age=31536000, immutable' } : {};
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...immutable });
  createReadStream(file).pipe(res);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const address = server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const browser = await launchChromium();

interface Run { firstMs: number; bytes: Map<string, number>; gzip: number; files: string[]; secondMs: number; secondBytes: number; typedMs: number }

const group = (url: string) => {
  const path = new URL(url).pathname;
  if (!path.startsWith('/pagefind/')) return path.startsWith('/_astro/') ? `page ${path.split('.').pop()}` : 'page html';
  return `pagefind ${kind(path)}${/worker/.test(path) ? ' (worker)' : ''}`;
};

async function once(): Promise<Run> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(base + startPage);
  await page.waitForLoadState('networkidle');
  sent = [];
  await page.locator('#tim-kiem-dau-trang').fill(query);
  const t0 = Date.now();
  await page.keyboard.press('Enter');
  await page.waitForSelector('#search-results li a', { timeout: 60_000 });
  const firstMs = Date.now() - t0;
  await page.waitForLoadState('networkidle');
  await new Promise((r) => setTimeout(r, 300));
  const bytes = new Map<string, number>();
  for (const x of sent) bytes.set(group(x.url), (bytes.get(group(x.url)) ?? 0) + x.bytes);
  const gzip = sent.reduce((a, x) => a + x.gzip, 0);
  const files = sent.map((x) => new URL(x.url).pathname);
  await page.locator('#q').fill('');
  await page.waitForFunction(() => document.querySelectorAll('#search-results li').length === 0);
  sent = [];
  const t1 = Date.now();
  await page.locator('#q').fill(secondQuery);
  await page.keyboard.press('Enter');
  await page.waitForFunction((q) => document.getElementById('search-status')?.textContent?.includes(q), secondQuery, { timeout: 60_000 });
  const secondMs = Date.now() - t1;
  await page.waitForLoadState('networkidle');
  await new Promise((r) => setTimeout(r, 300));
  const secondBytes = sent.reduce((a, x) => a + x.bytes, 0);
  // The first query typed again on the search page, 30 ms a key, no Enter: from the last key
  // to the results (the page's pause before searching included; the index is loaded).
  await page.locator('#q').fill('');
  await page.waitForFunction(() => document.querySelectorAll('#search-results li').length === 0);
  await page.locator('#q').pressSequentially(query, { delay: 30 });
  const t2 = Date.now();
  await page.waitForFunction((q) => document.getElementById('search-status')?.textContent?.includes(`“${q}”`) && document.querySelector('#search-results li a'), query, { timeout: 60_000 });
  const typedMs = Date.now() - t2;
  await context.close();
  return { firstMs, bytes, gzip, files, secondMs, secondBytes, typedMs };
}

const results: Run[] = [];
for (let i = 0; i < runs; i++) results.push(await once());
await browser.close();
server.close();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const groups = [...new Set(results.flatMap((r) => [...r.bytes.keys()]))].sort();
const groupBytes = Object.fromEntries(groups.map((g) => [g, median(results.map((r) => r.bytes.get(g) ?? 0))]));
const pagefindBytes = median(results.map((r) => [...r.bytes].filter(([g]) => g.startsWith('pagefind')).reduce((a, [, n]) => a + n, 0)));
const allBytes = median(results.map((r) => [...r.bytes.values()].reduce((a, n) => a + n, 0)));

console.log(`\nTìm kiếm trên ${dist}: ${pages} trang HTML, ${records} trang được lập chỉ mục; bắt đầu từ ${startPage}.`);
console.log('\n1. Chỉ mục trên đĩa (dist/pagefind)');
console.log(`   Tệp một lượt tìm có thể tải: ${used.length} tệp, ${kb(sum(used))}`);
for (const [k, v] of [...byKind].sort()) console.log(`     ${k.padEnd(9)} ${String(v.files).padStart(4)} tệp  ${kb(v.bytes).padStart(10)}`);
console.log(`   Giao diện dựng sẵn của Pagefind (không dùng, không tải): ${kb(sum(bundle) - sum(used))}`);
console.log(`   Tổng thư mục: ${bundle.length} tệp, ${kb(sum(bundle))}`);
console.log(`\n2. Lượt tìm đầu tiên “${query}” từ ô tìm kiếm ở đầu trang (trung vị của ${runs} lần, bộ nhớ đệm trống)`);
for (const g of groups) console.log(`     ${g.padEnd(26)} ${kb(groupBytes[g]).padStart(10)}`);
console.log(`   Pagefind: ${kb(pagefindBytes)}; cả trang /tim-kiem/ và Pagefind: ${kb(allBytes)} (nếu máy chủ nén gzip: ${kb(median(results.map((r) => r.gzip)))})`);
console.log(`   Tệp đã tải (lần cuối): ${results.at(-1)?.files.join(' ')}`);
console.log(`\n3. Thời gian đến kết quả đầu tiên (từ lúc bấm Enter, gồm tải trang /tim-kiem/): trung vị ${median(results.map((r) => r.firstMs))} ms (${results.map((r) => r.firstMs).join(', ')})`);
console.log(`   Lượt tìm thứ hai “${secondQuery}” trên cùng trang: trung vị ${median(results.map((r) => r.secondMs))} ms, tải thêm ${kb(median(results.map((r) => r.secondBytes)))}`);
console.log(`   Gõ lại “${query}” trong ô của trang tìm kiếm, từ phím cuối đến kết quả: trung vị ${median(results.map((r) => r.typedMs))} ms (${results.map((r) => r.typedMs).join(', ')})`);

mkdirSync(join(root, 'artifacts'), { recursive: true });
writeFileSync(
  join(root, 'artifacts/bench-search.json'),
  JSON.stringify(
    {
      pages,
      records,
      disk: { usedFiles: used.length, usedBytes: sum(used), byKind: Object.fromEntries(byKind), unusedUiBytes: sum(bundle) - sum(used) },
      runs,
      from: startPage,
      first: { query, groupBytes, pagefindBytes, allBytes, gzipBytes: median(results.map((r) => r.gzip)), files: results.at(-1)?.files, ms: results.map((r) => r.firstMs) },
      second: { query: secondQuery, ms: results.map((r) => r.secondMs), bytes: results.map((r) => r.secondBytes) },
      typed: { query, ms: results.map((r) => r.typedMs) },
    },
    null,
    2,
  ),
);
console.log('\nĐã ghi artifacts/bench-search.json');
