// The dev server reloads the content after every save; unchanged files are reused, changed ones read again.
import { cpSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/model/load-content.ts';

const project = mkdtempSync(join(tmpdir(), 'bang-vang-reuse-'));
cpSync('tests/fixtures/syndication', join(project, 'content'), { recursive: true });
const storyFile = join(project, 'content/stories/2025/tin-moi-trong-48-gio/index.md');
const plain = (l: ReturnType<typeof loadContent>) => ({ problems: l.problems, fileCount: l.fileCount, stories: l.stories.map((s) => [s.id, s.data.title, s.body]) });

describe('loadContent with reuse', () => {
  it('gives what a fresh load gives, reusing unchanged entries and reading a saved file again', () => {
    const first = loadContent('content', project, { reuse: true });
    const second = loadContent('content', project, { reuse: true });
    expect(plain(second)).toEqual(plain(loadContent('content', project)));
    // Unchanged files: the same entry objects, not parsed again.
    expect(second.stories.every((s, i) => s === first.stories[i])).toBe(true);

    const text = readFileSync(storyFile, 'utf8');
    writeFileSync(storyFile, text.replace(/^title: .*$/m, 'title: Tiêu đề sau khi lưu'));
    const third = loadContent('content', project, { reuse: true });
    expect(third.stories.find((s) => s.id === 'tin-moi-trong-48-gio')?.data.title).toBe('Tiêu đề sau khi lưu');
    expect(plain(third)).toEqual(plain(loadContent('content', project)));

    // A mistake saved with the same size is still seen: the time of change differs.
    writeFileSync(storyFile, text.replace('deedDate: "2025-06-15"', 'deedDate: "2025-13-15"'));
    utimesSync(storyFile, new Date(), new Date(Date.now() + 5000));
    const broken = loadContent('content', project, { reuse: true });
    expect(broken.problems.some((p) => p.file.endsWith('tin-moi-trong-48-gio/index.md') && p.message.includes('deedDate'))).toBe(true);
    // And its problem goes once the file is fixed.
    writeFileSync(storyFile, text);
    utimesSync(storyFile, new Date(), new Date(Date.now() + 10_000));
    expect(plain(loadContent('content', project, { reuse: true }))).toEqual(plain(loadContent('content', project)));
  });
});
