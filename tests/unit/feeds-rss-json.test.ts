// The RSS 2.0 and JSON Feed 1.1 writers, read back with a real XML parser and checked against
// the JSON Feed 1.1 schema (tests/fixtures/jsonfeed-1.1.schema.json) with ajv.
import { describe, expect, it } from 'vitest';
import { buildJsonFeed, jsonFeedObject } from '../../src/lib/feeds/json-feed.ts';
import { buildRss, feedUpdated, sortItems } from '../../src/lib/feeds/rss.ts';
import type { FeedChannel, FeedItem } from '../../src/lib/feeds/types.ts';
import { jsonFeedErrors, parseRss } from '../helpers/feeds.ts';

const LICENSE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.vi' };
const item = (n: number, extra: Partial<FeedItem> = {}): FeedItem => ({
  id: `https://bang-vang.example/nguoi-tot-viec-tot/bai-${n}/`,
  idIsPermalink: true,
  url: `https://bang-vang.example/nguoi-tot-viec-tot/bai-${n}/`,
  title: `Bài số ${n} & "trích dẫn" <thẻ>`,
  summary: `Tóm tắt ${n}`,
  contentHtml: `<p>Nội dung <strong>đầy đủ</strong> ${n} ]]> &amp; hết.</p>`,
  published: `2025-09-0${n}T00:00:00+07:00`,
  categories: ['Người tốt, việc tốt', `nhãn ${n}`],
  creator: 'Cơ quan mẫu',
  ...extra,
});
const channel = (items: FeedItem[]): FeedChannel => ({
  title: 'Bảng vàng: Người tốt, việc tốt',
  description: 'Mô tả',
  homePageUrl: 'https://bang-vang.example/nguoi-tot-viec-tot/',
  selfUrl: 'https://bang-vang.example/rss.xml',
  jsonFeedUrl: 'https://bang-vang.example/feed.json',
  language: 'vi',
  copyright: 'Nội dung dùng lại theo giấy phép CC BY 4.0',
  author: { name: 'Cơ quan mẫu', url: 'https://bang-vang.example/' },
  license: LICENSE,
  termsUrl: 'https://bang-vang.example/dang-lai/',
  items,
});
const image = { url: 'https://bang-vang.example/_astro/anh.jpg', type: 'image/jpeg', length: 4321, description: 'Mô tả ảnh', credit: 'Công an xã', license: LICENSE };
const items = [item(1), item(3, { image, modified: '2025-09-07T00:00:00+07:00' }), item(2)];

describe('RSS 2.0', () => {
  const rss = parseRss(buildRss(channel(items)));
  const c = rss.channel;

  it('has the channel fields a press system reads', () => {
    expect(rss['@_version']).toBe('2.0');
    expect(c.title).toBe('Bảng vàng: Người tốt, việc tốt');
    expect(c.language).toBe('vi');
    expect(c.copyright).toContain('CC BY 4.0');
    expect(c['atom:link']).toContainEqual({ '@_href': 'https://bang-vang.example/rss.xml', '@_rel': 'self', '@_type': 'application/rss+xml' });
  });

  it('lists items newest first, and lastBuildDate is the newest change, not the build time', () => {
    expect(c.item.map((i) => i.link)).toEqual([3, 2, 1].map((n) => `https://bang-vang.example/nguoi-tot-viec-tot/bai-${n}/`));
    expect(c.lastBuildDate).toBe('Sun, 07 Sep 2025 00:00:00 +0700');
    expect(feedUpdated(items)).toBe('2025-09-07T00:00:00+07:00');
  });

  it('reads every item field back unchanged: title, guid, full content, categories, creator', () => {
    const i = c.item.find((x) => x.link.endsWith('bai-1/'))!;
    expect(i.title).toBe('Bài số 1 & "trích dẫn" <thẻ>');
    expect(i.guid).toEqual({ '#text': 'https://bang-vang.example/nguoi-tot-viec-tot/bai-1/', '@_isPermaLink': 'true' });
    expect(i['content:encoded']).toBe('<p>Nội dung <strong>đầy đủ</strong> 1 ]]> &amp; hết.</p>');
    expect(i.category).toEqual(['Người tốt, việc tốt', 'nhãn 1']);
    expect(i['dc:creator']).toBe('Cơ quan mẫu');
    expect(i.pubDate).toBe('Mon, 01 Sep 2025 00:00:00 +0700');
  });

  it('gives the image as enclosure (with its length) and as media:content with credit and licence', () => {
    const i = c.item.find((x) => x.link.endsWith('bai-3/'))!;
    expect(i.enclosure).toEqual({ '@_url': image.url, '@_length': '4321', '@_type': 'image/jpeg' });
    expect(i['media:content']?.['@_fileSize']).toBe('4321');
    expect(i['media:content']?.['media:credit']['#text']).toBe('Công an xã');
    expect(i['media:content']?.['media:license']).toEqual({ '#text': 'CC BY 4.0', '@_href': LICENSE.url, '@_type': 'text/html' });
  });

  it('marks a photo outside the licence as such', () => {
    const restricted = { ...image, license: undefined, restriction: { url: 'https://bang-vang.example/dang-lai/#anh', text: 'Ảnh chỉ dùng trên trang' } };
    const i = parseRss(buildRss(channel([item(1, { image: restricted })]))).channel.item[0];
    expect(i['media:content']?.['media:license']?.['@_href']).toBe('https://bang-vang.example/dang-lai/#anh');
    expect(i['media:content']?.['media:license']?.['#text']).toBe('Ảnh chỉ dùng trên trang');
  });

  it('is the same text for the same items in any order (stable across builds)', () => {
    expect(buildRss(channel([...items].reverse()))).toBe(buildRss(channel(items)));
  });

  it('has no lastBuildDate for an empty feed rather than a build time', () => {
    const empty = parseRss(buildRss(channel([])));
    expect(empty.channel.item).toEqual([]);
    expect(empty.channel.lastBuildDate).toBeUndefined();
  });
});

describe('JSON Feed 1.1', () => {
  it('passes the JSON Feed 1.1 schema', () => {
    expect(jsonFeedErrors(JSON.parse(buildJsonFeed(channel(items))))).toEqual([]);
  });

  it('has the same items in the same order as the RSS feed, with the image as attachment', () => {
    const feed = jsonFeedObject(channel(items));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items.map((i) => i.id)).toEqual(sortItems(items).map((i) => i.id));
    const withImage = feed.items[0];
    expect(withImage).toMatchObject({ image: image.url, date_modified: '2025-09-07T00:00:00+07:00', attachments: [{ url: image.url, mime_type: 'image/jpeg', size_in_bytes: 4321 }] });
    expect(withImage._bang_vang).toMatchObject({ about: 'https://bang-vang.example/dang-lai/', image_credit: 'Công an xã', image_license: LICENSE.url });
  });

  it('the schema refuses what the spec forbids: no id, no content, a bad date, an unknown key', () => {
    const base = JSON.parse(buildJsonFeed(channel([item(1)])));
    const bad = (change: (f: any) => void) => {
      const f = structuredClone(base);
      change(f);
      return jsonFeedErrors(f);
    };
    expect(bad((f) => delete f.items[0].id)).not.toEqual([]);
    expect(bad((f) => delete f.items[0].content_html)).not.toEqual([]);
    expect(bad((f) => (f.items[0].date_published = '01/09/2025'))).not.toEqual([]);
    expect(bad((f) => (f.items[0].content_htlm = 'x'))).not.toEqual([]);
    expect(bad((f) => (f.version = 'https://jsonfeed.org/version/1'))).not.toEqual([]);
    expect(bad((f) => (f.authors = [{}]))).not.toEqual([]);
    expect(bad((f) => (f.items[0].attachments = [{ url: 'https://x.example/a.jpg' }]))).not.toEqual([]);
    expect(bad((f) => (f._extra = { about: 'https://x.example/' }))).toEqual([]);
  });
});
