import { describe, expect, it } from 'vitest';
import { byteMark, fillByteMarks, hasByteMarks } from '../../src/lib/feeds/byte-marks.ts';

const sizes: Record<string, number> = { '/_astro/a.jpg': 1234, '/_astro/b.jpg': 99 };

describe('byte-length marks', () => {
  it('fills XML attributes with the digits', () => {
    const xml = `<enclosure url="x" length="${byteMark('/_astro/a.jpg')}"/><m fileSize="${byteMark('/_astro/a.jpg')}"/>`;
    const out = fillByteMarks(xml, 'xml', (p) => sizes[p]);
    expect(out).toEqual({ text: '<enclosure url="x" length="1234"/><m fileSize="1234"/>', missing: [] });
  });

  it('turns the quoted mark into a JSON number', () => {
    const json = JSON.stringify({ size_in_bytes: byteMark('/_astro/b.jpg') });
    const out = fillByteMarks(json, 'json', (p) => sizes[p]);
    expect(JSON.parse(out.text)).toEqual({ size_in_bytes: 99 });
  });

  it('reports a file that does not exist and leaves its mark', () => {
    const out = fillByteMarks(`length="${byteMark('/_astro/nope.jpg')}"`, 'xml', (p) => sizes[p]);
    expect(out.missing).toEqual(['/_astro/nope.jpg']);
    expect(hasByteMarks(out.text)).toBe(true);
  });

  it('refuses a path that could break out of an attribute or a string', () => {
    expect(() => byteMark('/a"b.jpg')).toThrow();
    expect(() => byteMark('relative.jpg')).toThrow();
  });
});
