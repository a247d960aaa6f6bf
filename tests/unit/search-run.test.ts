import { describe, expect, it } from 'vitest';
import { isSearchable, runSearch, type PagefindApi, type ResultData } from '../../src/lib/search-run.ts';
import { RERANK_WINDOW } from '../../src/lib/search-rank.ts';

/** A stand-in for pagefind.js: records the calls, returns pages in the given order. */
function fakePagefind(pages: { url: string; content: string }[]) {
  const calls: { term: string | null; options: unknown }[] = [];
  const loaded: string[] = [];
  const api: PagefindApi = {
    async search(term, options) {
      calls.push({ term, options });
      return {
        results: pages.map((p, i) => ({
          id: p.url,
          score: pages.length - i,
          data: async (): Promise<ResultData> => {
            loaded.push(p.url);
            return { url: p.url, content: p.content, excerpt: p.content, meta: { title: p.url }, filters: {} };
          },
        })),
        filters: { loai: { 'Kế hoạch': 1 } },
        totalFilters: {},
        unfilteredResultCount: pages.length,
      };
    },
    async filters() {
      return {};
    },
  };
  return { api, calls, loaded };
}

describe('runSearch', () => {
  it('passes the query and the chosen filters; relevance has no sort', async () => {
    const f = fakePagefind([{ url: '/a', content: 'Dồng Tháp' }]);
    const out = await runSearch(f.api, { query: ' dong thap ', filters: { loai: ['Kế hoạch'], nam: [] }, sort: 'relevance' });
    expect(f.calls).toEqual([{ term: 'dong thap', options: { filters: { loai: 'Kế hoạch' }, sort: undefined } }]);
    expect(out.hits.map((h) => h.id)).toEqual(['/a']);
    expect(out.filterCounts).toEqual({ loai: { 'Kế hoạch': 1 } });
  });

  it('several values of one filter mean any of them', async () => {
    const f = fakePagefind([]);
    await runSearch(f.api, { query: '', filters: { nam: ['2023', '2024'] }, sort: 'newest' });
    expect(f.calls[0].options).toEqual({ filters: { nam: { any: ['2023', '2024'] } }, sort: { date: 'desc' } });
  });

  it('finds nothing for a word no page has, and says which (Pagefind would drop it)', async () => {
    const f = fakePagefind([{ url: '/a', content: 'bị hại ở Đồng Tháp' }]);
    const out = await runSearch(f.api, { query: 'bimatzq Đồng Tháp', filters: {}, sort: 'relevance' });
    expect(out.hits).toEqual([]);
    expect(out.unknownWords).toEqual(['bimatzq']);
    expect(out.filterCounts).toEqual({ loai: { 'Kế hoạch': 0 } });
  });

  it('sorts by the date keys every record has', async () => {
    const f = fakePagefind([]);
    await runSearch(f.api, { query: 'a', filters: {}, sort: 'newest' });
    await runSearch(f.api, { query: 'a', filters: {}, sort: 'oldest' });
    expect(f.calls.map((c) => (c.options as { sort: unknown }).sort).filter(Boolean)).toEqual([{ date: 'desc' }, { date: 'asc' }]);
  });

  it('puts records without a date (left out of sorted results by Pagefind) after the dated ones, either way', async () => {
    const result = (id: string) => ({ id, score: 1, data: async (): Promise<ResultData> => ({ url: id, content: 'a', excerpt: '', meta: {}, filters: {} }) });
    const api: PagefindApi = {
      async search(_term, options) {
        const sort = options?.sort?.date;
        const ids = sort === 'desc' ? ['/new', '/old'] : sort === 'asc' ? ['/old', '/new'] : ['/undated', '/new', '/old'];
        return { results: ids.map(result), filters: { loai: { 'Mô hình': sort ? 2 : 3 } }, totalFilters: {}, unfilteredResultCount: 3 };
      },
      async filters() {
        return {};
      },
    };
    const newest = await runSearch(api, { query: 'a', filters: {}, sort: 'newest' });
    expect(newest.hits.map((h) => h.id)).toEqual(['/new', '/old', '/undated']);
    // The counts include the undated records.
    expect(newest.filterCounts).toEqual({ loai: { 'Mô hình': 3 } });
    const oldest = await runSearch(api, { query: 'a', filters: {}, sort: 'oldest' });
    expect(oldest.hits.map((h) => h.id)).toEqual(['/old', '/new', '/undated']);
    const relevance = await runSearch(api, { query: 'a', filters: {}, sort: 'relevance' });
    expect(relevance.hits.map((h) => h.id)).toEqual(['/undated', '/new', '/old']);
  });

  it('lists every record of a filter, newest first, when there are no words', async () => {
    const f = fakePagefind([]);
    await runSearch(f.api, { query: '', filters: { nam: ['2024'] }, sort: 'relevance' });
    expect(f.calls[0]).toEqual({ term: null, options: { filters: { nam: '2024' }, sort: { date: 'desc' } } });
  });

  it('loads only the first result for a query without diacritics (the others load when shown)', async () => {
    const f = fakePagefind([{ url: '/a', content: 'bảo' }, { url: '/b', content: 'bão' }]);
    const out = await runSearch(f.api, { query: 'bao', filters: {}, sort: 'relevance' });
    expect(out.hits.map((h) => h.id)).toEqual(['/a', '/b']);
    expect(f.loaded).toEqual(['/a']);
  });

  it('starts loading the results to be shown together with the first one', async () => {
    const f = fakePagefind(['/a', '/b', '/c', '/d'].map((url) => ({ url, content: 'bảo' })));
    await runSearch(f.api, { query: 'bao', filters: {}, sort: 'relevance' }, 3);
    expect(f.loaded).toEqual(['/a', '/b', '/c']);
  });

  it('puts exact-diacritic matches first within the first results, loading only those', async () => {
    const pages = Array.from({ length: RERANK_WINDOW + 5 }, (_, i) => ({ url: `/${i}`, content: 'bảo vệ' }));
    pages[3].content = 'trước bão';
    pages[RERANK_WINDOW + 2].content = 'cơn bão';
    const f = fakePagefind(pages);
    const out = await runSearch(f.api, { query: 'bão', filters: {}, sort: 'relevance' });
    expect(out.hits[0].id).toBe('/3');
    // Beyond the window, Pagefind's order stands and nothing was fetched.
    expect(out.hits[RERANK_WINDOW + 2].id).toBe(`/${RERANK_WINDOW + 2}`);
    expect(f.loaded).toHaveLength(RERANK_WINDOW);
  });

  it('keeps date order when sorting by date', async () => {
    const f = fakePagefind([{ url: '/a', content: 'bảo' }, { url: '/b', content: 'bão' }]);
    const out = await runSearch(f.api, { query: 'bão', filters: {}, sort: 'newest' });
    expect(out.hits.map((h) => h.id)).toEqual(['/a', '/b']);
  });

  it('loads each result once', async () => {
    const f = fakePagefind([{ url: '/a', content: 'bão' }]);
    const out = await runSearch(f.api, { query: 'bão', filters: {}, sort: 'relevance' });
    await out.hits[0].load();
    await out.hits[0].load();
    expect(f.loaded).toEqual(['/a']);
  });
});

describe('isSearchable', () => {
  it('needs words or a filter', () => {
    expect(isSearchable({ query: ' ', filters: {}, sort: 'relevance' })).toBe(false);
    expect(isSearchable({ query: '', filters: { nam: [] }, sort: 'newest' })).toBe(false);
    expect(isSearchable({ query: '', filters: { nam: ['2024'] }, sort: 'relevance' })).toBe(true);
    expect(isSearchable({ query: 'a', filters: {}, sort: 'relevance' })).toBe(true);
  });
});
