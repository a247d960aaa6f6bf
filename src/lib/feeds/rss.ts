/**
 * RSS 2.0 writer with the modules press systems read: content:encoded (full HTML),
 * dc:creator, atom:link rel="self", and Media RSS (media:content with credit and licence).
 * Dates come from the items (no build-time timestamps), so unchanged content gives the same bytes.
 */
import { newest, rfc822 } from '../seo/dates.ts';
import type { FeedChannel, FeedImage, FeedItem } from './types.ts';
import { el, xmlDocument, type XmlElement } from './xml.ts';

export const RSS_NAMESPACES = {
  'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
  'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
  'xmlns:atom': 'http://www.w3.org/2005/Atom',
  'xmlns:media': 'http://search.yahoo.com/mrss/',
} as const;

/** Newest first (by first publication), ties by id: the same order on every build. */
export function sortItems(items: readonly FeedItem[]): FeedItem[] {
  return [...items].sort((a, b) => new Date(b.published).getTime() - new Date(a.published).getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The newest date in the feed (a change counts): lastBuildDate, JSON Feed has none. */
export function feedUpdated(items: readonly FeedItem[]): string | undefined {
  return newest(items.map((i) => i.modified ?? i.published));
}

function mediaContent(image: FeedImage): XmlElement {
  return el(
    'media:content',
    { url: image.url, type: image.type, medium: 'image', fileSize: image.length, width: image.width, height: image.height },
    image.description && el('media:description', { type: 'plain' }, image.description),
    el('media:credit', { role: 'photographer', scheme: 'urn:ebu' }, image.credit),
    image.license && el('media:license', { type: 'text/html', href: image.license.url }, image.license.name),
    !image.license && image.restriction && el('media:license', { type: 'text/html', href: image.restriction.url }, image.restriction.text),
  );
}

function item(i: FeedItem): XmlElement {
  return el(
    'item',
    {},
    el('title', {}, i.title),
    el('link', {}, i.url),
    el('guid', { isPermaLink: i.idIsPermalink ? 'true' : 'false' }, i.id),
    el('pubDate', {}, rfc822(i.published)),
    el('dc:creator', {}, i.creator),
    i.categories.map((c) => el('category', {}, c)),
    i.summary && el('description', {}, i.summary),
    el('content:encoded', {}, i.contentHtml),
    i.image && el('enclosure', { url: i.image.url, length: i.image.length, type: i.image.type }),
    i.image && mediaContent(i.image),
  );
}

/** The whole RSS document. Items are sorted newest first. */
export function buildRss(channel: FeedChannel): string {
  const items = sortItems(channel.items);
  const updated = feedUpdated(items);
  const root = el(
    'rss',
    { version: '2.0', ...RSS_NAMESPACES },
    el(
      'channel',
      {},
      el('title', {}, channel.title),
      el('link', {}, channel.homePageUrl),
      el('description', {}, channel.description),
      el('language', {}, channel.language),
      el('copyright', {}, channel.copyright),
      el('atom:link', { href: channel.selfUrl, rel: 'self', type: 'application/rss+xml' }),
      channel.jsonFeedUrl && el('atom:link', { href: channel.jsonFeedUrl, rel: 'alternate', type: 'application/feed+json' }),
      el('atom:link', { href: channel.license.url, rel: 'license' }),
      updated && el('lastBuildDate', {}, rfc822(updated)),
      updated && el('pubDate', {}, rfc822(updated)),
      el('docs', {}, 'https://www.rssboard.org/rss-specification'),
      channel.icon && el('image', {}, el('url', {}, channel.icon), el('title', {}, channel.title), el('link', {}, channel.homePageUrl)),
      items.map(item),
    ),
  );
  return xmlDocument(root);
}
