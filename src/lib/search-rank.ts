/**
 * Exact diacritics first. Pagefind folds marks, so "bão" (storm) also finds "bảo", "báo";
 * its own boost for an exact match (ranking.diacriticSimilarity) only counts the first spelling
 * of a folded word it meets on each page, so a page that has "Hạn báo cáo" and "Nguyễn Văn Hận"
 * gets no boost for "Hận". This re-orders the best results: a page that contains more of the
 * query's accented words exactly as typed comes first, Pagefind's order breaking ties.
 * Tone-mark placement does not count as a difference ("hoà" = "hòa"), and words typed without
 * any diacritic are neutral: a reader who types "dong thap" gets Pagefind's order.
 * Pure: the browser client and the Node tests run the same code.
 */
import { hasDiacritics, spelling, wordsOf } from './search-text.ts';

/** How many of the best results are re-ordered (their text has to be loaded to compare). */
export const RERANK_WINDOW = 20;

/** The query's words that carry diacritics, in one spelling; quotes and punctuation dropped. */
export function accentedQueryWords(query: string): string[] {
  return [...new Set(wordsOf(query).filter(hasDiacritics).map(spelling))];
}

/** How many of `words` (from accentedQueryWords) appear in `text` exactly, diacritics included. */
export function exactMatches(words: readonly string[], text: string): number {
  if (words.length === 0) return 0;
  const present = new Set(wordsOf(text).filter(hasDiacritics).map(spelling));
  return words.filter((w) => present.has(w)).length;
}

/**
 * `items` in Pagefind's order, re-ordered by exact matches of `words` (more first); items with
 * the same count keep Pagefind's order. `textOf` gives what was indexed (title and content).
 */
export function rankExactFirst<T>(items: readonly T[], words: readonly string[], textOf: (item: T) => string): T[] {
  if (words.length === 0) return [...items];
  return items
    .map((item, i) => ({ item, i, exact: exactMatches(words, textOf(item)) }))
    .sort((a, b) => b.exact - a.exact || a.i - b.i)
    .map((x) => x.item);
}

// ---------------------------------------------------------------------------------------------
// Words the site does not have

/** Punctuation Pagefind removes from a query (dashes, brackets, quotes, other). */
const PUNCTUATION = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;

/** A word as Pagefind compares it: lower case, tone and vowel marks removed (đ stays đ). */
export function pagefindForm(word: string): string {
  return word.toLocaleLowerCase('vi').normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/**
 * The query's words (as typed, punctuation removed) that no word of `text` starts with, once
 * both are folded the way Pagefind folds them. Pagefind quietly drops a term it cannot
 * find ("qwxyz Đồng Tháp" lists the Đồng Tháp pages) or falls back to a shorter indexed word
 * ("bimatzq" lists pages with "bị"). Every result of a search contains every term that really
 * matched, so checking one result's text (content and metadata) tells which terms did not.
 */
export function missingTerms(query: string, text: string): string[] {
  const tokens = new Set<string>();
  for (const token of text.split(/\s+/)) {
    if (!token) continue;
    tokens.add(pagefindForm(token.replace(PUNCTUATION, '')));
    for (const part of token.split(PUNCTUATION)) if (part) tokens.add(pagefindForm(part));
  }
  const typed = [...new Set(query.replace(PUNCTUATION, '').split(/\s+/).filter((w) => pagefindForm(w)))];
  return typed.filter((word) => ![...tokens].some((t) => t.startsWith(pagefindForm(word))));
}
