// `npm run bench:lighthouse [-- --dist DIR] [--runs N] [--port P]`: Lighthouse (pinned) on
// mobile settings (its defaults: a mid-range phone, simulated slow 4G and CPU slowdown) over the
// home page, a story, a plan, a decision and a search. A benchmark, not a test: it prints the
// four category scores and the main timings (median of N runs) and never fails on a score.
//
// The site is built with SITE_URL pointing at the local server (so canonical links are
// same-origin, as when deployed), then served by a small static server that behaves like the
// production host: gzip for text, and the security headers of public/_headers (strict CSP).
// Chromium: CHROME_PATH (default /usr/bin/chromium), run with --headless=new --no-sandbox.
// JSON reports go to artifacts/lighthouse/ (gitignored).
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Number(arg('runs') ?? 1);
const port = Number(arg('port') ?? 4327);
const origin = `http://127.0.0.1:${port}`;
const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
const out = join(root, 'artifacts/lighthouse');
mkdirSync(out, { recursive: true });

let dist = arg('dist');
if (!dist) {
  dist = mkdtempSync(join(tmpdir(), 'bang-vang-lighthouse-'));
  console.error(`Dựng trang vào ${dist} (SITE_URL=${origin}) …`);
  const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, SITE_URL: origin, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'bang-vang-cache-')) },
  });
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr);
    process.exit(1);
  }
}
const site = resolve(dist);

/** The first record page under a folder of the built site. */
function firstUnder(base: string): string {
  const dir = join(site, base);
  const found = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && !/^(\d+|nam|tinh|linh-vuc)$/.test(e.name) && existsSync(join(dir, e.name, 'index.html'))).map((e) => e.name).sort()[0];
  if (!found) throw new Error(`Không có trang nào dưới /${base}/`);
  return `/${base}/${found}/`;
}

const pages: [string, string][] = [
  ['Trang chủ', '/'],
  ['Bài người tốt, việc tốt', firstUnder('nguoi-tot-viec-tot')],
  ['Kế hoạch', firstUnder('ke-hoach')],
  ['Quyết định khen thưởng', firstUnder('vinh-danh/quyet-dinh')],
  ['Tìm kiếm', '/tim-kiem/?q=dong+thap'],
];

// The production headers, from public/_headers (the block for every path).
const headerText = readFileSync(join(root, 'public/_headers'), 'utf8');
const headers: Record<string, string> = {};
for (const m of headerText.split(/\n\s*\n/).find((b) => /^\/\*\s*$/m.test(b))?.matchAll(/^\s+([\w-]+):\s*(.+)$/gm) ?? []) headers[m[1]] = m[2];
delete headers['Strict-Transport-Security']; // meaningless on plain http://127.0.0.1

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.xml': 'application/xml', '.txt': 'text/plain', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg',
  '.webp': 'image/webp', '.avif': 'image/avif', '.woff2': 'font/woff2', '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.xml', '.txt', '.svg']);

const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', origin).pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(site, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  const status = existsSync(file) ? 200 : 404;
  if (status === 404) file = join(site, '404.html');
  const ext = extname(file);
  const h: Record<string, string> = { ...headers, 'content-type': TYPES[ext] ?? 'application/octet-stream' };
  if (path.startsWith('/_astro/')) h['cache-control'] = 'public, max-age=31536000, immutable';
  const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  if (gzip) h['content-encoding'] = 'gzip';
  res.writeHead(status, h);
  const stream = createReadStream(file);
  (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
});
await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));

const lighthouseCli = join(root, 'node_modules/lighthouse/cli/index.js');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = [
  ['FCP', 'first-contentful-paint'],
  ['LCP', 'largest-contentful-paint'],
  ['TBT', 'total-blocking-time'],
  ['CLS', 'cumulative-layout-shift'],
  ['SI', 'speed-index'],
] as const;
/** Median; of an even count, the upper middle value. */
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface LhReport {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number; score: number | null }>;
  runtimeError?: { message: string };
}

const rows: string[][] = [];
for (const [label, path] of pages) {
  const reports: LhReport[] = [];
  for (let i = 0; i < runs; i++) {
    const file = join(out, `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${i + 1}.json`);
    // Asynchronous: this process also serves the pages Lighthouse loads.
    const run = await new Promise<{ status: number | null; stderr: string }>((done) => {
      const child = spawn(process.execPath, [
        lighthouseCli, origin + path,
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
        `--only-categories=${CATEGORIES.join(',')}`,
        '--output=json', `--output-path=${file}`, '--quiet',
      ], { env: { ...process.env, CHROME_PATH: chrome } });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (status) => done({ status, stderr }));
    });
    if (run.status !== 0 || !existsSync(file)) {
      console.error(`Lighthouse lỗi ở ${path}:\n${run.stderr}`);
      continue;
    }
    const report = JSON.parse(readFileSync(file, 'utf8')) as LhReport;
    if (report.runtimeError) {
      console.error(`${path}: ${report.runtimeError.message} (lần này bị bỏ)`);
      continue;
    }
    reports.push(report);
  }
  if (!reports.length) continue;
  if (reports.length < runs) console.error(`${path}: ${reports.length}/${runs} lần đo thành công`);
  const score = (c: string) => String(Math.round(median(reports.map((r) => (r.categories[c]?.score ?? 0) * 100))));
  const metric = (id: string) => {
    const v = median(reports.map((r) => r.audits[id]?.numericValue ?? NaN));
    return id === 'cumulative-layout-shift' ? v.toFixed(3) : `${(v / 1000).toFixed(2)} s`;
  };
  rows.push([label, path, ...CATEGORIES.map(score), ...METRICS.map(([, id]) => (id === 'total-blocking-time' ? `${Math.round(median(reports.map((r) => r.audits[id]?.numericValue ?? 0)))} ms` : metric(id)))]);
}
server.close();

const header = ['Trang', 'Đường dẫn', 'Performance', 'Accessibility', 'Best practices', 'SEO', ...METRICS.map(([m]) => m)];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(`Lighthouse ${JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8')).version}, mobile (mặc định), ${runs} lần mỗi trang (trung vị); Chromium: ${chrome}`);
console.log([line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n'));
console.log(`Báo cáo JSON: ${out}`);
