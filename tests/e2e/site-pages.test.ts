// Real Chromium over the built shipped site: pages render, stay on this host, fit a phone,
// and the plan prints on A4 without the site chrome.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildSite } from '../helpers/build-site.ts';
import { serveDir } from '../helpers/static-server.ts';
import { launchChromium } from '../helpers/browser.ts';

let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  const site = buildSite('content', { BUILD_CLOCK: '2026-11-22' });
  expect(site.result.status, site.result.stderr).toBe(0);
  server = await serveDir(site.outDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('plan pages in Chromium', () => {
  it.each([
    '/',
    '/ke-hoach/',
    '/ke-hoach/350-kh-bcd-kien-giang/',
    '/phong-trao/thi-dua-dac-biet-luc-luong-antt-co-so/',
    '/nguoi-tot-viec-tot/',
    '/nguoi-tot-viec-tot/ba-nguoi-dan-xa-binh-phuoc-truy-duoi-chan-bat-doi-tuong-trom-xe-tai/',
    '/dia-ban/',
  ])(
    '%s loads with no console error and no request to another host',
    async (path) => {
      const page = await browser.newPage();
      const errors: string[] = [];
      const foreign: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('request', (r) => !r.url().startsWith(server.url) && !r.url().startsWith('data:') && foreign.push(r.url()));
      const response = await page.goto(server.url + path);
      expect(response?.status()).toBe(200);
      expect(await page.locator('html').getAttribute('lang')).toBe('vi');
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      await page.close();
    },
  );

  it.each(['/ke-hoach/350-kh-bcd-kien-giang/', '/nguoi-tot-viec-tot/', '/nguoi-tot-viec-tot/ba-nguoi-dan-xa-binh-phuoc-truy-duoi-chan-bat-doi-tuong-trom-xe-tai/'])(
    '%s fits a 320 px phone screen without sideways scrolling',
    async (path) => {
      const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
      await page.goto(server.url + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `artifacts/320${path.replaceAll('/', '_')}.png` });
      await page.close();
    },
  );

  it('prints the Kiên Giang plan on A4 with the document only', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/ke-hoach/350-kh-bcd-kien-giang/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.plan-facts').isVisible()).toBe(false);
    await expect(page.locator('.official-document').isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const text = pdf.toString('latin1');
    // A4 is 595.28 × 841.89 points; every page of the PDF must be A4 portrait.
    const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(boxes.length).toBeGreaterThan(1);
    for (const [w, h] of boxes) {
      expect(Math.round(w)).toBe(595);
      expect(Math.round(h)).toBe(842);
    }
    await page.close();
  });

  it('shows the signature block and Nơi nhận side by side on a desktop screen', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/ke-hoach/350-kh-bcd-kien-giang/`);
    const recipients = await page.locator('.doc-recipients').boundingBox();
    const signature = await page.locator('.doc-signature').boundingBox();
    expect(recipients && signature).toBeTruthy();
    expect(signature!.x).toBeGreaterThan(recipients!.x + recipients!.width - 1);
    await page.screenshot({ path: 'artifacts/ke-hoach-kien-giang-1280.png', fullPage: false });
    await page.close();
  });
});
