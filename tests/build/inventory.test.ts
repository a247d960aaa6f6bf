// The inventory check (src/integrations/inventory.ts) over a real build of the states fixture:
// it passes on the build as made, and each kind of damage a plugin, a template or a feed could
// do is caught: text swallowed, a search record, sitemap entry or feed item missing or leaked,
// a hidden entry's title or id in the output, a banner or notice missing, counts that differ,
// an orphan page, a broken internal link.
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { atomicBuild, type AtomicBuild } from '../helpers/atomic-build.ts';
import { inventoryCheck } from '../../src/integrations/inventory.ts';
import { checkSite, type SiteModel } from '../../src/model/site-model.ts';

const FIXTURE = 'tests/fixtures/states';
const CLOCK = '2025-10-01';
const SITE = 'https://bang-vang.example';
const PUBLISHED = 'nguoi-tot-viec-tot/to-an-ninh-thanh-dong-bat-trom';
const WITHDRAWN = 'nguoi-tot-viec-tot/bai-rut-lai-statewq';

let site: AtomicBuild;
let model: SiteModel;
beforeAll(() => {
  site = atomicBuild(FIXTURE, { BUILD_CLOCK: CLOCK });
  model = checkSite(FIXTURE, process.cwd(), new Date(`${CLOCK}T00:00:00+07:00`)).model!;
});

const path = (p: string) => join(site.dist, p);
const check = () => inventoryCheck(site.dist, model, SITE).problems;

/** Applies a change to the built output, runs the check, and puts the output back. */
function damaged(file: string, change: (text: string) => string | null): string[] {
  const original = readFileSync(path(file));
  const next = change(original.toString('utf8'));
  if (next === null) renameSync(path(file), `${path(file)}.tam`);
  else writeFileSync(path(file), next);
  try {
    return check();
  } finally {
    if (next === null) renameSync(`${path(file)}.tam`, path(file));
    else writeFileSync(path(file), original);
  }
}

function added(file: string, text: string): string[] {
  writeFileSync(path(file), text);
  try {
    return check();
  } finally {
    rmSync(path(file));
  }
}

/** The Pagefind fragment of a page. */
function fragmentOf(url: string): string {
  const dir = path('pagefind/fragment');
  const name = readdirSync(dir).find((f) => gunzipSync(readFileSync(join(dir, f))).toString('utf8').includes(`"url":"${url}"`));
  if (!name) throw new Error(`no fragment for ${url}`);
  return `pagefind/fragment/${name}`;
}

it('passes on the build as made, and the build itself ran it', () => {
  expect(site.status, site.output).toBe(0);
  // Colours are on when CI=true (ANSI codes sit between the label and the text): compare plain text.
  expect(site.output.replace(/\u001b\[[0-9;]*m/g, '')).toContain('[bang-vang:inventory] Kiểm kê');
  expect(check()).toEqual([]);
});

describe('catches', () => {
  it('text of the body that did not reach the page', () => {
    const problems = damaged(`${PUBLISHED}/index.html`, (t) => t.replace('Cả tổ đã thay nhau canh giữ đối tượng', 'Cả tổ'));
    expect(problems).toEqual([expect.stringMatching(/câu "Cả tổ đã thay nhau canh giữ đối tượng.*" của phần thân không có trên trang \/nguoi-tot-viec-tot\/to-an-ninh-thanh-dong-bat-trom\/: nội dung bị mất khi dựng/)]);
  });

  it('a published entry without its search record', () => {
    const problems = damaged(fragmentOf(`/${PUBLISHED}/`), () => null);
    expect(problems).toContain(`tests/fixtures/states/stories/2025/to-an-ninh-thanh-dong-bat-trom/index.md (bài viết "to-an-ninh-thanh-dong-bat-trom", published): không có bản ghi tìm kiếm (Pagefind) cho /${PUBLISHED}/`);
    expect(problems).toContain('Số bản ghi tìm kiếm bài viết (0) khác số mục đang đăng (1).');
  });

  it('a published entry missing from the sitemap, a withdrawn one in it', () => {
    if (!existsSync(path('sitemap.xml'))) return;
    const missing = damaged('sitemap.xml', (t) => t.replace(`${SITE}/${PUBLISHED}/`, `${SITE}/`));
    expect(missing.join('\n')).toContain('(bài viết "to-an-ninh-thanh-dong-bat-trom", published): không có trong sơ đồ trang (sitemap)');
    const leaked = damaged('sitemap.xml', (t) => t.replace('</urlset>', `<url><loc>${SITE}/${WITHDRAWN}/</loc></url></urlset>`));
    expect(leaked.join('\n')).toContain('(bài viết "bai-rut-lai-statewq", withdrawn): mục rút lại vẫn có trong sơ đồ trang (sitemap)');
  });

  it('a published story missing from the feeds, a withdrawn one in them', () => {
    if (!existsSync(path('rss.xml'))) return;
    const feeds = (readdirSync(site.dist, { recursive: true }) as string[])
      .filter((f) => /(^|\/)(rss\.xml|feed\.json)$/.test(f) && !f.startsWith('dinh-chinh'));
    const saved = feeds.map((f) => [f, readFileSync(path(f), 'utf8')] as const);
    try {
      for (const [f, t] of saved) writeFileSync(path(f), t.replaceAll(`${SITE}/${PUBLISHED}/`, `${SITE}/`));
      expect(check().join('\n')).toContain('(bài viết "to-an-ninh-thanh-dong-bat-trom", published): không có trong nguồn tin nào');
    } finally {
      for (const [f, t] of saved) writeFileSync(path(f), t);
    }
    const leaked = damaged('rss.xml', (t) => t.replace('</channel>', `<item><title>x</title><link>${SITE}/${WITHDRAWN}/</link></item></channel>`));
    expect(leaked.join('\n')).toContain('mục rút lại vẫn có trong nguồn tin rss.xml');
  });

  it('a draft’s title or id anywhere in the output, even in a file name', () => {
    const title = damaged('index.html', (t) => t.replace('</main>', '<p>Bản nháp draftzq đang chờ xác minh</p></main>'));
    expect(title.join('\n')).toContain('(bài viết "bai-nhap-draftzq", draft): "Bản nháp draftzq đang chờ xác minh" vẫn có trong index.html');
    const file = added('oembed/bai-nhap-draftzq.json', '{}');
    expect(file.join('\n')).toContain('"bai-nhap-draftzq" vẫn có trong oembed/bai-nhap-draftzq.json');
  });

  it('a draft with a page', () => {
    const dir = path('nguoi-tot-viec-tot/bai-nhap-draftzq');
    const problems = (() => {
      renameSync(path(`${WITHDRAWN}`), dir);
      try {
        return check();
      } finally {
        renameSync(dir, path(WITHDRAWN));
      }
    })();
    expect(problems.join('\n')).toContain('(bài viết "bai-nhap-draftzq", draft): có trang /nguoi-tot-viec-tot/bai-nhap-draftzq/ dù chưa được đăng');
  });

  it('a withdrawn page without its banner', () => {
    const problems = damaged(`${WITHDRAWN}/index.html`, (t) => t.replace('data-publication="withdrawn"', ''));
    expect(problems.join('\n')).toContain('thiếu thông báo rút lại (WithdrawnBanner)');
  });

  it('a gone entry whose address shows content instead of the notice', () => {
    const problems = damaged('nguoi-tot-viec-tot/bai-go-bo-goneqz/index.html', () => readFileSync(path(`${PUBLISHED}/index.html`), 'utf8'));
    expect(problems.join('\n')).toContain('/nguoi-tot-viec-tot/bai-go-bo-goneqz/ vẫn là trang nội dung, không phải thông báo gỡ bỏ');
  });

  it('a page that is missing, and the count that no longer matches', () => {
    const problems = damaged('ke-hoach/01-kh-bcd-mau/index.html', () => null);
    expect(problems.join('\n')).toContain('(kế hoạch "01-kh-bcd-mau", published): không có trang /ke-hoach/01-kh-bcd-mau/');
    expect(problems).toContain('Số trang kế hoạch (1) khác số mục có trang (2).');
  });

  it('a page for an entry the content does not have', () => {
    const dir = path('ke-hoach/khong-co');
    renameSync(path('ke-hoach/02-kh-bcd-planwq'), dir);
    try {
      expect(check().join('\n')).toContain('Trang /ke-hoach/khong-co/ không ứng với kế hoạch nào trong nội dung.');
    } finally {
      renameSync(dir, path('ke-hoach/02-kh-bcd-planwq'));
    }
  });

  it('an internal link or resource that points to nothing', () => {
    const problems = damaged('index.html', (t) => t.replace('</main>', '<a href="/ke-hoach/khong-co-trang/">x</a><img src="/_astro/khong-co.webp" alt=""></main>'));
    expect(problems).toEqual([
      expect.stringContaining('Liên kết nội bộ hỏng "/ke-hoach/khong-co-trang/" (trong /)'),
      expect.stringContaining('Liên kết nội bộ hỏng "/_astro/khong-co.webp" (trong /)'),
    ]);
  });
});
