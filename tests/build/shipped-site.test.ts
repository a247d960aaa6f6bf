// Builds the shipped content with the real Astro CLI and checks what a reader gets.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot, visibleText, type BuiltSite } from '../helpers/build-site.ts';
import { inOrderShare, words } from '../helpers/words.ts';

const seeds = join(projectRoot, '../shared/seeds');
const PLANS = {
  kienGiang: '350-kh-bcd-kien-giang',
  thaiBinh: 'kh-bcd-thai-binh-2024',
  dongNai: 'kh-ubnd-dong-nai-2024',
  konTum: '439-kh-bcd-kon-tum',
  dongThap: 'kh-bcd138-dong-thap',
} as const;

let site: BuiltSite;
const text = (id: string) => visibleText(site.page(`ke-hoach/${id}`));
/** Only the document itself, without the facts panel and its source notes. */
const documentText = (id: string) => visibleText(/<article class="official-document"[\s\S]*?<\/article>/.exec(site.page(`ke-hoach/${id}`))?.[0] ?? '');

beforeAll(() => {
  // A fixed clock keeps "today" (and so "(nay thuộc …)") stable.
  site = buildSite('content', { BUILD_CLOCK: '2026-11-22' });
  expect(site.result.status, site.result.stderr + site.result.stdout).toBe(0);
});

describe('shipped site', () => {
  it('has a plan page for each of the five seed documents', () => {
    const built = readdirSync(join(site.outDir, 'ke-hoach')).filter((d) => existsSync(join(site.outDir, 'ke-hoach', d, 'index.html')));
    expect(built).toEqual(expect.arrayContaining(Object.values(PLANS)));
  });

  it('lays out the Kiên Giang plan as the original: number, date line, phases, signer', () => {
    const t = text(PLANS.kienGiang);
    expect(t).toContain('Số: 350/KH-BCĐ');
    expect(t).toContain('Kiên Giang, ngày 20 tháng 8 năm 2024');
    expect(t).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(t).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(t).toContain('Phát động phong trào thi đua trong Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở trên địa bàn tỉnh Kiên Giang');
    expect(t).toContain('Thi đua lập thành tích chào mừng kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam');
    expect(t).toContain('Thi đua lập thành tích chào mừng kỷ niệm 80 năm Cách mạng tháng Tám thành công');
    expect(t).toContain('KT. TRƯỞNG BAN');
    expect(t).toContain('Đại tá Nguyễn Văn Hận');
    expect(t).toContain('tỉnh Kiên Giang (nay thuộc tỉnh An Giang)');
    expect(documentText(PLANS.kienGiang)).not.toMatch(/Kým|ĐK/);
  });

  it('shows the Thái Bình month-only date honestly and its quota of 15 Bằng khen', () => {
    const t = text(PLANS.thaiBinh);
    expect(t).toContain('Thái Bình, ngày … tháng 12 năm 2023');
    expect(t).toContain('tháng 12/2023 (bản gốc để trống ngày)');
    expect(t).toContain('Số: …/KH-BCĐ');
    expect(t).toMatch(/Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: tối đa 15/);
    expect(t).toContain('Lại Văn Hoàn');
  });

  it('publishes the Đồng Nai plan restored to proper Vietnamese, saying so', () => {
    const t = text(PLANS.dongNai);
    expect(t).toContain('Văn bản khôi phục từ bản quét');
    expect(t).toContain('Lực lượng mới, khí thế mới');
    expect(t).toContain('Đồng Nai');
    // The OCR's mangled letters are gone and almost every long word carries Vietnamese marks.
    const doc = documentText(PLANS.dongNai);
    expect(doc).not.toMatch(/Péc lap|Sé6|lugng/);
    const body = words(doc);
    const accented = body.filter((w) => /[^\x00-\x7f]/.test(w)).length / body.length;
    expect(accented).toBeGreaterThan(0.6);
  });

  it('publishes the Kon Tum article as the summary of plan 439/KH-BCĐ, crediting its author', () => {
    const t = text(PLANS.konTum);
    expect(t).toContain('439/KH-BCĐ');
    expect(t).toContain('Bài tóm tắt kế hoạch');
    expect(t).toContain('Xuân Hoàng');
  });

  it.each([
    ['000_5f36d0547b95f16f.txt', PLANS.kienGiang],
    ['001_e6e3aae60ceb8631.txt', PLANS.thaiBinh],
    ['003_88497b224597ae2a.txt', PLANS.konTum],
    ['004_9cffd885b15c40f4.txt', PLANS.dongThap],
  ])('keeps at least 97%% of the words of seed %s in order on its page', (seed, id) => {
    const share = inOrderShare(words(readFileSync(join(seeds, seed), 'utf8')), words(text(id)));
    expect(share).toBeGreaterThanOrEqual(0.97);
  });

  it('keeps words apart that sit in separate inline elements (no "ĐồngTháp")', () => {
    expect(text(PLANS.dongThap)).not.toMatch(/ĐồngTháp|\p{Ll}\p{Lu}{2,}/u);
    expect(visibleText(site.page('ke-hoach'))).toContain('tỉnh Đồng Tháp');
  });

  it('lists plans newest first and filters by province and year', () => {
    const list = visibleText(site.page('ke-hoach'));
    expect(list.indexOf('Kiên Giang')).toBeLessThan(list.indexOf('Kon Tum'));
    const kg = visibleText(site.page('ke-hoach/tinh/kien-giang'));
    expect(kg).toContain('350/KH-BCĐ');
    expect(kg).not.toContain('439/KH-BCĐ');
    const y2023 = visibleText(site.page('ke-hoach/nam/2023'));
    expect(y2023).toContain('439/KH-BCĐ');
    expect(y2023).not.toContain('350/KH-BCĐ');
  });

  it('shows the special campaign with its phases, anniversaries, contents and plans by province', () => {
    const t = visibleText(site.page('phong-trao/thi-dua-dac-biet-luc-luong-antt-co-so'));
    expect(t).toContain('Lực lượng mới, khí thế mới, thi đua bảo đảm an ninh, trật tự ở cơ sở trong tình hình mới');
    expect(t).toContain('Đợt 1 (19/08/2024 – 03/02/2025)');
    expect(t).toContain('95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/2025)');
    expect(t).toContain('4.7. Thi đua xây dựng, phát huy, nhân rộng những hình ảnh đẹp');
    expect(t).toContain('Tỉnh Kiên Giang (nay thuộc An Giang)');
    expect(t).toContain('Tỉnh Đồng Nai');
  });

  it('leads the home page with the standing movement after the special campaign ended', () => {
    const t = visibleText(site.page(''));
    expect(t).toContain('Phong trào thường xuyên');
    expect(t).toContain('Kế hoạch mới đăng');
  });
});

describe('home page during the special campaign', () => {
  it('shows the current phase, its theme and the days left to its anniversary', () => {
    const during = buildSite('content', { BUILD_CLOCK: '2025-01-24' });
    expect(during.result.status, during.result.stderr).toBe(0);
    const t = visibleText(during.page(''));
    expect(t).toContain('Phong trào đang diễn ra');
    expect(t).toContain('Hiện là Đợt 1');
    expect(t).toContain('Còn 10 ngày đến 95 năm Ngày thành lập Đảng Cộng sản Việt Nam');
  });
});
