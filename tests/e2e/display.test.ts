// "Cỡ chữ: A- A A+" and "Tương phản cao" in real Chromium, under the CSP of public/_headers:
// reached and worked with the keyboard alone (Tab order, Enter and Space, visible focus), the
// choice kept across pages and applied before the first paint, no sideways scrolling at normal
// and 200 % text on every page type, hidden without JavaScript, and the system's "more
// contrast" setting honoured.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildSite } from '../helpers/build-site.ts';
import { serveDir } from '../helpers/static-server.ts';
import { launchChromium } from '../helpers/browser.ts';
import { pagesOfEveryType, shippedCsp, type PageOfType } from '../helpers/page-types.ts';

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let pages: PageOfType[];
const path = (type: string) => pages.find((p) => p.type === type)!.path;

beforeAll(async () => {
  const site = buildSite('content', { BUILD_CLOCK: '2026-11-22' });
  expect(site.result.status, site.result.stderr).toBe(0);
  pages = pagesOfEveryType(site.outDir);
  server = await serveDir(site.outDir, { 'content-security-policy': shippedCsp() });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh reader (own localStorage) whose page records CSP violations and errors. */
async function reader(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  return { context, page, problems };
}

/** What the focused element is: its text or id, for comparing Tab orders. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el ? (el.id || el.getAttribute('data-co-chu-buoc') || el.textContent?.trim() || el.tagName) : '';
  });

const rootState = (page: Page) =>
  page.evaluate(() => ({
    step: document.documentElement.getAttribute('data-co-chu'),
    contrast: document.documentElement.classList.contains('tuong-phan-cao'),
    fontSize: getComputedStyle(document.documentElement).fontSize,
  }));

describe('keyboard only', () => {
  it('Tab reaches the skip link, then A-, A, A+ and Tương phản cao, each with a visible focus ring', async () => {
    const { context, page, problems } = await reader();
    await page.goto(server.url + path('story'));
    const order: string[] = [];
    const rings: { name: string; outline: string; width: number }[] = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      const name = await focused(page);
      order.push(name);
      rings.push({
        name,
        ...(await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const s = getComputedStyle(el);
          return { outline: s.outlineStyle, width: parseFloat(s.outlineWidth), visible: el.matches(':focus-visible') };
        })),
      });
    }
    expect(order).toEqual(['Bỏ qua, đến nội dung chính', 'giam', 'mac-dinh', 'tang', 'tuong-phan-cao']);
    for (const r of rings) {
      expect(r.outline, r.name).not.toBe('none');
      expect(r.width, r.name).toBeGreaterThanOrEqual(2);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('Enter and Space change the text size and the contrast, and a screen reader hears the result', async () => {
    const { context, page, problems } = await reader();
    await page.goto(server.url + path('plan'));
    const base = (await rootState(page)).fontSize;
    await page.focus('[data-co-chu-buoc="tang"]');
    await page.keyboard.press('Enter');
    expect(await rootState(page)).toMatchObject({ step: '1', fontSize: '18px' });
    expect(await page.locator('#hien-thi-trang-thai').textContent()).toBe('Cỡ chữ 112,5 %');
    await page.keyboard.press('Space');
    expect((await rootState(page)).step).toBe('2');
    await page.focus('[data-co-chu-buoc="giam"]');
    await page.keyboard.press('Space');
    expect((await rootState(page)).step).toBe('1');
    await page.focus('[data-co-chu-buoc="mac-dinh"]');
    await page.keyboard.press('Enter');
    expect(await rootState(page)).toMatchObject({ step: null, fontSize: base });

    const contrast = page.locator('#tuong-phan-cao');
    await contrast.focus();
    await page.keyboard.press('Enter');
    expect((await rootState(page)).contrast).toBe(true);
    expect(await contrast.getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(0, 0, 0)');
    await page.keyboard.press('Space');
    expect((await rootState(page)).contrast).toBe(false);
    expect(await contrast.getAttribute('aria-pressed')).toBe('false');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('A- stops at 87,5 % and A+ at 200 %, and says so', async () => {
    const { context, page } = await reader();
    await page.goto(server.url + '/');
    await page.focus('[data-co-chu-buoc="tang"]');
    for (let i = 0; i < 8; i++) await page.keyboard.press('Enter');
    expect(await rootState(page)).toMatchObject({ step: '5', fontSize: '32px' });
    expect(await page.locator('#hien-thi-trang-thai').textContent()).toBe('Cỡ chữ 200 % (lớn nhất)');
    await page.focus('[data-co-chu-buoc="giam"]');
    for (let i = 0; i < 9; i++) await page.keyboard.press('Enter');
    expect(await rootState(page)).toMatchObject({ step: '-1', fontSize: '14px' });
    expect(await page.locator('#hien-thi-trang-thai').textContent()).toBe('Cỡ chữ 87,5 % (nhỏ nhất)');
    await context.close();
  });
});

describe('the choice persists', () => {
  it('after navigating by a link, it is already on <html> before <body> exists (no flash)', async () => {
    const { context, page, problems } = await reader();
    await page.goto(server.url + path('story'));
    await page.click('[data-co-chu-buoc="tang"]');
    await page.click('[data-co-chu-buoc="tang"]');
    await page.click('#tuong-phan-cao');
    // On every later document: the state of <html> at the moment <body> is created.
    await page.addInitScript(() => {
      const w = window as unknown as { atBody?: { step: string | null; contrast: boolean } };
      new MutationObserver((_, observer) => {
        if (document.body && !w.atBody) {
          w.atBody = { step: document.documentElement.getAttribute('data-co-chu'), contrast: document.documentElement.classList.contains('tuong-phan-cao') };
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await Promise.all([page.waitForURL(`${server.url}/vinh-danh/`), page.click('.site-nav a[href="/vinh-danh/"]')]);
    expect(await page.evaluate(() => (window as unknown as { atBody?: unknown }).atBody)).toEqual({ step: '2', contrast: true });
    expect(await rootState(page)).toMatchObject({ step: '2', contrast: true, fontSize: '20px' });
    expect(await page.locator('#tuong-phan-cao').getAttribute('aria-pressed')).toBe('true');

    // A new tab of the same reader, and a reload, open the same way.
    const second = await context.newPage();
    await second.goto(server.url + path('decision'));
    expect(await rootState(second)).toMatchObject({ step: '2', contrast: true });
    await second.reload();
    expect(await rootState(second)).toMatchObject({ step: '2', contrast: true });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('follows the system setting "more contrast" until the reader chooses', async () => {
    const { context, page } = await reader({ contrast: 'more' });
    await page.goto(server.url + '/');
    expect((await rootState(page)).contrast).toBe(true);
    await page.click('#tuong-phan-cao');
    await page.goto(server.url + path('plan'));
    expect((await rootState(page)).contrast).toBe(false);
    await context.close();
  });

  it('without JavaScript the controls are hidden and the page still reads normally', async () => {
    const { context, page } = await reader({ javaScriptEnabled: false });
    await page.goto(server.url + path('story'));
    expect(await page.locator('.display-controls').isVisible()).toBe(false);
    expect(await page.locator('main h1').isVisible()).toBe(true);
    await context.close();
  });
});

describe('layout at normal and 200 % text', () => {
  const types = ['home', 'plan', 'campaign', 'story-list', 'story', 'decision', 'profile', 'board', 'model', 'search', 'about', 'privacy', 'accessibility', '404', 'locality'];
  it.each([
    [320, 0, '16px'],
    [320, 5, '32px'],
    [1280, 5, '32px'],
  ])('no sideways scrolling at %i px, text step %i, on any page type; controls still on screen', async (width, step, rootSize) => {
    const { context, page } = await reader({ viewport: { width, height: 800 } });
    await page.goto(server.url + '/');
    await page.evaluate((s) => localStorage.setItem('bang-vang:co-chu', String(s)), step);
    const overflowing: string[] = [];
    for (const type of types) {
      await page.goto(server.url + path(type));
      // The search page is measured with its results on screen.
      if (type === 'search') await page.waitForFunction(() => /kết quả/.test(document.getElementById('search-status')?.textContent ?? ''));
      expect((await rootState(page)).fontSize, type).toBe(rootSize);
      const wide = await page.evaluate(() => {
        const limit = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth <= limit) return [];
        // The innermost elements that stick out, to say what to fix.
        return [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > limit + 1 && ![...e.children].some((c) => c.getBoundingClientRect().right > limit + 1))
          .slice(0, 3)
          .map((e) => `<${e.tagName.toLowerCase()} class="${e.getAttribute('class') ?? ''}">`);
      });
      if (wide.length) overflowing.push(`${path(type)}: ${wide.join(', ')}`);
      const plus = await page.locator('[data-co-chu-buoc="tang"]').boundingBox();
      expect(plus && plus.x + plus.width <= width, type).toBe(true);
    }
    expect(overflowing).toEqual([]);
    await context.close();
  });
});
