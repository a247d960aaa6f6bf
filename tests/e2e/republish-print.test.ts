// Real Chromium over a build of tests/fixtures/syndication: the republish kit's copy button
// puts the clean HTML on the clipboard (and without JavaScript the box can still be selected),
// and a story prints on A4 as the article alone with its address, dates, credits and licence.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildSite } from '../helpers/build-site.ts';
import { serveDir } from '../helpers/static-server.ts';
import { launchChromium } from '../helpers/browser.ts';

const STORY = '/nguoi-tot-viec-tot/anh-dung-lai-co-dinh-chinh/';
let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  const site = buildSite('tests/fixtures/syndication', { BUILD_CLOCK: '2025-10-01T09:00:00+07:00' });
  expect(site.result.status, site.result.stderr).toBe(0);
  // The site's own policy: no inline script may run.
  server = await serveDir(site.outDir, { 'Content-Security-Policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:" });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('republish kit', () => {
  it('the copy button appears with JavaScript and copies the box’s HTML', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.url + STORY);
    await page.click('summary:has-text("Đăng lại bài này")');
    await page.click('button:has-text("Chép mã HTML")');
    await expect.poll(() => page.textContent('[data-republish-status]')).toContain('Đã chép mã HTML');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.inputValue('#dang-lai-ma'));
    expect(copied.startsWith('<p>Bài viết đăng lại từ ')).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without JavaScript there is no dead button, and the read-only box can be selected', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url + STORY);
    await page.click('summary:has-text("Đăng lại bài này")');
    expect(await page.isVisible('button:has-text("Chép mã HTML")')).toBe(false);
    const box = page.locator('#dang-lai-ma');
    expect(await box.isVisible()).toBe(true);
    expect(await box.getAttribute('readonly')).not.toBeNull();
    await box.focus();
    await page.keyboard.press('Control+A');
    const selected = await box.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
    expect(selected).toBe(await box.inputValue());
    await context.close();
  });
});

describe('printing a story', () => {
  it('shows the article alone, with the citation, on A4', async () => {
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    await page.goto(server.url + STORY);
    await page.emulateMedia({ media: 'print' });
    const display = (selector: string) => page.$$eval(selector, (els) => els.map((e) => getComputedStyle(e).display));
    for (const hidden of ['.site-header', '.breadcrumbs', '.story-side', '.related', 'details.republish', '.site-footer']) {
      for (const d of await display(hidden)) expect(d, hidden).toBe('none');
    }
    expect(await display('.story-print-note')).toEqual(['block']);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Nguồn: Bảng vàng (kiểm thử), https://bang-vang.example/nguoi-tot-viec-tot/anh-dung-lai-co-dinh-chinh/');
    expect(text).toContain('Đăng ngày 28/08/2025 · Cập nhật 05/09/2025 · 2 đính chính');
    expect(text).toContain('Ảnh: Công an xã Tân Hiệp');
    expect(text).toContain('CC BY 4.0');
    // No line of the article is wider than the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });
});
