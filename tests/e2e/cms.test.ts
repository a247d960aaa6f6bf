// The editing interface at /admin/ in real Chromium, on the built shipped site, served with the
// Content-Security-Policy docs/cms.md gives for /admin/: the page loads with no console error, no
// CSP violation and no request to another host; it is in Vietnamese; "Work with Local Repository"
// (the File System Access API, given a copy of content/ in the browser's private file system)
// lists every collection; saving an edit changes only that line, and an entry created in the CMS
// passes the checker.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildSite, type BuiltSite } from '../helpers/build-site.ts';
import { serveDir } from '../helpers/static-server.ts';
import { launchChromium } from '../helpers/browser.ts';
import { checkSite } from '../../src/model/site-model.ts';
import { guardMarkdown } from '../../src/lib/content-guard.ts';

/** The policy for /admin/ only (docs/cms.md): the site's own, plus inline styles, blob: images and workers, data: fetches. */
const ADMIN_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

let site: BuiltSite;
let browser: Browser;
let server: { url: string; close: () => Promise<void> };
const temps: string[] = [];

beforeAll(async () => {
  site = buildSite('content', { BUILD_CLOCK: '2026-11-22' });
  expect(site.result.status, site.result.stderr).toBe(0);
  server = await serveDir(site.outDir, { 'content-security-policy': ADMIN_CSP });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  temps.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

/** A page that records console errors, uncaught errors, CSP violations and requests to other hosts. */
async function watchedPage(locale = 'vi-VN') {
  const page = await browser.newPage({ locale, viewport: { width: 1400, height: 1000 } });
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(server.url) && !url.startsWith('blob:') && !url.startsWith('data:')) problems.push(`request: ${url}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return { page, problems };
}

/** content/ as the CMS sees a checkout: every file under content/ plus a .git folder. */
function checkout(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const rel of readdirSync('content', { recursive: true }).map(String)) {
    const path = join('content', rel);
    if (/\.(md|mdx|ya?ml)$/.test(rel)) files[path] = readFileSync(path, 'utf8');
  }
  return files;
}

/**
 * Opens /admin/ with "Work with Local Repository": the directory picker is answered with a folder
 * of the browser's origin-private file system holding a copy of content/ (the same API the CMS
 * uses on a real disk, without the picker dialog a test cannot click).
 */
async function openLocalRepository(page: Page) {
  await page.goto(`${server.url}/admin/`);
  await page.evaluate(async (files) => {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle(`repo-${Date.now()}`, { create: true });
    await root.getDirectoryHandle('.git', { create: true });
    for (const [path, text] of Object.entries(files)) {
      const parts = path.split('/');
      let dir = root;
      for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
    const w = window as unknown as Record<string, unknown>;
    w.showDirectoryPicker = async () => root;
    w.readRepo = async (path: string) => {
      const parts = path.split('/');
      let dir = root;
      for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p);
      return (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
    };
  }, checkout());
  await page.getByRole('button', { name: 'Làm việc với kho mã nguồn cục bộ' }).click();
  await page.getByText('Người dân xã Mỹ Long trả lại dây chuyền vàng nhặt được').first().waitFor();
}

const readRepo = (page: Page, path: string) => page.evaluate((p) => (window as unknown as { readRepo: (p: string) => Promise<string> }).readRepo(p), path);

/** The editor renders fields as they scroll into view: scroll every pane to the end. */
async function scrollToEnd(page: Page) {
  for (let i = 0; i < 6; i++) {
    await page.evaluate(() => {
      for (const e of document.querySelectorAll('*')) if (e.scrollHeight > e.clientHeight + 50 && getComputedStyle(e).overflowY !== 'visible') e.scrollTop = e.scrollHeight;
    });
    await page.waitForTimeout(300);
  }
}

function lineDiff(before: string, after: string) {
  const a = before.split('\n');
  const b = after.split('\n');
  return { removed: a.filter((l) => !b.includes(l)), added: b.filter((l) => !a.includes(l)) };
}

describe('/admin/ in the build', () => {
  it('is its own page: noindex, no public layout, no search body, every file from this host', () => {
    const html = site.page('admin');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('data-pagefind-body');
    expect(html).not.toMatch(/site-header|skip-link|<footer/);
    expect(html).toMatch(/<html lang="vi">/);
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(2);
    for (const url of urls) expect(url, url).toMatch(/^\/(?!\/)/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|style="/);
    for (const url of urls) expect(existsSync(join(site.outDir, url)), url).toBe(true);
  });

  it('ships the generated configuration, the bundled CMS and no CDN font source', () => {
    expect(readFileSync(join(site.outDir, 'admin/config.yml'), 'utf8')).toBe(readFileSync('public/admin/config.yml', 'utf8'));
    const cms = readFileSync(join(site.outDir, 'admin/cms.js'), 'utf8');
    expect(cms).not.toMatch(/src:\s*url\(https:\/\/cdn\.jsdelivr/);
    expect(readdirSync(join(site.outDir, 'admin/assets')).some((f) => f.startsWith('material-symbols-outlined'))).toBe(true);
    expect(readdirSync(join(site.outDir, 'admin/chunks')).some((f) => /^vi-[\w-]+\.js$/.test(f))).toBe(true);
  });
});

describe('/admin/ in Chromium under its Content-Security-Policy', () => {
  it('the server really sends the policy', async () => {
    const res = await fetch(`${server.url}/admin/`);
    expect(res.headers.get('content-security-policy')).toBe(ADMIN_CSP);
  });

  it('opens in Vietnamese even in an English browser, without errors or other hosts, and offers the local repository and a token', async () => {
    const { page, problems } = await watchedPage('en-US');
    await page.goto(`${server.url}/admin/`);
    await page.getByRole('button', { name: 'Làm việc với kho mã nguồn cục bộ' }).waitFor();
    // The page's own title until the CMS takes over with app_title from config.yml.
    expect(site.page('admin')).toContain('<title>Biên tập nội dung — Bảng vàng</title>');
    await expect(page.title()).resolves.toBe('Bảng vàng — Biên tập nội dung');
    // The CMS wraps inserted names in bidi isolation marks (U+2068 … U+2069).
    const text = (await page.locator('body').innerText()).replace(/[\u2068\u2069]/g, '');
    expect(text).toContain('Bảng vàng — Biên tập nội dung');
    expect(text).toContain('Đăng nhập bằng mã truy cập');
    expect(text).toContain('Đăng nhập bằng GitHub');
    await page.waitForTimeout(1500);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('with a local repository, lists every collection in Vietnamese with its number of entries', async () => {
    const { page, problems } = await watchedPage();
    await openLocalRepository(page);
    const count = (dir: string, ext: RegExp) => readdirSync(dir, { recursive: true }).map(String).filter((f) => ext.test(f)).length;
    const expected: [string, number][] = [
      ['Người tốt, việc tốt', count('content/stories', /index\.md$/)],
      ['Quyết định khen thưởng', count('content/honors', /\.yaml$/)],
      ['Kế hoạch', count('content/plans', /\.md$/)],
      ['Phong trào thi đua', count('content/campaigns', /\.md$/)],
      ['Mô hình, điển hình', count('content/models', /\.md$/)],
      ['Bài có khung ghi chú', count('content/stories', /index\.mdx$/)],
      ['Thông tin chung', 1],
      ['Địa bàn', 1],
      ['Hình thức khen thưởng', 1],
    ];
    const sidebar = (await page.locator('body').innerText()).split('\n').map((l) => l.trim()).filter(Boolean);
    for (const [label, n] of expected) {
      const i = sidebar.indexOf(label);
      expect(i, `${label} in the collection list`).toBeGreaterThanOrEqual(0);
      expect(sidebar[i + 1], label).toBe(String(n));
    }
    expect(await page.getByText('Người dân xã Mỹ Long trả lại dây chuyền vàng nhặt được').first().isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('saving an edited story title changes that one line of index.md', async () => {
    const { page, problems } = await watchedPage();
    await openLocalRepository(page);
    const file = 'content/stories/2025/nguoi-dan-xa-my-long-tra-lai-day-chuyen-vang-nhat-duoc/index.md';
    await page.goto(`${server.url}/admin/#/collections/stories/entries/2025/nguoi-dan-xa-my-long-tra-lai-day-chuyen-vang-nhat-duoc/index`);
    const title = page.getByLabel('Tiêu đề', { exact: true }).first();
    await title.waitFor();
    expect(await title.inputValue()).toBe('Người dân xã Mỹ Long trả lại dây chuyền vàng nhặt được');
    await title.fill('Người dân xã Mỹ Long trả lại sợi dây chuyền vàng');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => readRepo(page, file)).toContain('trả lại sợi dây chuyền vàng');
    const before = readFileSync(file, 'utf8');
    const after = await readRepo(page, file);
    expect(lineDiff(before, after)).toEqual({
      removed: ['title: Người dân xã Mỹ Long trả lại dây chuyền vàng nhặt được'],
      added: ['title: Người dân xã Mỹ Long trả lại sợi dây chuyền vàng'],
    });
    expect(after.length - before.length).toBe('sợi dây chuyền vàng'.length - 'dây chuyền vàng nhặt được'.length);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('saving a decision keeps its comment and its number written as { status: unknown }', async () => {
    const { page, problems } = await watchedPage();
    await openLocalRepository(page);
    const file = 'content/honors/2025/giay-khen-ct-ubnd-xa-my-long-2025-07-25.yaml';
    await page.goto(`${server.url}/admin/#/collections/honors/entries/2025/giay-khen-ct-ubnd-xa-my-long-2025-07-25`);
    const body = page.getByLabel('Cơ quan ra quyết định', { exact: true }).first();
    await body.waitFor();
    expect(await body.inputValue()).toBe('Ủy ban nhân dân xã Mỹ Long');
    const numberState = page.getByLabel('Tình trạng số').first();
    await numberState.waitFor();
    expect(await numberState.inputValue()).toBe('unknown');
    await body.fill('Ủy ban nhân dân xã Mỹ Long, tỉnh Vĩnh Long');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => readRepo(page, file)).toContain('tỉnh Vĩnh Long');
    expect(lineDiff(readFileSync(file, 'utf8'), await readRepo(page, file))).toEqual({
      removed: ['body: Ủy ban nhân dân xã Mỹ Long'],
      added: ['body: Ủy ban nhân dân xã Mỹ Long, tỉnh Vĩnh Long'],
    });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a model created in the CMS is a clean file that passes the checker', async () => {
    const { page, problems } = await watchedPage();
    await openLocalRepository(page);
    await page.goto(`${server.url}/admin/#/collections/models/new`);
    await page.getByLabel('Tên mô hình', { exact: true }).first().fill('Cổng an ninh');
    await page.getByLabel('Đơn vị thực hiện', { exact: true }).first().fill('Xã Mỹ Long');
    await page.getByRole('combobox', { name: 'Địa bàn' }).first().click();
    await page.keyboard.type('Mỹ Long');
    await page.getByRole('option', { name: 'Mỹ Long (my-long-vinh-long)' }).click();
    await scrollToEnd(page);
    await page.getByRole('textbox', { name: 'Giới thiệu' }).click();
    await page.keyboard.type('Mô hình cổng an ninh ở các ấp của xã Mỹ Long.');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    const file = 'content/models/cong-an-ninh-xa-my-long.md';
    await expect.poll(() => readRepo(page, file).catch(() => '')).toContain('Cổng an ninh');
    const text = await readRepo(page, file);
    expect(text).toBe('---\nname: Cổng an ninh\nunit: Xã Mỹ Long\nlocality: my-long-vinh-long\n---\n\nMô hình cổng an ninh ở các ấp của xã Mỹ Long.\n');

    const project = mkdtempSync(join(tmpdir(), 'bang-vang-cms-e2e-'));
    temps.push(project);
    cpSync('content', join(project, 'content'), { recursive: true });
    mkdirSync(dirname(join(project, file)), { recursive: true });
    writeFileSync(join(project, file), text);
    const result = checkSite('content', project, new Date('2026-11-22T00:00:00+07:00'));
    expect(result.problems.filter((p) => p.severity === 'error' || p.file.endsWith('cong-an-ninh-xa-my-long.md'))).toEqual([]);
    expect(result.model?.models.some((m) => m.id === 'cong-an-ninh-xa-my-long')).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the .mdx stories offer Callout and Quote in the body editor, and write MDX the content guard accepts', async () => {
    const { page, problems } = await watchedPage();
    await openLocalRepository(page);
    await page.goto(`${server.url}/admin/#/collections/stories-mdx/new`);
    await page.getByLabel('Tiêu đề', { exact: true }).first().waitFor();
    await scrollToEnd(page);
    const body = page.locator('[data-key-path="body"]').filter({ has: page.getByRole('toolbar') });
    await body.getByRole('button', { name: /^Chèn/ }).first().click();
    expect(await page.getByRole('menuitem').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('Khung ghi chú (Callout)'), expect.stringContaining('Trích dẫn (Quote)')]));
    await page.getByRole('menuitem', { name: /Khung ghi chú/ }).click();
    await page.locator('[data-key-path$=":title"] input').first().fill('Lưu ý "quan trọng"');
    await page.locator('[data-key-path$=":body"] [contenteditable="true"]').last().click();
    await page.keyboard.type('Không gõ {x} < 5.');
    // The body field's own value (its Markdown text area, hidden while the rich editor shows) is
    // what the CMS saves. Sveltia's editors publish their Markdown 100 ms after each change, the
    // Callout's inner editor first, then the outer one, and switching the outer one to Markdown
    // drops an update still on its way (@sveltia/ui text-editor: core.js sleep(100),
    // lexical-root.svelte ignores updates once useRichText is false). So wait for the text to
    // reach that value, not just the inner editor's screen, before switching.
    const bodyMarkdown = (visibleOnly: boolean) =>
      page.locator('textarea').evaluateAll((ts, visibleOnly) => ts.map((t) => t as HTMLTextAreaElement).filter((t) => !visibleOnly || t.checkVisibility()).map((t) => t.value).find((v) => v.includes('<Callout')) ?? '', visibleOnly);
    await expect.poll(() => bodyMarkdown(false), { timeout: 5000 }).toContain('Không gõ \\{x\\} \\< 5.');
    await body.getByRole('button', { name: 'Chỉnh sửa bằng Markdown' }).first().click();
    // The Markdown view is now on screen and holds what was typed.
    await expect.poll(() => bodyMarkdown(true)).toContain('<Callout');
    const mdx = await bodyMarkdown(true);
    expect(mdx.trim()).toBe('<Callout title="Lưu ý “quan trọng”">\nKhông gõ \\{x\\} \\< 5.\n</Callout>');
    expect(guardMarkdown(mdx, 'mdx')).toEqual([]);

    // The plain (.md) stories have no such menu: components only render in .mdx files.
    await page.goto(`${server.url}/admin/#/collections/stories/new`);
    await page.getByLabel('Tiêu đề', { exact: true }).first().waitFor();
    await scrollToEnd(page);
    const plain = page.locator('[data-key-path="body"]').filter({ has: page.getByRole('toolbar') });
    await plain.getByRole('button', { name: 'Ảnh' }).first().waitFor();
    expect(await plain.getByRole('button', { name: /^Chèn/ }).count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
