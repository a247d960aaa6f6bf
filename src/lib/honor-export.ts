/**
 * Exports of the honor roll, from the very rows the pages show (src/lib/honor-roll.ts):
 * CSV (UTF-8 with BOM so Excel reads Vietnamese, RFC 4180 quoting, CRLF), a real XLSX
 * workbook (exceljs) and JSON. Only what the decision itself says: no story, no consent data,
 * no story subject.
 */
import ExcelJS from 'exceljs';
import { exportRows, exportTitle, type HonorRow, type RollModel } from './honor-roll.ts';

/** Column headings, in Vietnamese, in order. The last one says whether the decision still stands. */
export const EXPORT_HEADERS = [
  'Người/tập thể được khen',
  'Loại',
  'Hình thức',
  'Người khen thưởng',
  'Số quyết định',
  'Ngày quyết định',
  'Đơn vị',
  'Xã/phường',
  'Tỉnh/thành phố',
  'Thành tích',
  'Tình trạng quyết định',
] as const;

/** The cells of one row, in EXPORT_HEADERS order. */
export function rowCells(r: HonorRow): string[] {
  return [r.honoree, r.kindLabel, r.form, r.authority, r.decisionNumber, r.decisionDate, r.unit, r.commune, r.province, r.achievement, r.status];
}

// ---------------------------------------------------------------------------------------------
// CSV

export const BOM = '\uFEFF';

/** RFC 4180: a field with a comma, a double quote or a line break is quoted, its quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The whole file: BOM, header line, one line per row, CRLF after every line. */
export function toCsv(rows: readonly HonorRow[]): string {
  const lines = [[...EXPORT_HEADERS], ...rows.map(rowCells)].map((cells) => cells.map(csvField).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------------------------------------
// XLSX

export interface WorkbookOptions {
  /** Sheet title (Excel allows 31 characters; longer titles are cut). */
  sheetName?: string;
  /** Title stored in the workbook's properties. */
  title?: string;
  /** Creation date stored in the workbook (fixed, so the same content gives the same data). */
  created?: Date;
}

const COLUMN_WIDTHS = [30, 12, 36, 36, 16, 14, 36, 34, 30, 50, 30];

/** A real .xlsx workbook: one sheet, the header row bold and frozen, with a filter. */
export async function toXlsx(rows: readonly HonorRow[], options: WorkbookOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  const when = options.created ?? new Date(0);
  workbook.creator = 'Bảng vàng';
  workbook.created = when;
  workbook.modified = when;
  if (options.title) workbook.title = options.title;
  const name = (options.sheetName ?? 'Danh sách khen thưởng').replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = EXPORT_HEADERS.map((header, i) => ({ header, key: `c${i}`, width: COLUMN_WIDTHS[i] ?? 20 }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) sheet.addRow(rowCells(r));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: EXPORT_HEADERS.length } };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as unknown as ArrayBuffer);
}

// ---------------------------------------------------------------------------------------------
// JSON

/** One row as JSON: the same cells under English keys, plus stable ids for linking. */
export function jsonRecord(r: HonorRow) {
  return {
    honoree: r.honoree,
    honoreeId: r.honoreeId,
    kind: r.kind,
    kindLabel: r.kindLabel,
    form: r.form,
    formId: r.formId,
    authority: r.authority,
    decision: r.decisionId,
    decisionNumber: r.decisionNumber,
    decisionDate: r.decisionDate,
    decisionDateIso: r.decisionDateIso,
    unit: r.unit,
    commune: r.commune,
    province: r.province,
    achievement: r.achievement,
    campaign: r.campaignId ?? null,
    phase: r.phaseId ?? null,
    revoked: r.revoked,
    status: r.status,
  };
}
export type JsonRecord = ReturnType<typeof jsonRecord>;

/** The keys of a JSON record in EXPORT_HEADERS order (for reading it back as a table). */
export const JSON_CELL_KEYS = ['honoree', 'kindLabel', 'form', 'authority', 'decisionNumber', 'decisionDate', 'unit', 'commune', 'province', 'achievement', 'status'] as const satisfies readonly (keyof JsonRecord)[];

export function toJson(rows: readonly HonorRow[], meta: { title: string; campaign?: string }): string {
  return `${JSON.stringify({ title: meta.title, campaign: meta.campaign ?? null, columns: EXPORT_HEADERS, count: rows.length, rows: rows.map(jsonRecord) }, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------

export const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
} as const;

/** The bytes of one export format. */
export async function encodeRows(format: keyof typeof CONTENT_TYPES, rows: readonly HonorRow[], meta: { title: string; campaign?: string; created?: Date }): Promise<Uint8Array<ArrayBuffer>> {
  if (format === 'xlsx') return toXlsx(rows, { title: meta.title, created: meta.created });
  const text = format === 'csv' ? toCsv(rows) : toJson(rows, meta);
  return new TextEncoder().encode(text);
}

/**
 * One export file of the site: every decision (no campaign) or one campaign, in the order of
 * the page it comes from. The XLSX creation date is the build day, so rebuilding the same
 * content gives the same workbook data.
 */
export async function exportFile(model: RollModel, format: keyof typeof CONTENT_TYPES, campaignId: string | undefined, today: string): Promise<Uint8Array<ArrayBuffer>> {
  const rows = exportRows(model, campaignId, today);
  return encodeRows(format, rows, { title: exportTitle(model, campaignId), campaign: campaignId, created: new Date(`${today}T00:00:00Z`) });
}
