/**
 * The `seo` prop of story, plan, decision, campaign and place pages: share image, Open Graph
 * article data, JSON-LD and alternate links. Astro side (share images and photo derivatives
 * come from assets.ts); the builders it calls are pure.
 */
import type { Entry } from '../../model/load-content.ts';
import { getSite } from '../../model/site.ts';
import type { Campaign } from '../../schemas/campaigns.ts';
import type { Honor } from '../../schemas/honors.ts';
import type { Plan } from '../../schemas/plans.ts';
import type { Story } from '../../schemas/stories.ts';
import { displayNumber } from '../../schemas/document-number.ts';
import { decisionView, planHref } from '../honor-roll.ts';
import { describePlace, provinceOf, shortName } from '../localities.ts';
import { numberLine, typeHeading } from '../plan-view.ts';
import { campaignHref, campaignLinks, photoCredit, placeText, storyHref } from '../story-view.ts';
import { provincePages } from '../feeds/site-feeds.ts';
import { RATIOS, croppedDerivative, shareImage, siteUrl } from './assets.ts';
import { storyModified, storyPublished, vnDateTime } from './dates.ts';
import type { AlternateLink, SeoData, SeoImage } from './head.ts';
import { decisionJsonLd, newsArticle, planJsonLd, publisherOf, type ImageInput } from './json-ld.ts';
import { CORRECTIONS_FEED_PATH, HONORS_FEED_PATH, REPUBLISH_PATH, SHARE_IMAGE_SIZE, absolute, campaignFeedPath, oembedPath, provinceFeedPath, shareImagePath, storyJsonPath, type ShareKind } from './urls.ts';

const RSS = 'application/rss+xml';

async function ogImage(kind: ShareKind, id: string, alt: string): Promise<SeoImage> {
  await shareImage(kind, id); // drawn (or taken from the cache) once, also for the endpoint
  return { url: absolute(siteUrl(), shareImagePath(kind, id)), ...SHARE_IMAGE_SIZE, alt, type: 'image/png' };
}

function provinceFeed(localityId: string): AlternateLink | undefined {
  const { model } = getSite();
  const province = provinceOf(model.localities, localityId);
  if (!province || !provincePages().some((p) => p.locality.id === province.id)) return undefined;
  return { type: RSS, href: absolute(siteUrl(), provinceFeedPath(province.id)), title: `Bài mới ở ${shortName(province)} (RSS)` };
}

function campaignFeed(c: Entry<Campaign>): AlternateLink {
  return { type: RSS, href: absolute(siteUrl(), campaignFeedPath(c.id)), title: `Bài mới thuộc ${c.data.name} (RSS)` };
}

export async function storySeo(entry: Entry<Story>): Promise<SeoData> {
  const { model, today } = getSite();
  const site = siteUrl();
  const s = entry.data;
  const url = absolute(site, storyHref(entry.id));
  const campaign = s.campaign ? model.campaignById.get(s.campaign) : undefined;
  const links = campaignLinks(s, model.campaigns);
  const image = await ogImage('nguoi-tot-viec-tot', entry.id, `${s.title} (ảnh chia sẻ của ${model.settings.siteName})`);
  const photo = s.photos[0];
  const terms = absolute(site, `${REPUBLISH_PATH}#anh`);
  const images: ImageInput[] = photo
    ? await Promise.all(RATIOS.map(async (r) => {
        const d = await croppedDerivative(entry, 0, r);
        return {
          url: absolute(site, d.path), width: d.width, height: d.height!, caption: photo.caption ?? photo.alt,
          credit: photoCredit(photo.credit).replace(/^Ảnh: /, ''),
          license: photo.use === 'reuse' ? model.settings.license.url : undefined,
          acquireLicensePage: terms,
        };
      }))
    : [{ url: image.url, width: image.width, height: image.height, caption: s.title, credit: model.settings.siteName, license: model.settings.license.url, acquireLicensePage: terms }];
  const published = storyPublished(s);
  const modified = storyModified(s);
  const section = links.campaign?.name ?? 'Người tốt, việc tốt';
  return {
    type: 'article',
    image,
    article: { published, modified, section, tags: s.tags },
    jsonLd: [newsArticle({
      url, headline: s.title, description: s.summary, images, datePublished: published, dateModified: modified, section,
      keywords: s.tags, place: placeText(model.localities, s, today),
      corrections: s.corrections.map((c) => ({ date: vnDateTime(c.date), text: c.text })),
      basedOn: s.source && { url: s.source.url, outlet: s.source.outlet, author: s.source.author },
      license: model.settings.license.url,
    }, publisherOf(model.settings, site))],
    feeds: [campaign && campaignFeed(campaign), provinceFeed(s.locality), { type: RSS, href: absolute(site, CORRECTIONS_FEED_PATH), title: 'Đính chính và thu hồi (RSS)' }].filter((x): x is AlternateLink => !!x),
    oembed: { type: 'application/json+oembed', href: absolute(site, oembedPath(entry.id)), title: s.title },
    json: { type: 'application/json', href: absolute(site, storyJsonPath(entry.id)), title: `Bản JSON: ${s.title}` },
  };
}

export function planSeo(entry: Entry<Plan>, headline: string): SeoData {
  const { model, today } = getSite();
  const site = siteUrl();
  const p = entry.data;
  const campaign = model.campaignById.get(p.campaign);
  const genre = typeHeading(p).toLocaleLowerCase('vi');
  return {
    jsonLd: [planJsonLd({
      url: absolute(site, planHref(entry.id)),
      title: p.title,
      headline,
      summary: p.summary,
      genre: genre.charAt(0).toLocaleUpperCase('vi') + genre.slice(1),
      number: numberLine(p).replace(/^Số: /, ''),
      issued: p.issued,
      period: p.period,
      issuer: p.issuer.name,
      place: describePlace(model.localities, p.locality, today),
      campaign: campaign && { name: campaign.data.name, url: absolute(site, campaignHref(campaign.id)) },
      basis: p.basis.flatMap((b) => (b.plan && model.planById.has(b.plan) ? [absolute(site, planHref(b.plan))] : [])),
    }, publisherOf(model.settings, site))],
    feeds: campaign ? [campaignFeed(campaign)] : [],
  };
}

export async function decisionSeo(entry: Entry<Honor>): Promise<SeoData> {
  const { model, today } = getSite();
  const site = siteUrl();
  const v = decisionView(model, entry, today);
  const d = entry.data;
  const campaign = d.campaign ? model.campaignById.get(d.campaign) : undefined;
  return {
    image: await ogImage('vinh-danh', entry.id, `${v.title}: ${v.form} (ảnh chia sẻ của ${model.settings.siteName})`),
    jsonLd: [decisionJsonLd({
      url: absolute(site, `/vinh-danh/quyet-dinh/${entry.id}/`),
      headline: v.title,
      number: d.number.status === 'unknown' ? 'chưa rõ số' : displayNumber(d.number),
      date: d.date,
      body: d.body,
      form: v.form,
      place: v.place,
      recipients: d.recipients.map((r) => ({ name: r.name.replace(/\s+/g, ' ').trim(), kind: r.kind })),
      campaign: campaign && { name: campaign.data.name, url: absolute(site, campaignHref(campaign.id)) },
      revoked: v.revoked && { date: v.revoked.date, reason: v.revoked.reason },
      source: d.source?.url,
    }, publisherOf(model.settings, site))],
    feeds: [{ type: RSS, href: absolute(site, HONORS_FEED_PATH), title: 'Quyết định khen thưởng mới (RSS)' }, ...(campaign ? [campaignFeed(campaign)] : [])],
  };
}

export async function campaignSeo(entry: Entry<Campaign>): Promise<SeoData> {
  const { model } = getSite();
  return {
    image: await ogImage('phong-trao', entry.id, `${entry.data.name} (ảnh chia sẻ của ${model.settings.siteName})`),
    feeds: [campaignFeed(entry)],
  };
}

/** A place page: its province's feed, when this place is a province with one. */
export function placeSeo(localityId: string): SeoData {
  const feed = provinceFeed(localityId);
  const { model } = getSite();
  return feed && provinceOf(model.localities, localityId)?.id === localityId ? { feeds: [feed] } : {};
}
