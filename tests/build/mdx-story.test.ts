// Stories may be .md (the default: faster, runs no code) or .mdx; both must build.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildSite, visibleText } from '../helpers/build-site.ts';
import { validMinimal } from '../helpers/temp-content.ts';

it('builds a story written as index.mdx next to one written as index.md', () => {
  const content = join(mkdtempSync(join(tmpdir(), 'bang-vang-mdx-')), 'content');
  cpSync(validMinimal, content, { recursive: true });
  const story = (slug: string, ext: string, words: string) => {
    mkdirSync(join(content, 'stories/2025', slug), { recursive: true });
    writeFileSync(join(content, 'stories/2025', slug, `index.${ext}`), [
      '---', `title: Bài ${ext} ${words}`, 'summary: Tổ bảo vệ an ninh, trật tự giúp dân.', 'deedDate: "2025-08-10"', 'published: "2025-08-28"',
      'subjects:', '  - kind: collective', '    name: Tổ bảo vệ an ninh, trật tự ấp A', 'locality: an-giang', '---', '', `Nội dung ${words} của bài.`, '',
    ].join('\n'));
  };
  story('bai-md', 'md', 'chuthuong');
  story('bai-mdx', 'mdx', 'dangmdx');
  writeFileSync(join(content, 'stories/2025/bai-mdx/index.mdx'), '\n<Callout title="Lưu ý">Ghi chú noibat.</Callout>\n\n<Quote cite="Báo mẫu">Câu trích trichdan.</Quote>\n', { flag: 'a' });
  const site = buildSite(content, { BUILD_CLOCK: '2025-10-01' });
  expect(site.result.status, site.result.stderr).toBe(0);
  expect(visibleText(site.page('nguoi-tot-viec-tot/bai-md'))).toContain('Nội dung chuthuong của bài.');
  const mdxPage = site.page('nguoi-tot-viec-tot/bai-mdx');
  expect(visibleText(mdxPage)).toContain('Nội dung dangmdx của bài.');
  // The allow-listed components render without any import in the file.
  expect(mdxPage).toMatch(/<aside class="callout" role="note">\s*<p><strong>Lưu ý<\/strong><\/p>\s*Ghi chú noibat\./);
  expect(visibleText(mdxPage)).toContain('Câu trích trichdan. — Báo mẫu');
});
