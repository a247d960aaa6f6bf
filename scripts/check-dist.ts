// `npm run check:dist [-- DIR]`: the security check of a built site (default dist/): no
// third-party resource, no inline script except JSON-LD, no inline style, no event-handler
// attribute or javascript: URL, no image with EXIF/GPS and no copy of a photo original.
// Exits 1 on any problem. See src/lib/dist-security.ts and docs/trust.md.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkDist } from '../src/lib/dist-security.ts';
import { checkSite, contentDirFromEnv } from '../src/model/site-model.ts';
import { buildInstant } from '../src/lib/clock.ts';

const dir = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist');
if (!existsSync(dir)) {
  console.error(`Không có thư mục ${dir}. Chạy "npm run build" trước.`);
  process.exit(1);
}
const contentDir = contentDirFromEnv();
const site = process.env.SITE_URL?.trim() || checkSite(contentDir, process.cwd(), buildInstant()).model?.settings.baseUrl;
const problems = await checkDist(dir, { site, contentDir });
for (const p of problems) console.log(`${p.file}: ${p.message}`);
console.log(problems.length ? `\n${problems.length} vấn đề an toàn trong ${dir}.` : `Không có vấn đề an toàn nào trong ${dir} (tài nguyên ngoài, mã nội tuyến, thuộc tính sự kiện, EXIF/GPS).`);
process.exitCode = problems.length ? 1 : 0;
