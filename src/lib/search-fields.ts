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
 * Sort keys. Pagefind drops a page that lacks the sort key from sorted results, so every record
 * has both; a record with no date (some models) gets a value that puts it last either way.
 */
export const SORT_NEWEST = 'date';
export const SORT_OLDEST = 'date_asc';
export const UNDATED_NEWEST = '0000-00-00';
export const UNDATED_OLDEST = '9999-12-31';

