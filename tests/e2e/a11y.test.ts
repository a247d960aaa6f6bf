// Accessibility gate in real Chromium: axe-core (pinned) over one page of every type, at a phone
// width (360 px) and a desktop width (1280 px), served under the site's strict CSP, must report
// zero WCAG 2.0/2.1 A and AA violations; so must the high-contrast theme. Screenshots of every
// page at both widths go to artifacts/screenshots/ (gitignored) for a human to look at. The server
// sends the Content-Security-Policy of public/_headers.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildSite } from '../helpers/build-site.ts';
import { serveDir } from '../helpers/static-server.ts';
import { launchChromium } from '../helpers/browser.ts';
import { pagesOfEveryType, shippedCsp, type PageOfType } from '../helpers/page-types.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const WIDTHS = [360, 1280] as const;
const SHOTS = 'artifacts/screenshots';

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let pages: PageOfType[];

beforeAll(async () => {
  const site = buildSite('content', { BUILD_CLOCK: '2026-11-22' });
  expect(site.result.status, site.result.stderr).toBe(0);
  pages = pagesOfEveryType(site.outDir);
  server = await serveDir(site.outDir, { 'content-security-policy': shippedCsp() });
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface AxeViolation { id: string; impact: string; help: string; nodes: { target: string[]; failureSummary: string }[] }

/** Opens a page the way a reader does and waits until it is complete (search results shown). */
async function open(path: string, width: number, setup?: (page: Page) => Promise<void>) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => !r.url().startsWith(server.url) && !r.url().startsWith('data:') && problems.push(`request: ${r.url()}`));
  await setup?.(page);
  const response = await page.goto(server.url + path);
  expect(response?.status(), path).toBe(200);
  if (path.startsWith('/tim-kiem/')) {
    await page.waitForFunction(() => /kết quả/.test(document.getElementById('search-status')?.textContent ?? ''));
  }
  await page.evaluate(() => document.fonts.ready);
  return { page, problems };
}

/** axe-core's WCAG A/AA violations on the open page, one readable line per element. */
async function wcagViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's CSP (script-src 'self') does not apply.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    (tags) => (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: unknown[] }> } }).axe
      .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
      .then((r) => r.violations),
    WCAG_TAGS,
  ) as AxeViolation[];
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')}; ${n.failureSummary.replace(/\s+/g, ' ')}`));
}

describe.each(WIDTHS)('axe-core, WCAG 2.1 A/AA, at %i px', (width) => {
  it.each([
    'home', 'plan', 'campaign', 'story-list', 'story', 'decision', 'profile', 'board', 'model', 'search', 'about', 'privacy', 'accessibility', '404', 'locality',
  ])('%s page: no violations, no CSP or console error, no other host', async (type) => {
    const target = pages.find((p) => p.type === type)!;
    const { page, problems } = await open(target.path, width);
    const violations = await wcagViolations(page);
    await page.screenshot({ path: `${SHOTS}/${type}-${width}.png`, fullPage: true });
    await page.close();
    expect(violations, target.path).toEqual([]);
    expect(problems, target.path).toEqual([]);
  });
});

describe('axe-core in the high-contrast theme', () => {
  it.each(['home', 'plan', 'story', 'decision', 'board', 'search', 'privacy'])('%s page at 360 px: no violations', async (type) => {
    const target = pages.find((p) => p.type === type)!;
    const { page } = await open(target.path, 360, async (p) => {
      await p.addInitScript(() => localStorage.setItem('bang-vang:tuong-phan', 'cao'));
    });
    expect(await page.evaluate(() => document.documentElement.classList.contains('tuong-phan-cao'))).toBe(true);
    const violations = await wcagViolations(page);
    await page.screenshot({ path: `${SHOTS}/${type}-360-tuong-phan-cao.png`, fullPage: true });
    await page.close();
    expect(violations, target.path).toEqual([]);
  });
});
