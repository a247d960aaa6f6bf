/**
 * One search, the same in the browser (src/scripts/search.ts) and in the Node tests: Pagefind's
 * search with the page's filters and sort, then exact diacritics first (search-rank.ts).
 * Result texts load lazily and once: only the results shown (and the re-ordered window) are
 * fetched.
 */
import { accentedQueryWords, missingTerms, rankExactFirst, RERANK_WINDOW } from './search-rank.ts';
import { SORT_KEY } from './search-fields.ts';

/** What Pagefind's `result.data()` gives (the fields used here). */
export interface ResultData {
  url: string;
  /** The page's indexed text. */
  content: string;
  /** HTML: the page's text around the matches, matches in <mark>. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

interface RawResult { id: string; score: number; data(): Promise<ResultData> }
type FilterCounts = Record<string, Record<string, number>>;

/** The part of Pagefind's JS API (pagefind.js) used here. */
/** One value, or any of several (Pagefind's filter syntax). */
type FilterValue = string | { any: string[] };

export interface PagefindApi {
  search(term: string | null, options?: { filters?: Record<string, FilterValue>; sort?: Record<string, 'asc' | 'desc'> }): Promise<{ results: RawResult[]; filters: FilterCounts; totalFilters: FilterCounts; unfilteredResultCount: number } | null>;
  filters(): Promise<FilterCounts>;
}

export type SortOrder = 'relevance' | 'newest' | 'oldest';

export interface SearchRequest {
  query: string;
  /** Chosen values by filter key; a key with several values matches any of them. */
  filters: Record<string, string[]>;
  sort: SortOrder;
}

export interface Hit {
  id: string;
  score: number;
  /** The result's data, fetched on first call. */
  load(): Promise<ResultData>;
}

export interface SearchOutcome {
  hits: Hit[];
  /** For each filter value, how many results it would leave. */
  filterCounts: FilterCounts;
  /** Query words no page has (then there are no hits). */
  unknownWords: string[];
}

function once<T>(f: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => (p ??= f());
}

function zeroCounts(counts: FilterCounts): FilterCounts {
  return Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, Object.fromEntries(Object.keys(v).map((value) => [value, 0]))]));
}

/** True when there is something to search for: words, or at least one filter. */
export function isSearchable(r: SearchRequest): boolean {
  return r.query.trim() !== '' || Object.values(r.filters).some((v) => v.length > 0);
}

/**
 * Runs `request`. `show` is how many results the caller will show at once: their texts start
 * loading together with the first one (which the check for unknown words needs), not after it.
 */
export async function runSearch(pf: PagefindApi, request: SearchRequest, show = 1): Promise<SearchOutcome> {
  const query = request.query.trim();
  // Filters alone list every matching record: newest first unless the reader chose otherwise.
  const sort = request.sort === 'relevance' && !query ? 'newest' : request.sort;
  // Several values of one filter mean any of them.
  const filters = Object.fromEntries(
    Object.entries(request.filters)
      .filter(([, v]) => v.length > 0)
      .map(([k, v]): [string, FilterValue] => [k, v.length === 1 ? v[0] : { any: v }]),
  );
  const sortBy: Record<string, 'asc' | 'desc'> | undefined = sort === 'relevance' ? undefined : { [SORT_KEY]: sort === 'newest' ? 'desc' : 'asc' };
  const r = await pf.search(query || null, { filters, sort: sortBy });
  if (!r) return { hits: [], filterCounts: {}, unknownWords: [] };
  let results = r.results;
  let counts = r.filters;
  if (sortBy) {
    // Pagefind leaves pages without the sort key (records with no date) out of sorted results:
    // they follow the dated ones, in Pagefind's order. Same chunks, so nothing more to fetch.
    const all = await pf.search(query || null, { filters });
    if (all) {
      const dated = new Set(results.map((x) => x.id));
      results = [...results, ...all.results.filter((x) => !dated.has(x.id))];
      counts = all.filters;
    }
  }
  let hits: Hit[] = results.map((x) => ({ id: x.id, score: x.score, load: once(() => x.data()) }));
  for (const h of hits.slice(0, show)) void h.load().catch(() => {});
  if (query && hits.length > 0) {
    // Pagefind drops words it does not know; a search for a word the site lacks finds nothing.
    const d = await hits[0].load();
    const unknownWords = missingTerms(query, [d.content, ...Object.values(d.meta)].join(' '));
    if (unknownWords.length > 0) return { hits: [], filterCounts: zeroCounts(counts), unknownWords };
  }
  const words = sort === 'relevance' ? accentedQueryWords(query) : [];
  if (words.length > 0) {
    const head = hits.slice(0, RERANK_WINDOW);
    const texts = new Map(await Promise.all(head.map(async (h) => { const d = await h.load(); return [h.id, `${d.meta.title ?? ''} ${d.content}`] as const; })));
    hits = [...rankExactFirst(head, words, (h) => texts.get(h.id) ?? ''), ...hits.slice(RERANK_WINDOW)];
  }
  return { hits, filterCounts: counts, unknownWords: [] };
}
