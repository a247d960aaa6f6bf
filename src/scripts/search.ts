/**
 * The search page's client: loads Pagefind's bundle (/pagefind/pagefind.js, built after the
 * site, so imported by a URL made at run time, never bundled), runs the search in the URL,
 * and renders results with DOM calls only (no HTML strings, no inline styles: it runs under
 * script-src 'self' 'wasm-unsafe-eval' and style-src 'self').
 *
 * What a first search downloads is kept small (docs/search.md, "Cost"): on a small site
 * Pagefind runs on the page's thread (no worker script), only the first results' texts are
 * fetched, and the filters' values come with the page; the filter chunks of the index (every
 * record's values, needed for counts under a query) load only once the reader turns to the
 * filters.
 */
import { browserOptions } from '../lib/search-options.ts';
import { isSearchable, runSearch, type Hit, type PagefindApi, type SearchRequest } from '../lib/search-run.ts';
import { excerptParts, FILTER_KEYS, FIRST_PAGE_SIZE, orderedValues, PAGE_SIZE, parseState, resultMetaLine, sortFromParam, sortParam, stateToSearch, statusText } from '../lib/search-state.ts';

type Pagefind = PagefindApi & { options(o: object): Promise<void>; init(): Promise<void> };

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;

const form = $<HTMLFormElement>('search-form');
if (form) start(form);

function start(form: HTMLFormElement) {
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const headerInput = document.getElementById('tim-kiem-dau-trang') as HTMLInputElement | null;
  const fieldset = $<HTMLFieldSetElement>('search-filters')!;
  const sortSelect = $<HTMLSelectElement>('sap-xep')!;
  const status = $('search-status')!;
  const list = $<HTMLOListElement>('search-results')!;
  const more = $<HTMLButtonElement>('search-more')!;
  const selects = new Map(FILTER_KEYS.map((key) => [key as string, document.getElementById(`loc-${key}`) as HTMLSelectElement]));

  let pagefind: Promise<Pagefind> | undefined;
  let run = 0;
  let hits: Hit[] = [];
  let shown = 0;

  const load = () =>
    (pagefind ??= (async () => {
      // Built at run time so the bundler leaves it alone: the file exists only after the build.
      const url = new URL('/pagefind/pagefind.js', window.location.href).href;
      const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
      // The page knows how many records the index holds (written at build time).
      await pf.options(browserOptions(Number(form.dataset.records)));
      await pf.init();
      return pf;
    })());

  /** The form as a search request. */
  const current = (): SearchRequest => {
    const filters: Record<string, string[]> = {};
    for (const [key, select] of selects) if (select.value) filters[key] = [select.value];
    return { query: input.value.normalize('NFC').trim(), filters, sort: sortFromParam(sortSelect.value) };
  };

  /** Puts a request into the form (from the URL, or on back/forward). */
  const fill = (r: SearchRequest) => {
    input.value = r.query;
    if (headerInput) headerInput.value = r.query;
    for (const [key, select] of selects) {
      const value = r.filters[key]?.[0] ?? '';
      if (value && ![...select.options].some((o) => o.value === value)) select.add(new Option(value, value));
      select.value = value;
    }
    sortSelect.value = sortParam(r.sort);
  };

  type Counts = Record<string, Record<string, number>>;
  /**
   * Every filter value in the index with its number of records, as the build wrote them into
   * the page (src/pages/tim-kiem/index.astro), and the counts of the last search: Pagefind
   * counts only the filters whose chunks are loaded, so until the reader turns to the filters
   * a search counts none but the ones it uses.
   */
  const allFilters: Counts = {};
  for (const [key, select] of selects) {
    allFilters[key] = {};
    for (const o of select.querySelectorAll<HTMLOptionElement>('option[data-n]')) allFilters[key][o.value] = Number(o.dataset.n);
  }
  let lastCounts: Counts | undefined;
  let lastRequest: SearchRequest | undefined;
  /** All filter chunks loading or loaded (loadCounts, below). */
  let countsLoading: Promise<void> | undefined;

  /** Lists each filter's values with how many results each would leave (or how many records have it). */
  const fillFilterOptions = () => {
    const counts = lastCounts ?? allFilters;
    for (const [key, select] of selects) {
      const chosen = select.value;
      const values = orderedValues(key, new Set([...Object.keys(allFilters[key] ?? {}), ...Object.keys(counts[key] ?? {}), ...(chosen ? [chosen] : [])]));
      select.replaceChildren(new Option('Tất cả', ''));
      for (const value of values) {
        const n = counts[key]?.[value];
        select.add(new Option(n === undefined ? value : `${value} (${n})`, value));
      }
      select.value = chosen;
      select.closest('.search-filter')?.toggleAttribute('hidden', values.length === 0);
    }
  };

  const renderHit = async (hit: Hit): Promise<HTMLLIElement> => {
    const d = await hit.load();
    const li = document.createElement('li');
    li.className = 'search-result';
    const type = document.createElement('p');
    type.className = 'search-result-type';
    type.textContent = d.meta.type ?? '';
    const h = document.createElement('h2');
    h.className = 'search-result-title';
    const a = document.createElement('a');
    a.href = d.url;
    a.textContent = d.meta.title || d.url;
    h.append(a);
    li.append(type, h);
    const metaLine = resultMetaLine(d.meta);
    if (metaLine) {
      const p = document.createElement('p');
      p.className = 'search-result-meta';
      p.textContent = metaLine;
      li.append(p);
    }
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result-excerpt';
    for (const part of excerptParts(d.excerpt)) {
      if (part.mark) {
        const m = document.createElement('mark');
        m.textContent = part.text;
        excerpt.append(m);
      } else excerpt.append(part.text);
    }
    li.append(excerpt);
    if (d.meta.image) {
      const img = document.createElement('img');
      img.className = 'search-result-image';
      img.src = d.meta.image;
      img.alt = '';
      img.loading = 'lazy';
      img.decoding = 'async';
      li.append(img);
    }
    return li;
  };

  /** Shows the next `count` results; moves focus to the first new one when asked. */
  const showMore = async (focus: boolean, count = PAGE_SIZE) => {
    const mine = run;
    const next = hits.slice(shown, shown + count);
    const items = await Promise.all(next.map(renderHit));
    if (mine !== run) return;
    list.append(...items);
    shown += next.length;
    more.hidden = shown >= hits.length;
    if (focus) items[0]?.querySelector('a')?.focus();
  };

  const baseTitle = document.title;

  const search = async (r: SearchRequest) => {
    const mine = ++run;
    // The query in the title names the history entry and the tab.
    document.title = r.query ? `“${r.query}” – ${baseTitle}` : baseTitle;
    if (!isSearchable(r)) {
      hits = [];
      shown = 0;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = statusText(r, 0);
      lastCounts = undefined;
      lastRequest = undefined;
      fillFilterOptions();
      return;
    }
    list.setAttribute('aria-busy', 'true');
    try {
      const pf = await load();
      // Once the reader has turned to the filters, a search counts them all: their chunks first.
      if (countsLoading) await countsLoading;
      const outcome = await runSearch(pf, r, FIRST_PAGE_SIZE);
      if (mine !== run) return;
      hits = outcome.hits;
      shown = 0;
      list.replaceChildren();
      await showMore(false, FIRST_PAGE_SIZE);
      if (mine !== run) return;
      lastCounts = outcome.filterCounts;
      lastRequest = r;
      fillFilterOptions();
      status.textContent = statusText(r, hits.length, outcome.unknownWords);
    } catch (err) {
      if (mine !== run) return;
      console.error(err);
      status.textContent = 'Chưa tải được bộ tìm kiếm. Hãy tải lại trang sau ít phút.';
    } finally {
      if (mine === run) list.removeAttribute('aria-busy');
    }
  };

  /** Writes the request into the URL (a new history entry when asked) and searches. */
  const go = (push: boolean) => {
    const r = current();
    const url = `${window.location.pathname}${stateToSearch(r)}`;
    if (url !== `${window.location.pathname}${window.location.search}`) {
      if (push) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    if (headerInput) headerInput.value = r.query;
    void search(r);
  };

  // Typing searches once the reader pauses this long: short enough for results to follow the
  // pause closely (the target is 300 ms), long enough not to search at every key.
  const TYPING_PAUSE_MS = 150;
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => go(false), TYPING_PAUSE_MS);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(typing);
    go(true);
  });
  // Arrow keys on a closed <select> change it step by step: each step replaces the history entry.
  for (const select of [...selects.values(), sortSelect]) select.addEventListener('change', () => go(false));
  $('search-reset')!.addEventListener('click', () => {
    for (const select of selects.values()) select.value = '';
    sortSelect.value = '';
    go(true);
    input.focus();
  });
  more.addEventListener('click', () => void showMore(true));
  window.addEventListener('popstate', () => {
    const r = parseState(window.location.search);
    fill(r);
    void search(r);
  });

  /**
   * Counts under the current query for every filter: the first time the reader points at,
   * touches or tabs into the filters, every filter chunk loads (pagefind.filters()); from then
   * on each search counts them all. Until then a filter lists its values with the number of
   * records that have them (no query) or without a number.
   */
  const loadCounts = () =>
    (countsLoading ??= (async () => {
      const pf = await load();
      await pf.filters();
      const r = lastRequest;
      if (!r) return;
      // The same search again: its chunks and the texts it compared are loaded already.
      const outcome = await runSearch(pf, r);
      if (r !== lastRequest) return;
      lastCounts = outcome.filterCounts;
      fillFilterOptions();
    })().catch((err: unknown) => {
      countsLoading = undefined;
      console.error(err);
    }));
  for (const event of ['pointerover', 'focusin']) fieldset.addEventListener(event, () => void loadCounts());

  // Start: the filters appear (they need the script), the URL's search runs.
  fieldset.hidden = false;
  const initial = parseState(window.location.search);
  fill(initial);
  void search(initial);
}
