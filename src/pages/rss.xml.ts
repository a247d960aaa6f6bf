/** The site's main feed: every public story, newest first, full text (RSS 2.0). */
import type { APIRoute } from 'astro';
import { getSite } from '../model/site.ts';
import { buildRss } from '../lib/feeds/rss.ts';
import { channel, rssResponse, storyFeedItems } from '../lib/feeds/site-feeds.ts';
import { FEED_PATH, JSON_FEED_PATH } from '../lib/seo/urls.ts';

export const GET: APIRoute = async () => {
  const { model } = getSite();
  const s = model.settings;
  return rssResponse(buildRss(channel({
    title: `${s.siteName}: Người tốt, việc tốt`,
    description: s.tagline,
    homePath: '/nguoi-tot-viec-tot/',
    selfPath: FEED_PATH,
    jsonPath: JSON_FEED_PATH,
    items: await storyFeedItems(model.stories),
  })));
};
