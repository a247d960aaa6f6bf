// The pieces of /admin/ that run in the browser, tested in Node: the MDX editor components
// (their output passes the content guard), the text-or-object field types, the request guard's
// list, and the build step that keeps Sveltia's fonts off the CDN.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attribute, EDITOR_COMPONENTS, escapeMdxText, unescapeMdxText } from '../../src/admin/editor-components.ts';
import { describeNumber, describeStatus, numberState, setNumberPart, setStatusPart, switchNumber, switchStatus } from '../../src/admin/union-values.ts';
import { CDN_FONT_SOURCE, withoutCdnFonts } from '../../src/integrations/cms.ts';
import { ALLOWED_COMPONENTS, guardMarkdown } from '../../src/lib/content-guard.ts';

const byId = (id: string) => EDITOR_COMPONENTS.find((c) => c.id === id)!;

describe('MDX editor components', () => {
  it('are exactly the guard\'s allow-list, labelled in Vietnamese', () => {
    expect(EDITOR_COMPONENTS.map((c) => c.id)).toEqual([...ALLOWED_COMPONENTS]);
    for (const c of EDITOR_COMPONENTS) {
      expect(c.label).toMatch(/[ýúùảạấầ]|ghi chú|Trích/);
      for (const f of c.fields) expect(f.label).toBeTruthy();
    }
  });

  it.each([
    ['Callout', { title: 'Lưu ý', body: 'Ghi chú **quan trọng**.' }, '<Callout title="Lưu ý">\nGhi chú **quan trọng**.\n</Callout>'],
    ['Callout', { title: '', body: 'Không có tiêu đề.' }, '<Callout>\nKhông có tiêu đề.\n</Callout>'],
    ['Quote', { cite: 'Báo Tiền Phong', body: 'Câu trích.' }, '<Quote cite="Báo Tiền Phong">\nCâu trích.\n</Quote>'],
  ])('%s writes the MDX the site renders', (id, props, mdx) => {
    expect(byId(id).toBlock(props)).toBe(mdx);
  });

  it('text that MDX would run or parse as a tag is escaped, and the result passes the content guard', () => {
    const block = byId('Callout').toBlock({ title: 'Trích "Luật" 2022', body: 'Giá trị {x} < 5 và <b>đậm</b>' });
    expect(block).toBe('<Callout title="Trích “Luật” 2022">\nGiá trị \\{x\\} \\< 5 và \\<b>đậm\\</b>\n</Callout>');
    expect(guardMarkdown(`Mở đầu.\n\n${block}\n\nKết.\n`, 'mdx')).toEqual([]);
    expect(guardMarkdown(`${byId('Quote').toBlock({ cite: 'A "B"', body: '{y}' })}\n`, 'mdx')).toEqual([]);
  });

  it('reads back what it writes, and what editors wrote by hand', () => {
    for (const [id, props] of [['Callout', { title: 'Lưu ý', body: 'Dòng 1\n\nDòng {2} < 3' }], ['Quote', { cite: 'Báo', body: 'Lời trích.' }]] as const) {
      const c = byId(id);
      const block = c.toBlock(props);
      const m = block.match(c.pattern);
      expect(m, block).not.toBeNull();
      expect(c.fromBlock(m!)).toEqual(props);
    }
    const inline = '<Callout title="Lưu ý">Ghi chú noibat.</Callout>';
    expect(byId('Callout').fromBlock(inline.match(byId('Callout').pattern)!)).toEqual({ title: 'Lưu ý', body: 'Ghi chú noibat.' });
  });

  it('previews are HTML with the text escaped', () => {
    expect(byId('Callout').toPreview({ title: '<b>x</b>', body: 'Nội dung' })).toContain('**&lt;b&gt;x&lt;/b&gt;**');
    expect(byId('Quote').toPreview({ cite: 'Báo', body: 'a\nb' })).toContain('> a\n> b');
  });

  it('escaping helpers are inverse and idempotent', () => {
    expect(unescapeMdxText(escapeMdxText('a {b} <c>'))).toBe('a {b} <c>');
    expect(escapeMdxText(escapeMdxText('{x}'))).toBe('\\{x\\}');
    expect(attribute(' hai\n dòng "trích" ')).toBe('hai dòng “trích”');
  });
});

describe('document number field (plans, honors)', () => {
  it('a known number is the text; a missing one an object', () => {
    expect(numberState('350/KH-BCĐ')).toBe('known');
    expect(numberState({ status: 'blank', symbol: 'KH-BCĐ' })).toBe('blank');
    expect(numberState({ status: 'unknown' })).toBe('unknown');
    expect(numberState('')).toBe('known');
  });

  it('switching keeps the symbol where it can', () => {
    expect(switchNumber('350/KH-BCĐ', 'blank')).toEqual({ status: 'blank', symbol: 'KH-BCĐ' });
    expect(switchNumber({ status: 'blank', symbol: 'KH-BCĐ', asPrinted: 'Số: /KH-BCĐ' }, 'illegible')).toEqual({ status: 'illegible', symbol: 'KH-BCĐ' });
    expect(switchNumber({ status: 'blank' }, 'known')).toBe('');
    expect(switchNumber('12/QĐ-UBND', 'unknown')).toEqual({ status: 'unknown' });
    expect(switchNumber('12/QĐ-UBND', 'known')).toBe('12/QĐ-UBND');
  });

  it('parts are set and cleared', () => {
    expect(setNumberPart({ status: 'blank' }, 'symbol', 'KH-UBND')).toEqual({ status: 'blank', symbol: 'KH-UBND' });
    expect(setNumberPart({ status: 'blank', symbol: 'KH-UBND' }, 'symbol', ' ')).toEqual({ status: 'blank' });
    expect(describeNumber({ status: 'blank', symbol: 'KH-BCĐ138', asPrinted: 'Số: /KH-BCĐ138' })).toBe('Bản gốc để trống số, ký hiệu KH-BCĐ138, bản sao ghi "Số: /KH-BCĐ138"');
  });
});

describe('decision status field (honors)', () => {
  it('"in force" is written as nothing (the schema default); revoked carries date and reason', () => {
    expect(switchStatus('', false)).toBe('');
    expect(switchStatus({ revoked: '2025-01-01', reason: 'x' }, false)).toBe('');
    expect(switchStatus('', true)).toEqual({ revoked: '', reason: '' });
    expect(setStatusPart({ revoked: '', reason: '' }, 'revoked', '2025-02-01')).toEqual({ revoked: '2025-02-01', reason: '' });
    expect(describeStatus(undefined)).toBe('Còn hiệu lực');
    expect(describeStatus({ revoked: '2025-02-01', reason: 'Sai đối tượng' })).toBe('Đã thu hồi ngày 2025-02-01: Sai đối tượng');
  });
});

describe('self-hosted fonts', () => {
  it('every CDN font source of Sveltia\'s npm build is rewritten to a local() name that loads nothing', () => {
    const code = readFileSync('node_modules/@sveltia/cms/npm/index.js', 'utf8');
    expect(code.match(CDN_FONT_SOURCE)?.length).toBeGreaterThanOrEqual(3);
    const fixed = withoutCdnFonts(code);
    expect(fixed).not.toMatch(/url\(https:\/\/cdn\.jsdelivr\.net\/fontsource/);
    expect(fixed.match(/src:local\("bang-vang-self-hosted-only"\)/g)?.length).toBe(code.match(CDN_FONT_SOURCE)?.length);
  });
});
