/** The JSON twin of each public story (src/lib/seo/twins.ts): no consent data, ever. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../model/site.ts';
import { byteMark } from '../../../lib/feeds/byte-marks.ts';
import { jsonResponse } from '../../../lib/feeds/site-feeds.ts';
import { cleanHtml } from '../../../lib/republish/clean-html.ts';
import { photoDerivative, shareImage, siteUrl, storyBodyHtml } from '../../../lib/seo/assets.ts';
import { storyTwin } from '../../../lib/seo/twins.ts';
import { REPUBLISH_PATH, absolute } from '../../../lib/seo/urls.ts';
import { campaignLinks, placeText, storyHref } from '../../../lib/story-view.ts';

// Every story with a page (a withdrawn story keeps its page, so its twins stay too).
export const getStaticPaths = (() => getSite().model.pages.stories.map((s) => ({ params: { id: s.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { model, today } = getSite();
  const entry = model.storyById.get(params.id!)!;
  const site = siteUrl();
  const url = absolute(site, storyHref(entry.id));
  const s = model.settings;
  const photos = await Promise.all(entry.data.photos.map(async (p, i) => {
    const d = await photoDerivative(entry, i);
    return { url: absolute(site, d.path), width: d.width, ...(d.height && { height: d.height }), size_in_bytes: byteMark(d.path), alt: p.alt, ...(p.caption && { caption: p.caption }), credit: p.credit, use: p.use };
  }));
  const links = campaignLinks(entry.data, model.campaigns);
  return jsonResponse(storyTwin(
    {
      id: entry.id,
      url,
      story: entry.data,
      bodyHtml: cleanHtml(await storyBodyHtml(entry.id), { pageUrl: url }),
      photos,
      place: placeText(model.localities, entry.data, today),
      campaign: links.campaign && { name: links.campaign.name, url: absolute(site, links.campaign.href) },
      shareImage: absolute(site, (await shareImage('nguoi-tot-viec-tot', entry.id)).path),
    },
    { siteUrl: site, siteName: s.siteName, ownerName: s.owner.name, license: s.license, termsUrl: absolute(site, REPUBLISH_PATH) },
  ));
};
