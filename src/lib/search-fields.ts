/**
 * The names the search index and the search page share: record types, filter keys and their
 * labels, sort keys. A module of constants, so the browser script stays small.
 */

/** Record types, as the type filter and the results name them. */
export const RECORD_TYPES = {
  plan: 'Kế hoạch',
  campaign: 'Phong trào',
  story: 'Người tốt, việc tốt',
  honor: 'Vinh danh',
  model: 'Mô hình',
} as const;
export type RecordKind = keyof typeof RECORD_TYPES;

/** Filter keys in the index, with their labels on the search page, in display order. */
export const FILTERS = {
  loai: 'Loại',
  tinh: 'Tỉnh, thành phố (tên lúc đó)',
  tinh_nay: 'Tỉnh, thành phố (hiện nay)',
  nam: 'Năm',
  phong_trao: 'Phong trào',
  noi_dung: 'Nội dung thi đua',
  khen_thuong: 'Hình thức khen thưởng',
} as const;
export type FilterKey = keyof typeof FILTERS;

/**
 * The sort key: a record's earliest day, sorted descending (newest first) or ascending. A record
 * with no date (some models) has none; Pagefind leaves such pages out of sorted results, and
 * runSearch puts them back after the dated ones. One key, not one per direction: Pagefind keeps
 * each key's order of all pages in pf_meta, which every search downloads (about 40 KB a key at
 * 20,000 pages).
 */
export const SORT_KEY = 'date';

