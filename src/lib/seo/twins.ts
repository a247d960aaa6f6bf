/**
 * Machine-readable copies of a story: the oEmbed response (type "link", a static file per
 * story) and the JSON twin (/nguoi-tot-viec-tot/<id>/index.json), GOV.UK-style: version,
 * first published, updated, corrections, licence, text and photos with credit and use.
 * Never anything from a consent record: subjects are given as the page shows them.
 */
import type { Story } from '../../schemas/stories.ts';
import type { ByteLength } from '../feeds/types.ts';
import { creditText } from '../republish/kit.ts';
import { subjectLine } from '../story-view.ts';
import { storyModified, storyPublished, storyVersion, vnDateTime } from './dates.ts';

export interface TwinSite {
  siteUrl: string;
  siteName: string;
  ownerName: string;
  license: { name: string; url: string };
  termsUrl: string;
}

export function oembedJson(input: { title: string; url: string; thumbnail: { url: string; width: number; height: number } }, site: TwinSite) {
  return {
    version: '1.0',
    type: 'link',
    title: input.title,
    url: input.url,
    author_name: site.ownerName,
    author_url: site.siteUrl,
    provider_name: site.siteName,
    provider_url: site.siteUrl,
    cache_age: 86400,
    thumbnail_url: input.thumbnail.url,
    thumbnail_width: input.thumbnail.width,
    thumbnail_height: input.thumbnail.height,
  };
}

export interface TwinPhoto {
  url: string;
  width: number;
  height?: number;
  size_in_bytes: ByteLength;
  alt: string;
  caption?: string;
  credit: string;
  use: Story['photos'][number]['use'];
}

export interface TwinInput {
  id: string;
  url: string;
  story: Story;
  /** Clean HTML of the body (absolute URLs). */
  bodyHtml: string;
  photos: TwinPhoto[];
  place: string;
  campaign?: { name: string; url: string };
  /** Absolute URL of the share image. */
  shareImage: string;
}

export const TWIN_SCHEMA_VERSION = 1;

export function storyTwin(t: TwinInput, site: TwinSite) {
  const s = t.story;
  return {
    schema_version: TWIN_SCHEMA_VERSION,
    id: t.id,
    url: t.url,
    version: storyVersion(s),
    first_published: storyPublished(s),
    updated: storyModified(s),
    corrections: s.corrections.map((c) => ({ date: vnDateTime(c.date), text: c.text })),
    ...(s.state === 'withdrawn' && s.withdrawn && { withdrawn_notice: { date: vnDateTime(s.withdrawn.date), explanation: s.withdrawn.reason } }),
    license: { name: site.license.name, url: site.license.url, terms: site.termsUrl, credit: creditText({ siteName: site.siteName, siteUrl: site.siteUrl, license: site.license }, t.url) },
    title: s.title,
    summary: s.summary,
    body_html: t.bodyHtml,
    deed_date: s.deedDate,
    place: t.place,
    ...(t.campaign && { campaign: t.campaign }),
    subjects: s.subjects.map(subjectLine),
    photos: t.photos,
    share_image: t.shareImage,
    ...(s.source && { source: { outlet: s.source.outlet, url: s.source.url, ...(s.source.author && { author: s.source.author }), ...(s.source.published && { published: s.source.published }) } }),
    recognition: s.recognition.map((r) => ({ text: r.text, ...(r.by && { by: r.by }), ...(r.date && { date: r.date }) })),
    tags: s.tags,
    publisher: { name: site.ownerName, url: site.siteUrl },
  };
}
