// Feed items, sitemaps and robots.txt from a real site model (the syndication fixture at its
// build clock): public entries only, newest first, dates from the content.
import { describe, expect, it } from 'vitest';
import { checkSite } from '../../src/model/site-model.ts';
import { correctionItems, decisionItem, newestStories, provinceStories, campaignStories, storyCategories, storyItem, type FeedSite } from '../../src/lib/feeds/items.ts';
import { sortItems } from '../../src/lib/feeds/rss.ts';
import { newsStories, newsSitemapXml, robotsTxt, sitemapEntries, sitemapXml, staticPagePaths } from '../../src/lib/seo/sitemap.ts';
import { shareCard, shareTargets } from '../../src/lib/share-image/cards.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { parseXml } from '../helpers/feeds.ts';

const CLOCK = new Date('2025-10-01T09:00:00+07:00');
const TODAY = '2025-10-01';
const result = checkSite('tests/fixtures/syndication', projectRoot, CLOCK);
const model = result.model!;
const site: FeedSite = { siteUrl: 'https://bang-vang.example/', siteName: 'Bảng vàng (kiểm thử)', ownerName: 'Nhóm phát triển', license: model?.settings.license, termsUrl: 'https://bang-vang.example/dang-lai/' };
const HIDDEN = ['ban-nhap-synczq', 'bai-cho-dang-honorxq'];

describe('the fixture', () => {
  it('is valid content', () => {
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('feed items', () => {
  it('stories newest first by first publication, drafts, embargoed and withdrawn ones left out', () => {
    const ids = newestStories(model.stories).map((s) => s.id);
    expect(ids).toEqual(['tin-moi-trong-48-gio', 'bai-mdx-co-trich-dan', 'chi-anh-rieng', 'anh-dung-lai-co-dinh-chinh', 'to-an-ninh-thanh-dong-bat-trom']);
    for (const id of [...HIDDEN, 'bai-rut-lai']) expect(ids).not.toContain(id);
  });

  it('a story item: permalink guid, full clean content with the credit line, categories, dates', () => {
    const s = model.storyById.get('anh-dung-lai-co-dinh-chinh')!;
    const i = storyItem(s, { bodyHtml: '<p class="x">Thân <a href="/ke-hoach/01-kh-bcd-mau/">bài</a></p><script>x()</script>' }, model, site);
    expect(i.id).toBe('https://bang-vang.example/nguoi-tot-viec-tot/anh-dung-lai-co-dinh-chinh/');
    expect(i.idIsPermalink).toBe(true);
    expect(i.contentHtml).toContain('<p>Thân <a href="https://bang-vang.example/ke-hoach/01-kh-bcd-mau/">bài</a></p>');
    expect(i.contentHtml).not.toContain('script');
    expect(i.contentHtml).toContain('<li>02/09/2025: Sửa số tiền trong ví từ 5 triệu đồng thành 3 triệu đồng.</li>');
    expect(i.contentHtml).toContain('Bài viết đăng lại từ');
    expect(i.published).toBe('2025-08-28T00:00:00+07:00');
    expect(i.modified).toBe('2025-09-05T00:00:00+07:00');
    expect(storyCategories(s.data, model)).toEqual(['Người tốt, việc tốt', 'Phong trào thi đua mẫu (kiểm thử)', 'tỉnh An Giang', 'nhặt được của rơi', 'tự quản']);
  });

  it('a campaign feed holds its stories; a province feed also those of provinces merged into it', () => {
    expect(campaignStories(model.stories, 'thi-dua-mau').map((s) => s.id).sort()).toEqual(['anh-dung-lai-co-dinh-chinh', 'bai-mdx-co-trich-dan', 'to-an-ninh-thanh-dong-bat-trom']);
    expect(provinceStories(model.stories, model.localities, 'kien-giang', TODAY).map((s) => s.id).sort()).toEqual(['tin-moi-trong-48-gio', 'to-an-ninh-thanh-dong-bat-trom']);
    expect(provinceStories(model.stories, model.localities, 'an-giang', TODAY).map((s) => s.id).sort()).toEqual(['anh-dung-lai-co-dinh-chinh', 'bai-mdx-co-trich-dan', 'chi-anh-rieng', 'tin-moi-trong-48-gio', 'to-an-ninh-thanh-dong-bat-trom']);
  });

  it('a decision item lists its recipients and says when it was revoked', () => {
    const revoked = decisionItem(model, model.honorById.get('45-qd-cat')!, TODAY, site);
    expect(revoked.title).toMatch(/^\[Đã thu hồi\] Quyết định số 45\/QĐ-CAT/);
    expect(revoked.contentHtml).toContain('Phạm Văn Cường');
    expect(revoked.modified).toBe('2025-05-01T00:00:00+07:00');
  });

  it('the corrections feed: story corrections, revoked decisions, withdrawals; nothing hidden', () => {
    const items = sortItems(correctionItems(model, TODAY, site));
    expect(items.map((i) => i.title)).toEqual([
      'Rút lại: Bài đã rút lại rutlaizq vì trùng nội dung',
      'Đính chính: Tổ tự quản ấp Kinh Làng trả lại ví tiền & giấy tờ cho người đánh rơi',
      'Đính chính: Tổ tự quản ấp Kinh Làng trả lại ví tiền & giấy tờ cho người đánh rơi',
      'Thu hồi: Quyết định số 45/QĐ-CAT ngày 01/04/2025 (Công an tỉnh Kiên Giang)',
    ]);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    expect(JSON.stringify(items)).not.toMatch(/synczq|honorxq/);
  });
});

describe('sitemaps and robots.txt', () => {
  const entries = sitemapEntries(model, TODAY, staticPagePaths(['index.astro', '404.astro', 'admin/index.astro', 'tim-kiem/index.astro', 'gioi-thieu/index.astro', 'dang-lai/index.astro', '[...old].astro', 'nguoi-tot-viec-tot/[id].astro', '_hidden/index.astro']));
  const paths = entries.map((e) => e.path);

  it('finds fixed pages from their file names', () => {
    expect(staticPagePaths(['index.astro', 'gioi-thieu/index.astro', 'a/b.astro', 'x/[id].astro', 'rss.xml.ts'])).toEqual(['/', '/a/b/', '/gioi-thieu/']);
  });

  it('lists public pages with content dates, never search, 404, admin, withdrawn or hidden pages', () => {
    expect(paths).toContain('/gioi-thieu/');
    expect(paths).toContain('/nguoi-tot-viec-tot/anh-dung-lai-co-dinh-chinh/');
    expect(paths).toContain('/vinh-danh/quyet-dinh/45-qd-cat/');
    for (const p of paths) expect(p).not.toMatch(/^\/(tim-kiem|404|admin)\b|synczq|honorxq|bai-rut-lai/);
    expect(new Set(paths).size).toBe(paths.length);
    expect(entries.find((e) => e.path === '/nguoi-tot-viec-tot/anh-dung-lai-co-dinh-chinh/')?.lastmod).toBe('2025-09-05T00:00:00+07:00');
    expect(entries.find((e) => e.path === '/ke-hoach/01-kh-bcd-mau/')?.lastmod).toBe('2024-08-20T00:00:00+07:00');
    expect(entries.find((e) => e.path === '/gioi-thieu/')?.lastmod).toBeUndefined();
  });

  it('writes a sitemap a parser reads, every URL absolute', () => {
    const doc = parseXml(sitemapXml(entries, 'https://bang-vang.example/'), ['url']);
    expect(doc.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(doc.urlset.url.length).toBe(entries.length);
    for (const u of doc.urlset.url) expect(u.loc).toMatch(/^https:\/\/bang-vang\.example\//);
  });

  it('the news sitemap holds the stories of the last 48 hours only', () => {
    expect(newsStories(model, CLOCK).map((s) => s.id)).toEqual(['tin-moi-trong-48-gio']);
    expect(newsStories(model, new Date('2025-09-30T07:59:00+07:00')).map((s) => s.id)).toEqual([]);
    expect(newsStories(model, new Date('2025-09-27T00:00:00+07:00')).map((s) => s.id)).toEqual(['bai-mdx-co-trich-dan']);
    const doc = parseXml(newsSitemapXml(model, CLOCK, 'https://bang-vang.example/'), ['url']);
    expect(doc.urlset.url).toEqual([{
      loc: 'https://bang-vang.example/nguoi-tot-viec-tot/tin-moi-trong-48-gio/',
      'news:news': { 'news:publication': { 'news:name': 'Bảng vàng (kiểm thử)', 'news:language': 'vi' }, 'news:publication_date': '2025-09-30T08:00:00+07:00', 'news:title': 'Tổ bảo vệ an ninh cơ sở Kiên Giang kịp thời dập đám cháy' },
    }]);
  });

  it('robots.txt points at both sitemaps and keeps crawlers out of search and admin', () => {
    expect(robotsTxt('https://bang-vang.example/', ['/sitemap.xml', '/sitemap-news.xml'])).toBe(
      'User-agent: *\nDisallow: /tim-kiem/\nDisallow: /admin/\n\nSitemap: https://bang-vang.example/sitemap.xml\nSitemap: https://bang-vang.example/sitemap-news.xml\n',
    );
  });
});

describe('share cards', () => {
  it('one per story (withdrawn too: it keeps its page), campaign and decision; none for hidden stories', () => {
    const targets = shareTargets(model).map((t) => `${t.kind}/${t.id}`);
    expect(targets).toContain('nguoi-tot-viec-tot/bai-rut-lai');
    expect(targets).toContain('phong-trao/thi-dua-mau');
    expect(targets).toContain('vinh-danh/45-qd-cat');
    expect(targets.join()).not.toMatch(/synczq|honorxq/);
    expect(shareCard(model, 'nguoi-tot-viec-tot', 'ban-nhap-synczq', site.siteUrl)).toBeUndefined();
  });

  it('a story card has the title, the campaign and the site', () => {
    expect(shareCard(model, 'nguoi-tot-viec-tot', 'anh-dung-lai-co-dinh-chinh', site.siteUrl)).toEqual({
      kind: 'Người tốt, việc tốt', title: 'Tổ tự quản ấp Kinh Làng trả lại ví tiền & giấy tờ cho người đánh rơi',
      subtitle: 'Phong trào thi đua mẫu (kiểm thử)', siteName: 'Bảng vàng (kiểm thử)', host: 'bang-vang.example',
    });
  });
});
