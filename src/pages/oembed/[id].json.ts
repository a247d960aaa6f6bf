/** oEmbed (type "link") for each public story, as a static file; pages link to it from their head. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../model/site.ts';
import { jsonResponse } from '../../lib/feeds/site-feeds.ts';
import { shareImage, siteUrl } from '../../lib/seo/assets.ts';
import { oembedJson } from '../../lib/seo/twins.ts';
import { REPUBLISH_PATH, SHARE_IMAGE_SIZE, absolute } from '../../lib/seo/urls.ts';
import { storyHref } from '../../lib/story-view.ts';

// Every story with a page (a withdrawn story keeps its page, so its twins stay too).
export const getStaticPaths = (() => getSite().model.pages.stories.map((s) => ({ params: { id: s.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { model } = getSite();
  const story = model.storyById.get(params.id!)!;
  const site = siteUrl();
  const share = await shareImage('nguoi-tot-viec-tot', story.id);
  const s = model.settings;
  return jsonResponse(oembedJson(
    { title: story.data.title, url: absolute(site, storyHref(story.id)), thumbnail: { url: absolute(site, share.path), ...SHARE_IMAGE_SIZE } },
    { siteUrl: site, siteName: s.siteName, ownerName: s.owner.name, license: s.license, termsUrl: absolute(site, REPUBLISH_PATH) },
  ));
};
