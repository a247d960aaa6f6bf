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
