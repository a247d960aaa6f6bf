// Deploy under the shipped nginx configuration (deploy/nginx/site.conf, Debian's nginx on
// 127.0.0.1): atomic releases with a `current` symlink, the smoke test (home, a story, search
// over HTTP, feeds, security headers, 301 for an old address, 410 for a removed one), automatic
// rollback when the smoke test fails, `--rollback`, pruning, and real Chromium under the exact
// shipped headers with search still working.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readlinkSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atomicBuild, type AtomicBuild } from '../helpers/atomic-build.ts';
import { launchChromium } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { freePort } from '../helpers/free-port.ts';
import { nginxMaps } from '../../src/integrations/url-manifest.ts';
import { EXPECTED_CSP } from '../../src/lib/smoke-test.ts';

const hasNginx = spawnSync('nginx', ['-v']).status === 0;
const work = mkdtempSync(join(tmpdir(), 'bang-vang-deploy-'));
const target = join(work, 'target');
const nginxWork = join(work, 'nginx');
let site: AtomicBuild;
let url = '';
let browser: Browser | undefined;

function deploy(...args: string[]) {
  const r = spawnSync(process.execPath, [join(projectRoot, 'scripts/deploy.ts'), '--target', target, ...args], { cwd: projectRoot, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}
const current = () => readlinkSync(join(target, 'current'));
const releases = () => readdirSync(join(target, 'releases')).filter((n) => !n.startsWith('.')).sort();

describe.skipIf(!hasNginx)('deploy to nginx with the shipped configuration', () => {
  beforeAll(async () => {
    site = atomicBuild('tests/fixtures/states', { BUILD_CLOCK: '2025-10-01' });
    expect(site.status, site.output).toBe(0);
    // The maps of this build (npm run urls:update writes the same into deploy/nginx/).
    const maps = join(work, 'maps');
    mkdirSync(maps, { recursive: true });
    const m = nginxMaps(site.dist);
    writeFileSync(join(maps, 'redirects.map'), m.redirects);
    writeFileSync(join(maps, 'gone.map'), m.gone);
    const port = await freePort();
    const started = spawnSync('bash', [join(projectRoot, 'deploy/nginx/serve-local.sh'), 'start', target, String(port), nginxWork, maps], { encoding: 'utf8' });
    expect(started.status, started.stdout + started.stderr).toBe(0);
    url = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    await browser?.close();
    spawnSync('bash', [join(projectRoot, 'deploy/nginx/serve-local.sh'), 'stop', nginxWork]);
    rmSync(work, { recursive: true, force: true });
  });

  it('publishes a release, switches current to it and passes the smoke test', () => {
    const r = deploy('--dist', site.dist, '--url', url);
    expect(r.status, r.output).toBe(0);
    expect(r.output).toMatch(/smoke: (\d+) passed, 0 failed/);
    expect(r.output).toContain('Đường dẫn cũ /tin/to-tu-quan-bat-trom/ chuyển hướng 301');
    expect(r.output).toMatch(/Trang đã gỡ \/\S+\/ trả 410 kèm thông báo/);
    expect(r.output).toContain('Tìm kiếm (Pagefind qua HTTP) tìm ra bài đó');
    expect(current()).toBe(`releases/${releases()[0]}`);
  });

  it('serves the shipped headers: the strict CSP, immutable /_astro/ files, 301, 410 and 404', async () => {
    const home = await fetch(`${url}/`);
    expect(home.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
    expect(home.headers.get('x-frame-options')).toBe('DENY');
    const old = await fetch(`${url}/tin/to-tu-quan-bat-trom/`, { redirect: 'manual' });
    expect(old.status).toBe(301);
    expect(old.headers.get('location')).toBe('/nguoi-tot-viec-tot/to-an-ninh-thanh-dong-bat-trom/');
    const gone = await fetch(`${url}/nguoi-tot-viec-tot/bai-go-bo-goneqz/`);
    expect(gone.status).toBe(410);
    expect(await gone.text()).toContain('Nội dung này đã được gỡ bỏ');
    expect(gone.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
    const missing = await fetch(`${url}/khong-co/`);
    expect(missing.status).toBe(404);
    const feed = await fetch(`${url}/rss.xml`);
    if (feed.status === 200) expect(feed.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('compresses text on the way (pages, scripts, feeds) but never Pagefind’s already-gzipped index files', async () => {
    const gz = { headers: { 'accept-encoding': 'gzip' } };
    for (const path of ['/', '/pagefind/pagefind.js', '/rss.xml']) {
      const res = await fetch(`${url}${path}`, gz);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-encoding'), path).toBe('gzip');
    }
    const entry = (await (await fetch(`${url}/pagefind/pagefind-entry.json`)).json()) as { languages: Record<string, { hash: string }> };
    const hash = Object.values(entry.languages)[0].hash;
    const meta = await fetch(`${url}/pagefind/pagefind.${hash}.pf_meta`, gz);
    expect(meta.status).toBe(200);
    expect(meta.headers.get('content-encoding')).toBeNull();
  });

  it('search works in real Chromium under exactly those headers, with no CSP violation', async () => {
    browser = await launchChromium();
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)));
    await page.goto(`${url}/tim-kiem/?q=${encodeURIComponent('tổ tự quản Kinh Làng')}`);
    await page.waitForFunction(() => /kết quả cho/.test(document.getElementById('search-status')?.textContent ?? ''));
    const urls = await page.$$eval('#search-results li h2 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(urls).toContain('/nguoi-tot-viec-tot/to-an-ninh-thanh-dong-bat-trom/');
    expect(urls).not.toContain('/nguoi-tot-viec-tot/bai-rut-lai-statewq/');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a release that fails the smoke test is switched back at once', () => {
    const before = current();
    const broken = join(work, 'broken');
    cpSync(site.dist, broken, { recursive: true });
    rmSync(join(broken, 'pagefind'), { recursive: true });
    const r = deploy('--dist', broken, '--url', url);
    expect(r.status).toBe(1);
    expect(r.output).toContain('LỖI  Tìm kiếm (Pagefind qua HTTP) tìm ra bài đó');
    expect(r.output).toContain('Kiểm tra nhanh thất bại: đã quay lại');
    expect(current()).toBe(before);
  });

  it('rolls back with one command, and keeps only the last N releases', () => {
    expect(deploy('--dist', site.dist, '--url', url).status).toBe(0);
    const newest = current();
    const rolled = deploy('--rollback', '--url', url);
    expect(rolled.status, rolled.output).toBe(0);
    expect(current()).not.toBe(newest);
    expect(rolled.output).toContain('Đã quay lại');
    expect(deploy('--dist', site.dist, '--keep', '2').status).toBe(0);
    expect(releases().length).toBe(2);
    expect(existsSync(join(target, current()))).toBe(true);
  });
});
