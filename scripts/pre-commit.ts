// The pre-commit check (installed by `npm run hooks`): validates the content exactly as it is
// staged, not as it sits in the working tree, so what is committed is what was checked.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkAll } from '../src/model/site-model.ts';
import { formatProblem, summarize } from '../src/model/problems.ts';
import { buildInstant } from '../src/lib/clock.ts';

const git = (...args: string[]) => spawnSync('git', args, { encoding: 'utf8' });
const staged = git('diff', '--cached', '--name-only').stdout.split('\n').filter(Boolean);
if (!staged.some((f) => f.startsWith('content/'))) process.exit(0);

const snapshot = mkdtempSync(join(tmpdir(), 'bang-vang-staged-'));
try {
  // Every tracked content file as it is in the index (staged), into a throwaway folder.
  const exported = git('checkout-index', '--all', `--prefix=${snapshot}/`);
  if (exported.status !== 0) throw new Error(exported.stderr);
  const result = await checkAll('content', snapshot, buildInstant());
  const failed = result.problems.some((p) => p.severity === 'error');
  for (const p of result.problems) console.log(formatProblem(p));
  console.log(summarize(result.problems, result.fileCount));
  if (failed) console.log('Chưa lưu (commit) được: sửa các lỗi trên, "git add" lại tệp đã sửa rồi commit lại.');
  process.exitCode = failed ? 1 : 0;
} finally {
  rmSync(snapshot, { recursive: true, force: true });
}
