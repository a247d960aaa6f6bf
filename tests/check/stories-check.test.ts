// `npm run check` and the build refuse the same stories, with the same Vietnamese message at
// the same place: a phone number in the body, a private person named without consent.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `npm run check` the way an editor does; process.execPath is vitest's Node 24. */
function check(args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/check.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: '' },
  });
  expect(run.stderr).toBe('');
  return { code: run.status, out: run.stdout };
}

/** "file:line:col" of the first occurrence of `needle` in `file` (1-based, as the checker counts). */
function at(file: string, needle: string): string {
  const lines = readFileSync(`${root}/${file}`, 'utf8').split('\n');
  const index = lines.findIndex((l) => l.includes(needle));
  expect(index, `${needle} in ${file}`).toBeGreaterThanOrEqual(0);
  return `${file}:${index + 1}:${lines[index].indexOf(needle) + 1}`;
}

const cases = [
  {
    name: 'a phone number in the body',
    dir: 'tests/fixtures/stories-phone',
    file: 'tests/fixtures/stories-phone/stories/2025/giup-cu-ba-qua-duong/index.md',
    /** Where the checker must point. */
    needle: '0912 345 678',
    field: '',
    message: 'Có số điện thoại ("0912 345 678"). Không đăng số điện thoại của người dân',
  },
  {
    name: 'a private person named in full without consent',
    dir: 'tests/fixtures/stories-unconsented',
    file: 'tests/fixtures/stories-unconsented/stories/2025/bat-trom-cho/index.md',
    // consent is missing, so the checker points at the subject itself: "- kind: individual".
    needle: 'kind: individual',
    field: 'subjects[0].consent.name — ',
    message: 'Chưa có phiếu đồng ý công khai họ tên',
  },
] as const;

for (const c of cases) {
  describe(`a story with ${c.name}`, () => {
    it('fails npm run check with one error at its file:line:col, in Vietnamese', () => {
      const { code, out } = check([c.dir]);
      const lines = out.trim().split('\n');
      expect(lines, out).toHaveLength(2);
      expect(lines[0].startsWith(`${at(c.file, c.needle)}  ${c.field}${c.message}`), lines[0]).toBe(true);
      expect(lines[1]).toBe('Đã kiểm tra 6 tệp: 1 lỗi, 0 cảnh báo. Sửa các lỗi trên rồi chạy lại "npm run check".');
      expect(code).toBe(1);
    });

    it('reports the same problem as JSON with --json', () => {
      const { code, out } = check([c.dir, '--json']);
      const report = JSON.parse(out);
      expect(report).toMatchObject({ contentDir: c.dir, ok: false });
      expect(report.problems).toHaveLength(1);
      const [p] = report.problems;
      expect(`${p.file}:${p.line}:${p.column}`).toBe(at(c.file, c.needle));
      expect(p.severity).toBe('error');
      expect(p.message).toContain(c.message);
      expect(code).toBe(1);
    });

    it('stops the build with the same message and writes nothing', () => {
      const site = buildSite(c.dir, { BUILD_CLOCK: '2025-10-01' });
      const output = site.result.stdout + site.result.stderr;
      expect(site.result.status).not.toBe(0);
      expect(output).toContain('có lỗi, không dựng trang');
      expect(output).toContain(`${at(c.file, c.needle)}  ${c.field}${c.message}`);
      expect(output).toContain('1 lỗi');
      expect(output).not.toMatch(/\n\s+at \S+ \(/); // no stack trace for editors
      expect(readdirSync(site.outDir)).toEqual([]);
    });
  });
}
