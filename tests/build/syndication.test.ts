// Press reposting, end to end on a real build of tests/fixtures/syndication at 2025-10-01 09:00
// (Vietnam): feeds read back with a real parser and the JSON Feed 1.1 schema, enclosure lengths
// against the emitted files, JSON-LD per page type, share images, the republish kit, oEmbed and
// JSON twins, sitemaps, robots.txt, print, and identical output on a rebuild (share images from
// the cache).
import { mkdtempSync, readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/build-site.ts';
import { distFiles, findWords } from '../helpers/dist-scan.ts';
import { htmlProblems, jsonFeedErrors, parseRss, parseXml, tagsOf, type RssItem } from '../helpers/feeds.ts';
import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS } from '../../src/lib/republish/clean-html.ts';
import { REQUIRED_FIELDS } from '../../src/lib/seo/json-ld.ts';
import { rfc822 } from '../../src/lib/seo/dates.ts';

const FIXTURE = 'tests/fixtures/syndication';
const CLOCK = '2025-10-01T09:00:00+07:00';
const BASE = 'https://bang-vang.example';
const LICENSE = 'https://creativecommons.org/licenses/by/4.0/deed.vi';
/** Listed stories, newest first by first publication. */
const LISTED = ['tin-moi-trong-48-gio', 'bai-mdx-co-trich-dan', 'chi-anh-rieng', 'anh-dung-lai-co-dinh-chinh', 'to-an-ninh-thanh-dong-bat-trom'];
const WITHDRAWN = 'bai-rut-lai';
const WITH_PHOTOS = 'anh-dung-lai-co-dinh-chinh';
const storyUrl = (id: string) => `${BASE}/nguoi-tot-viec-tot/${id}/`;

let site: BuiltSite;
let cache: string;
const out = (path: string) => join(site.outDir, decodeURIComponent(path.replace(/^https:\/\/bang-vang\.example/, '').replace(/^\//, '')));
const text = (path: string) => readFileSync(out(path), 'utf8');
const size = (url: string) => statSync(out(new URL(url).pathname)).size;
const html = (path: string) => text(`${path.replace(/\/$/, '')}/index.html`);
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const meta = (page: string, key: string) => [...page.matchAll(new RegExp(`<meta (?:property|name)="${key.replace(/[:]/g, '\\$&')}" content="([^"]*)"`, 'g'))].map((m) => decode(m[1]));
const jsonLd = (page: string) => [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]) as Record<string, any>);
const alternates = (page: string) => [...page.matchAll(/<link rel="alternate" type="([^"]+)" href="([^"]+)"/g)].map((m) => ({ type: m[1], href: decode(m[2]) }));

beforeAll(() => {
  cache = mkdtempSync(join(tmpdir(), 'bang-vang-share-cache-'));
  site = buildSite(FIXTURE, { BUILD_CLOCK: CLOCK, SHARE_IMAGE_CACHE_DIR: cache });
});

it('builds', () => {
  expect(site.result.status, site.result.stdout + site.result.stderr).toBe(0);
});

describe('RSS 2.0 (/rss.xml)', () => {
  let items: RssItem[];
  let channel: ReturnType<typeof parseRss>['channel'];
  beforeAll(() => {
    channel = parseRss(text('rss.xml')).channel;
    items = channel.item;
  });
  const item = (id: string) => items.find((i) => i.link === storyUrl(id))!;

  it('has the channel fields: language vi, copyright, atom:link self, lastBuildDate from the content', () => {
    expect(channel.language).toBe('vi');
    expect(channel.copyright).toContain('CC BY 4.0');
    expect(channel['atom:link'].find((l) => l['@_rel'] === 'self')?.['@_href']).toBe(`${BASE}/rss.xml`);
    // The newest change is the newest story's first publication (08:00 on 30/09), not the build time.
    expect(channel.lastBuildDate).toBe('Tue, 30 Sep 2025 08:00:00 +0700');
  });

  it('holds the listed stories only, newest first, each with its permalink as guid', () => {
    expect(items.map((i) => i.link)).toEqual(LISTED.map(storyUrl));
    for (const i of items) expect(i.guid).toEqual({ '#text': i.link, '@_isPermaLink': 'true' });
    expect(item('tin-moi-trong-48-gio').pubDate).toBe(rfc822('2025-09-30T08:00:00+07:00'));
  });

  it('carries the full body as clean HTML with absolute URLs, the corrections and the credit line', () => {
    const c = item(WITH_PHOTOS)['content:encoded'];
    expect(c).toContain('<h2>Tìm người đánh rơi</h2>');
    expect(c).toContain('<li>đối chiếu giấy tờ trong ví với <em>danh sách hộ khẩu</em> của ấp;</li>');
    expect(c).toContain(`<a href="${BASE}/ke-hoach/01-kh-bcd-mau/">kế hoạch phát động phong trào</a>`);
    expect(c).toContain('<li>02/09/2025: Sửa số tiền trong ví từ 5 triệu đồng thành 3 triệu đồng.</li>');
    expect(c).toContain(`Bản gốc và cập nhật: <a href="${storyUrl(WITH_PHOTOS)}">`);
    // MDX bodies render with their components (the same renderer as the page).
    expect(item('bai-mdx-co-trich-dan')['content:encoded']).toContain('Người tố giác tội phạm được giữ bí mật danh tính.');
    expect(item('bai-mdx-co-trich-dan')['content:encoded']).toContain('<blockquote>');
    for (const i of items) {
      expect(i['content:encoded']).not.toMatch(/<script|class=|style=|src="\//);
      for (const m of i['content:encoded'].matchAll(/href="([^"]+)"/g)) expect(m[1]).toMatch(/^https?:\/\//);
    }
  });

  it('has categories and dc:creator', () => {
    expect(item(WITH_PHOTOS).category).toEqual(['Người tốt, việc tốt', 'Phong trào thi đua mẫu (kiểm thử)', 'tỉnh An Giang', 'nhặt được của rơi', 'tự quản']);
    for (const i of items) expect(i['dc:creator']).toBe('Nhóm phát triển Bảng vàng (dữ liệu kiểm thử)');
  });

  it('gives the lead photo as enclosure whose length is the emitted file’s size: the page’s own JPEG, no metadata', async () => {
    const e = item(WITH_PHOTOS).enclosure!;
    expect(e['@_url']).toMatch(/^https:\/\/bang-vang\.example\/_astro\/anh-trao-vi\.[\w-]+\.jpg$/);
    expect(Number(e['@_length'])).toBe(size(e['@_url']));
    expect(e['@_type']).toBe('image/jpeg');
    const m = await sharp(out(new URL(e['@_url']).pathname)).metadata();
    expect([m.format, m.width, m.height, m.exif, m.xmp]).toEqual(['jpeg', 960, 720, undefined, undefined]);
    expect(item(WITH_PHOTOS)['media:content']).toMatchObject({ '@_width': '960', '@_height': '720' });
    // The same file the story page gives browsers as its JPEG fallback: no extra image work.
    expect(html(`nguoi-tot-viec-tot/${WITH_PHOTOS}`)).toContain(`<img src="${new URL(e['@_url']).pathname}"`);
  });

  it('every enclosure and media:content length matches its file', () => {
    for (const i of items) {
      expect(Number(i.enclosure!['@_length']), i.link).toBe(size(i.enclosure!['@_url']));
      expect(Number(i['media:content']!['@_fileSize']), i.link).toBe(size(i['media:content']!['@_url']));
    }
  });

  it('media:content carries the credit and the licence, or says a photo is for this site only', () => {
    const reuse = item(WITH_PHOTOS)['media:content']!;
    expect(reuse['media:credit']['#text']).toBe('Công an xã Tân Hiệp');
    expect(reuse['media:license']).toMatchObject({ '#text': 'CC BY 4.0', '@_href': LICENSE });
    const own = item('chi-anh-rieng')['media:content']!;
    expect(own['media:credit']['#text']).toBe('Gia đình cụ bà');
    expect(own['media:license']?.['@_href']).toBe(`${BASE}/dang-lai/#anh`);
    expect(own['media:license']?.['#text']).toMatch(/không thuộc giấy phép CC BY 4.0/);
    // A story without a photo has its share image, the site's own work.
    const card = item('tin-moi-trong-48-gio')['media:content']!;
    expect(card).toMatchObject({ '@_url': `${BASE}/anh-chia-se/nguoi-tot-viec-tot/tin-moi-trong-48-gio.png`, '@_width': '1200', '@_height': '630' });
  });
});

describe('JSON Feed 1.1 (/feed.json)', () => {
  it('passes the JSON Feed 1.1 schema', () => {
    expect(jsonFeedErrors(JSON.parse(text('feed.json')))).toEqual([]);
  });

  it('has the same items, order and content as the RSS feed; attachment sizes match the files', () => {
    const feed = JSON.parse(text('feed.json'));
    const rss = parseRss(text('rss.xml')).channel.item;
    expect(feed.items.map((i: { id: string }) => i.id)).toEqual(rss.map((i) => i.guid['#text']));
    expect(feed.items.map((i: { content_html: string }) => i.content_html)).toEqual(rss.map((i) => i['content:encoded']));
    for (const i of feed.items) for (const a of i.attachments) expect(a.size_in_bytes).toBe(size(a.url));
  });
});

describe('the other feeds', () => {
  const links = (path: string) => parseRss(text(path)).channel.item.map((i) => i.link);

  it('a feed per campaign and per province (with provinces merged into it), each pointing at itself', () => {
    expect(links('phong-trao/thi-dua-mau/rss.xml')).toEqual(['bai-mdx-co-trich-dan', 'anh-dung-lai-co-dinh-chinh', 'to-an-ninh-thanh-dong-bat-trom'].map(storyUrl));
    expect(links('dia-ban/kien-giang/rss.xml')).toEqual(['tin-moi-trong-48-gio', 'to-an-ninh-thanh-dong-bat-trom'].map(storyUrl));
    expect(links('dia-ban/an-giang/rss.xml')).toEqual(LISTED.map(storyUrl));
    for (const path of ['phong-trao/thi-dua-mau/rss.xml', 'dia-ban/kien-giang/rss.xml', 'vinh-danh/rss.xml', 'dinh-chinh/rss.xml']) {
      expect(parseRss(text(path)).channel['atom:link'].find((l) => l['@_rel'] === 'self')?.['@_href']).toBe(`${BASE}/${path}`);
    }
  });

  it('the honors feed lists decisions, newest first, the revoked one marked', () => {
    const items = parseRss(text('vinh-danh/rss.xml')).channel.item;
    expect(items.map((i) => i.link)).toEqual(['45-qd-cat', 'qd-bang-khen-kien-giang', '1250-qd-cat'].map((id) => `${BASE}/vinh-danh/quyet-dinh/${id}/`));
    expect(items[0].title).toMatch(/^\[Đã thu hồi\]/);
    expect(items[2]['content:encoded']).toContain('<strong>Lê Thị Bình</strong>');
  });

  it('the corrections feed: corrections, the revoked decision, the withdrawn story', () => {
    const items = parseRss(text('dinh-chinh/rss.xml')).channel.item;
    expect(items.map((i) => i.title)).toEqual([
      'Rút lại: Bài đã rút lại rutlaizq vì trùng nội dung',
      'Đính chính: Tổ tự quản ấp Kinh Làng trả lại ví tiền & giấy tờ cho người đánh rơi',
      'Đính chính: Tổ tự quản ấp Kinh Làng trả lại ví tiền & giấy tờ cho người đánh rơi',
      'Thu hồi: Quyết định số 45/QĐ-CAT ngày 01/04/2025 (Công an tỉnh Kiên Giang)',
    ]);
    expect(items.map((i) => i.pubDate)).toEqual(['Sat, 20 Sep 2025 00:00:00 +0700', 'Fri, 05 Sep 2025 00:00:00 +0700', 'Tue, 02 Sep 2025 00:00:00 +0700', 'Thu, 01 May 2025 00:00:00 +0700']);
  });

  it('a withdrawn story is in no feed but the corrections feed', () => {
    const feeds = distFiles(site.outDir).filter((f) => /(^|\/)(rss\.xml|feed\.json)$/.test(f) && !f.startsWith('dinh-chinh/'));
    expect(feeds.length).toBeGreaterThanOrEqual(6);
    for (const f of feeds) expect(text(f), f).not.toContain(WITHDRAWN);
  });
});

describe('head tags and JSON-LD', () => {
  it('a story: absolute canonical, description, Open Graph and Twitter tags with the share image', async () => {
    const page = html(`nguoi-tot-viec-tot/${WITH_PHOTOS}`);
    expect(page).toContain(`<link rel="canonical" href="${storyUrl(WITH_PHOTOS)}">`);
    expect(meta(page, 'description')).toHaveLength(1);
    expect(meta(page, 'og:type')).toEqual(['article']);
    expect(meta(page, 'og:url')).toEqual([storyUrl(WITH_PHOTOS)]);
    expect(meta(page, 'og:locale')).toEqual(['vi_VN']);
    expect(meta(page, 'article:published_time')).toEqual(['2025-08-28T00:00:00+07:00']);
    expect(meta(page, 'article:modified_time')).toEqual(['2025-09-05T00:00:00+07:00']);
    expect(meta(page, 'twitter:card')).toEqual(['summary_large_image']);
    const [image] = meta(page, 'og:image');
    expect(image).toBe(`${BASE}/anh-chia-se/nguoi-tot-viec-tot/${WITH_PHOTOS}.png`);
    expect([meta(page, 'og:image:width'), meta(page, 'og:image:height')]).toEqual([['1200'], ['630']]);
    const m = await sharp(out(new URL(image).pathname)).metadata();
    expect([m.format, m.width, m.height]).toEqual(['png', 1200, 630]);
  });

  it('a story: feed, oEmbed and JSON discovery links, all pointing at files of the site', () => {
    const links = alternates(html(`nguoi-tot-viec-tot/${WITH_PHOTOS}`));
    expect(links.map((l) => l.type)).toEqual(['application/rss+xml', 'application/feed+json', 'application/rss+xml', 'application/rss+xml', 'application/rss+xml', 'application/json+oembed', 'application/json']);
    expect(links.map((l) => l.href)).toContain(`${BASE}/phong-trao/thi-dua-mau/rss.xml`);
    expect(links.map((l) => l.href)).toContain(`${BASE}/dia-ban/an-giang/rss.xml`);
    for (const l of links) expect(existsSync(out(new URL(l.href).pathname)), l.href).toBe(true);
  });

  it('a story: NewsArticle with every promised field, the lead photo in 1:1, 4:3 and 16:9, corrections', async () => {
    const [a] = jsonLd(html(`nguoi-tot-viec-tot/${WITH_PHOTOS}`));
    for (const f of REQUIRED_FIELDS.NewsArticle) expect(a, f).toHaveProperty(f);
    expect(a['@type']).toBe('NewsArticle');
    expect(a.inLanguage).toBe('vi');
    expect(a.license).toBe(LICENSE);
    expect(a.publisher['@type']).toBe('GovernmentOrganization');
    expect(a.publisher.name).toBe('Nhóm phát triển Bảng vàng (dữ liệu kiểm thử)');
    expect([a.datePublished, a.dateModified]).toEqual(['2025-08-28T00:00:00+07:00', '2025-09-05T00:00:00+07:00']);
    expect(a.correction.map((c: { datePublished: string }) => c.datePublished)).toEqual(['2025-09-02T00:00:00+07:00', '2025-09-05T00:00:00+07:00']);
    const ratios = [];
    for (const img of a.image) {
      const m = await sharp(out(new URL(img.url).pathname)).metadata();
      expect([m.width, m.height], img.url).toEqual([img.width, img.height]);
      expect(m.exif).toBeUndefined();
      expect(img).toMatchObject({ creditText: 'Công an xã Tân Hiệp', license: LICENSE, acquireLicensePage: `${BASE}/dang-lai/#anh` });
      ratios.push(+(img.width / img.height).toFixed(4));
    }
    expect(ratios).toEqual([1, 1.3333, 1.7778]);
  });

  it('a story without a photo gives the share image; every story has a JSON-LD NewsArticle', () => {
    for (const id of [...LISTED, WITHDRAWN]) {
      const [a] = jsonLd(html(`nguoi-tot-viec-tot/${id}`));
      for (const f of REQUIRED_FIELDS.NewsArticle) expect(a, `${id}: ${f}`).toHaveProperty(f);
    }
    expect(jsonLd(html('nguoi-tot-viec-tot/tin-moi-trong-48-gio'))[0].image[0].url).toBe(`${BASE}/anh-chia-se/nguoi-tot-viec-tot/tin-moi-trong-48-gio.png`);
  });

  it('a plan: a CreativeWork with its number and dates', () => {
    const page = html('ke-hoach/01-kh-bcd-mau');
    const [p] = jsonLd(page);
    for (const f of REQUIRED_FIELDS.plan) expect(p, f).toHaveProperty(f);
    expect(p).toMatchObject({ '@type': 'CreativeWork', genre: 'Kế hoạch', identifier: { value: '01/KH-BCĐ' }, dateCreated: '2024-08-20', temporalCoverage: '2024-08-19/2025-08-19' });
    expect(page).toContain(`<link rel="canonical" href="${BASE}/ke-hoach/01-kh-bcd-mau/">`);
    expect(meta(page, 'og:title')).toHaveLength(1);
  });

  it('a decision: its type, number, recipients with the award, status; share image', () => {
    const page = html('vinh-danh/quyet-dinh/45-qd-cat');
    const [d] = jsonLd(page);
    for (const f of REQUIRED_FIELDS.decision) expect(d, f).toHaveProperty(f);
    expect(d).toMatchObject({ '@type': 'CreativeWork', genre: 'Quyết định khen thưởng', identifier: { value: '45/QĐ-CAT' }, dateCreated: '2025-04-01', about: [{ '@type': 'Person', name: 'Phạm Văn Cường', award: 'Giấy khen của Giám đốc Công an tỉnh' }] });
    expect(d.creativeWorkStatus).toBe('Đã thu hồi ngày 01/05/2025: Khai không đúng thành tích');
    expect(meta(page, 'og:image')).toEqual([`${BASE}/anh-chia-se/vinh-danh/45-qd-cat.png`]);
    expect(alternates(page).map((l) => l.href)).toContain(`${BASE}/vinh-danh/rss.xml`);
  });

  it('no page has an inline script other than JSON-LD', () => {
    for (const f of distFiles(site.outDir).filter((x) => x.endsWith('.html'))) {
      for (const m of text(f).matchAll(/<script\b([^>]*)>/g)) {
        expect(/\bsrc=/.test(m[1]) || /type="application\/ld\+json"/.test(m[1]), `${f}: <script${m[1]}>`).toBe(true);
      }
    }
  });
});

describe('share images', () => {
  it('exist at 1200×630 for every story page, campaign and decision, and for nothing else', async () => {
    const images = distFiles(site.outDir).filter((f) => f.startsWith('anh-chia-se/'));
    const expected = [...LISTED, WITHDRAWN].map((id) => `anh-chia-se/nguoi-tot-viec-tot/${id}.png`)
      .concat(['anh-chia-se/phong-trao/thi-dua-mau.png'], ['1250-qd-cat', '45-qd-cat', 'qd-bang-khen-kien-giang'].map((id) => `anh-chia-se/vinh-danh/${id}.png`));
    expect(images.sort()).toEqual(expected.sort());
    for (const f of images) {
      const m = await sharp(out(f)).metadata();
      expect([m.format, m.width, m.height], f).toEqual(['png', 1200, 630]);
    }
  });

  it('were drawn into the cache folder, one file per card', () => {
    expect(readdirSync(cache).filter((f) => f.endsWith('.png'))).toHaveLength(10);
  });
});

describe('republish kit', () => {
  const kit = (id: string) => {
    const m = /<textarea[^>]*data-republish-source[^>]*>([\s\S]*?)<\/textarea>/.exec(html(`nguoi-tot-viec-tot/${id}`));
    return m && decode(m[1]);
  };

  it('is a <details> panel with a read-only text box and a copy button that only a bundled script shows', () => {
    const page = html(`nguoi-tot-viec-tot/${WITH_PHOTOS}`);
    expect(page).toMatch(/<details class="republish" id="dang-lai"[^>]*>\s*<summary[^>]*>Đăng lại bài này<\/summary>/);
    expect(page).toMatch(/<textarea id="dang-lai-ma" readonly[^>]*>/);
    expect(page).toMatch(/<button type="button" data-republish-copy hidden[^>]*>Chép mã HTML<\/button>/);
    expect(page).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/);
  });

  it('holds clean HTML: allowed tags and attributes only, absolute URLs, valid for html-validate', async () => {
    for (const id of LISTED) {
      const code = kit(id)!;
      expect(code, id).toBeTruthy();
      for (const { tag, attrs } of tagsOf(code)) {
        expect(ALLOWED_TAGS, `${id}: <${tag}>`).toContain(tag);
        for (const a of attrs) expect(ALLOWED_ATTRIBUTES[tag] ?? [], `${id}: ${tag}[${a}]`).toContain(a);
      }
      for (const m of code.matchAll(/\s(?:href|src)="([^"]*)"/g)) expect(m[1], id).toMatch(/^https?:\/\//);
      expect(await htmlProblems(code), id).toEqual([]);
    }
  });

  it('starts with the credit line and keeps the reusable photo only, from the processed files', () => {
    const code = kit(WITH_PHOTOS)!;
    expect(code.split('\n')[0]).toBe(`<p>Bài viết đăng lại từ <a href="${BASE}/">Bảng vàng (kiểm thử)</a> theo giấy phép <a href="${LICENSE}">CC BY 4.0</a>. Bản gốc và cập nhật: <a href="${storyUrl(WITH_PHOTOS)}">${storyUrl(WITH_PHOTOS)}</a></p>`);
    const imgs = [...code.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1]);
    expect(imgs).toHaveLength(1);
    expect(imgs[0]).toMatch(/\/_astro\/anh-trao-vi\.[\w-]+\.jpg$/);
    expect(existsSync(out(new URL(imgs[0]).pathname))).toBe(true);
    expect(code).toContain('<figcaption>Trao lại chiếc ví cho người đánh rơi. Ảnh: Công an xã Tân Hiệp</figcaption>');
    expect(code).not.toContain('anh-hien-truong');
    expect(kit('chi-anh-rieng')).not.toContain('<img');
    expect(html('nguoi-tot-viec-tot/chi-anh-rieng')).toContain('Ảnh của bài chỉ được dùng trên trang này nên không có trong mã dưới đây.');
  });

  it('is not offered for a withdrawn story', () => {
    expect(kit(WITHDRAWN)).toBeNull();
  });

  it('the terms page explains the conditions and the corrections feed', () => {
    const page = html('dang-lai');
    expect(page).toContain('Không sửa làm thay đổi nội dung, ý nghĩa.');
    expect(page).toContain('Giữ dòng ghi nguồn và đường dẫn về bài gốc');
    expect(page).toContain('href="/dinh-chinh/rss.xml"');
    expect(page).toContain('id="anh"');
  });
});

describe('oEmbed and JSON twins', () => {
  it('an oEmbed "link" JSON per story page, linked from its head', () => {
    for (const id of [...LISTED, WITHDRAWN]) {
      const o = JSON.parse(text(`oembed/${id}.json`));
      expect(o).toMatchObject({ version: '1.0', type: 'link', title: expect.any(String), provider_name: 'Bảng vàng (kiểm thử)', provider_url: `${BASE}/`, thumbnail_width: 1200, thumbnail_height: 630 });
      expect(existsSync(out(new URL(o.thumbnail_url).pathname))).toBe(true);
      expect(alternates(html(`nguoi-tot-viec-tot/${id}`))).toContainEqual({ type: 'application/json+oembed', href: `${BASE}/oembed/${id}.json` });
    }
  });

  it('a JSON twin: version, dates, corrections, licence, text, photos with credit and use', () => {
    const t = JSON.parse(text(`nguoi-tot-viec-tot/${WITH_PHOTOS}/index.json`));
    expect(t).toMatchObject({
      id: WITH_PHOTOS, url: storyUrl(WITH_PHOTOS), version: 4, first_published: '2025-08-28T00:00:00+07:00', updated: '2025-09-05T00:00:00+07:00',
      license: { name: 'CC BY 4.0', url: LICENSE }, title: 'Tổ tự quản ấp Kinh Làng trả lại ví tiền & giấy tờ cho người đánh rơi',
    });
    expect(t.corrections).toHaveLength(2);
    expect(t.body_html).toContain('<h2>Tìm người đánh rơi</h2>');
    expect(t.photos.map((p: { use: string; credit: string }) => [p.use, p.credit])).toEqual([['reuse', 'Ảnh: Công an xã Tân Hiệp'], ['site-only', 'Nguyễn Văn Mẫu']]);
    for (const p of t.photos) expect(p.size_in_bytes).toBe(size(p.url));
    expect(t.subjects).toEqual(['Tổ tự quản ấp Kinh Làng', 'N.V.M., Tổ viên Tổ tự quản']);
  });

  it('a withdrawn story’s twin says so', () => {
    expect(JSON.parse(text(`nguoi-tot-viec-tot/${WITHDRAWN}/index.json`)).withdrawn_notice).toEqual({ date: '2025-09-20T00:00:00+07:00', explanation: 'Trùng nội dung với bài đã đăng trước' });
  });

  it('no consent record reaches any file', () => {
    expect(findWords(site.outDir, ['phieusynczk'])).toEqual([]);
  });
});

describe('sitemaps and robots.txt', () => {
  it('sitemap.xml lists exactly the public pages (not search, 404, admin, withdrawn), each story with lastmod', () => {
    const doc = parseXml(text('sitemap.xml'), ['url']);
    const locs: string[] = doc.urlset.url.map((u: { loc: string }) => new URL(u.loc).pathname);
    const pages = distFiles(site.outDir).filter((f) => f.endsWith('.html')).map((f) => `/${f.replace(/index\.html$/, '').replace(/\.html$/, '/')}`);
    const expected = pages.filter((p) => !/^\/(tim-kiem|404|admin)\//.test(p) && p !== `/nguoi-tot-viec-tot/${WITHDRAWN}/`);
    expect([...locs].sort()).toEqual(expected.sort());
    for (const u of doc.urlset.url.filter((x: { loc: string }) => /\/nguoi-tot-viec-tot\/[a-z]/.test(x.loc) && !/\/(nam|linh-vuc)\//.test(x.loc))) {
      expect(u.lastmod, u.loc).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+07:00$|^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
    }
  });

  it('sitemap-news.xml holds the story of the last 48 hours only', () => {
    const doc = parseXml(text('sitemap-news.xml'), ['url']);
    expect(doc.urlset.url.map((u: { loc: string }) => u.loc)).toEqual([storyUrl('tin-moi-trong-48-gio')]);
  });

  it('robots.txt points at both sitemaps', () => {
    expect(text('robots.txt')).toContain(`Sitemap: ${BASE}/sitemap.xml\nSitemap: ${BASE}/sitemap-news.xml`);
  });
});

describe('print', () => {
  it('a story carries a print-only citation (address, dates, licence) and an A4 print stylesheet', () => {
    const page = html(`nguoi-tot-viec-tot/${WITH_PHOTOS}`);
    const note = /<footer class="story-print-note"[\s\S]*?<\/footer>/.exec(page)?.[0] ?? '';
    expect(note).toContain(storyUrl(WITH_PHOTOS));
    expect(note).toContain('Đăng ngày 28/08/2025');
    expect(note).toContain('Cập nhật 05/09/2025');
    expect(note).toContain('CC BY 4.0');
    const css = [...page.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => text(m[1])).join('\n');
    expect(css).toMatch(/@media print/);
    expect(css).toMatch(/size:\s*A4/);
    expect(css).toMatch(/\.story-print-note\{display:none\}|\.story-print-note\s*\{\s*display:\s*none/);
  });
});

describe('a rebuild', () => {
  let again: BuiltSite;
  let before: Map<string, number>;
  beforeAll(() => {
    before = new Map(readdirSync(cache).map((f) => [f, statSync(join(cache, f)).mtimeMs]));
    again = buildSite(FIXTURE, { BUILD_CLOCK: CLOCK, SHARE_IMAGE_CACHE_DIR: cache });
  });

  it('writes the same feeds, sitemaps, twins and share images, byte for byte', () => {
    expect(again.result.status, again.result.stderr).toBe(0);
    const files = distFiles(site.outDir).filter((f) => /\.(xml|json|txt|png)$/.test(f) && !f.startsWith('pagefind/') && !f.startsWith('_astro/'));
    expect(files.length).toBeGreaterThan(30);
    for (const f of files) expect(readFileSync(join(again.outDir, f)).equals(readFileSync(join(site.outDir, f))), f).toBe(true);
  });

  it('draws no share image again: the cache files are untouched', () => {
    expect(new Map(readdirSync(cache).map((f) => [f, statSync(join(cache, f)).mtimeMs]))).toEqual(before);
  });
});
