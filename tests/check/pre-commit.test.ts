// The pre-commit hook checks what is staged, not the working tree.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { validMinimal } from '../helpers/temp-content.ts';

const root = resolve(import.meta.dirname, '../..');

it('passes clean staged content and refuses a broken staged file, whatever the working tree says', () => {
  const repo = mkdtempSync(join(tmpdir(), 'bang-vang-hook-'));
  const run = (cmd: string, ...args: string[]) => spawnSync(cmd, args, { cwd: repo, encoding: 'utf8' });
  run('git', 'init', '-q');
  run('git', 'config', 'user.email', 't@example.vn');
  run('git', 'config', 'user.name', 'Kiểm thử');
  cpSync(validMinimal, join(repo, 'content'), { recursive: true });
  const hook = () => spawnSync(process.execPath, [join(root, 'scripts/pre-commit.ts')], { cwd: repo, encoding: 'utf8' });
  run('git', 'add', '-A');
  expect(hook().status).toBe(0);
  run('git', 'commit', '-qm', 'đầu tiên');

  const plan = join(repo, 'content/plans/2024/01-kh-bcd-mau.md');
  const good = readFileSync(plan, 'utf8');
  writeFileSync(plan, good.replace('issued: "2024-08-20"', 'issued: "2024-02-30"'));
  run('git', 'add', '-A');
  writeFileSync(plan, good); // fixed in the working tree only, not staged
  const refused = hook();
  expect(refused.status).toBe(1);
  expect(refused.stdout).toMatch(/content\/plans\/2024\/01-kh-bcd-mau\.md:\d+:\d+ {2}issued — /);
  expect(refused.stdout).toContain('git add');

  run('git', 'add', '-A');
  expect(hook().status).toBe(0);
});
