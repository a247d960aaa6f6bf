// `npm run fixtures -- --stories N --honors M --seed S --out DIR [--photos 0.05]`: writes a
// complete synthetic content folder (settings, localities, award forms, campaigns, plans,
// N stories with photos, M honor decisions) that passes `npm run check DIR`. Same arguments,
// same bytes. Refuses to write inside content/ (or into a folder it did not create).
import { generateFixtures } from '../src/lib/fixtures/generate.ts';

const USAGE = 'Cách dùng: npm run fixtures -- --stories 1000 --honors 50 --seed 1 --out .cache/fixtures [--photos 0.05]';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const args = process.argv.slice(2);
const flags: Record<string, string> = {};
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--help' || a === '-h') {
    console.log(USAGE);
    process.exit(0);
  }
  const m = /^--([a-z]+)(?:=(.*))?$/.exec(a);
  if (!m || !['stories', 'honors', 'seed', 'out', 'photos'].includes(m[1])) fail(`Không hiểu tham số "${a}".\n${USAGE}`);
  const value = m[2] ?? args[++i];
  if (value === undefined) fail(`Thiếu giá trị cho --${m[1]}.\n${USAGE}`);
  flags[m[1]] = value;
}
const int = (name: string, fallback?: number) => {
  const raw = flags[name];
  if (raw === undefined) {
    if (fallback === undefined) fail(`Thiếu --${name}.\n${USAGE}`);
    return fallback;
  }
  if (!/^\d+$/.test(raw)) fail(`--${name} phải là số nguyên không âm (nhận "${raw}")`);
  return Number(raw);
};
const stories = int('stories');
const honors = int('honors', Math.round(stories / 20));
const photos = flags.photos === undefined ? 0.05 : Number(flags.photos);
if (!(photos >= 0 && photos <= 1)) fail('--photos phải là tỉ lệ từ 0 đến 1, ví dụ 0.05');
if (!flags.out) fail(`Thiếu --out.\n${USAGE}`);

const started = performance.now();
try {
  const s = await generateFixtures({ stories, honors, seed: flags.seed ?? '1', out: flags.out, photoShare: photos });
  console.log(`Đã tạo ${s.files} tệp trong ${flags.out}: ${s.stories} bài (${s.photos} ảnh), ${s.honors} quyết định khen thưởng, ${s.localities} địa bàn (${((performance.now() - started) / 1000).toFixed(1)} s).`);
  console.log(`Kiểm tra: npm run check ${flags.out}`);
} catch (error) {
  fail((error as Error).message);
}
