/**
 * The search page's state in its URL, so a search can be shared or bookmarked:
 * /tim-kiem/?q=dong+thap&loai=K%E1%BA%BF+ho%E1%BA%A1ch&sap-xep=moi-nhat. Also the words the
 * page says about a search (result count, empty search) and how a result's excerpt is shown.
 * Pure: unit-tested, used by src/scripts/search.ts.
 */
import { FILTERS, RECORD_TYPES, type FilterKey } from './search-fields.ts';
import type { SearchRequest, SortOrder } from './search-run.ts';
import { decodeEntities } from './search-text.ts';
import { compareVietnamese } from './text.ts';

/**
 * Results shown first: each needs its text fetched (about 1–2 KB, gzip, for a story; a long
 * plan much more), so a first search fetches five. "Xem thêm" then shows ten more at a time.
 */
export const FIRST_PAGE_SIZE = 5;
/** Results "Xem thêm" adds. */
export const PAGE_SIZE = 10;

export const FILTER_KEYS = Object.keys(FILTERS) as FilterKey[];

/** URL value of each sort order (relevance is the default and stays out of the URL). */
export const SORT_PARAM = 'sap-xep';
const SORT_VALUES: Record<SortOrder, string> = { relevance: '', newest: 'moi-nhat', oldest: 'cu-nhat' };
export const SORT_LABELS: Record<SortOrder, string> = { relevance: 'Phù hợp nhất', newest: 'Mới nhất trước', oldest: 'Cũ nhất trước' };

/** The search in a URL's query string (with or without the "?"). */
export function parseState(search: string): SearchRequest {
  const p = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const key of FILTER_KEYS) {
    const values = [...new Set(p.getAll(key).map((v) => v.trim()).filter(Boolean))];
    if (values.length) filters[key] = values;
  }
  return { query: (p.get('q') ?? '').normalize('NFC').trim(), filters, sort: sortFromParam(p.get(SORT_PARAM)) };
}

/** The URL value of a sort order ("" for relevance) and back; anything unknown is relevance. */
export function sortParam(sort: SortOrder): string {
  return SORT_VALUES[sort];
}
export function sortFromParam(value: string | null | undefined): SortOrder {
  return (Object.entries(SORT_VALUES).find(([, v]) => v && v === value)?.[0] as SortOrder | undefined) ?? 'relevance';
}

/** The query string for a search: "?q=…&loai=…", or "" for an empty search. */
export function stateToSearch(r: SearchRequest): string {
  const p = new URLSearchParams();
  if (r.query.trim()) p.set('q', r.query.trim());
  for (const key of FILTER_KEYS) for (const v of r.filters[key] ?? []) p.append(key, v);
  if (r.sort !== 'relevance') p.set(SORT_PARAM, sortParam(r.sort));
  const s = p.toString();
  return s ? `?${s}` : '';
}

const TYPE_ORDER: string[] = Object.values(RECORD_TYPES);

/** A filter's values in the order a reader expects: types as listed, years newest first, names A–Z. */
export function orderedValues(key: string, values: Iterable<string>): string[] {
  const list = [...new Set(values)];
  if (key === 'loai') return list.sort((a, b) => (TYPE_ORDER.indexOf(a) + 1 || 99) - (TYPE_ORDER.indexOf(b) + 1 || 99) || compareVietnamese(a, b));
  if (key === 'nam') return list.sort((a, b) => Number(b) - Number(a) || b.localeCompare(a));
  // Competition contents start with their number ("4.7. …"): numeric order keeps 4.10 after 4.9.
  if (key === 'noi_dung') return list.sort((a, b) => a.localeCompare(b, 'vi', { numeric: true }));
  return list.sort(compareVietnamese);
}

/** True when any filter is set. */
export function hasFilters(r: SearchRequest): boolean {
  return Object.values(r.filters).some((v) => v.length > 0);
}

/** What the status line (read out by screen readers) says once a search has run. */
export function statusText(r: SearchRequest, count: number, unknownWords: readonly string[] = []): string {
  const q = r.query.trim();
  const filtered = hasFilters(r) ? ' (đã lọc)' : '';
  if (!q && !hasFilters(r)) return 'Gõ từ cần tìm, có dấu hay không dấu đều được.';
  if (unknownWords.length > 0) {
    return `Không tìm thấy kết quả nào cho “${q}”: không trang nào có từ ${unknownWords.map((w) => `“${w}”`).join(', ')}. Hãy kiểm tra chính tả hoặc thử từ khác.`;
  }
  if (count === 0) {
    return q
      ? `Không tìm thấy kết quả nào cho “${q}”${filtered}. Hãy thử từ khác${filtered ? ' hoặc bỏ bớt bộ lọc' : ''}.`
      : 'Không có trang nào khớp bộ lọc đã chọn. Hãy bỏ bớt bộ lọc.';
  }
  return q ? `Có ${count} kết quả cho “${q}”${filtered}.` : `Có ${count} kết quả theo bộ lọc đã chọn.`;
}

export interface ExcerptPart { text: string; mark: boolean }

/**
 * A Pagefind excerpt ("… <mark>Đồng</mark> <mark>Tháp</mark> …") as plain text pieces, the
 * searched words flagged, so the page builds it with text nodes and <mark> elements only:
 * no markup from the index is ever inserted as HTML.
 */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const token of html.split(/(<\/?mark\b[^>]*>)/i)) {
    if (/^<mark\b/i.test(token)) { mark = true; continue; }
    if (/^<\/mark/i.test(token)) { mark = false; continue; }
    const text = decodeEntities(token.replace(/<[^>]*>/g, ''));
    if (!text) continue;
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  }
  return parts;
}

/** "20/08/2024 · tỉnh Kiên Giang (nay thuộc tỉnh An Giang)": the line under a result's title. */
export function resultMetaLine(meta: Record<string, string | undefined>): string {
  return [meta.date, meta.place].filter(Boolean).join(' · ');
}
