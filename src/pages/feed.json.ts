/** The main feed as JSON Feed 1.1: the same stories, order and content as /rss.xml. */
import type { APIRoute } from 'astro';
import { getSite } from '../model/site.ts';
import { buildJsonFeed } from '../lib/feeds/json-feed.ts';
import { channel, jsonFeedResponse, storyFeedItems } from '../lib/feeds/site-feeds.ts';
import { FEED_PATH, JSON_FEED_PATH } from '../lib/seo/urls.ts';

export const GET: APIRoute = async () => {
  const { model } = getSite();
  const s = model.settings;
  return jsonFeedResponse(buildJsonFeed(channel({
    title: `${s.siteName}: Người tốt, việc tốt`,
    description: s.tagline,
    homePath: '/nguoi-tot-viec-tot/',
    selfPath: FEED_PATH,
    jsonPath: JSON_FEED_PATH,
    items: await storyFeedItems(model.stories),
  })));
};
