import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { el, escapeXml, serialize, xmlDocument, xmlSafe } from '../../src/lib/feeds/xml.ts';

describe('XML escaping', () => {
  it('escapes the five special characters', () => {
    expect(escapeXml(`a & b < c > d "e" 'f'`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;');
  });

  it('escapes an ampersand that already looks like an entity (no double meaning)', () => {
    expect(escapeXml('&amp; &#169;')).toBe('&amp;amp; &amp;#169;');
  });

  it('drops characters XML 1.0 forbids, keeps tab, newline and Vietnamese', () => {
    expect(xmlSafe('a\u0000b\u0008c\u000Bd\u001Fe\tf\ng\rh\uFFFEi')).toBe('abcde\tf\ng\rhi');
    expect(xmlSafe('Người tốt, việc tốt ₫ 😀')).toBe('Người tốt, việc tốt ₫ 😀');
    expect(xmlSafe('x\uD800y\uDC00z')).toBe('xyz');
  });

  it('writes text that a parser reads back unchanged, "]]>" and markup included', () => {
    const tricky = 'Tôi & bạn <b>đậm</b> ]]> "trích" \'đơn\' ';
    const xml = xmlDocument(el('root', { a: tricky }, el('t', {}, tricky)));
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', trimValues: false, parseTagValue: false }).parse(xml);
    expect(doc.root['@_a']).toBe(tricky);
    expect(doc.root.t).toBe(tricky);
  });

  it('indents element-only content, keeps text inline, leaves out undefined parts', () => {
    expect(serialize(el('a', { x: 1, y: undefined }, el('b', {}, 'văn bản'), undefined, false, el('c')))).toBe('<a x="1">\n  <b>văn bản</b>\n  <c/>\n</a>');
  });

  it('refuses names that are not XML names', () => {
    expect(() => serialize(el('a b'))).toThrow();
    expect(() => serialize(el('a', { 'on"x': 1 }))).toThrow();
  });
});
