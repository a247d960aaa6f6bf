/**
 * Queries a built Pagefind bundle from Node, the way the search page does, with no browser:
 * dist/pagefind/pagefind.js is imported as a module, `fetch` of file: URLs is served from disk,
 * and the search runs on the main thread (`noWorker`: Node has no Worker for it). Options and
 * the search itself are the page's own (src/lib/search-options.ts, src/lib/search-run.ts), so
 * a test sees the order a reader sees.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PAGEFIND_OPTIONS } from '../../src/lib/search-options.ts';
import { runSearch, type PagefindApi, type ResultData, type SortOrder } from '../../src/lib/search-run.ts';

export interface Found extends ResultData {
  score: number;
  title: string;
}

export interface QueryOptions {
  filters?: Record<string, string[]>;
  sort?: SortOrder;
  /** How many results to load (default 10, as the page shows). */
  limit?: number;
}

export interface PagefindQuery {
  search(query: string, options?: QueryOptions): Promise<Found[]>;
  /** URLs of the results, best first. */
  urls(query: string, options?: QueryOptions): Promise<string[]>;
  /** Number of results, without loading them. */
  count(query: string, options?: QueryOptions): Promise<number>;
  /** Every filter key with its values and page counts. */
  filters(): Promise<Record<string, Record<string, number>>>;
}

let fetchShimmed = false;
function shimFetch() {
  if (fetchShimmed) return;
  fetchShimmed = true;
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const u = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!u.startsWith('file:')) return realFetch(input, init);
    return new Response(await readFile(fileURLToPath(u.split('?')[0])));
  };
}

/** Loads the bundle of a built site; each site gets its own module instance. */
export async function openPagefind(outDir: string): Promise<PagefindQuery> {
  shimFetch();
  const href = `${pathToFileURL(join(outDir, 'pagefind', 'pagefind.js')).href}?site=${encodeURIComponent(outDir)}`;
  const pf = await import(/* @vite-ignore */ href);
  await pf.options({ ...PAGEFIND_OPTIONS, noWorker: true, baseUrl: '/' });
  await pf.init();
  const api = pf as PagefindApi;
  const run = (query: string, o: QueryOptions = {}) => runSearch(api, { query, filters: o.filters ?? {}, sort: o.sort ?? 'relevance' });
  const search = async (query: string, o: QueryOptions = {}): Promise<Found[]> => {
    const { hits } = await run(query, o);
    return Promise.all(hits.slice(0, o.limit ?? 10).map(async (h) => {
      const d = await h.load();
      return { ...d, score: h.score, title: d.meta.title ?? '' };
    }));
  };
  return {
    search,
    urls: async (query, o) => (await search(query, o)).map((h) => h.url),
    count: async (query, o) => (await run(query, o)).hits.length,
    filters: () => api.filters(),
  };
}
