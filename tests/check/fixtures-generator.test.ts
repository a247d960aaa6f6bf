import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateFixtures } from '../../src/lib/fixtures/generate.ts';
import { checkAll } from '../../src/model/site-model.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const temp = mkdtempSync(join(tmpdir(), 'bang-vang-fixtures-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Every file under `dir` (relative path → bytes), dot files included. */
function tree(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
  const entries = files.map((d): [string, Buffer] => [relative(dir, join(d.parentPath, d.name)), readFileSync(join(d.parentPath, d.name))]);
  return new Map(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
}

const make = (name: string, seed: string, extra: { stories?: number; honors?: number; photoShare?: number } = {}) =>
  generateFixtures({ stories: 30, honors: 5, seed, out: join(temp, name), projectRoot: root, photoShare: 0.1, ...extra });

describe('npm run fixtures', () => {
  it('writes content that the checker accepts without a single problem', async () => {
    const summary = await make('a', '1');
    expect(summary).toMatchObject({ stories: 30, honors: 5 });
    expect(summary.photos).toBeGreaterThan(0);
    const result = await checkAll(join(temp, 'a'), root, new Date('2026-11-22T00:00:00+07:00'));
    expect(result.problems).toEqual([]);
    expect(result.model?.stories.length).toBeGreaterThan(25);
    expect(result.model?.honors).toHaveLength(5);
  });

  it('gives byte-identical files for the same seed and different files for another seed', async () => {
    await make('b', '1');
    await make('c', '2');
    const [a, b, c] = ['a', 'b', 'c'].map((n) => tree(join(temp, n)));
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [file, bytes] of a) expect(b.get(file)?.equals(bytes), file).toBe(true);
    const stories = (t: Map<string, Buffer>) => [...t.keys()].filter((f) => f.startsWith('stories'));
    expect(stories(c)).not.toEqual(stories(a));
    expect(c.get('localities.yaml')?.equals(a.get('localities.yaml')!)).toBe(false);
  });

  it('stays valid at a larger size with many decisions (quotas, partial dates, merged places)', async () => {
    await make('d', 'stress', { stories: 200, honors: 400, photoShare: 0.05 });
    const result = await checkAll(join(temp, 'd'), root, new Date('2026-11-22T00:00:00+07:00'));
    expect(result.problems).toEqual([]);
  });

  it('names people in stories by initials only, and stories run to about 640 words', () => {
    const t = tree(join(temp, 'a'));
    const bodies = [...t].filter(([f]) => f.endsWith('index.md')).map(([, b]) => b.toString('utf8'));
    for (const text of bodies) {
      const frontmatter = text.split('\n---\n')[0];
      expect(frontmatter).not.toMatch(/^\s+name: (Nguyễn|Trần|Lê|Phạm) /m);
    }
    const words = bodies.map((text) => text.slice(text.indexOf('\n---\n') + 5).split(/\s+/).filter(Boolean).length);
    const mean = words.reduce((s, n) => s + n, 0) / words.length;
    expect(mean).toBeGreaterThan(580);
    expect(mean).toBeLessThan(700);
  });

  it('refuses to write inside the shipped content folder or over a folder it did not make', async () => {
    await expect(generateFixtures({ stories: 1, honors: 0, seed: '1', out: 'content/stories/x', projectRoot: root })).rejects.toThrow(/thư mục nội dung thật/);
    await expect(generateFixtures({ stories: 1, honors: 0, seed: '1', out: 'content', projectRoot: root })).rejects.toThrow(/thư mục nội dung thật/);
    await expect(generateFixtures({ stories: 1, honors: 0, seed: '1', out: join(root, 'tests/fixtures/valid-minimal'), projectRoot: root })).rejects.toThrow(/không do lệnh này tạo ra/);
  });
});
