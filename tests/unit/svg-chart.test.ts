// Static SVG bar charts: proportional bars, every value written out, accessible names, escaping.
import { describe, expect, it } from 'vitest';
import { CHART, barChartSvg, chartDescription, escapeXml, layoutBars, wrapLabel } from '../../src/lib/svg-chart.ts';

const bars = [
  { label: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', value: 2 },
  { label: 'Giấy khen của Giám đốc Công an tỉnh', value: 8 },
  { label: 'Giấy khen của Chủ tịch Ủy ban nhân dân xã', value: 0 },
  { label: 'Kỷ niệm chương', value: 4 },
];
const rects = (svg: string) => [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)"/g)].map((m) => Number(m[1]));
const texts = (svg: string, cls: string) => [...svg.matchAll(new RegExp(`<text class="${cls}"[^>]*>(.*?)</text>`, 'g'))].map((m) => m[1].replace(/<[^>]+>/g, ''));

describe('barChartSvg', () => {
  const svg = barChartSvg({ id: 'theo-hinh-thuc', title: 'Số lượt khen thưởng theo hình thức', description: 'Chỉ tính quyết định còn hiệu lực.', bars });

  it('draws bars proportional to the values, the largest filling the row', () => {
    const widths = rects(svg);
    const room = CHART.width - 2 * CHART.pad - CHART.valueRoom;
    expect(widths).toHaveLength(4);
    expect(widths[1]).toBe(room);
    expect(widths[0] / widths[1]).toBeCloseTo(2 / 8, 3);
    expect(widths[3] / widths[1]).toBeCloseTo(4 / 8, 3);
    expect(widths[2]).toBe(0);
  });

  it('writes every label and every value as text', () => {
    expect(texts(svg, 'bar-value')).toEqual(['2', '8', '0', '4']);
    expect(texts(svg, 'bar-label').map((t) => t.trim())).toEqual(bars.map((b) => b.label));
  });

  it('is an image named by its own title and described with every value', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="theo-hinh-thuc-title theo-hinh-thuc-desc"/);
    expect(svg).toContain('<title id="theo-hinh-thuc-title">Số lượt khen thưởng theo hình thức</title>');
    expect(svg).toContain('<desc id="theo-hinh-thuc-desc">Chỉ tính quyết định còn hiệu lực. Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: 2; Giấy khen của Giám đốc Công an tỉnh: 8;');
    expect(svg).not.toMatch(/<script|on\w+=/);
  });

  it('places each bar below its label and keeps the height within the viewBox', () => {
    const layout = layoutBars(bars);
    for (const [i, b] of layout.bars.entries()) {
      expect(b.y).toBeGreaterThan(b.labelY);
      if (i > 0) expect(b.labelY).toBeGreaterThan(layout.bars[i - 1].y + layout.bars[i - 1].height);
    }
    const last = layout.bars[layout.bars.length - 1];
    expect(last.y + last.height).toBeLessThanOrEqual(layout.height);
    expect(svg).toContain(`viewBox="0 0 ${CHART.width} ${layout.height}"`);
  });

  it('escapes labels, titles and ids', () => {
    const evil = barChartSvg({ id: 'a"b', title: 'Tom & Jerry <b>', bars: [{ label: '<script>alert("x")</script> & \'y\'', value: 1 }] });
    expect(evil).not.toContain('<script>');
    expect(evil).not.toContain('<b>');
    expect(evil).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
    expect(evil).toContain('Tom &amp; Jerry &lt;b&gt;');
    expect(evil).toContain('aria-labelledby="a&quot;b-title a&quot;b-desc"');
  });

  it('says so when there is nothing to draw', () => {
    const empty = barChartSvg({ id: 'rong', title: 'Trống', bars: [] });
    expect(empty).toContain('Chưa có số liệu.');
    expect(rects(empty)).toEqual([]);
    expect(chartDescription({ id: 'rong', title: 'Trống', bars: [] })).toBe('Chưa có số liệu.');
  });

  it('formats large values the Vietnamese way', () => {
    expect(texts(barChartSvg({ id: 'x', title: 'x', bars: [{ label: 'A', value: 12345 }] }), 'bar-value')).toEqual(['12.345']);
  });
});

describe('wrapLabel', () => {
  it('wraps long labels on word boundaries without losing words', () => {
    const label = 'Tỉnh Bà Rịa - Vũng Tàu (nay thuộc thành phố Hồ Chí Minh) và một đoạn nữa cho dài';
    const lines = wrapLabel(label, 20);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(label);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(20);
  });
  it('keeps a short label on one line', () => {
    expect(wrapLabel('2025')).toEqual(['2025']);
  });
  it('separates wrapped lines by a space for text extraction', () => {
    const svg = barChartSvg({ id: 'x', title: 'x', bars: [{ label: 'Thi đua đặc biệt của Lực lượng bảo vệ an ninh, trật tự ở cơ sở', value: 1 }] });
    expect(svg.replace(/<[^>]+>/g, '')).toContain('Thi đua đặc biệt của Lực lượng bảo vệ an ninh, trật tự ở cơ sở');
  });
});

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
