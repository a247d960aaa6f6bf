// No draft or embargoed story in any syndication output: a real build of
// tests/fixtures/stories-leak on 1 October 2025 (one public story, one draft, one embargoed
// until 2099), then every feed, sitemap, oEmbed file, JSON twin and share image is checked,
// and the whole site is scanned (packed files included) for the hidden stories' words and ids.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/build-site.ts';
import { distFiles, findWords } from '../helpers/dist-scan.ts';
import { jsonFeedErrors, parseRss, parseXml } from '../helpers/feeds.ts';

const FIXTURE = 'tests/fixtures/stories-leak';
const PUBLIC = 'tra-lai-vi-tien';
const DRAFT = 'ban-nhap-bimatzq';
const EMBARGOED = 'cho-dang-camvaoxy';
const HIDDEN_WORDS = ['bimatzq', 'camvaoxy', DRAFT, EMBARGOED, 'Bản nháp', 'Bài chờ giờ đăng'];
const show = (x: unknown) => JSON.stringify(x, null, 2);

let site: BuiltSite;
const text = (path: string) => readFileSync(join(site.outDir, path), 'utf8');

beforeAll(() => {
  site = buildSite(FIXTURE, { BUILD_CLOCK: '2025-10-01' });
});

it('builds', () => {
  expect(site.result.status, site.result.stdout + site.result.stderr).toBe(0);
});

describe('syndication outputs of the stories-leak fixture', () => {
  let outputs: string[];
  beforeAll(() => {
    outputs = distFiles(site.outDir).filter((f) => /(^|\/)(rss\.xml|feed\.json|sitemap[^/]*\.xml|robots\.txt)$/.test(f) || f.startsWith('oembed/') || f.endsWith('/index.json') || f.startsWith('anh-chia-se/'));
  });

  it('exist, and hold the public story (so the scan below would see a hidden one)', () => {
    for (const f of ['rss.xml', 'feed.json', 'sitemap.xml', 'sitemap-news.xml', 'robots.txt', 'dinh-chinh/rss.xml', 'vinh-danh/rss.xml', 'phong-trao/thi-dua-mau/rss.xml', 'dia-ban/an-giang/rss.xml', `oembed/${PUBLIC}.json`, `nguoi-tot-viec-tot/${PUBLIC}/index.json`, `anh-chia-se/nguoi-tot-viec-tot/${PUBLIC}.png`]) {
      expect(outputs, f).toContain(f);
    }
    expect(parseRss(text('rss.xml')).channel.item.map((i) => i.link)).toEqual([`https://bang-vang.example/nguoi-tot-viec-tot/${PUBLIC}/`]);
    expect(JSON.parse(text('feed.json')).items.map((i: { id: string }) => i.id)).toEqual([`https://bang-vang.example/nguoi-tot-viec-tot/${PUBLIC}/`]);
    expect(jsonFeedErrors(JSON.parse(text('feed.json')))).toEqual([]);
    const locs = parseXml(text('sitemap.xml'), ['url']).urlset.url.map((u: { loc: string }) => u.loc);
    expect(locs).toContain(`https://bang-vang.example/nguoi-tot-viec-tot/${PUBLIC}/`);
  });

  it('have no file for the draft or the embargoed story', () => {
    for (const id of [DRAFT, EMBARGOED]) {
      for (const f of [`oembed/${id}.json`, `nguoi-tot-viec-tot/${id}/index.json`, `anh-chia-se/nguoi-tot-viec-tot/${id}.png`, `nguoi-tot-viec-tot/${id}/index.html`]) {
        expect(existsSync(join(site.outDir, f)), f).toBe(false);
      }
    }
  });

  it('name neither the draft nor the embargoed story in any feed, sitemap, oEmbed or JSON twin', () => {
    const hits = outputs.flatMap((f) => (f.endsWith('.png') ? [] : HIDDEN_WORDS.filter((w) => text(f).toLowerCase().includes(w.toLowerCase())).map((w) => `${f}: ${w}`)));
    expect(hits).toEqual([]);
  });

  it('leave no trace of them anywhere in the site, packed files included', () => {
    const hits = findWords(site.outDir, ['bimatzq', 'camvaoxy']);
    expect(hits, show(hits)).toEqual([]);
  });

  it('the news sitemap (48 hours before the build clock) is empty but valid', () => {
    expect(parseXml(text('sitemap-news.xml'), ['url']).urlset.url).toBeUndefined();
  });
});
