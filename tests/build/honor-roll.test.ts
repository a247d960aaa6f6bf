// Builds the honor-roll fixture (three decisions, one revoked, one person in two decisions, a
// model, a public and an embargoed story) with the real Astro CLI and checks what readers and
// the press get: pages, boards, and CSV/XLSX/JSON exports that read back as the page tables.
// Then builds a site without decisions, and the shipped content.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot, visibleText, type BuiltSite } from '../helpers/build-site.ts';
import { distFiles } from '../helpers/dist-scan.ts';
import { EXPORT_HEADERS, JSON_CELL_KEYS } from '../../src/lib/honor-export.ts';
import { campaignsWithDecisions } from '../../src/lib/honor-roll.ts';
import { checkSite } from '../../src/model/site-model.ts';

const FIXTURE = 'tests/fixtures/honors-roll';
const CLOCK = '2026-01-15';
const CAMPAIGN = 'thi-dua-mau';
const KNOWN = '1250-qd-cat';
const UNKNOWN = 'qd-bang-khen-kien-giang';
const REVOKED = '45-qd-cat';
const BINH = 'le-thi-binh-ap-kinh-lang';
const PUBLIC_STORY = 'to-an-ninh-thanh-dong-bat-trom';

/** Columns of a CSV row, by header. */
const col = Object.fromEntries(EXPORT_HEADERS.map((h, i) => [h, i])) as Record<(typeof EXPORT_HEADERS)[number], number>;
const C = { name: col['Người/tập thể được khen'], kind: col['Loại'], form: col['Hình thức'], number: col['Số quyết định'], date: col['Ngày quyết định'], unit: col['Đơn vị'], commune: col['Xã/phường'], province: col['Tỉnh/thành phố'], achievement: col['Thành tích'], status: col['Tình trạng quyết định'] };

interface Table { caption: string; rows: string[][] }

/** Every recipients table of a page: its caption and the visible text of each body cell. */
function honorTables(html: string): Table[] {
  return [...html.matchAll(/<table class="honor-table"[^>]*>([\s\S]*?)<\/table>/g)].map(([, t]) => ({
    caption: visibleText(/<caption>([\s\S]*?)<\/caption>/.exec(t)?.[1] ?? ''),
    rows: [...(/<tbody>([\s\S]*?)<\/tbody>/.exec(t)?.[1] ?? '').matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map(([, r]) =>
      [...r.matchAll(/<(td|th)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((c) => visibleText(c[2]))),
  }));
}

/** The exact bytes as an ArrayBuffer (what exceljs's types ask for). */
const arrayBuffer = (b: Uint8Array) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
const readCsv = (path: string) => parse(readFileSync(path, 'utf8'), { bom: true }) as string[][];
async function readXlsx(path: string): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(arrayBuffer(readFileSync(path)));
  return book.worksheets[0].getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1).map((v) => String(v ?? '')));
}
const jsonCells = (path: string) => {
  const json = JSON.parse(readFileSync(path, 'utf8'));
  return { json, cells: json.rows.map((r: Record<string, string>) => JSON_CELL_KEYS.map((k) => r[k])) as string[][] };
};
/** The cells a decision or campaign table shows for a CSV row. */
const shown = (r: string[]) => [r[C.name], r[C.kind], r[C.unit], r[C.commune], r[C.province], r[C.achievement]];

describe('honor roll pages and exports (fixture)', () => {
  let site: BuiltSite;
  const text = (path: string) => visibleText(site.page(path));
  const file = (path: string) => join(site.outDir, path);

  beforeAll(() => {
    site = buildSite(FIXTURE, { BUILD_CLOCK: CLOCK });
    expect(site.result.status, site.result.stderr + site.result.stdout).toBe(0);
  });

  it('has an overview with totals as static SVG charts and tables, and every decision newest first', () => {
    const html = site.page('vinh-danh');
    const t = visibleText(html);
    expect(t).toContain('3 quyết định khen thưởng');
    expect(t).toContain('5 lượt khen thưởng');
    expect(t).toContain('4 người, tập thể được khen');
    expect(t).not.toContain('Chưa có quyết định khen thưởng nào');
    // Four charts, each an accessible SVG drawn at build time, each with its numbers in a table.
    const svgs = [...html.matchAll(/<svg [^>]*role="img" aria-labelledby="([\w-]+)-title \1-desc"/g)].map((m) => m[1]);
    expect(svgs).toEqual(['theo-hinh-thuc', 'theo-nam', 'theo-tinh', 'theo-phong-trao']);
    expect(html.match(/<table class="chart-table">/g)).toHaveLength(4);
    const charts = [...html.matchAll(/<section class="chart"[\s\S]*?<\/section>/g)].map((m) => m[0]);
    expect(charts).toHaveLength(4);
    for (const c of charts) expect(c).not.toMatch(/<script|<canvas|\son\w+=/);
    // Revoked decisions stay out of the totals: 3 Giấy khen (not 4), 2 Bằng khen; 2024: 3, 2025: 2.
    expect(t).toContain('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: 2; Giấy khen của Giám đốc Công an tỉnh: 3.');
    expect(t).toContain('2024: 3; 2025: 2.');
    expect(t).toContain('Tỉnh Kiên Giang (nay thuộc tỉnh An Giang): 5.');
    expect(t).toContain('Thi đua mẫu: 5.');
    const order = ['Quyết định số 45/QĐ-CAT ngày 01/04/2025', 'Quyết định (chưa rõ số) ngày 10/03/2025', 'Quyết định số 1250/QĐ-CAT ngày 20/12/2024'].map((s) => t.indexOf(s));
    expect(order.every((i, k) => i > 0 && (k === 0 || i > order[k - 1]))).toBe(true);
    expect(t).toContain('Đã thu hồi ngày 01/05/2025: Khai không đúng thành tích');
    for (const f of ['csv', 'xlsx', 'json']) expect(html).toContain(`href="/vinh-danh/danh-sach.${f}"`);
  });

  it('shows a decision with its number, authority, body, form, campaign and phase, and public stories only', () => {
    const html = site.page(`vinh-danh/quyet-dinh/${KNOWN}`);
    const t = visibleText(html);
    expect(t).toContain('Danh sách kèm theo Quyết định số 1250/QĐ-CAT ngày 20/12/2024');
    expect(t).toContain('Công an tỉnh Kiên Giang');
    expect(t).toContain('Giám đốc Công an tỉnh');
    expect(t).toContain('Giấy khen của Giám đốc Công an tỉnh');
    expect(t).toContain('GIÁM ĐỐC – Đại tá Nguyễn Văn Mẫu');
    expect(html).toContain(`href="/vinh-danh/phong-trao/${CAMPAIGN}/"`);
    expect(html).toContain(`href="/vinh-danh/phong-trao/${CAMPAIGN}/bang-vang/dot-1/"`);
    expect(html).toContain(`href="/vinh-danh/nguoi/${BINH}/"`);
    expect(html).toContain(`href="/nguoi-tot-viec-tot/${PUBLIC_STORY}/"`);
    // The embargoed story is linked in the file but is not public yet: no link, no title.
    expect(html).not.toContain('honorxq');
    const [table] = honorTables(html);
    expect(table.rows.map((r) => r[1])).toEqual(['Lê Thị Bình', 'Công an xã Thạnh Đông', 'Tổ "Camera an ninh" ấp Kinh Làng']);
    expect(table.rows[0][7]).toBe('Tổ tự quản ấp Kinh Làng giúp bắt kẻ trộm');
  });

  it('says "chưa rõ số" for a decision known from the press, with the source line', () => {
    const html = site.page(`vinh-danh/quyet-dinh/${UNKNOWN}`);
    const t = visibleText(html);
    expect(t).toContain('Quyết định (chưa rõ số) ngày 10/03/2025');
    expect(t).toContain('Danh sách kèm theo Quyết định (chưa rõ số) ngày 10/03/2025');
    expect(t).toContain('Theo Báo Kiên Giang (mẫu) (đăng ngày 12/03/2025).');
    expect(html).toContain('<a href="https://example.vn/khen-thuong-mau">Báo Kiên Giang (mẫu)</a>');
    expect(html).toContain('href="/ke-hoach/01-kh-bcd-mau/"');
  });

  it('shows a revoked decision with a banner: date and reason', () => {
    const t = text(`vinh-danh/quyet-dinh/${REVOKED}`);
    expect(t).toContain('Quyết định này đã bị thu hồi ngày 01/05/2025.');
    expect(t).toContain('Lý do: Khai không đúng thành tích.');
    expect(t).toContain('Phạm Văn Cường');
  });

  it('gathers every honor of a person across decisions and years on one profile', () => {
    const html = site.page(`vinh-danh/nguoi/${BINH}`);
    const t = visibleText(html);
    expect(t).toContain('Được khen thưởng 2 lần (năm 2024, 2025).');
    expect(html).toContain(`href="/vinh-danh/quyet-dinh/${KNOWN}/"`);
    expect(html).toContain(`href="/vinh-danh/quyet-dinh/${UNKNOWN}/"`);
    expect(t.indexOf('Quyết định (chưa rõ số) ngày 10/03/2025')).toBeLessThan(t.indexOf('Quyết định số 1250/QĐ-CAT ngày 20/12/2024'));
    expect(html).toContain(`href="/nguoi-tot-viec-tot/${PUBLIC_STORY}/"`);
    expect(html).not.toContain('honorxq');
    // A profile page for every honoree, and none for anyone else.
    const profiles = distFiles(file('vinh-danh/nguoi')).map((p) => p.split('/')[0]).sort();
    expect(profiles).toEqual(['cong-an-xa-thanh-dong-thanh-dong', BINH, 'pham-van-cuong-ap-kinh-lang', 'to-camera-an-ninh-ap-kinh-lang-ap-kinh-lang', 'tran-van-an-cong-an-xa-thanh-dong'].sort());
  });

  it('groups a campaign by form in legal rank, then decision order, and links the A→Z view and the boards', () => {
    const html = site.page(`vinh-danh/phong-trao/${CAMPAIGN}`);
    const tables = honorTables(html);
    expect(tables.map((t) => t.caption)).toEqual(['Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: 2 lượt', 'Giấy khen của Giám đốc Công an tỉnh: 3 lượt']);
    expect(tables.map((t) => t.rows.map((r) => r[1]))).toEqual([
      ['Trần Văn An', 'Lê Thị Bình'],
      ['Lê Thị Bình', 'Công an xã Thạnh Đông', 'Tổ "Camera an ninh" ấp Kinh Làng', 'Phạm Văn Cường'],
    ]);
    expect(tables[1].rows[3][7]).toBe('Quyết định số 45/QĐ-CAT ngày 01/04/2025 (đã thu hồi)');
    for (const href of ['a-z/', 'bang-vang/', 'bang-vang/dot-1/', 'bang-vang/dot-2/', 'danh-sach.csv', 'danh-sach.xlsx', 'danh-sach.json']) {
      expect(html).toContain(`href="/vinh-danh/phong-trao/${CAMPAIGN}/${href}"`);
    }
  });

  it('lists the campaign A → Z by given name: "Trần Văn An" before "Lê Thị Bình"', () => {
    const tables = honorTables(site.page(`vinh-danh/phong-trao/${CAMPAIGN}/a-z`));
    expect(tables.map((t) => t.caption)).toEqual(['Cá nhân, xếp theo tên', 'Tập thể, xếp theo tên']);
    expect(tables[0].rows.map((r) => r[1])).toEqual(['Trần Văn An', 'Lê Thị Bình', 'Lê Thị Bình', 'Phạm Văn Cường']);
    expect(tables[1].rows.map((r) => r[1])).toEqual(['Công an xã Thạnh Đông', 'Tổ "Camera an ninh" ấp Kinh Làng']);
  });

  it('prints a board per campaign and per phase: Quốc hiệu, BẢNG VÀNG, theme, in-force honorees by rank', () => {
    const board = text(`vinh-danh/phong-trao/${CAMPAIGN}/bang-vang`);
    expect(board).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc BẢNG VÀNG Phong trào thi đua mẫu (kiểm thử)');
    expect(board).toContain('“Toàn dân chung sức giữ bình yên thôn xóm”');
    expect(board.indexOf('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Trần Văn An')).toBeGreaterThan(0);
    expect(board.indexOf('Bằng khen của Chủ tịch')).toBeLessThan(board.indexOf('Giấy khen của Giám đốc'));
    // The revoked award is not on the board of honor.
    expect(board).not.toContain('Phạm Văn Cường');
    const phase = text(`vinh-danh/phong-trao/${CAMPAIGN}/bang-vang/dot-2`);
    expect(phase).toContain('Đợt 2 (04/02/2025 – 19/08/2025)');
    expect(phase).toContain('“Thi đua lập thành tích chào mừng ngày hội toàn dân”');
    expect(phase).toContain('Trần Văn An');
    expect(phase).not.toContain('Camera an ninh'); // an award of dot-1 only
    expect(text(`vinh-danh/phong-trao/${CAMPAIGN}/bang-vang/dot-1`)).toContain('Thi đua chào mừng năm mới an toàn');
    // A4 landscape in print, through the named page of the board.
    const html = site.page(`vinh-danh/phong-trao/${CAMPAIGN}/bang-vang`);
    const css = [html, ...[...html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map((m) => readFileSync(file(m[1]), 'utf8'))].join('\n');
    expect(css).toMatch(/@page bang-vang\s*\{[^}]*size:\s*A4 landscape/);
    expect(css).toMatch(/\.honor-board\s*\{[^}]*page:\s*bang-vang/);
  });

  it('shows models with today\'s place, results, how to replicate, the recognising decision and the source', () => {
    expect(text('mo-hinh')).toContain('Camera an ninh ấp Kinh Làng');
    const html = site.page('mo-hinh/camera-an-ninh-kinh-lang');
    const t = visibleText(html);
    expect(t).toContain('xã Thạnh Đông, huyện Tân Hiệp, tỉnh Kiên Giang (nay thuộc xã Tân Hiệp)');
    expect(t).toContain('tháng 05/2023');
    expect(t).toContain('Lắp đặt 12 camera ở các ngả đường vào ấp.');
    expect(t).toContain('Giao tổ tự quản trông coi, trích xuất hình ảnh khi Công an cần.');
    expect(html).toContain(`href="/vinh-danh/quyet-dinh/${KNOWN}/"`);
    expect(t).toContain('Theo Báo Kiên Giang (mẫu).');
  });

  it('exports every decision as CSV, XLSX and JSON with the same rows as the decision pages', async () => {
    const csv = readCsv(file('vinh-danh/danh-sach.csv'));
    expect(readFileSync(file('vinh-danh/danh-sach.csv')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv[0]).toEqual([...EXPORT_HEADERS]);
    const body = csv.slice(1);
    const { json, cells } = jsonCells(file('vinh-danh/danh-sach.json'));
    expect(cells).toEqual(body);
    expect(await readXlsx(file('vinh-danh/danh-sach.xlsx'))).toEqual(csv);
    // Decision by decision, newest first, as the pages show them.
    let at = 0;
    for (const id of [REVOKED, UNKNOWN, KNOWN]) {
      const html = site.page(`vinh-danh/quyet-dinh/${id}`);
      const [table] = honorTables(html);
      const mine = body.slice(at, at + table.rows.length);
      at += table.rows.length;
      expect(table.rows.map((r) => r.slice(1, 7))).toEqual(mine.map(shown));
      expect(json.rows.slice(at - mine.length, at).map((r: { decision: string }) => r.decision)).toEqual(mine.map(() => id));
      for (const r of mine) expect(visibleText(html)).toContain(`${r[C.number] === 'chưa rõ số' ? 'Quyết định (chưa rõ số)' : `Quyết định số ${r[C.number]}`} ngày ${r[C.date]}`);
    }
    expect(at).toBe(body.length);
    expect(body.filter((r) => r[C.status].startsWith('Đã thu hồi')).map((r) => r[C.name])).toEqual(['Phạm Văn Cường']);
  });

  it('exports a campaign with the same rows, in the same order, as its page', async () => {
    const base = file(`vinh-danh/phong-trao/${CAMPAIGN}/danh-sach`);
    const csv = readCsv(`${base}.csv`);
    const body = csv.slice(1);
    const tables = honorTables(site.page(`vinh-danh/phong-trao/${CAMPAIGN}`));
    const pageRows = tables.flatMap((t) => t.rows.map((r) => ({ form: t.caption.split(':')[0], cells: r })));
    expect(pageRows.map((p) => p.cells.slice(1, 7))).toEqual(body.map(shown));
    expect(pageRows.map((p) => p.form)).toEqual(body.map((r) => r[C.form]));
    pageRows.forEach((p, i) => expect(p.cells[7]).toContain(body[i][C.date]));
    expect(jsonCells(`${base}.json`).cells).toEqual(body);
    expect(await readXlsx(`${base}.xlsx`)).toEqual(csv);
  });

  it('publishes nothing more personal than the decision: no story, no subject, no consent', () => {
    for (const f of ['vinh-danh/danh-sach.csv', 'vinh-danh/danh-sach.json', `vinh-danh/phong-trao/${CAMPAIGN}/danh-sach.csv`]) {
      const t = readFileSync(file(f), 'utf8');
      expect(t).not.toContain(PUBLIC_STORY);
      expect(t).not.toContain('honorxq');
      expect(t).not.toContain('Tổ tự quản ấp Kinh Làng giúp');
      expect(t).not.toMatch(/consent|stories/);
    }
  });

  it('writes the same rows from the CLI as the site exports, and reports problems in Vietnamese', async () => {
    const out = mkdtempSync(join(tmpdir(), 'bang-vang-honor-cli-'));
    const run = (...args: string[]) => spawnSync(process.execPath, [join(projectRoot, 'scripts/honor-roll.ts'), ...args], {
      cwd: projectRoot, encoding: 'utf8', env: { ...process.env, BUILD_CLOCK: CLOCK }, timeout: 60_000,
    });
    for (const format of ['csv', 'json', 'xlsx']) {
      const r = run('--content', FIXTURE, '--campaign', CAMPAIGN, '--format', format, '--out', join(out, `ds.${format}`));
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toContain('Đã ghi 6 dòng');
    }
    const built = file(`vinh-danh/phong-trao/${CAMPAIGN}/danh-sach`);
    expect(readFileSync(join(out, 'ds.csv'))).toEqual(readFileSync(`${built}.csv`));
    expect(readFileSync(join(out, 'ds.json'), 'utf8')).toBe(readFileSync(`${built}.json`, 'utf8'));
    expect(await readXlsx(join(out, 'ds.xlsx'))).toEqual(readCsv(`${built}.csv`));
    // Without --campaign: every decision, as /vinh-danh/danh-sach.csv; without --out: to stdout.
    const all = run('--content', FIXTURE, '--format', 'csv');
    expect(all.status).toBe(0);
    expect(all.stdout).toBe(readFileSync(file('vinh-danh/danh-sach.csv'), 'utf8'));

    const broken = run('--content', 'tests/fixtures/two-broken', '--format', 'csv');
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('có lỗi, chưa xuất được danh sách');
    expect(broken.stderr).toMatch(/tests\/fixtures\/two-broken\/plans\/2024\/01-kh-bcd-mau\.md:\d+:\d+ {2}issued — /);
    expect(broken.stderr).toContain('2 lỗi');

    for (const args of [['--format', 'pdf'], ['--bogus'], ['--campaign', 'khong-co', '--format', 'csv', '--content', FIXTURE], ['--format', 'xlsx']]) {
      const bad = run(...args);
      expect(bad.status, args.join(' ')).toBe(2);
      expect(bad.stderr).toContain('Cách dùng: npm run honor-roll --');
    }
  });
});

describe('honor roll without decisions', () => {
  it('still renders /vinh-danh/ saying there is none, and no campaign page', () => {
    const site = buildSite('tests/fixtures/valid-minimal', { BUILD_CLOCK: CLOCK });
    expect(site.result.status, site.result.stderr + site.result.stdout).toBe(0);
    expect(visibleText(site.page('vinh-danh'))).toContain('Chưa có quyết định khen thưởng nào');
    expect(existsSync(join(site.outDir, 'vinh-danh/phong-trao'))).toBe(false);
    expect(existsSync(join(site.outDir, 'mo-hinh/index.html'))).toBe(true);
    expect(readFileSync(join(site.outDir, 'vinh-danh/danh-sach.csv'), 'utf8')).toBe(`\uFEFF${EXPORT_HEADERS.join(',')}\r\n`);
  });
});

describe('honor roll of the shipped content', () => {
  // Others add content/honors over time: the expectations come from the site model itself.
  const model = checkSite('content', projectRoot, new Date(`${CLOCK}T00:00:00+07:00`)).model;
  let site: BuiltSite;

  beforeAll(() => {
    site = buildSite('content', { BUILD_CLOCK: CLOCK });
    expect(site.result.status, site.result.stderr + site.result.stdout).toBe(0);
  });

  it('passes the content check', () => {
    expect(model).toBeDefined();
  });

  it('has /vinh-danh/, /mo-hinh/ and the three exports', () => {
    const t = visibleText(site.page('vinh-danh'));
    expect(t).toContain('Vinh danh');
    if (model!.honors.length === 0) expect(t).toContain('Chưa có quyết định khen thưởng nào');
    expect(existsSync(join(site.outDir, 'mo-hinh/index.html'))).toBe(true);
    for (const f of ['csv', 'xlsx', 'json']) expect(existsSync(join(site.outDir, `vinh-danh/danh-sach.${f}`))).toBe(true);
  });

  it('has a decision page for each decision and a profile page for each honoree', () => {
    for (const h of model!.honors) {
      expect(visibleText(site.page(`vinh-danh/quyet-dinh/${h.id}`)), h.id).toContain('Danh sách kèm theo Quyết định');
    }
    for (const [id, honoree] of model!.honorees) {
      expect(visibleText(site.page(`vinh-danh/nguoi/${id}`)), id).toContain(honoree.name);
    }
    const rows = readCsv(join(site.outDir, 'vinh-danh/danh-sach.csv'));
    expect(rows.length - 1).toBe(model!.honors.reduce((n, h) => n + h.data.recipients.length, 0));
  });

  it('has a roll, an A→Z view and a board for each campaign with decisions, and a page per model', () => {
    for (const c of campaignsWithDecisions(model!)) {
      for (const p of [`vinh-danh/phong-trao/${c.id}`, `vinh-danh/phong-trao/${c.id}/a-z`, `vinh-danh/phong-trao/${c.id}/bang-vang`]) {
        expect(existsSync(join(site.outDir, p, 'index.html')), p).toBe(true);
      }
      expect(visibleText(site.page(`vinh-danh/phong-trao/${c.id}/bang-vang`))).toContain('BẢNG VÀNG');
    }
    for (const m of model!.models) expect(visibleText(site.page(`mo-hinh/${m.id}`))).toContain(m.data.name);
  });
});
