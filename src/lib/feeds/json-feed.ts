/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), written by hand: the npm `feed`
 * package writes version 1 only. Same items and order as the RSS feed. The licence and photo
 * credit, which the format has no field for, go in a `_bang_vang` extension object.
 */
import type { FeedChannel, FeedImage, FeedItem } from './types.ts';
import { sortItems } from './rss.ts';

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

/** JSON Feed's extension: names start with "_", an `about` URL explains them. */
function extension(image: FeedImage | undefined, channel: FeedChannel) {
  return {
    about: channel.termsUrl,
    license: channel.license.url,
    ...(image && {
      image_credit: image.credit,
      image_license: image.license?.url,
      image_restriction: image.restriction?.text,
    }),
  };
}

function item(i: FeedItem, channel: FeedChannel) {
  return {
    id: i.id,
    url: i.url,
    title: i.title,
    content_html: i.contentHtml,
    ...(i.summary && { summary: i.summary }),
    ...(i.image && { image: i.image.url }),
    date_published: i.published,
    ...(i.modified && i.modified !== i.published && { date_modified: i.modified }),
    authors: [{ name: i.creator }],
    ...(i.categories.length > 0 && { tags: i.categories }),
    language: channel.language,
    ...(i.image && {
      attachments: [{ url: i.image.url, mime_type: i.image.type, size_in_bytes: i.image.length, ...(i.image.description && { title: i.image.description }) }],
    }),
    _bang_vang: extension(i.image, channel),
  };
}

/** The feed as an object (for tests) … */
export function jsonFeedObject(channel: FeedChannel) {
  return {
    version: JSON_FEED_VERSION,
    title: channel.title,
    home_page_url: channel.homePageUrl,
    ...(channel.jsonFeedUrl && { feed_url: channel.jsonFeedUrl }),
    description: channel.description,
    ...(channel.icon && { icon: channel.icon, favicon: channel.icon }),
    authors: [{ name: channel.author.name, url: channel.author.url }],
    language: channel.language,
    items: sortItems(channel.items).map((i) => item(i, channel)),
    _bang_vang: { about: channel.termsUrl, license: channel.license.url, copyright: channel.copyright },
  };
}

/** … and as the file's text. */
export function buildJsonFeed(channel: FeedChannel): string {
  return `${JSON.stringify(jsonFeedObject(channel), null, 2)}\n`;
}
