/**
 * Addresses of the machine-readable outputs (feeds, oEmbed, JSON twins, share images, sitemaps),
 * in one place so pages, head tags, endpoints and tests agree.
 */
export const FEED_PATH = '/rss.xml';
export const JSON_FEED_PATH = '/feed.json';
export const HONORS_FEED_PATH = '/vinh-danh/rss.xml';
export const CORRECTIONS_FEED_PATH = '/dinh-chinh/rss.xml';
export const CORRECTIONS_PATH = '/dinh-chinh/';
export const REPUBLISH_PATH = '/dang-lai/';
export const SITEMAP_PATH = '/sitemap.xml';
export const NEWS_SITEMAP_PATH = '/sitemap-news.xml';

export const campaignFeedPath = (id: string) => `/phong-trao/${id}/rss.xml`;
export const provinceFeedPath = (id: string) => `/dia-ban/${id}/rss.xml`;
export const oembedPath = (storyId: string) => `/oembed/${storyId}.json`;
export const storyJsonPath = (storyId: string) => `/nguoi-tot-viec-tot/${storyId}/index.json`;

/** Kinds of page that get a generated share image, by the URL folder of the page. */
export const SHARE_KINDS = ['nguoi-tot-viec-tot', 'phong-trao', 'vinh-danh'] as const;
export type ShareKind = (typeof SHARE_KINDS)[number];
export const SHARE_IMAGE_DIR = '/anh-chia-se/';
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;
export const shareImagePath = (kind: ShareKind, id: string) => `${SHARE_IMAGE_DIR}${kind}/${id}.png`;

/** Absolute URL of a site path (or an already absolute URL, unchanged). */
export function absolute(site: string | URL, path: string): string {
  return new URL(path, site).href;
}
