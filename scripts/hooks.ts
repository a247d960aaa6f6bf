// `npm run hooks`: installs the pre-commit hook that checks staged content (scripts/pre-commit.ts).
// A plain git hook file: no extra tool, and it runs on the project's own Node through npm.
import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const hooksDir = spawnSync('git', ['rev-parse', '--git-path', 'hooks'], { encoding: 'utf8' }).stdout.trim();
if (!hooksDir || !existsSync(hooksDir)) {
  console.error('Không tìm thấy thư mục .git: chạy lệnh này trong bản sao kho mã (git clone).');
  process.exit(1);
}
const hook = join(hooksDir, 'pre-commit');
writeFileSync(hook, '#!/bin/sh\n# Cài bởi "npm run hooks": kiểm tra nội dung đã "git add" trước khi commit.\nexec npm run --silent pre-commit\n');
chmodSync(hook, 0o755);
console.log(`Đã cài kiểm tra trước khi commit: ${hook}`);
