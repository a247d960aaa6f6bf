/** Corrections of public stories and revoked award decisions, newest first: newsrooms that republished check it. */
import type { APIRoute } from 'astro';
import { getSite } from '../../model/site.ts';
import { buildRss, sortItems } from '../../lib/feeds/rss.ts';
import { correctionItems } from '../../lib/feeds/items.ts';
import { channel, feedSite, rssResponse } from '../../lib/feeds/site-feeds.ts';
import { CORRECTIONS_FEED_PATH, CORRECTIONS_PATH } from '../../lib/seo/urls.ts';

export const GET: APIRoute = () => {
  const { model, today } = getSite();
  return rssResponse(buildRss(channel({
    title: `${model.settings.siteName}: Đính chính và thu hồi`,
    description: 'Đính chính các bài đã đăng và các quyết định khen thưởng bị thu hồi. Báo đã đăng lại bài của trang xin theo dõi để cập nhật.',
    homePath: CORRECTIONS_PATH,
    selfPath: CORRECTIONS_FEED_PATH,
    items: sortItems(correctionItems(model, today, feedSite())).slice(0, 100),
  })));
};
