// The build refuses broken content with the checker's own Vietnamese report, before writing anything.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';

describe('build of broken content', () => {
  it('stops with every problem, file and field named, and leaves the output folder untouched', () => {
    const out = mkdtempSync(join(tmpdir(), 'bang-vang-previous-'));
    mkdirSync(join(out, 'ke-hoach'));
    writeFileSync(join(out, 'index.html'), 'previous build');
    const site = buildSite('tests/fixtures/two-broken', {}, out);
    const output = site.result.stdout + site.result.stderr;
    expect(site.result.status).not.toBe(0);
    expect(output).toContain('có lỗi, không dựng trang');
    expect(output).toMatch(/tests\/fixtures\/two-broken\/plans\/2024\/01-kh-bcd-mau\.md:\d+:\d+ {2}issued — /);
    expect(output).toMatch(/tests\/fixtures\/two-broken\/plans\/2024\/02-kh-bcd-mau\.md:\d+:\d+ {2}campaign — /);
    expect(output).toContain('2 lỗi');
    expect(output).not.toMatch(/\n\s+at \S+ \(/); // no stack trace for editors
    expect(readdirSync(out).sort()).toEqual(['index.html', 'ke-hoach']);
    expect(existsSync(join(out, 'ke-hoach', '01-kh-bcd-mau'))).toBe(false);
  });
});
