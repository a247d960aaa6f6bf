// `npm run build [-- --dist DIR]`: an atomic production build. Astro writes into a fresh
// folder beside dist/; only when the whole build succeeded (the content gate before it, URL
// continuity and the inventory check after it) does that folder replace dist/. Any failure
// leaves dist/ exactly as it was, so bad input never leaves a half-built site behind.
// Extra arguments go to `astro build` (e.g. --verbose).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const at = args.indexOf('--dist');
const dist = resolve(process.cwd(), at >= 0 ? args[at + 1] : join(root, 'dist'));
const astroArgs = at >= 0 ? [...args.slice(0, at), ...args.slice(at + 2)] : args;

// Beside dist/, on the same file system, so the final rename is a rename and not a copy.
const parent = dirname(dist);
const staging = mkdtempSync(join(parent, `.${basename(dist)}-moi-`));
const cleanup = () => rmSync(staging, { recursive: true, force: true });
process.on('SIGINT', () => { cleanup(); process.exit(130); });
process.on('SIGTERM', () => { cleanup(); process.exit(143); });

const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const result = spawnSync(process.execPath, [astro, 'build', '--outDir', staging, ...astroArgs], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: process.env.ASTRO_TELEMETRY_DISABLED ?? '1' },
});

if (result.status !== 0) {
  cleanup();
  const previous = existsSync(dist) ? `${dist} giữ nguyên bản dựng trước` : `chưa có ${dist}`;
  console.error(`\nBản dựng thất bại (mã ${result.status ?? result.signal}): ${previous}. Sửa các lỗi ở trên rồi chạy lại "npm run build".`);
  process.exit(result.status || 1);
}

// Swap: the old output steps aside, the new one takes its name, the old one is removed.
const old = `${staging}-cu`;
if (existsSync(dist)) renameSync(dist, old);
renameSync(staging, dist);
rmSync(old, { recursive: true, force: true });
console.log(`\nĐã thay ${dist} bằng bản dựng mới.`);
