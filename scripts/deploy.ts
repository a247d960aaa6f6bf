// `npm run deploy -- --target DIR [--keep N] [--url URL] [--dist DIR]`: publishes dist/ as a new
// release under DIR/releases/ and switches DIR/current to it atomically, keeping the last N
// releases (default 5). With --url (the live server, e.g. nginx with deploy/nginx/site.conf)
// the smoke test runs after the switch, and a failure switches back to the previous release.
//   npm run deploy -- --target DIR --rollback [--url URL]   back to the previous release
//   npm run deploy -- --target DIR --smoke --url URL        the smoke test alone
// The build needs no secrets; this step only copies files and never runs the build itself.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { addRelease, currentRelease, listReleases, markFailed, previousRelease, pruneReleases, releaseName, switchTo } from '../src/lib/releases.ts';
import { nginxMaps } from '../src/integrations/url-manifest.ts';
import { smokeTest, type SmokeOptions } from '../src/lib/smoke-test.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const target = option('--target');
if (!target) {
  console.error('Thiếu --target THƯ-MỤC (nơi chứa releases/ và liên kết current mà nginx phục vụ).');
  process.exit(2);
}
const root = resolve(target);
const keep = Number(option('--keep') ?? 5);
const url = option('--url');
const dist = resolve(option('--dist') ?? 'dist');

function commit(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** A redirect and a removed page of the release, for the smoke test to try. */
function samples(release: string): SmokeOptions {
  const maps = nginxMaps(release);
  const redirect = /^(\/\S*\/) (\S+);$/m.exec(maps.redirects);
  const gone = /^(\/\S*\/) 1;$/m.exec(maps.gone);
  return { redirect: redirect ? { from: redirect[1], to: redirect[2] } : undefined, gone: gone?.[1] };
}

async function smoke(release: string): Promise<boolean> {
  if (!url) {
    console.log('Không có --url: bỏ qua kiểm tra nhanh qua HTTP.');
    return true;
  }
  console.log(`Kiểm tra nhanh ${url} …`);
  const steps = await smokeTest(url, samples(release));
  for (const s of steps) console.log(`  ${s.ok ? 'đạt ' : 'LỖI '} ${s.name}: ${s.detail}`);
  const failed = steps.filter((s) => !s.ok).length;
  console.log(`smoke: ${steps.length - failed} passed, ${failed} failed`);
  return failed === 0;
}

if (args.includes('--smoke')) {
  const current = currentRelease(root);
  process.exit((await smoke(current ? join(root, 'releases', current) : dist)) ? 0 : 1);
}

if (args.includes('--rollback')) {
  const from = currentRelease(root);
  const to = previousRelease(root);
  if (!to) {
    console.error(`Không có bản phát hành nào trước ${from ?? '(chưa phát hành)'} để quay lại. Các bản hiện có: ${listReleases(root).join(', ') || '(không có)'}.`);
    process.exit(1);
  }
  switchTo(root, to);
  console.log(`Đã quay lại ${to} (trước đó: ${from}).`);
  process.exit((await smoke(join(root, 'releases', to))) ? 0 : 1);
}

if (!existsSync(join(dist, 'index.html')) || readdirSync(dist).length === 0) {
  console.error(`Không thấy bản dựng trong ${dist}. Chạy "npm run build" trước.`);
  process.exit(1);
}
const before = currentRelease(root);
const name = addRelease(root, dist, releaseName(new Date(), commit()));
switchTo(root, name);
console.log(`Đã phát hành ${name}: ${join(root, 'current')} → releases/${name}${before ? ` (trước đó: ${before})` : ''}.`);
if (!(await smoke(join(root, 'releases', name)))) {
  if (before) {
    switchTo(root, before);
    const failed = markFailed(root, name);
    console.error(`Kiểm tra nhanh thất bại: đã quay lại ${before}. Bản lỗi được cất ở releases/${failed} để xem.`);
  } else {
    console.error(`Kiểm tra nhanh thất bại, và không có bản phát hành trước để quay lại: ${name} vẫn đang chạy.`);
  }
  process.exit(1);
}
const removed = pruneReleases(root, Math.max(keep, 2));
if (removed.length) console.log(`Đã xóa ${removed.length} bản phát hành cũ (giữ ${Math.max(keep, 2)}): ${removed.join(', ')}.`);
console.log(`Quay lại bản trước: npm run deploy -- --target ${target} --rollback`);
