// Publication states in a real build (tests/fixtures/states, BUILD_CLOCK 2025-10-01):
// published, withdrawn (page + dated banner, out of lists, search, feeds and the sitemap; in the
// corrections feed), gone and expired (the URL explains the removal, nothing else of the entry
// remains), draft and scheduled (no trace at all), and redirectFrom (a static redirect page).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { atomicBuild, type AtomicBuild } from '../helpers/atomic-build.ts';
import { visibleText } from '../helpers/build-site.ts';
import { findWords } from '../helpers/dist-scan.ts';
import { openPagefind } from '../helpers/pagefind-query.ts';
import { nginxMaps, pageKind } from '../../src/integrations/url-manifest.ts';
import { checkDist } from '../../src/lib/dist-security.ts';

const FIXTURE = 'tests/fixtures/states';
const STORY = (id: string) => `nguoi-tot-viec-tot/${id}`;
const PUBLISHED = 'to-an-ninh-thanh-dong-bat-trom';
const WITHDRAWN = 'bai-rut-lai-statewq';
const GONE = 'bai-go-bo-goneqz';
const EXPIRED = 'bai-het-han-expirezq';
const DRAFT = 'bai-nhap-draftzq';
const SCHEDULED = 'bai-cho-dang-honorxq';

let site: AtomicBuild;
const file = (path: string) => readFileSync(join(site.dist, path), 'utf8');
const has = (path: string) => existsSync(join(site.dist, path));

beforeAll(() => {
  site = atomicBuild(FIXTURE, { BUILD_CLOCK: '2025-10-01' });
});

it('builds, and the inventory check after the build agrees with every state', () => {
  expect(site.status, site.output).toBe(0);
  expect(site.output).toMatch(/Kiểm kê \(\d+ ms\): bài viết: 6 tệp = 1 đang đăng \+ 1 rút lại \+ 2 gỡ bỏ \+ 2 nháp\/chờ đăng; 2 trang, 1 bản ghi tìm kiếm/);
  expect(site.output).toContain('kế hoạch: 2 tệp = 1 đang đăng + 1 rút lại');
  expect(site.output).toContain('quyết định khen thưởng: 3 tệp = 2 đang đăng + 1 rút lại');
  expect(site.output).toContain('phong trào: 2 tệp = 1 đang đăng + 1 rút lại');
  expect(site.output).toContain('mô hình: 3 tệp = 1 đang đăng + 1 rút lại + 1 gỡ bỏ');
});

describe('a withdrawn story', () => {
  it('keeps its page, with the day and the reason in a banner', () => {
    const html = site.page(STORY(WITHDRAWN));
    expect(html).toContain('data-publication="withdrawn"');
    expect(visibleText(html)).toContain('Bài viết này đã được rút lại ngày 01/06/2025. Lý do: Thông tin về số hộ được sơ tán chưa được xác minh đầy đủ.');
    expect(visibleText(html)).toContain('Trong đêm mưa lớn, tổ tự quản statewq');
  });

  it('is in no list, not on the home page, not in the sitemap nor the story feeds', () => {
    for (const page of ['nguoi-tot-viec-tot/index.html', 'index.html', 'phong-trao/thi-dua-mau/index.html', 'sitemap.xml', 'rss.xml', 'feed.json', 'sitemap-news.xml']) {
      if (has(page)) expect(file(page), page).not.toContain(`/${STORY(WITHDRAWN)}/"`);
    }
    expect(file('nguoi-tot-viec-tot/index.html')).not.toContain('statewq');
  });

  it('appears in the corrections feed when there is one', () => {
    if (has('dinh-chinh/rss.xml')) expect(file('dinh-chinh/rss.xml')).toContain(`/${STORY(WITHDRAWN)}/`);
  });

  it('has no search record: a search for its own words never returns it', async () => {
    const pf = await openPagefind(site.dist);
    expect(await pf.urls('statewq')).not.toContain(`/${STORY(WITHDRAWN)}/`);
    expect(await pf.urls('sơ tán vùng ngập đêm mưa lớn')).not.toContain(`/${STORY(WITHDRAWN)}/`);
    expect(await pf.urls('tổ tự quản ấp Kinh Làng')).toContain(`/${STORY(PUBLISHED)}/`);
  });
});

describe('withdrawn plans, decisions, campaigns and models; a gone model', () => {
  it('the withdrawn campaign and model keep their pages with the banner, out of their lists', () => {
    expect(visibleText(site.page('phong-trao/phong-trao-rut-lai-campwq'))).toContain('Phong trào này đã được rút lại ngày 01/03/2025. Lý do: Phong trào được đăng nhầm, không thuộc địa bàn tỉnh.');
    expect(file('phong-trao/index.html')).not.toContain('campwq');
    expect(visibleText(site.page('mo-hinh/mo-hinh-rut-lai-modelwq'))).toContain('Mô hình này đã được rút lại ngày 01/08/2025.');
    expect(file('mo-hinh/index.html')).not.toContain('modelwq');
  });

  it('the withdrawn plan keeps its page with the banner, out of the plan list', () => {
    expect(visibleText(site.page('ke-hoach/02-kh-bcd-planwq'))).toContain('Kế hoạch này đã được rút lại ngày 01/02/2025. Lý do: Đã được thay thế bằng Kế hoạch số 01/KH-BCĐ.');
    expect(file('ke-hoach/index.html')).not.toContain('/ke-hoach/02-kh-bcd-planwq/');
    expect(file('ke-hoach/index.html')).toContain('/ke-hoach/01-kh-bcd-mau/');
  });

  it('the withdrawn decision keeps its page; the honoree only it names has no profile, and the page does not link one', () => {
    const html = site.page('vinh-danh/quyet-dinh/qd-bang-khen-kien-giang');
    expect(visibleText(html)).toContain('Quyết định khen thưởng này đã được rút lại ngày 01/04/2025.');
    expect(html).not.toContain('/vinh-danh/nguoi/tran-van-an-cong-an-xa-thanh-dong/');
    expect(has('vinh-danh/nguoi/tran-van-an-cong-an-xa-thanh-dong/index.html')).toBe(false);
    expect(file('vinh-danh/index.html')).not.toContain('/vinh-danh/quyet-dinh/qd-bang-khen-kien-giang/');
    expect(file('vinh-danh/danh-sach.csv')).not.toContain('Trần Văn An');
  });

  it('the gone model’s URL holds the removal notice, without a date or reason since none was given', () => {
    const html = site.page('mo-hinh/mo-hinh-go-bo-modelgq');
    expect(pageKind(html)).toBe('removed');
    expect(visibleText(html)).toContain('Nội dung này đã được gỡ bỏ');
    expect(visibleText(html)).not.toContain('Ngày gỡ bỏ');
    expect(findWords(site.dist, ['modelgq']).filter((h) => h.file !== 'mo-hinh/mo-hinh-go-bo-modelgq/index.html')).toEqual([]);
  });
});

describe('gone and expired stories', () => {
  it('their URLs explain the removal, with the day and reason', () => {
    expect(visibleText(site.page(STORY(GONE)))).toContain('Nội dung này đã được gỡ bỏ Ngày gỡ bỏ: 01/07/2025. Lý do: Gỡ theo yêu cầu của người được nêu trong bài.');
    expect(visibleText(site.page(STORY(EXPIRED)))).toContain('Ngày gỡ bỏ: 01/09/2025. Lý do: Nội dung đã hết thời hạn đăng.');
  });

  it('the gone story’s old address explains the removal too', () => {
    expect(pageKind(site.page('tin/bai-goneqz-cu'))).toBe('removed');
  });

  it('nothing else of them remains: no title, text, photo, feed item or search record', () => {
    // Their own notice pages name their address (canonical link): nothing else may.
    const notices = new Set([`${STORY(GONE)}/index.html`, `${STORY(EXPIRED)}/index.html`, 'tin/bai-goneqz-cu/index.html']);
    expect(findWords(site.dist, ['goneqz', 'expirezq']).filter((h) => !notices.has(h.file))).toEqual([]);
  });
});

describe('draft and scheduled stories', () => {
  it('leave no trace anywhere (pages, feeds, sitemaps, search, share images)', () => {
    expect(findWords(site.dist, ['draftzq', 'honorxq'])).toEqual([]);
  });
});

describe('old addresses', () => {
  it('an entry’s redirectFrom gives a static redirect page: meta refresh, canonical and a link, no script', () => {
    const html = site.page('tin/to-tu-quan-bat-trom');
    expect(pageKind(html)).toBe('redirect');
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=/${STORY(PUBLISHED)}/">`);
    expect(html).toContain(`<link rel="canonical" href="https://bang-vang.example/${STORY(PUBLISHED)}/">`);
    expect(html).toContain(`<a href="/${STORY(PUBLISHED)}/">`);
    expect(html).not.toMatch(/<script/i);
  });

  it('the nginx maps come from the same pages: 301 for the old address, 410 for the removed ones', () => {
    const maps = nginxMaps(site.dist);
    expect(maps.redirects).toContain(`/tin/to-tu-quan-bat-trom/ /${STORY(PUBLISHED)}/;`);
    expect(maps.redirects).toContain(`/tin/to-tu-quan-bat-trom /${STORY(PUBLISHED)}/;`);
    expect(maps.gone).toContain(`/${STORY(GONE)}/ 1;`);
    expect(maps.gone).toContain('/tin/bai-goneqz-cu/ 1;');
    expect(maps.gone).toContain(`/${STORY(EXPIRED)}/ 1;`);
    expect(maps.gone).toContain('/mo-hinh/mo-hinh-go-bo-modelgq/ 1;');
    expect(maps.counts).toEqual({ redirects: 1, gone: 4 });
  });
});

it('passes the security check of the output (banners and notices add no inline code)', async () => {
  expect(await checkDist(site.dist, { site: 'https://bang-vang.example', contentDir: FIXTURE })).toEqual([]);
});
