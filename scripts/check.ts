// `npm run check [DIR] [--json]`: validates every content file in one pass, build-free.
// Prints every problem as `file:line:col  field — message.`, then a summary; exits 1 on errors.
import { checkAll, contentDirFromEnv } from '../src/model/site-model.ts';
import { buildInstant } from '../src/lib/clock.ts';
import { formatProblem, summarize } from '../src/model/problems.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const dir = args.find((a) => !a.startsWith('--')) ?? contentDirFromEnv();
const result = await checkAll(dir, process.cwd(), buildInstant());
const failed = result.problems.some((p) => p.severity === 'error');
if (json) {
  console.log(JSON.stringify({ contentDir: dir, files: result.fileCount, ok: !failed, problems: result.problems }, null, 2));
} else {
  for (const p of result.problems) console.log(formatProblem(p));
  console.log(summarize(result.problems, result.fileCount));
}
process.exitCode = failed ? 1 : 0;
