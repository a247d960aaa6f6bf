/**
 * The URL of every entry's own page, by collection. One table for the pages, the redirects,
 * the removal notices, the URL manifest and the inventory check, so they always agree.
 */

export const COLLECTIONS = ['stories', 'plans', 'campaigns', 'honors', 'models'] as const;
export type CollectionKind = (typeof COLLECTIONS)[number];

export const ENTRY_PREFIXES: Record<CollectionKind, string> = {
  stories: '/nguoi-tot-viec-tot/',
  plans: '/ke-hoach/',
  campaigns: '/phong-trao/',
  honors: '/vinh-danh/quyet-dinh/',
  models: '/mo-hinh/',
};

/** Vietnamese name of one entry of each collection, for banners and messages. */
export const ENTRY_NOUNS: Record<CollectionKind, string> = {
  stories: 'bài viết',
  plans: 'kế hoạch',
  campaigns: 'phong trào',
  honors: 'quyết định khen thưởng',
  models: 'mô hình',
};

export function entryPath(kind: CollectionKind, id: string): string {
  return `${ENTRY_PREFIXES[kind]}${id}/`;
}

/**
 * The entry an URL path stands for, when it has the shape of an entry page:
 * "/ke-hoach/abc/" → plans/abc. Story list pages ("/nguoi-tot-viec-tot/2/") are not entries.
 */
export function entryOfPath(path: string): { kind: CollectionKind; id: string } | undefined {
  for (const kind of COLLECTIONS) {
    const prefix = ENTRY_PREFIXES[kind];
    if (!path.startsWith(prefix)) continue;
    const rest = path.slice(prefix.length);
    const m = /^([a-z0-9]+(?:-[a-z0-9]+)*)\/$/.exec(rest);
    if (!m) continue;
    if (kind === 'stories' && /^\d+$/.test(m[1])) continue; // pagination
    return { kind, id: m[1] };
  }
  return undefined;
}
