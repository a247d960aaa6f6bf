/**
 * Assembles the site's feeds for the endpoints (Astro side: rendered bodies and images come
 * from src/lib/seo/assets.ts). Every list comes from the site model, whose stories are public
 * only, so a draft or an embargoed story can reach no feed.
 */
import type { Entry } from '../../model/load-content.ts';
import { getSite } from '../../model/site.ts';
import type { Story } from '../../schemas/stories.ts';
import { siteUrl, storyBodyHtml, storyFeedImage } from '../seo/assets.ts';
import { REPUBLISH_PATH, absolute } from '../seo/urls.ts';
import { localityPages } from '../story-view.ts';
import { newestStories, storyItem, type FeedSite } from './items.ts';
import type { FeedChannel, FeedItem } from './types.ts';

export function feedSite(): FeedSite {
  const s = getSite().model.settings;
  const base = siteUrl();
  return { siteUrl: base, siteName: s.siteName, ownerName: s.owner.name, license: s.license, termsUrl: absolute(base, REPUBLISH_PATH) };
}

/** Feed items of some stories: newest first, at most FEED_LIMIT, with full content and lead image. */
export async function storyFeedItems(stories: readonly Entry<Story>[]): Promise<FeedItem[]> {
  const { model } = getSite();
  const site = feedSite();
  return Promise.all(
    newestStories(stories).map(async (s) => storyItem(s, { bodyHtml: await storyBodyHtml(s.id), image: await storyFeedImage(s) }, model, site)),
  );
}

export interface ChannelOptions {
  title: string;
  description: string;
  /** The HTML page the feed follows. */
  homePath: string;
  selfPath: string;
  jsonPath?: string;
  items: FeedItem[];
}

export function channel(o: ChannelOptions): FeedChannel {
  const { model } = getSite();
  const s = model.settings;
  const site = feedSite();
  return {
    title: o.title,
    description: o.description,
    homePageUrl: absolute(site.siteUrl, o.homePath),
    selfUrl: absolute(site.siteUrl, o.selfPath),
    jsonFeedUrl: o.jsonPath && absolute(site.siteUrl, o.jsonPath),
    language: 'vi',
    copyright: `Nội dung do ${s.owner.name} biên soạn được dùng lại theo giấy phép ${s.license.name} (${s.license.url}), ghi rõ nguồn và đường dẫn bài gốc. Văn bản của cơ quan nhà nước được đăng lại nguyên văn. Điều kiện đăng lại: ${site.termsUrl}`,
    author: { name: s.owner.name, url: site.siteUrl },
    license: s.license,
    termsUrl: site.termsUrl,
    items: o.items,
  };
}

export const rssResponse = (xml: string) => new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
export const jsonFeedResponse = (json: string) => new Response(json, { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
export const jsonResponse = (value: unknown) => new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

let provinces: { model: object; pages: ReturnType<typeof localityPages> } | undefined;

/** Provinces with a /dia-ban/ page (the same list the page route builds): each has a feed. Computed once per model. */
export function provincePages() {
  const { model, today } = getSite();
  if (provinces?.model !== model) {
    provinces = { model, pages: localityPages(model.stories, model.plans, model.localities, today).filter((p) => p.province?.id === p.locality.id) };
  }
  return provinces.pages;
}
