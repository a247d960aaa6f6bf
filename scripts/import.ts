// `npm run import -- plan FILE.txt [--out PATH]`: turns the plain text of an official plan (pasted
// from a PDF, Word or an OCR scan) into a plan entry. Fields it cannot find are left as marked
// placeholders ("<<CẦN ĐIỀN: …>>") that the checker rejects; they are listed on stderr.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { buildInstant } from '../src/lib/clock.ts';
import { isoDayInVietnam } from '../src/lib/partial-date.ts';
import { describeResult, importPlan, renderPlanFile } from '../src/lib/plan-import/index.ts';
import { entryId } from '../src/model/entry-id.ts';
import { loadContent } from '../src/model/load-content.ts';
import { formatProblem, summarize } from '../src/model/problems.ts';
import { checkAll, contentDirFromEnv } from '../src/model/site-model.ts';

const USAGE = 'Cách dùng: npm run import -- plan TỆP.txt [--out ĐƯỜNG-DẪN]';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const args = process.argv.slice(2);
const positional: string[] = [];
let out: string | undefined;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--out') out = args[++i] ?? fail(`Thiếu đường dẫn sau --out. ${USAGE}`);
  else if (args[i].startsWith('--out=')) out = args[i].slice(6);
  else if (args[i].startsWith('--')) fail(`Không hiểu tùy chọn "${args[i]}". ${USAGE}`);
  else positional.push(args[i]);
}
const [kind, file] = positional;
if (kind !== 'plan') fail(kind ? `Hiện chỉ nhập được kế hoạch ("plan"), không nhập được "${kind}". ${USAGE}` : USAGE);
if (!file) fail(`Thiếu tệp văn bản cần nhập. ${USAGE}`);
if (!existsSync(file)) fail(`Không có tệp "${file}". Kiểm tra đường dẫn.`);

const contentDir = contentDirFromEnv();
const loaded = loadContent(contentDir, process.cwd());
const today = isoDayInVietnam(buildInstant());
const result = importPlan(readFileSync(file, 'utf8'), {
  localities: loaded.localities.map((l) => l.data),
  awardForms: loaded.awardForms.map((f) => f.data),
  campaigns: loaded.campaigns.map((c) => ({ id: c.id, data: c.data })),
  sourceFile: `${basename(dirname(resolve(file)))}/${basename(file)}`,
  fallbackYear: Number(today.slice(0, 4)),
});

let target = out ?? join(contentDir, result.path);
if (out && (out.endsWith('/') || (existsSync(out) && statSync(out).isDirectory()))) target = join(out, basename(result.path));
if (existsSync(target)) fail(`Đã có tệp "${target}": không ghi đè. Xóa hoặc đổi tên tệp đó, hoặc chọn chỗ khác bằng --out.`);
// Inside the content folder the id must be new too (the same slug in another year is a duplicate).
const rel = relative(resolve(contentDir), resolve(target));
const inContent = !rel.startsWith('..') && !isAbsolute(rel);
const id = entryId(basename(target));
const twin = inContent ? loaded.plans.find((p) => p.id === id) : undefined;
if (twin && resolve(twin.absPath) !== resolve(target)) fail(`Đã có kế hoạch "${id}" (${twin.file}): không tạo bản trùng mã. Đổi tên tệp bằng --out hoặc sửa kế hoạch có sẵn.`);

mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, renderPlanFile(result));
console.log(`Đã tạo ${target}`);
for (const line of describeResult(result)) console.error(line);

// When the entry is inside the content folder, show what the checker says about it now.
if (inContent) {
  const check = await checkAll(contentDir, process.cwd(), buildInstant());
  console.log('');
  console.log(`Kết quả kiểm tra thư mục ${contentDir}:`);
  for (const p of check.problems) console.log(formatProblem(p));
  console.log(summarize(check.problems, check.fileCount));
}
