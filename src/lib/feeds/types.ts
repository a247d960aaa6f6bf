/** The feed model shared by the RSS 2.0 and JSON Feed 1.1 writers. All URLs are absolute. */

/** The byte length of a file: a number, or a mark the build fills in once the file exists (byte-marks.ts). */
export type ByteLength = number | string;

export interface FeedImage {
  url: string;
  /** MIME type: "image/jpeg", "image/png". */
  type: string;
  length: ByteLength;
  width?: number;
  height?: number;
  /** What it shows (alt text, or caption). */
  description?: string;
  /** Who made it, without the "Ảnh:" prefix. */
  credit: string;
  /** The licence for reuse; for a photo the press may not reuse, `restriction` says so instead. */
  license?: { name: string; url: string };
  /** A photo outside the licence: a page explaining the terms and a short statement. */
  restriction?: { url: string; text: string };
}

export interface FeedItem {
  /** Stable id: the permalink, or the permalink with a fragment for a correction. */
  id: string;
  /** True when `id` is the item's own page (RSS guid isPermaLink). */
  idIsPermalink: boolean;
  url: string;
  title: string;
  summary?: string;
  /** Full content, clean HTML with absolute URLs. */
  contentHtml: string;
  /** RFC 3339 in +07:00 (see seo/dates.ts). */
  published: string;
  modified?: string;
  categories: string[];
  /** Who wrote it (dc:creator). */
  creator: string;
  image?: FeedImage;
}

export interface FeedChannel {
  title: string;
  description: string;
  /** The HTML page this feed follows. */
  homePageUrl: string;
  /** This RSS feed's own URL (atom:link rel=self). */
  selfUrl: string;
  /** The JSON Feed's own URL (feed_url), for the JSON version. */
  jsonFeedUrl?: string;
  language: string;
  /** "Nội dung theo giấy phép CC BY 4.0 …". */
  copyright: string;
  /** Publisher, for JSON Feed `authors` and RSS managingEditor-less channels. */
  author: { name: string; url: string };
  /** Channel icon (RSS image, JSON Feed icon). */
  icon?: string;
  license: { name: string; url: string };
  /** The page that explains the reuse terms (JSON Feed extension's `about`). */
  termsUrl: string;
  items: FeedItem[];
}
