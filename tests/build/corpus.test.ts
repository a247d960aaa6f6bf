// The bad-input corpus (tests/fixtures/invalid/): for every case, `npm run check` and the
// production build (`npm run build`, scripts/build.ts) both fail with the expected message, and
// the build leaves an existing dist/ exactly as it was (no staging folder left behind either).
// Builds stop in the content gate, before anything is compiled, so each takes about two seconds;
// they run two at a time, each case's check first.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build-site.ts';

const CORPUS = join(projectRoot, 'tests/fixtures/invalid');
const CLOCK = '2025-10-01';
const cases = readdirSync(CORPUS, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('_')).map((d) => d.name).sort();
const work = mkdtempSync(join(tmpdir(), 'bang-vang-corpus-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const expected = (name: string) => readFileSync(join(CORPUS, name, 'expected.txt'), 'utf8').split('\n').filter((l) => l.trim());

/** The case laid over a copy of _base, in its own folder with a previous dist/. */
function prepare(name: string): { content: string; dist: string; parent: string } {
  const parent = join(work, name);
  const content = join(parent, 'content');
  cpSync(join(CORPUS, '_base'), content, { recursive: true });
  cpSync(join(CORPUS, name, 'files'), content, { recursive: true });
  const dist = join(parent, 'dist');
  mkdirSync(join(dist, 'nguoi-tot-viec-tot'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), 'bản dựng trước');
  return { content, dist, parent };
}

function run(args: string[], env: Record<string, string>): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: projectRoot, env: { ...process.env, BUILD_CLOCK: CLOCK, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (status) => resolve({ status, output }));
  });
}

type Run = { status: number | null; output: string };
const checks = new Map<string, Run>();
const builds = new Map<string, Run>();
beforeAll(async () => {
  const queue = [...cases];
  const worker = async () => {
    for (let name = queue.shift(); name; name = queue.shift()) {
      const { content, dist } = prepare(name);
      // `npm run check DIR` and `npm run build`, as an editor would run them.
      checks.set(name, await run([join(projectRoot, 'scripts/check.ts'), content], {}));
      builds.set(name, await run([join(projectRoot, 'scripts/build.ts'), '--dist', dist], { CONTENT_DIR: content, ASTRO_CACHE_DIR: join(dist, '..', '.cache') }));
    }
  };
  await Promise.all([worker(), worker()]);
}, 900_000);

it('has at least 30 cases, each with the message it must produce', () => {
  expect(cases.length).toBeGreaterThanOrEqual(30);
  for (const name of cases) expect(expected(name).length, name).toBeGreaterThan(0);
});

describe.each(cases)('%s', (name) => {
  it('npm run check fails with the expected message', () => {
    const { status, output } = checks.get(name)!;
    expect(status, output).toBe(1);
    for (const line of expected(name)) expect(output).toContain(line);
    expect(output).toMatch(/Đã kiểm tra \d+ tệp: \d+ lỗi/);
  });

  it('npm run build fails with the same message and leaves dist/ untouched', () => {
    const { status, output } = builds.get(name)!;
    expect(status, output).not.toBe(0);
    expect(output).toContain('có lỗi, không dựng trang');
    for (const line of expected(name)) expect(output).toContain(line);
    expect(output).toContain('giữ nguyên bản dựng trước');
    const parent = join(work, name);
    expect(readdirSync(join(parent, 'dist')).sort()).toEqual(['index.html', 'nguoi-tot-viec-tot']);
    expect(readFileSync(join(parent, 'dist', 'index.html'), 'utf8')).toBe('bản dựng trước');
    expect(readdirSync(parent).filter((f) => f.startsWith('.dist-moi-'))).toEqual([]);
    expect(existsSync(join(parent, 'dist', 'nguoi-tot-viec-tot', 'bai-mau'))).toBe(false);
  });
});
