/**
 * Pagefind search options shared by the browser client (src/scripts/search.ts) and the Node
 * tests, so a test ranks results exactly as a reader's browser does.
 */
export const PAGEFIND_OPTIONS = {
  /** Words of context in a result's excerpt. */
  excerptLength: 24,
  ranking: {
    /**
     * Metadata is searched, and a match adds to the page's score. The title counts most (as
     * Pagefind's default), the summary twice a body match. `fold` holds the page's đ-words
     * with đ→d ("dong" for "Đồng") for queries typed without diacritics: it counts as body
     * text, so folding finds pages without lifting them above pages that match as written.
     */
    metaWeights: { title: 5, summary: 2, fold: 1 },
  },
} as const;

/**
 * From how many records the search runs in Pagefind's worker. Pagefind's default is always a
 * worker, whose script (pagefind-worker.js, 42 KB, a second copy of pagefind.js's code) a
 * first search then downloads as well. A search's wasm work grows with the index: under a
 * millisecond or two on the shipped content (64 records), but measured 70–340 ms at 5,000
 * stories (a query matching most pages, "an ninh", is the slowest), which on the page's
 * thread would freeze typing. So a small site searches on the page's thread and saves the
 * download; a large one keeps the worker.
 */
export const WORKER_FROM_RECORDS = 1000;

/** Pagefind's options on the search page of a site with `records` indexed records. */
export function browserOptions(records: number) {
  return { ...PAGEFIND_OPTIONS, noWorker: records < WORKER_FROM_RECORDS };
}
