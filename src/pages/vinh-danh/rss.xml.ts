/** New award decisions, newest decision first (revoked ones say so in their title). */
import type { APIRoute } from 'astro';
import { getSite } from '../../model/site.ts';
import { buildRss } from '../../lib/feeds/rss.ts';
import { FEED_LIMIT, decisionItem } from '../../lib/feeds/items.ts';
import { channel, feedSite, rssResponse } from '../../lib/feeds/site-feeds.ts';
import { HONORS_FEED_PATH } from '../../lib/seo/urls.ts';
import { HONORS_PATH } from '../../lib/honor-roll.ts';

export const GET: APIRoute = () => {
  const { model, today } = getSite();
  const site = feedSite();
  return rssResponse(buildRss(channel({
    title: `${model.settings.siteName}: Quyết định khen thưởng`,
    description: 'Các quyết định khen thưởng mới trong phong trào toàn dân bảo vệ an ninh Tổ quốc, kèm danh sách người, tập thể được khen.',
    homePath: HONORS_PATH,
    selfPath: HONORS_FEED_PATH,
    items: model.honors.slice(0, FEED_LIMIT).map((h) => decisionItem(model, h, today, site)),
  })));
};
