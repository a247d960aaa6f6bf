import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const VALID = 'tests/fixtures/valid-minimal';
const BROKEN = 'tests/fixtures/two-broken';
const BAD_DATE = `${BROKEN}/plans/2024/01-kh-bcd-mau.md`;
const NO_CAMPAIGN = `${BROKEN}/plans/2024/02-kh-bcd-mau.md`;

/** Runs `npm run check` the way an editor does; process.execPath is vitest's Node 24. */
function check(args: string[], env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(process.execPath, ['scripts/check.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: '', ...env },
  });
  expect(run.stderr).toBe('');
  return { code: run.status, out: run.stdout };
}

/** "file:line:col" of the first line of `file` that starts with `prefix`. */
function at(file: string, prefix: string): string {
  const lines = readFileSync(`${root}/${file}`, 'utf8').split('\n');
  const index = lines.findIndex((l) => l.startsWith(prefix));
  expect(index, `${prefix} in ${file}`).toBeGreaterThanOrEqual(0);
  return `${file}:${index + 1}:${prefix.length + 1}`;
}

describe('npm run check', () => {
  it('passes on the shipped content', () => {
    const { code, out } = check(['content']);
    expect(out).toMatch(/^Đã kiểm tra \d+ tệp: không có lỗi\.$/m);
    expect(code).toBe(0);
  });

  it('passes on the minimal valid fixture', () => {
    const { code, out } = check([VALID]);
    expect(out.trim()).toBe('Đã kiểm tra 5 tệp: không có lỗi.');
    expect(code).toBe(0);
  });

  describe('on two broken plans', () => {
    it('names both files with line, column and field, in Vietnamese, and exits 1', () => {
      const { code, out } = check([BROKEN]);
      const lines = out.trim().split('\n');
      expect(lines).toHaveLength(3);
      expect(lines[0]).toMatch(/^\S+:\d+:\d+ {2}issued — Ngày ban hành \(issued\) không phải ngày có thật\./);
      expect(lines[0].startsWith(`${at(BAD_DATE, 'issued: ')}  `)).toBe(true);
      expect(lines[1]).toMatch(/^\S+:\d+:\d+ {2}campaign — Không có phong trào "phong-trao-khong-co"/);
      expect(lines[1].startsWith(`${at(NO_CAMPAIGN, 'campaign: ')}  `)).toBe(true);
      expect(lines[2]).toBe('Đã kiểm tra 6 tệp: 2 lỗi, 0 cảnh báo. Sửa các lỗi trên rồi chạy lại "npm run check".');
      expect(code).toBe(1);
    });

    it('gives the same two problems as JSON with --json', () => {
      const { code, out } = check([BROKEN, '--json']);
      const report = JSON.parse(out);
      expect(report).toMatchObject({ contentDir: BROKEN, files: 6, ok: false });
      expect(report.problems).toHaveLength(2);
      expect(report.problems).toMatchObject([
        { file: BAD_DATE, field: 'issued', severity: 'error', message: expect.stringContaining('không phải ngày có thật') },
        { file: NO_CAMPAIGN, field: 'campaign', severity: 'error', message: expect.stringContaining('Không có phong trào') },
      ]);
      const where = (p: { file: string; line: number; column: number }) => `${p.file}:${p.line}:${p.column}`;
      expect(report.problems.map(where)).toEqual([at(BAD_DATE, 'issued: '), at(NO_CAMPAIGN, 'campaign: ')]);
      expect(code).toBe(1);
    });
  });

  it('reads CONTENT_DIR when no folder is given', () => {
    const broken = check([], { CONTENT_DIR: BROKEN });
    expect(broken.out).toContain(BAD_DATE);
    expect(broken.out).toContain('2 lỗi');
    expect(broken.code).toBe(1);
    const valid = check(['--json'], { CONTENT_DIR: VALID });
    expect(JSON.parse(valid.out)).toMatchObject({ contentDir: VALID, files: 5, ok: true, problems: [] });
    expect(valid.code).toBe(0);
  });

  it('prefers the folder argument over CONTENT_DIR', () => {
    const { code, out } = check([VALID], { CONTENT_DIR: BROKEN });
    expect(out).not.toContain(BROKEN);
    expect(code).toBe(0);
  });
});
