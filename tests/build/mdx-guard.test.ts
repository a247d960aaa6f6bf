// Editor code never runs: an MDX story that would write a file if executed stops the build
// with the checker's message, and the file is never written.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { validMinimal } from '../helpers/temp-content.ts';

it('stops before compiling MDX that carries code, so the code never runs', () => {
  const work = mkdtempSync(join(tmpdir(), 'bang-vang-guard-'));
  const content = join(work, 'content');
  cpSync(validMinimal, content, { recursive: true });
  const esmMarker = join(work, 'esm-ran.txt');
  const exprMarker = join(work, 'expression-ran.txt');
  mkdirSync(join(content, 'stories/2025/bai-doc'), { recursive: true });
  writeFileSync(join(content, 'stories/2025/bai-doc/index.mdx'), [
    '---', 'title: Bài có mã', 'summary: Bài thử mã độc.', 'deedDate: "2025-08-10"', 'published: "2025-08-28"',
    'subjects:', '  - kind: collective', '    name: Tổ bảo vệ an ninh, trật tự ấp A', 'locality: an-giang', '---', '',
    `export const ran = (await import('node:fs')).writeFileSync(${JSON.stringify(esmMarker)}, 'x')`,
    '',
    `Chữ {(await import('node:fs')).writeFileSync(${JSON.stringify(exprMarker)}, 'x')}`,
    '',
  ].join('\n'));
  const out = mkdtempSync(join(tmpdir(), 'bang-vang-guard-out-'));
  const site = buildSite(content, {}, out);
  const output = site.result.stdout + site.result.stderr;
  expect(site.result.status).not.toBe(0);
  expect(output).toMatch(/stories\/2025\/bai-doc\/index\.mdx:12:1 {2}Không được dùng "import" hoặc "export"/);
  expect(output).toMatch(/stories\/2025\/bai-doc\/index\.mdx:14:\d+ {2}Không được dùng biểu thức/);
  expect(existsSync(esmMarker)).toBe(false);
  expect(existsSync(exprMarker)).toBe(false);
  expect(readdirSync(out)).toEqual([]);
});
