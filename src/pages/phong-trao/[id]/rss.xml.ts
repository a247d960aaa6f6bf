/** One feed per campaign: its public stories, newest first. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../model/site.ts';
import { buildRss } from '../../../lib/feeds/rss.ts';
import { campaignStories } from '../../../lib/feeds/items.ts';
import { channel, rssResponse, storyFeedItems } from '../../../lib/feeds/site-feeds.ts';
import { campaignFeedPath } from '../../../lib/seo/urls.ts';
import { campaignHref } from '../../../lib/story-view.ts';

export const getStaticPaths = (() => getSite().model.campaigns.map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { model } = getSite();
  const c = model.campaignById.get(params.id!)!;
  return rssResponse(buildRss(channel({
    title: `${model.settings.siteName}: ${c.data.name}`,
    description: `Gương người tốt, việc tốt thuộc ${c.data.name}.`,
    homePath: campaignHref(c.id),
    selfPath: campaignFeedPath(c.id),
    items: await storyFeedItems(campaignStories(model.stories, c.id)),
  })));
};
