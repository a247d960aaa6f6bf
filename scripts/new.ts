// `npm run new -- story|honor|plan|model|campaign [--title "…"] [--year 2025] [--out DIR]`:
// creates a new entry with every required field explained, then runs the checker on the content
// folder. Asks in Vietnamese for what the flags leave out when run at a keyboard; in a script it
// takes flags only and says which one is missing.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { buildInstant } from '../src/lib/clock.ts';
import { isoDayInVietnam } from '../src/lib/partial-date.ts';
import {
  KIND_NAMES, SCAFFOLD_KINDS, ScaffoldError, collectionFolder, defaultCampaign, formsGrantableToday, scaffold,
  type ScaffoldContext, type ScaffoldKind, type ScaffoldRequest,
} from '../src/lib/scaffold.ts';
import { entryId } from '../src/model/entry-id.ts';
import { loadContent } from '../src/model/load-content.ts';
import { formatProblem, summarize } from '../src/model/problems.ts';
import { checkAll, contentDirFromEnv } from '../src/model/site-model.ts';

const USAGE = `Cách dùng: npm run new -- ${SCAFFOLD_KINDS.join('|')} [--title "Tiêu đề"] [--year 2025] [--out THƯ-MỤC-NỘI-DUNG]
  Tùy chọn thêm: --campaign MÃ (kế hoạch, bài viết), --locality MÃ, --form MÃ và --recipient "Tên" (quyết định khen thưởng)`;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const FLAGS = ['title', 'year', 'out', 'campaign', 'locality', 'form', 'recipient'] as const;
type Flag = (typeof FLAGS)[number];

const args = process.argv.slice(2);
const flags: Partial<Record<Flag, string>> = {};
const positional: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--help' || a === '-h') {
    console.log(USAGE);
    process.exit(0);
  }
  const m = /^--([a-z]+)(?:=(.*))?$/.exec(a);
  if (m) {
    if (!(FLAGS as readonly string[]).includes(m[1])) fail(`Không hiểu tùy chọn "${a}".\n${USAGE}`);
    const value = m[2] ?? args[++i];
    if (value === undefined) fail(`Thiếu giá trị sau --${m[1]}.\n${USAGE}`);
    flags[m[1] as Flag] = value;
  } else {
    positional.push(a);
  }
}
const kind = positional[0] as ScaffoldKind | undefined;
if (!kind || !(SCAFFOLD_KINDS as readonly string[]).includes(kind)) {
  fail(`${kind ? `Không có loại nội dung "${kind}". ` : 'Thiếu loại nội dung cần tạo. '}Chọn một trong: ${SCAFFOLD_KINDS.map((k) => `${k} (${KIND_NAMES[k]})`).join(', ')}.\n${USAGE}`);
}

const contentDir = flags.out ?? contentDirFromEnv();
if (!existsSync(contentDir)) fail(`Không có thư mục nội dung "${contentDir}". Kiểm tra --out hoặc biến CONTENT_DIR.`);
const loaded = loadContent(contentDir, process.cwd());
const ctx: ScaffoldContext = {
  today: isoDayInVietnam(buildInstant()),
  settings: loaded.settings?.data,
  localities: loaded.localities.map((l) => l.data),
  campaigns: loaded.campaigns.map((c) => ({ id: c.id, data: c.data })),
  awardForms: loaded.awardForms.map((f) => f.data),
};

const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
const request: ScaffoldRequest = {
  kind,
  title: flags.title ?? '',
  year: flags.year === undefined ? undefined : Number(flags.year),
  campaign: flags.campaign,
  locality: flags.locality,
  form: flags.form,
  recipient: flags.recipient,
};
if (flags.year !== undefined && !/^\d{4}$/.test(flags.year)) fail(`Năm "${flags.year}" không hợp lệ. Ghi năm bốn chữ số, ví dụ --year 2025.`);

if (interactive) {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: false });
  const answers = rl[Symbol.asyncIterator]();
  const ask = async (question: string, fallback?: string): Promise<string> => {
    process.stdout.write(fallback ? `${question} [${fallback}]: ` : `${question}: `);
    const next = await answers.next();
    if (next.done) fail('\nĐã dừng: không tạo mục nào.');
    const answer = String(next.value).normalize('NFC').trim();
    return answer || fallback || '';
  };
  const choose = async (question: string, options: { id: string; label: string }[], fallback?: string): Promise<string | undefined> => {
    if (options.length === 0) return undefined;
    console.log(question);
    options.forEach((o, i) => console.log(`  ${i + 1}. ${o.id} — ${o.label}`));
    const answer = await ask('Chọn số thứ tự hoặc gõ mã', fallback);
    const n = Number(answer);
    return Number.isInteger(n) && n >= 1 && n <= options.length ? options[n - 1].id : answer || undefined;
  };
  while (!request.title.trim()) request.title = await ask(`Tiêu đề ${KIND_NAMES[kind]}`);
  if (kind === 'story' || kind === 'plan' || kind === 'honor') {
    if (request.year === undefined) request.year = Number(await ask('Năm (thư mục năm)', ctx.today.slice(0, 4)));
  }
  if (kind === 'plan' && !request.campaign) {
    request.campaign = await choose('Kế hoạch thuộc phong trào nào?', ctx.campaigns.map((c) => ({ id: c.id, label: c.data.name })), defaultCampaign(ctx)?.id);
  }
  if (kind === 'honor') {
    if (!request.form) request.form = await choose('Hình thức khen thưởng?', formsGrantableToday(ctx).map((f) => ({ id: f.id, label: f.name })), formsGrantableToday(ctx)[0]?.id);
    if (!request.recipient) request.recipient = (await ask('Tên người hoặc tập thể được khen (như trong quyết định; để trống nếu chưa có)')) || undefined;
  }
  rl.close();
} else if (!request.title.trim()) {
  fail(`Thiếu tiêu đề: thêm --title "…" (lệnh không chạy ở cửa sổ dòng lệnh nên không hỏi được).\n${USAGE}`);
}

let result;
try {
  result = scaffold(request, ctx);
} catch (error) {
  if (error instanceof ScaffoldError) fail(`${error.message}.`);
  throw error;
}

// Refuse to overwrite, and refuse the same id in another year folder (it would be a duplicate).
const target = join(contentDir, result.path);
const folder = join(contentDir, collectionFolder(kind));
const walk = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)])) : []);
const clash = existsSync(target) ? target : walk(folder).find((f) => /\.(md|mdx|yaml)$/.test(f) && entryId(relative(folder, f)) === result.id);
if (clash) fail(`Đã có mục "${result.id}" (${clash}): không ghi đè. Đổi tiêu đề (tên tệp lấy từ tiêu đề) hoặc sửa tệp có sẵn.`);

mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, result.text);
console.log(`Đã tạo ${KIND_NAMES[kind]}: ${target}`);
for (const note of result.notes) console.log(`  - ${note}`);
for (const p of result.placeholders) console.log(`  - Chưa điền được ${p.field}: ${p.reason}. Công cụ kiểm tra sẽ báo lỗi ở dòng này cho tới khi điền.`);

const check = await checkAll(contentDir, process.cwd(), buildInstant());
console.log('');
console.log(`Kết quả kiểm tra thư mục ${contentDir}:`);
for (const p of check.problems) console.log(formatProblem(p));
console.log(summarize(check.problems, check.fileCount));
