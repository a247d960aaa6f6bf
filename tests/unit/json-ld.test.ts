import { describe, expect, it } from 'vitest';
import { REQUIRED_FIELDS, decisionJsonLd, jsonLdText, newsArticle, planJsonLd, publisherOf } from '../../src/lib/seo/json-ld.ts';
import { alternateLinks, metaTags } from '../../src/lib/seo/head.ts';
import type { Settings } from '../../src/schemas/settings.ts';

const settings: Settings = {
  siteName: 'Bảng vàng',
  tagline: 'Khẩu hiệu',
  owner: { name: 'Ban Chỉ đạo mẫu', parent: 'Ủy ban nhân dân tỉnh mẫu', contacts: [{ role: 'Đầu mối', email: 'tiepnhan@mau.gov.vn' }] },
  baseUrl: 'https://bang-vang.example',
  license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.vi' },
};
const site = 'https://bang-vang.example/';
const publisher = publisherOf(settings, site);
const url = 'https://bang-vang.example/nguoi-tot-viec-tot/bai/';
const ratio = (w: number, h: number) => ({ url: `https://bang-vang.example/_astro/a-${w}x${h}.jpg`, width: w, height: h, credit: 'Công an xã', license: settings.license.url });

describe('JSON-LD', () => {
  it('publisher is a GovernmentOrganization from settings', () => {
    expect(publisher).toMatchObject({ '@type': 'GovernmentOrganization', name: 'Ban Chỉ đạo mẫu', url: site, parentOrganization: { name: 'Ủy ban nhân dân tỉnh mẫu' }, email: 'tiepnhan@mau.gov.vn' });
  });

  it('NewsArticle has every promised field, three image ratios, +07:00 dates and corrections', () => {
    const a = newsArticle({
      url, headline: 'Tiêu đề', description: 'Tóm tắt', images: [ratio(960, 960), ratio(1200, 900), ratio(1200, 675)],
      datePublished: '2025-08-28T00:00:00+07:00', dateModified: '2025-09-05T00:00:00+07:00', section: 'Phong trào', keywords: ['a', 'b'],
      place: 'xã A', corrections: [{ date: '2025-09-05T00:00:00+07:00', text: 'Sửa số tiền' }], basedOn: { url: 'https://bao.example/a', outlet: 'Báo mẫu', author: 'Minh Hải' },
      license: settings.license.url,
    }, publisher);
    for (const f of REQUIRED_FIELDS.NewsArticle) expect(a, f).toHaveProperty(f);
    expect(a['@type']).toBe('NewsArticle');
    expect(a.inLanguage).toBe('vi');
    expect((a.image as { width: number; height: number }[]).map((i) => i.width / i.height)).toEqual([1, 4 / 3, 16 / 9]);
    expect(a.datePublished).toMatch(/\+07:00$/);
    expect(a.correction).toEqual([{ '@type': 'CorrectionComment', text: 'Sửa số tiền', datePublished: '2025-09-05T00:00:00+07:00' }]);
    expect(a.author).toEqual([{ '@type': 'GovernmentOrganization', '@id': publisher['@id'], name: 'Ban Chỉ đạo mẫu', url: site }]);
    expect((a.image as Record<string, unknown>[])[0]).toMatchObject({ '@type': 'ImageObject', creditText: 'Công an xã', license: settings.license.url });
  });

  it('a plan is a CreativeWork with its number and dates as precise as the copy', () => {
    const p = planJsonLd({ url, title: 'Trích yếu', headline: 'Kế hoạch 350/KH-BCĐ: Trích yếu', summary: 'Tóm tắt', genre: 'Kế hoạch', number: '350/KH-BCĐ', issued: '2023-12', period: { from: '2024-01-01' }, issuer: 'Ban Chỉ đạo', basis: [] }, publisher);
    for (const f of REQUIRED_FIELDS.plan) expect(p, f).toHaveProperty(f);
    expect(p).toMatchObject({ '@type': 'CreativeWork', identifier: { value: '350/KH-BCĐ' }, dateCreated: '2023-12', temporalCoverage: '2024-01-01/..' });
  });

  it('a decision names its recipients with the award, and says when it was revoked', () => {
    const d = decisionJsonLd({ url, headline: 'Quyết định số 45/QĐ-CAT ngày 01/04/2025', number: '45/QĐ-CAT', date: '2025-04-01', body: 'Công an tỉnh', form: 'Giấy khen', recipients: [{ name: 'Phạm Văn Cường', kind: 'individual' }, { name: 'Công an xã', kind: 'collective' }], revoked: { date: '01/05/2025', reason: 'Khai sai' } }, publisher);
    for (const f of REQUIRED_FIELDS.decision) expect(d, f).toHaveProperty(f);
    expect(d.about).toEqual([{ '@type': 'Person', name: 'Phạm Văn Cường', award: 'Giấy khen' }, { '@type': 'Organization', name: 'Công an xã', award: 'Giấy khen' }]);
    expect(d.creativeWorkStatus).toBe('Đã thu hồi ngày 01/05/2025: Khai sai');
  });

  it('escapes what could end the script element', () => {
    const text = jsonLdText({ headline: '</script><script>alert(1)</script> & \u2028' });
    expect(text).not.toMatch(/<|>|&|\u2028/);
    expect(JSON.parse(text)).toEqual({ headline: '</script><script>alert(1)</script> & \u2028' });
  });
});

describe('head tags', () => {
  it('writes Open Graph, article and Twitter card tags', () => {
    const tags = metaTags({ title: 'Tiêu đề', description: 'Mô tả', url, siteName: 'Bảng vàng', seo: {
      type: 'article', image: { url: 'https://bang-vang.example/anh-chia-se/nguoi-tot-viec-tot/bai.png', width: 1200, height: 630, alt: 'Ảnh', type: 'image/png' },
      article: { published: '2025-08-28T00:00:00+07:00', modified: '2025-09-05T00:00:00+07:00', section: 'Mục', tags: ['x', 'y'] },
    } });
    const get = (key: string) => tags.filter((t) => t.key === key).map((t) => t.content);
    expect(get('og:type')).toEqual(['article']);
    expect(get('og:url')).toEqual([url]);
    expect(get('og:locale')).toEqual(['vi_VN']);
    expect(get('og:image:width')).toEqual(['1200']);
    expect(get('og:image:height')).toEqual(['630']);
    expect(get('article:tag')).toEqual(['x', 'y']);
    expect(get('twitter:card')).toEqual(['summary_large_image']);
    expect(tags.find((t) => t.key === 'twitter:card')?.attr).toBe('name');
  });

  it('without an image the card is a summary and no og:image is written', () => {
    const tags = metaTags({ title: 'T', url, siteName: 'B' });
    expect(tags.some((t) => t.key === 'og:image')).toBe(false);
    expect(tags.find((t) => t.key === 'twitter:card')?.content).toBe('summary');
  });

  it('every page links the site feeds; a page adds its own, oEmbed and JSON, without duplicates', () => {
    const links = alternateLinks(site, 'Bảng vàng', {
      feeds: [{ type: 'application/rss+xml', href: 'https://bang-vang.example/rss.xml', title: 'lặp' }, { type: 'application/rss+xml', href: 'https://bang-vang.example/phong-trao/a/rss.xml', title: 'PT' }],
      oembed: { type: 'application/json+oembed', href: 'https://bang-vang.example/oembed/bai.json', title: 'T' },
    });
    expect(links.map((l) => l.href)).toEqual(['https://bang-vang.example/rss.xml', 'https://bang-vang.example/feed.json', 'https://bang-vang.example/phong-trao/a/rss.xml', 'https://bang-vang.example/oembed/bai.json']);
  });
});
