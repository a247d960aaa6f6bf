/**
 * Pagefind search options shared by the browser client (src/scripts/search.ts) and the Node
 * tests, so a test ranks results exactly as a reader's browser does.
 */
export const PAGEFIND_OPTIONS = {
  /**
   * Search on the page's thread. Pagefind's default runs it in a worker, whose script
   * (pagefind-worker.js, 42 KB, a second copy of pagefind.js's code) a first search then
   * downloads too; a search over this site's index takes a few milliseconds of wasm, too
   * little to need one. The build does not write the worker (src/integrations/pagefind.ts).
   */
  noWorker: true,
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
