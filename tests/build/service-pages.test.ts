// The citizens' service pages and the page chrome, built from real content folders: the owner,
// address and focal point come from settings.yaml and nothing is invented ("chưa công bố" when
// the owner has not published them); the privacy page gives the NĐ 356/2025 time limits; the
// 404 page offers search and the main sections and is never indexed; every content page says
// when it was last updated, from its own dates.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot, visibleText, type BuiltSite } from '../helpers/build-site.ts';

let unpublished: BuiltSite;
let published: BuiltSite;
const text = (site: BuiltSite, path: string) => visibleText(site.page(path));
const footer = (site: BuiltSite, path: string) => visibleText(/<footer[\s\S]*<\/footer>/.exec(site.page(path))![0]);

const ADDRESS = 'Số 1 đường Thử Nghiệm, phường Kiểm Thử, tỉnh Mẫu';
const CONTACTS = ['contacts:', '    - role: Cán bộ đầu mối tiếp nhận', '      name: Trần Thị Mẫu', '      email: tiepnhan@bang-vang.example', '      phone: "0299 3 000 000"'].join('\n');

beforeAll(() => {
  const minimal = join(projectRoot, 'tests/fixtures/valid-minimal');
  unpublished = buildSite(minimal, { BUILD_CLOCK: '2026-11-22' });
  expect(unpublished.result.status, unpublished.result.stderr).toBe(0);
  const content = mkdtempSync(join(tmpdir(), 'bang-vang-settings-'));
  cpSync(minimal, content, { recursive: true });
  const settings = readFileSync(join(content, 'settings.yaml'), 'utf8');
  expect(settings).toContain('  name: Nhóm phát triển Bảng vàng (dữ liệu kiểm thử)\n');
  writeFileSync(join(content, 'settings.yaml'), settings.replace('  name: Nhóm phát triển Bảng vàng (dữ liệu kiểm thử)\n', `  name: Nhóm phát triển Bảng vàng (dữ liệu kiểm thử)\n  parent: Cơ quan cấp trên (kiểm thử)\n  address: ${ADDRESS}\n  ${CONTACTS}\n`));
  published = buildSite(content, { BUILD_CLOCK: '2026-11-22' });
  expect(published.result.status, published.result.stderr).toBe(0);
});

describe('owner and contacts, never invented', () => {
  it('unpublished: the footer and the about, privacy and accessibility pages say "chưa công bố"', () => {
    expect(footer(unpublished, '')).toContain('Địa chỉ: chưa công bố.');
    expect(footer(unpublished, '')).toContain('Đầu mối liên hệ: chưa công bố.');
    expect(text(unpublished, 'gioi-thieu')).toContain('Cơ quan chủ quản chưa công bố đầu mối liên hệ');
    expect(text(unpublished, 'gioi-thieu')).toContain('The owner has not yet published a focal-point contact.');
    expect(text(unpublished, 'chinh-sach-du-lieu')).toContain('Cơ quan chủ quản chưa công bố đầu mối tiếp nhận.');
    expect(text(unpublished, 'ho-tro-tiep-can')).toContain('Cơ quan chủ quản chưa công bố đầu mối tiếp nhận.');
    for (const page of ['', 'gioi-thieu', 'chinh-sach-du-lieu', 'ho-tro-tiep-can']) {
      // No phone number or e-mail address appears that the settings do not hold.
      expect(unpublished.page(page), page).not.toMatch(/mailto:|tel:|\b0\d{2,3}[ .]?\d{3}[ .]?\d{3,4}\b/);
    }
  });

  it('published: exactly what settings.yaml says, on every page and in the English summary', () => {
    const f = footer(published, 'gioi-thieu');
    expect(f).toContain('Nhóm phát triển Bảng vàng (dữ liệu kiểm thử), Cơ quan cấp trên (kiểm thử)');
    expect(f).toContain(`Địa chỉ: ${ADDRESS}`);
    expect(f).toContain('Cán bộ đầu mối tiếp nhận: Trần Thị Mẫu · Điện thoại: 0299 3 000 000 · Thư điện tử: tiepnhan@bang-vang.example');
    const about = published.page('gioi-thieu');
    expect(about).toContain('href="mailto:tiepnhan@bang-vang.example"');
    expect(about).toContain('href="tel:02993000000"');
    expect(visibleText(/<section lang="en"[\s\S]*?<\/section>/.exec(about)![0])).toContain('Address Số 1 đường Thử Nghiệm');
    for (const page of ['chinh-sach-du-lieu', 'ho-tro-tiep-can']) expect(text(published, page)).toContain('Cán bộ đầu mối tiếp nhận: Trần Thị Mẫu');
  });

  it('the footer links the about, privacy and accessibility pages and the licence', () => {
    const html = published.page('');
    for (const href of ['/gioi-thieu/', '/chinh-sach-du-lieu/', '/ho-tro-tiep-can/', 'https://creativecommons.org/licenses/by/4.0/deed.vi']) expect(html).toContain(`href="${href}"`);
  });
});

describe('the service pages', () => {
  it('privacy: consent records kept but never published, and the NĐ 356/2025 Điều 5 time limits', () => {
    const t = text(unpublished, 'chinh-sach-du-lieu');
    expect(t).toContain('Thời hạn xử lý yêu cầu (Nghị định 356/2025/NĐ-CP, Điều 5)');
    for (const row of ['Xác nhận đã nhận yêu cầu 2 ngày làm việc', 'Rút lại sự đồng ý, hạn chế xử lý dữ liệu 15 ngày', 'Xem (truy cập) hoặc chỉnh sửa dữ liệu 10 ngày', 'Xóa dữ liệu 20 ngày']) expect(t).toContain(row);
    expect(t).toContain('Phiếu đồng ý và bản ghi về phiếu không bao giờ xuất hiện trên trang');
    expect(t).toContain('Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15');
  });

  it('accessibility: the WCAG 2.1 AA target, known gaps and how to report', () => {
    const t = text(unpublished, 'ho-tro-tiep-can');
    expect(t).toContain('mức AA của WCAG 2.1');
    expect(t).toContain('Những chỗ còn thiếu');
    expect(t).toContain('Báo lỗi tiếp cận');
  });

  it('404: search and the main sections, not indexed, no canonical address', () => {
    const html = readFileSync(join(unpublished.outDir, '404.html'), 'utf8');
    expect(html).not.toMatch(/data-pagefind-body/);
    expect(html).not.toMatch(/rel="canonical"/);
    expect(html).toMatch(/<form[^>]*action="\/tim-kiem\/"[^>]*role="search"/);
    for (const href of ['/', '/phong-trao/', '/ke-hoach/', '/nguoi-tot-viec-tot/', '/vinh-danh/', '/mo-hinh/']) expect(html).toContain(`href="${href}"`);
  });
});

describe('"Cập nhật: dd/mm/yyyy"', () => {
  it('a plan shows its issue date; the service pages their own date; a list page none', () => {
    expect(unpublished.page('ke-hoach/01-kh-bcd-mau')).toMatch(/<p class="page-updated"[^>]*>Cập nhật: <time datetime="2024-08-20">20\/08\/2024<\/time><\/p>/);
    expect(unpublished.page('chinh-sach-du-lieu')).toContain('Cập nhật: <time datetime="2026-11-22">22/11/2026</time>');
    expect(unpublished.page('ke-hoach')).not.toContain('class="page-updated"');
  });
});
