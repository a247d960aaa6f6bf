// Export encoders: CSV (BOM, RFC 4180 quoting, CRLF), a real XLSX read back with exceljs, JSON.
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { EXPORT_HEADERS, JSON_CELL_KEYS, csvField, exportFile, rowCells, toCsv, toJson, toXlsx } from '../../src/lib/honor-export.ts';
import { exportRows, type HonorRow } from '../../src/lib/honor-roll.ts';
import { checkSite } from '../../src/model/site-model.ts';

const row = (over: Partial<HonorRow>): HonorRow => ({
  decisionId: 'qd-1', index: 0, honoreeId: 'tran-van-an', honoree: 'Trần Văn An', kind: 'individual', kindLabel: 'cá nhân',
  formId: 'bang-khen', form: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', rank: 21,
  authority: 'Chủ tịch Ủy ban nhân dân tỉnh (Ủy ban nhân dân tỉnh Kiên Giang)', decisionNumber: '125/QĐ-UBND',
  decisionDate: '10/03/2025', decisionDateIso: '2025-03-10', year: 2025, unit: 'Công an viên, Công an xã Thạnh Đông',
  commune: 'xã Thạnh Đông, huyện Tân Hiệp (nay thuộc xã Tân Hiệp)', province: 'tỉnh Kiên Giang (nay thuộc tỉnh An Giang)',
  provinceId: 'kien-giang', achievement: 'Đã dũng cảm bắt giữ đối tượng', campaignId: 'thi-dua', phaseId: 'dot-1',
  revoked: false, status: 'Còn hiệu lực', stories: ['bai-rieng-tu'], ...over,
});
const rows = [
  row({}),
  row({ honoree: 'Tổ "Camera an ninh" ấp Kinh Làng', kind: 'collective', kindLabel: 'tập thể', decisionNumber: 'chưa rõ số', achievement: 'Dòng một\ndòng hai, có dấu phẩy' }),
  row({ honoree: 'Phạm Văn Cường', revoked: true, status: 'Đã thu hồi ngày 01/05/2025: Khai không đúng thành tích' }),
];

describe('CSV', () => {
  it('quotes only what RFC 4180 requires, doubling quotes', () => {
    expect(csvField('Trần Văn An')).toBe('Trần Văn An');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('Tổ "Camera"')).toBe('"Tổ ""Camera"""');
    expect(csvField('dòng\nhai')).toBe('"dòng\nhai"');
    expect(csvField('')).toBe('');
  });

  it('starts with a UTF-8 BOM, ends every line with CRLF, and has the Vietnamese header', () => {
    const csv = toCsv(rows);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv.split('\r\n')[0]).toBe('\uFEFFNgười/tập thể được khen,Loại,Hình thức,Người khen thưởng,Số quyết định,Ngày quyết định,Đơn vị,Xã/phường,Tỉnh/thành phố,Thành tích,Tình trạng quyết định');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('"Tổ ""Camera an ninh"" ấp Kinh Làng"');
  });

  it('reads back with a real CSV parser as the same cells', () => {
    const back = parse(toCsv(rows), { bom: true }) as string[][];
    expect(back[0]).toEqual([...EXPORT_HEADERS]);
    expect(back.slice(1)).toEqual(rows.map(rowCells));
  });

  it('never carries story ids or anything beyond the decision', () => {
    expect(toCsv(rows)).not.toContain('bai-rieng-tu');
    expect(toJson(rows, { title: 't' })).not.toContain('bai-rieng-tu');
  });
});

describe('XLSX', () => {
  it('is a real workbook that exceljs reads back as the same cells', async () => {
    const bytes = await toXlsx(rows, { sheetName: 'Danh sách', title: 'Danh sách khen thưởng', created: new Date('2026-01-15T00:00:00Z') });
    expect(Buffer.from(bytes.slice(0, 2)).toString()).toBe('PK');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer);
    const sheet = book.getWorksheet('Danh sách')!;
    expect(sheet.rowCount).toBe(rows.length + 1);
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1).map((v) => (v ?? '') as string);
    expect(values(1)).toEqual([...EXPORT_HEADERS]);
    rows.forEach((r, i) => expect(values(i + 2)).toEqual(rowCells(r)));
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(book.title).toBe('Danh sách khen thưởng');
    expect(book.created.toISOString()).toBe('2026-01-15T00:00:00.000Z');
  });

  it('cuts a sheet name to the 31 characters Excel allows and drops forbidden characters', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await toXlsx([], { sheetName: 'Phong trào: thi đua/đợt 1 [mẫu] rất rất dài' })).buffer);
    expect(book.worksheets[0].name).toBe('Phong trào  thi đua đợt 1  mẫu ');
  });
});

describe('JSON', () => {
  it('lists the columns and one record per row, whose cells match the CSV', () => {
    const json = JSON.parse(toJson(rows, { title: 'Danh sách', campaign: 'thi-dua' }));
    expect(json).toMatchObject({ title: 'Danh sách', campaign: 'thi-dua', count: 3, columns: [...EXPORT_HEADERS] });
    expect(json.rows.map((r: Record<string, string>) => JSON_CELL_KEYS.map((k) => r[k]))).toEqual(rows.map(rowCells));
    expect(json.rows[2]).toMatchObject({ revoked: true, decision: 'qd-1', honoreeId: 'tran-van-an', decisionDateIso: '2025-03-10' });
    expect(Object.keys(json.rows[0])).not.toContain('stories');
  });
});

describe('exportFile over the fixture site', () => {
  const model = checkSite('tests/fixtures/honors-roll', process.cwd(), new Date('2026-01-15T00:00:00+07:00')).model!;

  it('encodes the campaign rows in the campaign page order in every format', async () => {
    const expected = exportRows(model, 'thi-dua-mau', '2026-01-15').map(rowCells);
    expect(expected.map((r) => r[0])).toEqual(['Trần Văn An', 'Lê Thị Bình', 'Lê Thị Bình', 'Công an xã Thạnh Đông', 'Tổ "Camera an ninh" ấp Kinh Làng', 'Phạm Văn Cường']);
    const csv = parse(new TextDecoder().decode(await exportFile(model, 'csv', 'thi-dua-mau', '2026-01-15')), { bom: true }) as string[][];
    expect(csv.slice(1)).toEqual(expected);
    const json = JSON.parse(new TextDecoder().decode(await exportFile(model, 'json', 'thi-dua-mau', '2026-01-15')));
    expect(json.rows.map((r: Record<string, string>) => JSON_CELL_KEYS.map((k) => r[k]))).toEqual(expected);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await exportFile(model, 'xlsx', 'thi-dua-mau', '2026-01-15')).buffer);
    expect(book.worksheets[0].getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1).map((v) => v ?? ''))).toEqual(expected);
  });

  it('exports every decision, newest first, when no campaign is given', () => {
    expect(exportRows(model, undefined, '2026-01-15').map((r) => r.decisionId)).toEqual(['45-qd-cat', 'qd-bang-khen-kien-giang', 'qd-bang-khen-kien-giang', '1250-qd-cat', '1250-qd-cat', '1250-qd-cat']);
  });
});
