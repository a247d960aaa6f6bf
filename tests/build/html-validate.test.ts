// html-validate (pinned) over every page of the built shipped site, with the project's
// .htmlvalidate.json: html-validate:recommended, plus require-sri on cross-origin resources
// (a resource from another host fails), minus two rules, for these reasons:
//
// - valid-id "relaxed": HTML5 allows an id to start with a digit, and the Markdown processor
//   derives heading ids from numbered sections of official documents ("4. Nội dung thi đua" →
//   "4-nội-dung-thi-đua"); the ids are valid, unique and are link targets.
// - long-title off: a page title carries the full official name of a plan or decision (its
//   trích yếu), which must not be shortened; title length is a search-engine heuristic, not HTML.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot, type BuiltSite } from '../helpers/build-site.ts';
import { distFiles } from '../helpers/dist-scan.ts';

let site: BuiltSite;
let pages: string[];

beforeAll(() => {
  site = buildSite('content', { BUILD_CLOCK: '2026-11-22' });
  expect(site.result.status, site.result.stderr).toBe(0);
  pages = distFiles(site.outDir).filter((f) => f.endsWith('.html'));
});

const config = JSON.parse(readFileSync(join(projectRoot, '.htmlvalidate.json'), 'utf8')) as ConfigData & { rules: Record<string, unknown> };

describe('html-validate', () => {
  it('the config disables nothing but the two rules explained above', () => {
    expect(config.extends).toEqual(['html-validate:recommended']);
    const off = Object.entries(config.rules).filter(([, v]) => v === 'off' || (Array.isArray(v) && v[0] === 'off'));
    expect(off.map(([k]) => k)).toEqual(['long-title']);
    expect(config.rules['valid-id']).toEqual(['error', { relaxed: true }]);
  });

  it('every built page is valid', async () => {
    const validator = new HtmlValidate(config);
    expect(pages.length).toBeGreaterThan(100);
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(readFileSync(join(site.outDir, page), 'utf8'), page);
      for (const result of report.results) {
        for (const m of result.messages) errors.push(`${page}:${m.line}:${m.column} [${m.ruleId}] ${m.message}`);
      }
    }
    expect(errors).toEqual([]);
  });

  it('really catches what it is there for: inline style, a CDN script without integrity, a missing alt', async () => {
    const validator = new HtmlValidate(config);
    const bad = '<!doctype html><html lang="vi"><head><title>x</title><script src="https://cdn.example/x.js"></script></head><body><main><p style="color:red">x</p><img src="/a.png"></main></body></html>';
    const report = await validator.validateString(bad, 'bad.html');
    const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules).toEqual(expect.arrayContaining(['no-inline-style', 'require-sri', 'wcag/h37']));
  });
});
