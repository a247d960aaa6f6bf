/**
 * Static horizontal bar charts as SVG text, drawn at build time: no client JavaScript, no
 * chart library. Horizontal bars leave room for long Vietnamese labels ("Bằng khen của Chủ
 * tịch Ủy ban nhân dân tỉnh"), which sit above their bar and wrap; every bar carries its value
 * in text. The SVG is `role="img"` labelled by its own <title> and <desc> (the desc lists every
 * value), and pages print the same numbers in a table beside it.
 */

export interface ChartBar {
  label: string;
  value: number;
}

export interface BarChartSpec {
  /** Unique on the page: ids of the title and desc derive from it. */
  id: string;
  title: string;
  /** What the chart shows; the values are appended for screen readers. */
  description?: string;
  bars: readonly ChartBar[];
}

/** Geometry (viewBox units). Narrow on purpose: on a phone the text stays near its real size. */
export const CHART = {
  width: 400,
  pad: 4,
  font: 15,
  line: 19,
  bar: 20,
  gap: 14,
  /** Room right of the longest bar for its value. */
  valueRoom: 56,
  /** Characters per label line before wrapping. */
  wrapAt: 44,
  fill: '#a3161a',
  ink: '#1b1b1b',
} as const;

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);
}

const numberFormat = new Intl.NumberFormat('vi-VN');
/** "1.234" as Vietnamese writes it. */
export const formatValue = (n: number) => numberFormat.format(n);

/** Greedy word wrap; a word longer than the line stays whole. */
export function wrapLabel(label: string, max: number = CHART.wrapAt): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.trim().split(/\s+/)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

export interface BarLayout {
  label: string;
  lines: string[];
  value: number;
  /** Baseline of the first label line. */
  labelY: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the value text starts. */
  valueX: number;
}

/** Positions of every bar; widths are proportional to the values (the largest fills the row). */
export function layoutBars(bars: readonly ChartBar[]): { width: number; height: number; bars: BarLayout[] } {
  const { width, pad, line, bar, gap, valueRoom } = CHART;
  const max = Math.max(0, ...bars.map((b) => b.value));
  const room = width - 2 * pad - valueRoom;
  let y = pad;
  const out = bars.map((b) => {
    const lines = wrapLabel(b.label);
    const labelY = y + line - 4;
    const barY = y + lines.length * line + 2;
    const w = max > 0 ? (Math.max(0, b.value) / max) * room : 0;
    y = barY + bar + gap;
    return { label: b.label, lines, value: b.value, labelY, x: pad, y: barY, width: round(w), height: bar, valueX: round(pad + w + 6) };
  });
  return { width, height: Math.max(y - gap + pad, 2 * line), bars: out };
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Text for <desc>: the description, then "Nhãn: giá trị" for every bar. */
export function chartDescription(spec: BarChartSpec): string {
  const values = spec.bars.map((b) => `${b.label}: ${formatValue(b.value)}`).join('; ');
  return [spec.description, values ? `${values}.` : 'Chưa có số liệu.'].filter(Boolean).join(' ');
}

/** The chart as a standalone `<svg>` element (inline it, or save it as a file). */
export function barChartSvg(spec: BarChartSpec): string {
  const { font, line, fill, ink } = CHART;
  const layout = layoutBars(spec.bars);
  const id = escapeXml(spec.id);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="bar-chart" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" role="img" aria-labelledby="${id}-title ${id}-desc" font-size="${font}" font-family="inherit">`,
    `<title id="${id}-title">${escapeXml(spec.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(chartDescription(spec))}</desc>`,
  ];
  if (layout.bars.length === 0) {
    parts.push(`<text x="${CHART.pad}" y="${line}" fill="${ink}">Chưa có số liệu.</text>`);
  }
  for (const b of layout.bars) {
    // A trailing space keeps the words apart for text extraction (search, copy); it is not drawn.
    const tspans = b.lines.map((l, i) => `<tspan x="${b.x}" dy="${i === 0 ? 0 : line}">${escapeXml(l)}${i < b.lines.length - 1 ? ' ' : ''}</tspan>`).join('');
    parts.push(
      '<g class="bar">',
      `<text class="bar-label" x="${b.x}" y="${b.labelY}" fill="${ink}">${tspans}</text>`,
      `<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" fill="${fill}" data-value="${b.value}"/>`,
      `<text class="bar-value" x="${b.valueX}" y="${b.y + b.height - 5}" fill="${ink}" font-weight="700">${escapeXml(formatValue(b.value))}</text>`,
      '</g>',
    );
  }
  parts.push('</svg>');
  return parts.join('');
}
