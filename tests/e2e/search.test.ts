// Search in real Chromium over the built shipped site, served with a strict Content Security
// Policy (no inline script or style; WebAssembly allowed): the header box, the search page,
// filters, keyboard use, the URL, and the page without JavaScript.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildSite } from '../helpers/build-site.ts';
import { serveDir } from '../helpers/static-server.ts';
import { launchChromium } from '../helpers/browser.ts';
import { FIRST_PAGE_SIZE, PAGE_SIZE } from '../../src/lib/search-state.ts';
import { WORKER_FROM_RECORDS } from '../../src/lib/search-options.ts';

const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const DONG_THAP_PLAN = '/ke-hoach/kh-bcd138-dong-thap/';
const KIEN_GIANG_PLAN = '/ke-hoach/350-kh-bcd-kien-giang/';
const STORY = '/nguoi-tot-viec-tot/ba-nguoi-dan-xa-binh-phuoc-truy-duoi-chan-bat-doi-tuong-trom-xe-tai/';

let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  const site = buildSite('content', { BUILD_CLOCK: '2026-11-22' });
  expect(site.result.status, site.result.stderr).toBe(0);
  server = await serveDir(site.outDir, { 'content-security-policy': CSP });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page that records console errors (CSP violations are reported there), CSP events and foreign requests. */
async function watchedPage(options: Parameters<Browser['newPage']>[0] = {}) {
  const page = await browser.newPage(options);
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => !r.url().startsWith(server.url) && !r.url().startsWith('data:') && problems.push(`request: ${r.url()}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return { page, problems };
}

const resultUrls = (page: Page) => page.$$eval('#search-results li h2 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
const resultTypes = (page: Page) => page.$$eval('#search-results li .search-result-type', (ps) => ps.map((p) => p.textContent));
const waitForStatus = (page: Page, text: string) =>
  page.waitForFunction((t) => document.getElementById('search-status')?.textContent?.includes(t), text);

describe('search in Chromium under a strict CSP', () => {
  it('the server really sends the policy', async () => {
    const res = await fetch(`${server.url}/tim-kiem/`);
    expect(res.headers.get('content-security-policy')).toBe(CSP);
  });

  it('a query typed without diacritics in the header box of a story page shows results on /tim-kiem/', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(server.url + STORY);
    await page.locator('header #tim-kiem-dau-trang').fill('dong thap');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=dong\+thap$/);
    await waitForStatus(page, 'kết quả cho “dong thap”');

    const status = page.locator('#search-status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.textContent()).toMatch(/^Có \d+ kết quả cho “dong thap”\.$/);

    expect((await resultUrls(page)).slice(0, 3)).toContain(DONG_THAP_PLAN);
    const first = page.locator('#search-results li').first();
    expect(await first.locator('.search-result-type').textContent()).toBeTruthy();
    expect(await first.locator('.search-result-meta').textContent()).toMatch(/\d{4}/);
    // The excerpt highlights the searched words found on the page ("Tháp" for "thap").
    expect(await page.locator('#search-results mark').count()).toBeGreaterThan(0);
    // The search page keeps the query in both boxes.
    expect(await page.inputValue('#q')).toBe('dong thap');
    expect(await page.inputValue('#tim-kiem-dau-trang')).toBe('dong thap');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a filter narrows the results, goes into the URL, and the URL brings the same search back', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${server.url}/tim-kiem/?q=dong+thap`);
    await waitForStatus(page, 'kết quả cho');
    const all = await resultUrls(page);
    expect(await page.locator('#loc-loai option').count()).toBeGreaterThan(2);

    await page.selectOption('#loc-loai', 'Người tốt, việc tốt');
    await waitForStatus(page, '(đã lọc)');
    const stories = await resultUrls(page);
    expect(stories.length).toBeGreaterThan(0);
    expect(stories.length).toBeLessThan(all.length);
    expect(new Set(await resultTypes(page))).toEqual(new Set(['Người tốt, việc tốt']));
    expect(new URL(page.url()).searchParams.get('loai')).toBe('Người tốt, việc tốt');

    // Shared link: a fresh page at that URL shows the same filtered results.
    const shared = await browser.newPage();
    await shared.goto(page.url());
    await waitForStatus(shared, '(đã lọc)');
    expect(await resultUrls(shared)).toEqual(stories);
    expect(await shared.inputValue('#loc-loai')).toBe('Người tốt, việc tốt');
    await shared.close();

    // Back to all results: the filter is cleared and the URL with it.
    await page.click('#search-reset');
    await page.waitForFunction(() => !document.getElementById('search-status')?.textContent?.includes('đã lọc'));
    expect((await resultUrls(page)).length).toBe(all.length);
    expect(new URL(page.url()).searchParams.has('loai')).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a first search downloads only what it shows: no filter chunk, five result texts, no worker on a small site; counts come when the reader turns to the filters', async () => {
    const { page, problems } = await watchedPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}/tim-kiem/?q=dong+thap`);
    await waitForStatus(page, 'kết quả cho');
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => /pagefind-(ui|modular-ui|component-ui|highlight)\./.test(p))).toEqual([]);
    const records = Number(await page.getAttribute('#search-form', 'data-records'));
    expect(records).toBeGreaterThan(0);
    expect(requested.filter((p) => p.includes('pagefind-worker')).length).toBe(records < WORKER_FROM_RECORDS ? 0 : 1);
    expect(requested.filter((p) => p.endsWith('.pf_filter'))).toEqual([]);
    expect(requested.filter((p) => p.endsWith('.pf_fragment')).length).toBeLessThanOrEqual(FIRST_PAGE_SIZE);
    // The values are on the page from the build; under a query, no count yet.
    const storyOption = page.locator('#loc-loai option[value="Người tốt, việc tốt"]');
    expect(await storyOption.textContent()).toBe('Người tốt, việc tốt');

    // Tabbing into the filters loads them; each value then says how many results it leaves.
    await page.focus('#loc-loai');
    await page.waitForFunction(() => /\(\d+\)$/.test(document.querySelector('#loc-loai option[value="Người tốt, việc tốt"]')?.textContent ?? ''));
    expect(requested.filter((p) => p.endsWith('.pf_filter')).length).toBeGreaterThan(0);
    const count = Number(/\((\d+)\)$/.exec((await storyOption.textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThan(0);
    // Every filter has its counts, not only the type.
    expect(await page.locator('#loc-nam option').evaluateAll((os) => os.slice(1).every((o) => /\(\d+\)$/.test(o.textContent ?? '')))).toBe(true);
    await page.selectOption('#loc-loai', 'Người tốt, việc tốt');
    await waitForStatus(page, '(đã lọc)');
    expect(await page.textContent('#search-status')).toBe(`Có ${count} kết quả cho “dong thap” (đã lọc).`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('on a site of WORKER_FROM_RECORDS records or more the search runs in Pagefind’s worker, under the same policy', async () => {
    const { page, problems } = await watchedPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    // The shipped site is small: the page is served as a large site's would be (its record count only).
    await page.route('**/tim-kiem/?q=*', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/data-records="\d+"/, `data-records="${WORKER_FROM_RECORDS}"`);
      await route.fulfill({ response, body });
    });
    await page.goto(`${server.url}/tim-kiem/?q=dong+thap`);
    await waitForStatus(page, 'kết quả cho “dong thap”');
    expect((await resultUrls(page)).slice(0, 3)).toContain(DONG_THAP_PLAN);
    expect(requested.filter((p) => p.endsWith('/pagefind-worker.js'))).toHaveLength(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('without a query the filters show how many records have each value, before any filter chunk loads', async () => {
    const { page, problems } = await watchedPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}/tim-kiem/`);
    await waitForStatus(page, 'có dấu hay không dấu');
    expect(await page.locator('#loc-loai option[value="Kế hoạch"]').textContent()).toMatch(/^Kế hoạch \(\d+\)$/);
    expect(requested.filter((p) => p.endsWith('.pf_filter'))).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('sorts by date, newest first', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${server.url}/tim-kiem/?q=ke+hoach&loai=K%E1%BA%BF+ho%E1%BA%A1ch&sap-xep=moi-nhat`);
    await waitForStatus(page, 'kết quả cho');
    expect(await page.inputValue('#sap-xep')).toBe('moi-nhat');
    const years = await page.$$eval('#search-results .search-result-meta', (ps) => ps.map((p) => Number(/(\d{4})/.exec(p.textContent ?? '')?.[1])));
    expect(years.length).toBeGreaterThan(1);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('works from the keyboard alone: type, search, reach a result, open it', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${server.url}/tim-kiem/`);
    await waitForStatus(page, 'có dấu hay không dấu');
    // Tab from the top of the page to the search field of the page.
    for (let i = 0; i < 30 && (await page.evaluate(() => document.activeElement?.id)) !== 'q'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.keyboard.type('Nguyễn Văn Hận');
    await page.keyboard.press('Enter');
    await waitForStatus(page, 'kết quả cho “Nguyễn Văn Hận”');
    // The exact spelling puts the plan signed by Nguyễn Văn Hận first.
    expect((await resultUrls(page))[0]).toBe(KIEN_GIANG_PLAN);
    let onResult = false;
    for (let i = 0; i < 30 && !onResult; i++) {
      await page.keyboard.press('Tab');
      onResult = await page.evaluate(() => document.activeElement?.closest('#search-results') !== null && document.activeElement?.tagName === 'A');
    }
    expect(onResult).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`${KIEN_GIANG_PLAN}$`));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('"Xem thêm kết quả" shows the next results and moves focus to the first of them', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${server.url}/tim-kiem/?q=an+ninh`);
    await waitForStatus(page, 'kết quả cho');
    const total = Number(/Có (\d+) kết quả/.exec((await page.textContent('#search-status')) ?? '')?.[1]);
    expect(total).toBeGreaterThan(FIRST_PAGE_SIZE + PAGE_SIZE);
    expect(await page.locator('#search-results > li').count()).toBe(FIRST_PAGE_SIZE);
    await page.focus('#search-more');
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length === n, FIRST_PAGE_SIZE + PAGE_SIZE);
    expect(await page.evaluate(() => [...document.querySelectorAll('#search-results > li')].indexOf(document.activeElement!.closest('li')!))).toBe(FIRST_PAGE_SIZE);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a word the site does not have finds nothing, and the page says which word', async () => {
    const { page, problems } = await watchedPage();
    // Pagefind alone would answer with pages that have "bị" (its fallback for an unknown word).
    await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent('Đồng Tháp bimatzq')}`);
    await waitForStatus(page, 'Không tìm thấy');
    expect(await page.textContent('#search-status')).toContain('không trang nào có từ “bimatzq”');
    expect(await page.locator('#search-results > li').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the search page fits a 320 px phone screen', async () => {
    const { page, problems } = await watchedPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${server.url}/tim-kiem/?q=dong+thap`);
    await waitForStatus(page, 'kết quả cho');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: 'artifacts/320_tim-kiem.png', fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('the header form still goes to /tim-kiem/?q=…, which says that results need JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url + STORY);
    await page.locator('header #tim-kiem-dau-trang').fill('dong thap');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=dong\+thap$/);
    const message = page.locator('.search-noscript');
    expect(await message.isVisible()).toBe(true);
    expect(await message.textContent()).toContain('cần JavaScript');
    expect(await page.locator('.search-noscript a[href="/ke-hoach/"]').count()).toBe(1);
    // Filters need the script: they stay hidden rather than offer controls that do nothing.
    expect(await page.locator('#search-filters').isVisible()).toBe(false);
    await context.close();
  });
});
