/**
 * One feed per province that has a page: stories that happened in it, including those from
 * provinces merged into it since (named as they were on the deed date in the story itself).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../model/site.ts';
import { buildRss } from '../../../lib/feeds/rss.ts';
import { provinceStories } from '../../../lib/feeds/items.ts';
import { channel, provincePages, rssResponse, storyFeedItems } from '../../../lib/feeds/site-feeds.ts';
import { provinceFeedPath } from '../../../lib/seo/urls.ts';
import { localityHref } from '../../../lib/story-view.ts';
import { shortName } from '../../../lib/localities.ts';

export const getStaticPaths = (() => provincePages().map((p) => ({ params: { id: p.locality.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { model, today } = getSite();
  const province = model.localities.get(params.id!)!;
  const name = shortName(province);
  return rssResponse(buildRss(channel({
    title: `${model.settings.siteName}: ${name}`,
    description: `Gương người tốt, việc tốt ở ${name}.`,
    homePath: localityHref(province.id),
    selfPath: provinceFeedPath(province.id),
    items: await storyFeedItems(provinceStories(model.stories, model.localities, province.id, today)),
  })));
};
