/**
 * Which built HTML files go into the search index, and under which URL. Pure, so the rule
 * that keeps the 404 page, /admin/ and the search page itself out of the index is unit-tested.
 */

/** Where the search page lives; the header's search form submits here (GET, `q`). */
export const SEARCH_PATH = '/tim-kiem/';

/**
 * Paths (relative to the output folder, "/" separators) never indexed:
 * the 404 page, anything under admin/, the search page, and Pagefind's own bundle.
 */
const NEVER_INDEXED = [/^404(\.html|\/)/, /^admin\//, /^tim-kiem\//, /^pagefind\//];

/** True when the built file at `relPath` (e.g. "ke-hoach/abc/index.html") belongs in the index. */
export function isIndexedFile(relPath: string): boolean {
  const p = relPath.replaceAll('\\', '/').replace(/^\/+/, '');
  if (!p.endsWith('.html')) return false;
  return !NEVER_INDEXED.some((re) => re.test(p));
}

/** The URL a built file is served at: "ke-hoach/abc/index.html" → "/ke-hoach/abc/". */
export function urlOfFile(relPath: string): string {
  const p = relPath.replaceAll('\\', '/').replace(/^\/+/, '');
  if (p === 'index.html') return '/';
  if (p.endsWith('/index.html')) return `/${p.slice(0, -'index.html'.length)}`;
  return `/${p}`;
}

/** True when the page marks content for the index (an element with data-pagefind-body). */
export function hasSearchBody(html: string): boolean {
  return /<[a-z][^>]*\sdata-pagefind-body(?=[\s=>\/])/i.test(html);
}
