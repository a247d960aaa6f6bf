/**
 * Exports of the honor roll, from the very rows the pages show (src/lib/honor-roll.ts):
 * CSV (UTF-8 with BOM so Excel reads Vietnamese, RFC 4180 quoting, CRLF), a real XLSX
 * workbook (exceljs) and JSON. Only what the decision itself says: no story, no consent data,
 * no story subject.
 */
import ExcelJS from 'exceljs';
import { exportRows, exportTitle, type HonorRow, type RollModel } from './honor-roll.ts';
import { latestDay, partial } from './partial-date.ts';

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
  // exceljs (JSZip) stamps every zip entry with the current time: use the workbook date, so
  // the same content always gives the same bytes (reproducible builds).
  return stampZipEntries(new Uint8Array(buffer as unknown as ArrayBuffer), when);
}

/** DOS date and time (local fields, 2-second precision) as ZIP stores them; 1980 at the earliest. */
function dosDateTime(date: Date): { time: number; day: number } {
  const d = date.getUTCFullYear() < 1980 ? new Date(Date.UTC(1980, 0, 1)) : date;
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
    day: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

/**
 * Sets the modification date of every entry of a ZIP archive (local headers and central
 * directory) to `date`. The date is not part of any checksum, so the archive stays valid.
 */
export function stampZipEntries(zip: Uint8Array<ArrayBuffer>, date: Date): Uint8Array<ArrayBuffer> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const { time, day } = dosDateTime(date);
  for (let i = 0; i + 30 <= zip.length; ) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) {
      // Local file header: time at +10, date at +12; then name, extra and the data.
      view.setUint16(i + 10, time, true);
      view.setUint16(i + 12, day, true);
      const flags = view.getUint16(i + 6, true);
      const compressed = view.getUint32(i + 18, true);
      const next = i + 30 + view.getUint16(i + 26, true) + view.getUint16(i + 28, true);
      // With a data descriptor (flag bit 3) the sizes follow the data: find the next header.
      i = flags & 0x08 ? next : next + compressed;
      if (flags & 0x08) {
        while (i + 4 <= zip.length && ![0x04034b50, 0x02014b50].includes(view.getUint32(i, true))) i++;
      }
    } else if (sig === 0x02014b50) {
      // Central directory header: time at +12, date at +14.
      view.setUint16(i + 12, time, true);
      view.setUint16(i + 14, day, true);
      i += 46 + view.getUint16(i + 28, true) + view.getUint16(i + 30, true) + view.getUint16(i + 32, true);
    } else {
      break; // end of central directory
    }
  }
  return zip;
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
 * the page it comes from. The XLSX dates (workbook and zip entries) are the newest decision's
 * last day, a content date: the same content gives the same bytes, whatever the build day.
 */
export async function exportFile(model: RollModel, format: keyof typeof CONTENT_TYPES, campaignId: string | undefined, today: string): Promise<Uint8Array<ArrayBuffer>> {
  const rows = exportRows(model, campaignId, today);
  return encodeRows(format, rows, { title: exportTitle(model, campaignId), campaign: campaignId, created: contentDate(rows) });
}

/** Midnight UTC of the latest day any row's decision date can mean (2000-01-01 with no rows). */
export function contentDate(rows: readonly HonorRow[]): Date {
  const last = rows.map((r) => latestDay(partial(r.decisionDateIso))).sort().at(-1) ?? '2000-01-01';
  return new Date(`${last}T00:00:00Z`);
}
