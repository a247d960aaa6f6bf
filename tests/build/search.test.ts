// Search over the real index: the shipped content is built (Pagefind runs in the build) and
// queried from Node the way the search page queries it (same options, same re-ordering).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot, type BuiltSite } from '../helpers/build-site.ts';
import { openPagefind, type PagefindQuery } from '../helpers/pagefind-query.ts';
import { browserOptions, WORKER_FROM_RECORDS } from '../../src/lib/search-options.ts';

const DONG_THAP_PLAN = '/ke-hoach/kh-bcd138-dong-thap/';
const KIEN_GIANG_PLAN = '/ke-hoach/350-kh-bcd-kien-giang/';
const THAI_BINH_PLAN = '/ke-hoach/kh-bcd-thai-binh-2024/';
const KON_TUM_PLAN = '/ke-hoach/439-kh-bcd-kon-tum/';
const CAI_LAY_STORY = '/nguoi-tot-viec-tot/doi-sos-thi-xa-cai-lay-nhan-giay-khen-vi-gop-suc-bat-5-doi-tuong/';
const STORM_STORY = '/nguoi-tot-viec-tot/cong-an-xa-yen-nhan-cung-luc-luong-co-so-so-tan-324-ho-dan-truoc-bao/';

const htmlFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => relative(dir, join(d.parentPath, d.name)).replaceAll('\\', '/'));

describe('search over the shipped content', () => {
  let site: BuiltSite;
  let pf: PagefindQuery;
  const top3 = async (q: string) => (await pf.urls(q)).slice(0, 3);

  beforeAll(async () => {
    site = buildSite('content', { BUILD_CLOCK: '2026-11-22' });
    expect(site.result.status, site.result.stderr).toBe(0);
    pf = await openPagefind(site.outDir);
  });

  describe('with and without diacritics', () => {
    it('"nguoi tot viec tot" finds good-deed stories first', async () => {
      const hits = await pf.search('nguoi tot viec tot', { limit: 3 });
      expect(hits).toHaveLength(3);
      for (const h of hits) expect(h.meta.type).toBe('Người tốt, việc tốt');
    });

    it('"dong thap": d finds đ (the Đồng Tháp plan in the top three)', async () => {
      expect(await top3('dong thap')).toContain(DONG_THAP_PLAN);
      expect(await top3('Dong Thap')).toContain(DONG_THAP_PLAN);
    });

    it('"Đồng Tháp" as written finds the same plan, first', async () => {
      expect((await pf.urls('Đồng Tháp'))[0]).toBe(DONG_THAP_PLAN);
    });

    it('"nguyen van han" finds the Kiên Giang plan signed by Nguyễn Văn Hận', async () => {
      expect(await top3('nguyen van han')).toContain(KIEN_GIANG_PLAN);
    });

    it('other đ-words typed with d: "sa dec" (Sa Đéc), "dak lak" (Đắk Lắk)', async () => {
      expect(await pf.urls('sa dec')).toEqual([DONG_THAP_PLAN]);
      const dakLak = await pf.search('dak lak');
      expect(dakLak.length).toBeGreaterThan(0);
      for (const h of dakLak) expect(`${h.content} ${h.meta.place}`).toMatch(/Đắk Lắk/);
    });

    it('a word no page has finds nothing (Pagefind alone falls back to a shorter indexed word)', async () => {
      // Pagefind would list the Đồng Tháp pages for both, reading "thapx" as "thap" and
      // "bimatzq" as "bi" (bị).
      expect(await pf.count('Đồng Thápx')).toBe(0);
      expect(await pf.count('Đồng Tháp bimatzq')).toBe(0);
      expect(await pf.count('qwxyz Đồng Tháp')).toBe(0);
      // A word being typed still finds the words it begins.
      expect(await pf.count('Đồng Th')).toBeGreaterThan(0);
    });

    it('both tone-mark placements match: "hòa giải" and "hoà giải" find the same plans', async () => {
      const oldStyle = await pf.urls('hòa giải');
      const newStyle = await pf.urls('hoà giải');
      const plain = await pf.urls('hoa giai');
      // Kon Tum writes "hòa giải", Thái Bình also "hoà giải": each query finds both.
      for (const list of [oldStyle, newStyle, plain]) expect(list).toEqual(expect.arrayContaining([KON_TUM_PLAN, THAI_BINH_PLAN, DONG_THAP_PLAN]));
      expect(new Set(newStyle)).toEqual(new Set(oldStyle));
    });

    it('a phrase query matches the words in order, with or without diacritics', async () => {
      const exact = await pf.urls('"phòng cháy, chữa cháy"');
      const plain = await pf.urls('"phong chay chua chay"');
      expect(exact.length).toBeGreaterThan(0);
      expect(new Set(plain)).toEqual(new Set(exact));
      expect(await pf.urls('"tự hoà giải"')).toEqual(expect.arrayContaining([KON_TUM_PLAN, THAI_BINH_PLAN]));
      // Out of order, the phrase finds nothing.
      expect(await pf.count('"chữa cháy phòng cháy"')).toBe(0);
    });

    it('a phrase with đ typed as d matches too ("dong thap" in quotes)', async () => {
      expect(await pf.urls('"dong thap"')).toContain(DONG_THAP_PLAN);
    });
  });

  describe('exact diacritics rank above folded matches', () => {
    it('"Nguyễn Văn Hận" puts the plan with that exact name first (its folded form "han" also matches "hạn", "hành" …)', async () => {
      expect((await pf.urls('nguyen van han'))[0]).not.toBe(KIEN_GIANG_PLAN);
      expect((await pf.urls('Nguyễn Văn Hận'))[0]).toBe(KIEN_GIANG_PLAN);
    });

    it('"bão" (storm) puts the storm story first, not the many pages with "bảo" or "báo"', async () => {
      expect((await pf.urls('bão'))[0]).toBe(STORM_STORY);
    });
  });

  describe('filters and sort', () => {
    it('a filter narrows the results to its type', async () => {
      const all = await pf.search('dong thap', { limit: 50 });
      const stories = await pf.search('dong thap', { filters: { loai: ['Người tốt, việc tốt'] }, limit: 50 });
      expect(stories.length).toBeGreaterThan(0);
      expect(stories.length).toBeLessThan(all.length);
      for (const h of stories) expect(h.meta.type).toBe('Người tốt, việc tốt');
      expect(stories.map((h) => h.url)).toContain(CAI_LAY_STORY);
    });

    it('province as named then and as it is now: Cai Lậy was in Tiền Giang, now in Đồng Tháp', async () => {
      const then = await pf.urls('', { filters: { tinh: ['Tiền Giang'] }, limit: 100 });
      const now = await pf.urls('', { filters: { tinh_nay: ['Đồng Tháp'] }, limit: 100 });
      expect(then).toContain(CAI_LAY_STORY);
      expect(then).not.toContain(DONG_THAP_PLAN);
      expect(now).toEqual(expect.arrayContaining([CAI_LAY_STORY, DONG_THAP_PLAN]));
      expect((await pf.urls('', { filters: { tinh_nay: ['An Giang'] } }))).toEqual([KIEN_GIANG_PLAN]);
    });

    it('every filter the issue asks for exists, with values', async () => {
      const filters = await pf.filters();
      for (const key of ['loai', 'tinh', 'tinh_nay', 'nam', 'phong_trao', 'noi_dung', 'khen_thuong']) {
        expect(Object.keys(filters[key] ?? {}).length, key).toBeGreaterThan(0);
      }
      expect(Object.keys(filters.loai).sort()).toEqual(['Kế hoạch', 'Mô hình', 'Người tốt, việc tốt', 'Phong trào', 'Vinh danh']);
    });

    it('year, campaign, competition content and award form each narrow the list', async () => {
      const filters = await pf.filters();
      // Several values of one filter mean any of them: all types is every record.
      const total = await pf.count('', { filters: { loai: Object.keys(filters.loai) } });
      expect(total).toBe(Object.values(filters.loai).reduce((a, b) => a + b, 0));
      for (const key of ['nam', 'phong_trao', 'noi_dung', 'khen_thuong']) {
        const [value, n] = Object.entries(filters[key])[0];
        const hits = await pf.search('', { filters: { [key]: [value] }, limit: 100 });
        expect(hits.length, `${key}=${value}`).toBe(n);
        expect(hits.length).toBeLessThan(total);
        for (const h of hits) expect(h.filters[key]).toContain(value);
      }
    });

    it('sorting by date keeps every result (every record has a date key) and orders them', async () => {
      const relevance = await pf.count('an ninh');
      const newest = await pf.search('an ninh', { sort: 'newest', limit: 200 });
      const oldest = await pf.search('an ninh', { sort: 'oldest', limit: 200 });
      expect(newest).toHaveLength(relevance);
      expect(oldest).toHaveLength(relevance);
      const dated = (hs: typeof newest) => hs.filter((h) => h.meta.date).map((h) => h.url);
      expect(dated(newest).length).toBeGreaterThan(5);
      // Undated records (some models) come last both ways.
      expect(newest.at(-1)!.meta.date).toBeUndefined();
      expect(oldest.at(-1)!.meta.date).toBeUndefined();
    });
  });

  describe('what a result shows', () => {
    it('type, date, place, title and an excerpt with the words highlighted', async () => {
      const [hit] = await pf.search('Nguyễn Văn Hận', { limit: 1 });
      expect(hit.meta.type).toBe('Kế hoạch');
      expect(hit.meta.date).toBe('20/08/2024');
      expect(hit.meta.place).toBe('tỉnh Kiên Giang (nay thuộc tỉnh An Giang)');
      expect(hit.title).toMatch(/^Kế hoạch 350\/KH-BCĐ: /);
      expect(hit.excerpt).toContain('<mark>Hận');
    });

    it('the folded copy never shows in an excerpt', async () => {
      for (const h of await pf.search('dong thap', { limit: 20 })) expect(h.excerpt).not.toMatch(/Dồng|dồng/);
    });
  });

  describe('what is indexed', () => {
    it('only record pages: no list page, no search page, no site chrome', async () => {
      const files = htmlFiles(site.outDir);
      const withBody = files.filter((f) => readFileSync(join(site.outDir, f), 'utf8').includes('data-pagefind-body'));
      for (const f of withBody) expect(f).toMatch(/^(ke-hoach|phong-trao|nguoi-tot-viec-tot|vinh-danh\/(quyet-dinh|nguoi)|mo-hinh)\/[^/]+\/index\.html$/);
      for (const f of ['index.html', 'ke-hoach/index.html', 'tim-kiem/index.html', 'dia-ban/index.html']) expect(withBody).not.toContain(f);
      // The header, skip link, search box and footer are not in any record's indexed text.
      const all = await pf.search('', { filters: { loai: Object.keys((await pf.filters()).loai) }, limit: 500 });
      expect(all.length).toBeGreaterThan(50);
      for (const h of all) {
        expect(h.content, h.url).not.toMatch(/Bỏ qua, đến nội dung chính|Tìm kế hoạch, gương người tốt|được phép dùng lại theo giấy phép/);
      }
    });

    it('indexes every record page, each with a date sort key and its type', async () => {
      const filters = await pf.filters();
      const byType = Object.values(filters.loai).reduce((a, b) => a + b, 0);
      const records = htmlFiles(site.outDir).filter((f) => readFileSync(join(site.outDir, f), 'utf8').includes('data-pagefind-body'));
      expect(byType).toBe(records.length);
      expect(await pf.count('', { filters: { loai: Object.keys(filters.loai) }, sort: 'newest' })).toBe(records.length);
    });

    it('every page has the search box: a GET form to /tim-kiem/ with the field q', () => {
      // The editing interface (/admin/) has its own page shell and redirect stubs have no body.
      for (const f of htmlFiles(site.outDir).filter((f) => !f.startsWith('admin/'))) {
        const html = readFileSync(join(site.outDir, f), 'utf8');
        if (/<meta http-equiv="refresh"/i.test(html)) continue;
        expect(html, f).toMatch(/<form class="site-search" action="\/tim-kiem\/" method="get" role="search"[^>]*>/);
        expect(html, f).toMatch(/<input id="tim-kiem-dau-trang" type="search" name="q"/);
      }
    });

    it('record pages carry their đ-words folded in hidden metadata, outside the body', () => {
      const html = site.page('ke-hoach/kh-bcd138-dong-thap');
      const fold = /<meta data-pagefind-meta="fold\[content\]" content="([^"]*)"/.exec(html)?.[1] ?? '';
      expect(fold).toContain('tỉnh Dồng Tháp');
      expect(fold).not.toMatch(/đ/i);
    });

    it('the search page has its script as a file (no inline script or style) and a message for no JavaScript', () => {
      const html = site.page('tim-kiem');
      expect(html).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/);
      expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
      expect(html).not.toMatch(/<style|\sstyle="/);
      expect(html).toMatch(/<noscript>[\s\S]*cần JavaScript[\s\S]*<\/noscript>/);
      expect(html).toMatch(/aria-live="polite"/);
    });

    it('Pagefind’s bundle is written, without its playground', () => {
      expect(existsSync(join(site.outDir, 'pagefind', 'pagefind.js'))).toBe(true);
      expect(existsSync(join(site.outDir, 'pagefind', 'playground'))).toBe(false);
    });

    it('Pagefind’s stock interfaces are not in the output, and no page refers to them', () => {
      const bundle = readdirSync(join(site.outDir, 'pagefind'));
      expect(bundle).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json', 'pagefind-worker.js']));
      expect(bundle.filter((f) => /^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(f))).toEqual([]);
      const unused = /pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)/;
      const files = readdirSync(site.outDir, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile() && /\.(html|js|css|json)$/.test(d.name))
        .map((d) => relative(site.outDir, join(d.parentPath, d.name)).replaceAll('\\', '/'));
      expect(files.length).toBeGreaterThan(100);
      for (const f of files) expect(readFileSync(join(site.outDir, f), 'utf8'), f).not.toMatch(unused);
    });

    it('the files the search page preloads are in the bundle (Pagefind names its wasm by language); the wasm only without the worker', () => {
      const html = site.page('tim-kiem');
      const preloads = [...html.matchAll(/<link rel="(?:modulepreload|preload)" href="([^"]+)"/g)].map((m) => m[1]);
      const records = Number(/data-records="(\d+)"/.exec(html)?.[1]);
      expect(preloads).toEqual(records < WORKER_FROM_RECORDS ? ['/pagefind/pagefind.js', '/pagefind/wasm.unknown.pagefind'] : ['/pagefind/pagefind.js']);
      for (const href of preloads) expect(existsSync(join(site.outDir, href)), href).toBe(true);
      expect(JSON.parse(readFileSync(join(site.outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')).languages.vi.wasm).toBeNull();
    });

    it('the search page knows how many records the index holds (it runs Pagefind without a worker below WORKER_FROM_RECORDS)', async () => {
      const records = Number(/<form id="search-form"[^>]*data-records="(\d+)"/.exec(site.page('tim-kiem'))?.[1]);
      expect(records).toBe(Object.values((await pf.filters()).loai).reduce((a, b) => a + b, 0));
      expect(browserOptions(WORKER_FROM_RECORDS - 1).noWorker).toBe(true);
      expect(browserOptions(WORKER_FROM_RECORDS).noWorker).toBe(false);
    });

    it('the search page lists every filter value with its number of records, exactly as the index counts them', async () => {
      const html = site.page('tim-kiem');
      const onPage: Record<string, Record<string, number>> = {};
      for (const [, key, options] of html.matchAll(/<select id="loc-([a-z_]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
        onPage[key] = {};
        for (const [, total, value] of options.matchAll(/<option data-n="(\d+)">([^<]*)<\/option>/g)) {
          onPage[key][value.replaceAll('&amp;', '&')] = Number(total);
        }
      }
      const index = await pf.filters();
      expect(Object.keys(index).length).toBe(7);
      expect(onPage).toEqual(index);
    });
  });
});

describe('search never reveals unpublished stories', () => {
  it('the draft’s and the embargoed story’s unique words return nothing', async () => {
    const site = buildSite(join(projectRoot, 'tests/fixtures/stories-leak'), { BUILD_CLOCK: '2025-10-01' });
    expect(site.result.status, site.result.stderr).toBe(0);
    const pf = await openPagefind(site.outDir);
    expect(await pf.count('bimatzq')).toBe(0);
    expect(await pf.count('camvaoxy')).toBe(0);
    expect(await pf.count('"Bản nháp bimatzq"')).toBe(0);
    // The index itself works: the public story is found, with a small re-encoded thumbnail
    // of its photo (never the original, which keeps GPS) and the photo's description.
    const [story] = await pf.search('', { filters: { loai: ['Người tốt, việc tốt'] } });
    expect(story.url).toBe('/nguoi-tot-viec-tot/tra-lai-vi-tien/');
    expect(story.meta.image).toMatch(/^\/_astro\/[^/]+\.webp$/);
    expect(existsSync(join(site.outDir, story.meta.image!))).toBe(true);
    expect(story.meta.image_alt).toBe('Tổ bảo vệ an ninh, trật tự ấp Bình Tịnh B trao lại chiếc ví tại trụ sở');
  });
});
