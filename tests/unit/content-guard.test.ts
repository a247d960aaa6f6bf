// Editors' Markdown and MDX may not carry code; the guard finds it by parsing only.
import { describe, expect, it } from 'vitest';
import { guardMarkdown } from '../../src/lib/content-guard.ts';

const mdx = (text: string) => guardMarkdown(text, 'mdx');
const md = (text: string) => guardMarkdown(text, 'md');

describe('guardMarkdown (mdx)', () => {
  it('accepts plain prose and the allowed components', () => {
    expect(mdx('Đoạn văn *nghiêng* và [liên kết](https://example.vn).\n\n<Callout>Lưu ý</Callout>\n\n<Quote cite="Báo X">Trích dẫn</Quote>\n')).toEqual([]);
  });
  it.each([
    ['import', "import fs from 'node:fs'\n\nChữ.", 'import'],
    ['export', 'export const x = 1\n\nChữ.', 'export'],
    ['a flow expression', 'Chữ.\n\n{process.exit(1)}\n', '{…}'],
    ['an inline expression', 'Tuổi: {2025 - 1980}.', '{…}'],
    ['an unknown component', '<Banner />', '"<Banner"'],
    ['a script element', '<script>alert(1)</script>', '<script>'],
    ['an event handler on an allowed component', '<Callout onClick="x()">a</Callout>', 'onClick'],
    ['an expression attribute', '<Quote cite={x}>a</Quote>', 'biểu thức'],
    ['a spread attribute', '<Quote {...x}>a</Quote>', '{...}'],
    ['a javascript: link', '[bấm](javascript:alert(1))', 'javascript:'],
  ])('refuses %s', (_, text, needle) => {
    const hits = mdx(text);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.map((h) => h.message).join(' ')).toContain(needle);
  });
  it('reports the line of the offending node', () => {
    expect(mdx('Dòng 1.\n\nDòng 3 {x}.')).toMatchObject([{ line: 3 }]);
  });
  it('turns an MDX syntax error into a Vietnamese message with its line', () => {
    const [hit] = mdx('Dòng 1.\n\n<Callout>không đóng thẻ\n');
    expect(hit.message).toContain('Lỗi cú pháp MDX');
  });
});

describe('guardMarkdown (md)', () => {
  it('accepts ordinary Markdown, braces included', () => {
    expect(md('Giá trị {x} là chữ thường trong .md.\n\n- mục 1\n')).toEqual([]);
  });
  it.each([
    ['raw <script>', 'Chữ.\n\n<script>alert(1)</script>\n'],
    ['an event handler in raw HTML', '<img src="a.jpg" onerror="alert(1)">'],
    ['a javascript: link', '[bấm](javascript:alert(1))'],
    ['a javascript: link definition', '[a]: javascript:alert(1)\n\n[bấm][a]'],
  ])('refuses %s', (_, text) => {
    expect(md(text).length).toBeGreaterThan(0);
  });
});
