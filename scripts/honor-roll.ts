// `npm run honor-roll -- [--campaign <mã>] --format csv|xlsx|json [--out TỆP] [--content THƯ-MỤC]`
// Writes the honor roll (one campaign, or every decision) as CSV, XLSX or JSON: the same rows,
// in the same order, as the site's pages and downloadable files. Content is checked first with
// the site model; on errors it prints the checker's Vietnamese report and exits 1.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildDay, buildInstant } from '../src/lib/clock.ts';
import { EXPORT_FORMATS, campaignsWithDecisions, exportRows, type ExportFormat } from '../src/lib/honor-roll.ts';
import { exportFile } from '../src/lib/honor-export.ts';
import { formatProblem, summarize } from '../src/model/problems.ts';
import { checkSite, contentDirFromEnv } from '../src/model/site-model.ts';

const USAGE = `Cách dùng: npm run honor-roll -- [--campaign <mã phong trào>] --format csv|xlsx|json [--out <tệp>] [--content <thư mục nội dung>]

  --campaign  mã phong trào (tên tệp trong content/campaigns/); bỏ trống thì xuất mọi quyết định
  --format    csv (UTF-8 có BOM), xlsx (Excel) hoặc json
  --out       tệp sẽ ghi; bỏ trống thì in ra màn hình (không dùng được với xlsx)
  --content   thư mục nội dung (mặc định: biến CONTENT_DIR hoặc "content")

Ví dụ: npm run honor-roll -- --campaign toan-dan-bao-ve-an-ninh-to-quoc --format xlsx --out bang-vang.xlsx`;

function usage(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    args: process.argv.slice(2),
    strict: true,
    allowPositionals: false,
    options: {
      campaign: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      content: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  const detail = (error as Error).message.match(/'([^']+)'/)?.[1];
  usage(`Tham số không hợp lệ${detail ? `: ${detail}` : ''}.`);
}

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const format = values.format as ExportFormat | undefined;
if (!format) usage('Thiếu --format (csv, xlsx hoặc json).');
if (!EXPORT_FORMATS.includes(format)) usage(`Định dạng "${format}" không có. Chọn csv, xlsx hoặc json.`);
if (format === 'xlsx' && !values.out) usage('Tệp Excel (xlsx) cần --out <tệp>.');

const dir = values.content ?? contentDirFromEnv();
const result = checkSite(dir, process.cwd(), buildInstant());
if (!result.model) {
  console.error(`Nội dung trong "${dir}" có lỗi, chưa xuất được danh sách:\n`);
  for (const p of result.problems) console.error(formatProblem(p));
  console.error(summarize(result.problems, result.fileCount));
  process.exit(1);
}
const model = result.model;
const today = buildDay();
if (values.campaign !== undefined && !campaignsWithDecisions(model).some((c) => c.id === values.campaign)) {
  const known = campaignsWithDecisions(model).map((c) => c.id);
  usage(`Không có quyết định khen thưởng nào của phong trào "${values.campaign}". ${known.length ? `Các phong trào có quyết định: ${known.join(', ')}.` : 'Chưa có quyết định khen thưởng nào.'}`);
}

const bytes = await exportFile(model, format, values.campaign, today);
if (values.out) {
  writeFileSync(values.out, bytes);
  console.error(`Đã ghi ${exportRows(model, values.campaign, today).length} dòng vào ${values.out}.`);
} else {
  process.stdout.write(bytes);
}
