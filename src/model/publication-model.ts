/**
 * Publication at the build clock, for every entry of every collection: which entries are
 * listed (published), which only keep their page (withdrawn), which URLs explain a removal
 * (gone, expired), which old paths redirect where, and the checks that keep them consistent:
 * a public entry never links to one that has no page (a draft, a scheduled, a removed entry),
 * and an old path is never claimed twice or by a live page.
 */
import { hasPage, isHidden, isListed, isRemoved, publicationStatus, removalNotice, STATUS_WORDS, type Publishable, type PublicationStatus } from '../lib/publication.ts';
import type { Entry, LoadedContent } from './load-content.ts';
import { COLLECTIONS, ENTRY_NOUNS, entryOfPath, entryPath, type CollectionKind } from './entry-paths.ts';
import { fieldPath, type Problem } from './problems.ts';

type AnyEntry = Entry<Publishable & Record<string, unknown>>;

export interface InventoryItem {
  kind: CollectionKind;
  id: string;
  /** Path of the source file, relative to the project root. */
  file: string;
  status: PublicationStatus;
  /** URL of its own page ("/ke-hoach/abc/"). */
  path: string;
  /** Old paths that redirect to it (or that explain its removal). */
  redirectFrom: string[];
  entry: AnyEntry;
}

export interface RemovedPage {
  /** URL path that now explains the removal. */
  path: string;
  kind: CollectionKind;
  id: string;
  /** ISO day of the removal, when known. */
  date?: string;
  /** Public reason, when given. */
  reason?: string;
}

export interface Redirect {
  /** Old path, "/tin/ten-cu/". */
  from: string;
  /** The entry's page, "/nguoi-tot-viec-tot/ten-moi/". */
  to: string;
}

export interface Publication {
  inventory: InventoryItem[];
  statusOf(kind: CollectionKind, id: string): PublicationStatus | undefined;
  removed: RemovedPage[];
  redirects: Redirect[];
  /** Paths of pages that exist but are listed nowhere (withdrawn). */
  unlisted: Set<string>;
  problems: Problem[];
}

const entriesOf = (c: LoadedContent): Record<CollectionKind, AnyEntry[]> => ({
  stories: c.stories as unknown as AnyEntry[],
  plans: c.plans as unknown as AnyEntry[],
  campaigns: c.campaigns as unknown as AnyEntry[],
  honors: c.honors as unknown as AnyEntry[],
  models: c.models as unknown as AnyEntry[],
});

const at = (e: AnyEntry, path: readonly PropertyKey[], message: string): Problem => ({
  file: e.file, ...e.locate(path), field: fieldPath(path) || undefined, message, severity: 'error',
});

/** "Bài viết "abc" đang là bản nháp (draft)": the start of a broken-reference message. */
function targetWords(kind: CollectionKind, id: string, status: PublicationStatus): string {
  const noun = ENTRY_NOUNS[kind];
  return `${noun.charAt(0).toUpperCase()}${noun.slice(1)} "${id}" ${STATUS_WORDS[status]}`;
}

function referenceMessage(kind: CollectionKind, id: string, status: PublicationStatus): string {
  if (status === 'draft') return `${targetWords(kind, id, status)}, nên liên kết sẽ hỏng. Đăng bài đó trước hoặc bỏ liên kết`;
  if (status === 'scheduled') return `${targetWords(kind, id, status)} nên chưa có trang: liên kết sẽ hỏng và làm lộ địa chỉ của mục chưa công bố. Bỏ liên kết cho tới khi mục đó được đăng`;
  if (status === 'expired') return `${targetWords(kind, id, status)}: trang của nó chỉ còn thông báo gỡ bỏ. Nên bỏ liên kết này`;
  return `${targetWords(kind, id, status)}: trang của nó chỉ còn thông báo gỡ bỏ. Bỏ liên kết này`;
}

/** Links in a Markdown body to pages of this site: "](/ke-hoach/abc/)", "[x]: /…", href="/…". */
export function bodyLinks(body: string, baseUrl?: string): { path: string; index: number }[] {
  const out: { path: string; index: number }[] = [];
  const origin = baseUrl ? new URL(baseUrl).origin : undefined;
  const patterns = [/\]\(\s*<?([^)\s>]+)/g, /^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm, /href\s*=\s*["']([^"']+)["']/g];
  for (const re of patterns) {
    for (const m of body.matchAll(re)) {
      let target = m[1];
      if (origin && target.startsWith(origin)) target = target.slice(origin.length) || '/';
      if (!target.startsWith('/') || target.startsWith('//')) continue;
      let path = target.split(/[?#]/)[0];
      if (!path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path)) path += '/';
      out.push({ path, index: m.index + m[0].indexOf(m[1]) });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

function lineColumn(text: string, index: number) {
  const before = text.slice(0, index);
  return { line: before.split('\n').length, column: index - before.lastIndexOf('\n') };
}

export function publicationOf(c: LoadedContent, clock: Date): Publication {
  const all = entriesOf(c);
  const problems: Problem[] = [];
  const inventory: InventoryItem[] = [];
  const status = new Map<string, PublicationStatus>();
  const key = (kind: CollectionKind, id: string) => `${kind}\u0000${id}`;
  for (const kind of COLLECTIONS) {
    for (const entry of all[kind]) {
      const s = publicationStatus(entry.data, clock);
      // With duplicate ids (reported by the cross-checks) the first file wins here.
      if (!status.has(key(kind, entry.id))) status.set(key(kind, entry.id), s);
      inventory.push({ kind, id: entry.id, file: entry.file, status: s, path: entryPath(kind, entry.id), redirectFrom: (entry.data.redirectFrom as string[] | undefined) ?? [], entry });
    }
  }
  const statusOf = (kind: CollectionKind, id: string) => status.get(key(kind, id));

  // Old paths: claimed once, never an entry's own page.
  const ownPaths = new Map(inventory.map((i) => [i.path, i]));
  const claimed = new Map<string, InventoryItem>();
  const redirects: Redirect[] = [];
  const removed: RemovedPage[] = [];
  const unlisted = new Set<string>();
  for (const item of inventory) {
    item.redirectFrom.forEach((from, i) => {
      const own = ownPaths.get(from);
      const first = claimed.get(from);
      if (own) problems.push(at(item.entry, ['redirectFrom', i], `Đường dẫn cũ "${from}" đang là trang của ${ENTRY_NOUNS[own.kind]} "${own.id}" (${own.file}). Một đường dẫn không thể vừa là trang vừa chuyển hướng: xóa dòng này`));
      else if (first && first !== item) problems.push(at(item.entry, ['redirectFrom', i], `Đường dẫn cũ "${from}" đã được ${first.file} dùng. Mỗi đường dẫn cũ chỉ chuyển về một trang: xóa một trong hai`));
      else claimed.set(from, item);
    });
    if (hasPage(item.status)) {
      for (const from of item.redirectFrom) if (claimed.get(from) === item) redirects.push({ from, to: item.path });
      if (!isListed(item.status)) unlisted.add(item.path);
    } else if (isRemoved(item.status)) {
      const notice = removalNotice(item.entry.data, item.status);
      for (const path of [item.path, ...item.redirectFrom.filter((p) => claimed.get(p) === item)]) {
        removed.push({ path, kind: item.kind, id: item.id, ...notice });
      }
    }
  }

  // References from entries that are (or will be) public to entries without a page:
  //   target      field reference (pages show nothing)   link written in the body
  //   draft       error                                   error
  //   scheduled   fine: appears once the target is live   error (would show its address early)
  //   gone        error: remove the reference             error
  //   expired     warning (time alone caused it)          warning
  const severityOf = (s: PublicationStatus, inBody: boolean): Problem['severity'] | undefined => {
    if (hasPage(s)) return undefined;
    if (s === 'expired') return 'warning';
    if (s === 'scheduled' && !inBody) return undefined;
    return 'error';
  };
  const refer = (from: AnyEntry, path: PropertyKey[], kind: CollectionKind, id: unknown) => {
    if (typeof id !== 'string') return;
    const s = statusOf(kind, id);
    const severity = s && severityOf(s, false);
    if (s && severity) problems.push({ ...at(from, path, referenceMessage(kind, id, s)), severity });
  };
  const baseUrl = c.settings?.data.baseUrl;
  for (const item of inventory) {
    if (!hasPage(item.status) && item.status !== 'scheduled') continue;
    const e = item.entry;
    const d = e.data as Record<string, any>;
    switch (item.kind) {
      case 'stories':
        refer(e, ['campaign'], 'campaigns', d.campaign);
        (d.recognition ?? []).forEach((r: { honor?: string }, i: number) => refer(e, ['recognition', i, 'honor'], 'honors', r.honor));
        break;
      case 'plans':
        refer(e, ['campaign'], 'campaigns', d.campaign);
        (d.basis ?? []).forEach((b: { plan?: string }, i: number) => refer(e, ['basis', i, 'plan'], 'plans', b.plan));
        break;
      case 'campaigns':
        refer(e, ['launchedBy', 'plan'], 'plans', d.launchedBy?.plan);
        break;
      case 'honors':
        refer(e, ['campaign'], 'campaigns', d.campaign);
        refer(e, ['plan'], 'plans', d.plan);
        (d.recipients ?? []).forEach((r: { stories?: string[] }, i: number) => (r.stories ?? []).forEach((s, j) => refer(e, ['recipients', i, 'stories', j], 'stories', s)));
        break;
      case 'models':
        refer(e, ['recognisedBy'], 'honors', d.recognisedBy);
        break;
    }
    // Links written in the body are rendered as written: they must point to a page.
    for (const link of bodyLinks(e.body, baseUrl)) {
      const target = entryOfPath(link.path);
      if (!target) continue;
      const s = statusOf(target.kind, target.id);
      const where = lineColumn(e.body, link.index);
      const line = (e.bodyLine ?? 1) + where.line - 1;
      if (s === undefined) {
        if (claimed.has(link.path)) continue; // an old path: still works through its redirect
        problems.push({ file: e.file, line, column: where.column, severity: 'error', message: `Liên kết "${link.path}" trỏ tới ${ENTRY_NOUNS[target.kind]} không có trên trang ("${target.id}"). Sửa đường dẫn cho đúng mã (tên tệp) của mục đó` });
        continue;
      }
      if (item.status === 'scheduled' && s === 'scheduled') continue; // both still hidden
      const severity = severityOf(s, true);
      if (severity) problems.push({ file: e.file, line, column: where.column, severity, message: `Liên kết "${link.path}": ${referenceMessage(target.kind, target.id, s).replace(/^./, (ch) => ch.toLowerCase())}` });
    }
  }
  return { inventory, statusOf, removed, redirects, unlisted, problems };
}

export { isHidden, isListed, hasPage, isRemoved };
