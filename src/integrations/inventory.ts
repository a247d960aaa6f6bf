/**
 * The inventory check, run after every build before the output is accepted ("every file → a
 * page or a clear error"). For each content entry, by its publication status at the build clock
 * (src/lib/publication.ts):
 * - published: its page, its search record, its sitemap entry (when a sitemap exists) and its
 *   feed item (when feeds list its kind and it is recent enough to be in them) all exist, and a
 *   few sentences of its body are found on its page (nothing silently swallowed by a plugin);
 * - withdrawn: its page exists with the withdrawal banner; no search record, sitemap entry or
 *   feed item, except in the corrections feed;
 * - gone or expired: its URL holds the removal notice and nothing else of it exists: no search
 *   record, feed item or sitemap entry, its title and text nowhere;
 * - draft or scheduled: nothing at all: no page, no file named after it, its id and title
 *   nowhere in the output (Pagefind's compressed files included).
 * Counts are compared per collection, no page exists for an unknown entry, and every internal
 * link of every page (the /admin/ CMS aside) points to a file of the output.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { sampleSentences } from '../lib/body-sentences.ts';
import { containsWords, htmlText, wordLine } from '../lib/html-text.ts';
import { urlOfFile } from '../lib/search-paths.ts';
import { COLLECTIONS, ENTRY_NOUNS, entryOfPath, type CollectionKind } from '../model/entry-paths.ts';
import type { InventoryItem } from '../model/publication-model.ts';
import type { SiteModel } from '../model/site-model.ts';
import { modelOfThisBuild } from '../model/build-model.ts';
import { pageKind, type PageKind } from './url-manifest.ts';

export interface InventoryReport {
  problems: string[];
  /** One line per collection: counts by status and what was found. */
  summary: string[];
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).replaceAll('\\', '/'))
    .sort();
}

const escapeHtml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const isGzip = (b: Buffer) => b.length > 2 && b[0] === 0x1f && b[1] === 0x8b;
const TEXT = new Set(['.html', '.xml', '.json', '.js', '.mjs', '.css', '.txt', '.svg', '.csv', '.webmanifest', '.pf_fragment', '.pf_meta', '.pf_index', '.pf_filter', '']);

/** Text of an output file, unpacked when gzip (Pagefind's files), undefined for binary files. */
function textOf(outDir: string, file: string): string | undefined {
  const ext = extname(file).toLowerCase();
  if (!TEXT.has(ext) && !file.startsWith('pagefind/')) return undefined;
  let bytes = readFileSync(join(outDir, file));
  for (let i = 0; i < 3 && isGzip(bytes); i++) bytes = gunzipSync(bytes);
  return bytes.toString('utf8');
}

/** URL paths of the Pagefind records (from the fragments). */
function searchRecords(outDir: string): Set<string> | undefined {
  const dir = join(outDir, 'pagefind', 'fragment');
  if (!existsSync(dir)) return undefined;
  const urls = new Set<string>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.pf_fragment'))) {
    const text = gunzipSync(readFileSync(join(dir, f))).toString('utf8').replace(/^pagefind_dcd/, '');
    try {
      const url = (JSON.parse(text) as { url?: string }).url;
      if (url) urls.add(url.split('#')[0]);
    } catch {
      /* not a fragment */
    }
  }
  return urls;
}

function pathOf(link: string, origin: string | undefined): string | undefined {
  try {
    const u = new URL(link, origin ?? 'http://site.invalid');
    if (origin && u.origin !== new URL(origin).origin) return undefined;
    return decodeURIComponent(u.pathname);
  } catch {
    return undefined;
  }
}

const xmlDecode = (s: string) => s.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").trim();

interface Feed {
  file: string;
  corrections: boolean;
  /** Item paths in feed order. */
  items: string[];
}

/** Feeds of the output: RSS and Atom (.xml) and JSON Feed (.json), with their item paths. */
function feedsOf(outDir: string, files: string[], origin: string | undefined): Feed[] {
  const feeds: Feed[] = [];
  for (const file of files) {
    if (file.startsWith('pagefind/')) continue;
    const name = file.split('/').pop() ?? '';
    if (file.endsWith('.xml') && !name.startsWith('sitemap')) {
      const xml = readFileSync(join(outDir, file), 'utf8');
      if (!/<rss[\s>]|<feed[\s>]/.test(xml)) continue;
      const items: string[] = [];
      for (const m of xml.matchAll(/<(item|entry)[\s>][\s\S]*?<\/\1>/g)) {
        const block = m[0];
        const link = /<link>([\s\S]*?)<\/link>/.exec(block)?.[1] ?? /<link[^>]*href="([^"]+)"/.exec(block)?.[1] ?? /<guid[^>]*>([\s\S]*?)<\/guid>/.exec(block)?.[1];
        const path = link && pathOf(xmlDecode(link), origin);
        if (path) items.push(path);
      }
      feeds.push({ file, corrections: file.includes('dinh-chinh'), items });
    } else if (file.endsWith('.json')) {
      const text = readFileSync(join(outDir, file), 'utf8');
      if (!text.includes('jsonfeed.org/version')) continue;
      try {
        const feed = JSON.parse(text) as { items?: { url?: string; id?: string }[] };
        const items = (feed.items ?? []).map((i) => pathOf(i.url ?? i.id ?? '', origin)).filter((p): p is string => !!p);
        feeds.push({ file, corrections: file.includes('dinh-chinh'), items });
      } catch {
        /* not a feed */
      }
    }
  }
  return feeds;
}

/** <loc> paths of the sitemaps; `main` leaves out news sitemaps (recent items only). */
function sitemapsOf(outDir: string, files: string[], origin: string | undefined): { main: Set<string>; any: Set<string>; exists: boolean } {
  const main = new Set<string>();
  const any = new Set<string>();
  let exists = false;
  for (const file of files.filter((f) => /^sitemap[^/]*\.xml$/.test(f))) {
    const xml = readFileSync(join(outDir, file), 'utf8');
    const news = file.includes('news');
    if (!news) exists = true;
    for (const m of xml.matchAll(/<loc>([\s\S]*?)<\/loc>/g)) {
      const path = pathOf(xmlDecode(m[1]), origin);
      if (!path) continue;
      any.add(path);
      if (!news) main.add(path);
    }
  }
  return { main, any, exists };
}

/** Internal links (href, src) of a page that point to nothing in the output. */
function brokenLinks(html: string, exists: (path: string) => boolean): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/\s(?:href|src)=["']?([^"'\s>]+)/g)) {
    const link = m[1];
    if (!link.startsWith('/') || link.startsWith('//')) continue;
    const path = decodeURIComponent(link.split(/[?#]/)[0]);
    if (!exists(path)) out.add(path);
  }
  return [...out];
}

/** The date a list is sorted by, for "recent enough to be in a truncated feed". */
function listDate(item: InventoryItem): string {
  const d = item.entry.data as { published?: string; date?: string; issued?: string };
  return d.published ?? d.date ?? d.issued ?? '';
}

/** What the inventory needs to know of one built page, kept instead of its HTML (20,000 pages do not fit twice in memory). */
interface PageFacts {
  file: string;
  kind: PageKind;
  /** Carries the withdrawal banner. */
  banner: boolean;
  /** For an entry's own page: the checked words (body sentences, first recipient) that are not on it. */
  missing: string[];
}

/** A thing of a hidden or removed entry that must be nowhere in the output. */
interface Needle {
  item: InventoryItem;
  text: string;
  /** Compare word sequences on HTML pages (body sentences); otherwise the exact text, raw or HTML-escaped (ids, titles). */
  words?: boolean;
  allowedIn?: string;
}

export function inventoryCheck(outDir: string, model: SiteModel, site?: string): InventoryReport {
  const problems: string[] = [];
  const files = allFiles(outDir);
  const fileSet = new Set(files);
  const exists = (path: string) =>
    path.endsWith('/') ? fileSet.has(`${path.slice(1)}index.html`) : fileSet.has(path.slice(1)) || fileSet.has(`${path.slice(1)}/index.html`);
  const records = searchRecords(outDir);
  const sitemaps = sitemapsOf(outDir, files, site);
  const feeds = feedsOf(outDir, files, site).map((f) => ({ ...f, itemSet: new Set(f.items) }));
  const inFeeds = (path: string, corrections: boolean) => feeds.filter((f) => f.corrections === corrections && f.itemSet.has(path)).map((f) => f.file);

  // What each entry's text must (or must not) show: a few body sentences, read once.
  const sentencesOf = new Map<InventoryItem, string[]>();
  for (const item of model.inventory) sentencesOf.set(item, item.kind === 'honors' ? [] : sampleSentences(item.entry.body, item.file.endsWith('.mdx')));
  const wordsOnPage = new Map<string, string[]>();
  for (const item of model.inventory) {
    if (item.status !== 'published' && item.status !== 'withdrawn') continue;
    const words = [...(sentencesOf.get(item) ?? [])];
    if (item.kind === 'honors') {
      const first = (item.entry.data as { recipients?: { name: string }[] }).recipients?.[0]?.name;
      if (first) words.push(first);
    }
    wordsOnPage.set(item.path, words);
  }

  // What must not exist anywhere: needles per hidden or removed entry, searched in every file's path and text.
  const needles: Needle[] = [];
  for (const item of model.inventory) {
    const title = (item.entry.data as { title?: string }).title;
    if (item.status === 'gone' || item.status === 'expired') {
      if (title) needles.push({ item, text: title });
      for (const s of sentencesOf.get(item) ?? []) needles.push({ item, text: s, words: true });
      if (item.id.length >= 10) needles.push({ item, text: item.id, allowedIn: `${item.path.slice(1)}index.html` });
    } else if (item.status === 'draft' || item.status === 'scheduled') {
      if (title) needles.push({ item, text: title });
      needles.push({ item, text: item.id.length >= 10 ? item.id : item.path });
    }
  }
  // The HTML-escaped spelling, only where it differs (most titles have no & < > "): half the searches.
  const escaped = needles.map((n) => {
    const e = escapeHtml(n.text);
    return e === n.text ? undefined : e;
  });
  const reported = new Set<string>();
  const found: { item: InventoryItem; text: string; file: string }[] = [];
  // One regular expression of every exact needle tells whether a file can hold any of them: V8
  // scans for an alternation of literals about 10 × faster than one includes() per needle, and
  // the per-needle loop grew as files × hidden entries (125 s at 20,000 stories, 99 drafts).
  const anyExact = new RegExp(needles.flatMap((n, i) => [n.text, escaped[i] ?? '']).filter(Boolean).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)');
  const wordNeedles = needles.some((n) => n.words);
  const searchNeedles = (file: string, text: string | undefined, html: boolean) => {
    if (!(wordNeedles && html) && !anyExact.test(file) && (text === undefined || !anyExact.test(text))) return;
    let line: string | undefined;
    for (const [i, n] of needles.entries()) {
      if (n.allowedIn === file) continue;
      const key = `${n.item.file}\u0000${n.text}`;
      if (reported.has(key)) continue;
      let hit = file.includes(n.text) || (text !== undefined && (text.includes(n.text) || (escaped[i] !== undefined && text.includes(escaped[i]))));
      if (!hit && n.words && text !== undefined && html) {
        line ??= wordLine(htmlText(text));
        hit = containsWords(line, n.text);
      }
      if (hit) {
        reported.add(key);
        found.push({ item: n.item, text: n.text, file });
      }
    }
  };

  // One pass over the pages: each is read once, checked, and only its facts are kept.
  const pages = new Map<string, PageFacts>();
  const broken = new Map<string, string[]>();
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(outDir, file), 'utf8');
    const url = urlOfFile(file);
    const kind = pageKind(html);
    const expected = wordsOnPage.get(url);
    let missing: string[] = [];
    if (expected?.length && kind === 'page') {
      const line = wordLine(htmlText(html));
      missing = expected.filter((w) => !containsWords(line, w));
    }
    pages.set(url, { file, kind, banner: html.includes('data-publication="withdrawn"'), missing });
    // (/admin/ is the editors' CMS, a separate application with its own bundle: not checked here.)
    if (!url.startsWith('/admin/')) for (const link of brokenLinks(html, exists)) broken.set(link, [...(broken.get(link) ?? []), url]);
    if (needles.length) searchNeedles(file, html, true);
  }
  // The other files, for needles: names and (unpacked) contents.
  if (needles.length) {
    for (const file of files) {
      if (file.endsWith('.html')) continue;
      // The CMS's own code bundle is the same whatever the content: not searched (its config is).
      if (/^admin\/.*\.(?:js|mjs|css|map|woff2?)$/.test(file)) continue;
      searchNeedles(file, textOf(outDir, file), false);
    }
  }

  // Kinds that the (non-correction) feeds carry, with the longest feed of each kind.
  const feedDepth = new Map<CollectionKind, number>();
  for (const f of feeds.filter((x) => !x.corrections)) {
    const per = new Map<CollectionKind, number>();
    for (const p of f.items) {
      const e = entryOfPath(p);
      if (e) per.set(e.kind, (per.get(e.kind) ?? 0) + 1);
    }
    for (const [k, n] of per) feedDepth.set(k, Math.max(feedDepth.get(k) ?? 0, n));
  }
  // Stories are what the site's feeds are for: when any feed exists, recent stories belong in one.
  const longest = Math.max(0, ...feeds.filter((x) => !x.corrections).map((f) => f.items.length));
  if (longest > 0 && !feedDepth.has('stories')) feedDepth.set('stories', longest);
  const feedRequired = new Set<string>();
  for (const [kind, depth] of feedDepth) {
    const listed = model.inventory.filter((i) => i.kind === kind && i.status === 'published').sort((a, b) => listDate(b).localeCompare(listDate(a)));
    if (listed.length === 0) continue;
    if (depth >= listed.length) listed.forEach((i) => feedRequired.add(i.path));
    else {
      const cutoff = listDate(listed[depth - 1]);
      listed.filter((i) => listDate(i) > cutoff).forEach((i) => feedRequired.add(i.path));
    }
  }

  const say = (item: InventoryItem, what: string) => problems.push(`${item.file} (${ENTRY_NOUNS[item.kind]} "${item.id}", ${item.status}): ${what}`);

  for (const item of model.inventory) {
    const page = pages.get(item.path);
    switch (item.status) {
      case 'published':
      case 'withdrawn': {
        if (!page) { say(item, `không có trang ${item.path}`); break; }
        if (page.kind !== 'page') { say(item, `${item.path} là trang ${page.kind === 'redirect' ? 'chuyển hướng' : 'thông báo gỡ bỏ'}, không phải trang của mục`); break; }
        if (item.status === 'withdrawn' && !page.banner) say(item, `trang ${item.path} thiếu thông báo rút lại (WithdrawnBanner)`);
        if (item.status === 'published' && page.banner) say(item, `trang ${item.path} có thông báo rút lại dù mục đang đăng`);
        const sentences = new Set(sentencesOf.get(item));
        for (const w of page.missing) {
          if (sentences.has(w)) say(item, `câu "${w}" của phần thân không có trên trang ${item.path}: nội dung bị mất khi dựng (một plugin hay thành phần đã nuốt chữ?)`);
          else say(item, `tên "${w}" trong danh sách không có trên trang ${item.path}`);
        }
        const listed = item.status === 'published';
        if (records) {
          if (listed && !records.has(item.path)) say(item, `không có bản ghi tìm kiếm (Pagefind) cho ${item.path}`);
          if (!listed && records.has(item.path)) say(item, `mục rút lại vẫn có bản ghi tìm kiếm ${item.path}`);
        }
        if (sitemaps.exists && listed && !sitemaps.main.has(item.path)) say(item, `không có trong sơ đồ trang (sitemap)`);
        if (!listed && sitemaps.any.has(item.path)) say(item, `mục rút lại vẫn có trong sơ đồ trang (sitemap)`);
        if (listed && feedRequired.has(item.path) && inFeeds(item.path, false).length === 0) say(item, `không có trong nguồn tin nào (${feeds.filter((f) => !f.corrections).map((f) => f.file).join(', ')})`);
        if (!listed && inFeeds(item.path, false).length) say(item, `mục rút lại vẫn có trong nguồn tin ${inFeeds(item.path, false).join(', ')}`);
        break;
      }
      case 'gone':
      case 'expired': {
        if (!page) say(item, `không có trang thông báo gỡ bỏ ở ${item.path}`);
        else if (page.kind !== 'removed') say(item, `${item.path} vẫn là ${page.kind === 'redirect' ? 'trang chuyển hướng' : 'trang nội dung'}, không phải thông báo gỡ bỏ`);
        if (records?.has(item.path)) say(item, `mục đã gỡ vẫn có bản ghi tìm kiếm`);
        if (sitemaps.any.has(item.path)) say(item, `mục đã gỡ vẫn có trong sơ đồ trang (sitemap)`);
        const fed = [...inFeeds(item.path, false), ...inFeeds(item.path, true)];
        if (fed.length) say(item, `mục đã gỡ vẫn có trong nguồn tin ${fed.join(', ')}`);
        break;
      }
      case 'draft':
      case 'scheduled': {
        if (page) say(item, `có trang ${item.path} dù chưa được đăng`);
        break;
      }
    }
  }
  // Nothing of a hidden or removed entry anywhere (reported after the entry's own problems, as before).
  for (const f of found) say(f.item, `"${f.text.slice(0, 80)}" vẫn có trong ${f.file}`);

  // Counts per collection, and no page for an entry the content does not have.
  const summary: string[] = [];
  for (const kind of COLLECTIONS) {
    const items = model.inventory.filter((i) => i.kind === kind);
    const by = (s: string) => items.filter((i) => i.status === s).length;
    const built = [...pages].filter(([url, p]) => p.kind === 'page' && entryOfPath(url)?.kind === kind);
    const known = new Set(items.map((i) => i.path));
    for (const [url] of built) if (!known.has(url)) problems.push(`Trang ${url} không ứng với ${ENTRY_NOUNS[kind]} nào trong nội dung.`);
    const pageCount = by('published') + by('withdrawn');
    if (built.length !== pageCount) problems.push(`Số trang ${ENTRY_NOUNS[kind]} (${built.length}) khác số mục có trang (${pageCount}).`);
    const recordCount = records ? [...records].filter((u) => entryOfPath(u)?.kind === kind).length : undefined;
    if (recordCount !== undefined && recordCount !== by('published')) problems.push(`Số bản ghi tìm kiếm ${ENTRY_NOUNS[kind]} (${recordCount}) khác số mục đang đăng (${by('published')}).`);
    summary.push(
      `${ENTRY_NOUNS[kind]}: ${items.length} tệp = ${by('published')} đang đăng + ${by('withdrawn')} rút lại + ${by('gone') + by('expired')} gỡ bỏ + ${by('draft') + by('scheduled')} nháp/chờ đăng; ` +
        `${built.length} trang${recordCount !== undefined ? `, ${recordCount} bản ghi tìm kiếm` : ''}`,
    );
  }

  // Every internal link and resource of every page resolves.
  for (const [link, from] of [...broken].slice(0, 50)) problems.push(`Liên kết nội bộ hỏng "${link}" (trong ${from.slice(0, 3).join(', ')}${from.length > 3 ? ` và ${from.length - 3} trang khác` : ''}).`);
  if (broken.size > 50) problems.push(`… và ${broken.size - 50} liên kết hỏng khác.`);
  return { problems, summary };
}

export function inventory(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'bang-vang:inventory',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        // The model the gate checked (one load per build).
        const model = modelOfThisBuild();
        const outDir = fileURLToPath(dir);
        const report = inventoryCheck(outDir, model, site);
        if (report.problems.length) {
          console.error(`\nKiểm kê sau khi dựng không khớp, không nhận bản dựng này:\n${report.problems.map((p) => `  ${p}`).join('\n')}\n`);
          process.exit(1);
        }
        logger.info(`Kiểm kê (${Math.round(performance.now() - started)} ms): ${report.summary.join('; ')}.`);
      },
    },
  };
}

