/**
 * What a page tells other machines in its <head>: Open Graph and Twitter card tags, feed,
 * oEmbed and JSON alternates. Pure; src/components/head/SeoHead.astro writes the tags.
 * (The canonical link and <meta name="description"> are written by the layout itself.)
 */
import type { JsonLd } from './json-ld.ts';
import { FEED_PATH, JSON_FEED_PATH, absolute } from './urls.ts';

export interface SeoImage {
  /** Absolute URL. */
  url: string;
  width: number;
  height: number;
  alt: string;
  type: string;
}

export interface AlternateLink {
  type: string;
  /** Absolute URL. */
  href: string;
  title: string;
}

/** What a page passes to the layout (`seo` prop) for its head. */
export interface SeoData {
  /** Open Graph type: "article" for a story, "website" otherwise (default). */
  type?: 'article' | 'website';
  image?: SeoImage;
  article?: { published: string; modified?: string; section?: string; tags?: readonly string[] };
  jsonLd?: readonly JsonLd[];
  /** Feeds besides the site-wide ones (a campaign's, a province's …). */
  feeds?: readonly AlternateLink[];
  /** The page's oEmbed JSON. */
  oembed?: AlternateLink;
  /** A JSON copy of the page's record. */
  json?: AlternateLink;
}

export interface MetaTag { attr: 'property' | 'name'; key: string; content: string }

export interface HeadInput {
  title: string;
  description?: string;
  /** Absolute canonical URL of the page. */
  url: string;
  siteName: string;
  seo?: SeoData;
}

export function metaTags({ title, description, url, siteName, seo = {} }: HeadInput): MetaTag[] {
  const p = (key: string, content: string | undefined): MetaTag[] => (content ? [{ attr: 'property', key, content }] : []);
  const n = (key: string, content: string | undefined): MetaTag[] => (content ? [{ attr: 'name', key, content }] : []);
  const img = seo.image;
  const a = seo.article;
  return [
    ...p('og:type', seo.type ?? 'website'),
    ...p('og:title', title),
    ...p('og:description', description),
    ...p('og:url', url),
    ...p('og:site_name', siteName),
    ...p('og:locale', 'vi_VN'),
    ...(img ? [...p('og:image', img.url), ...p('og:image:type', img.type), ...p('og:image:width', String(img.width)), ...p('og:image:height', String(img.height)), ...p('og:image:alt', img.alt)] : []),
    ...(a ? [...p('article:published_time', a.published), ...p('article:modified_time', a.modified), ...p('article:section', a.section), ...(a.tags ?? []).flatMap((t) => p('article:tag', t))] : []),
    ...n('twitter:card', img ? 'summary_large_image' : 'summary'),
    ...n('twitter:title', title),
    ...n('twitter:description', description),
    ...(img ? [...n('twitter:image', img.url), ...n('twitter:image:alt', img.alt)] : []),
  ];
}

/** The site's own feeds, on every page. */
export function siteFeeds(site: string | URL, siteName: string): AlternateLink[] {
  return [
    { type: 'application/rss+xml', href: absolute(site, FEED_PATH), title: `${siteName}: bài mới (RSS)` },
    { type: 'application/feed+json', href: absolute(site, JSON_FEED_PATH), title: `${siteName}: bài mới (JSON Feed)` },
  ];
}

/** Every <link rel="alternate"> of the page: site feeds, the page's own feeds, oEmbed, JSON. */
export function alternateLinks(site: string | URL, siteName: string, seo: SeoData = {}): AlternateLink[] {
  const all = [...siteFeeds(site, siteName), ...(seo.feeds ?? []), ...(seo.oembed ? [seo.oembed] : []), ...(seo.json ? [seo.json] : [])];
  return all.filter((l, i) => all.findIndex((x) => x.href === l.href) === i);
}
