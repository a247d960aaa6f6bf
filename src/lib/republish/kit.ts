/**
 * The republish kit ("Đăng lại bài này"): clean HTML of a story that another newsroom can paste
 * into its CMS, with the credit line first, only the photos the press may reuse (`use: reuse`),
 * the source and the corrections. No tracking pixel, no script, no class or style: everything
 * goes through the allow-list sanitiser (clean-html.ts) at the end.
 */
import type { Story } from '../../schemas/stories.ts';
import { partial } from '../partial-date.ts';
import { photoCredit, sourceDetails } from '../story-view.ts';
import { formatListDate } from '../vietnamese-dates.ts';
import { cleanHtml } from './clean-html.ts';

export interface KitSite {
  siteName: string;
  /** Home page, absolute. */
  siteUrl: string;
  license: { name: string; url: string };
}

/** A photo of the story with the URL of its processed derivative (never the original). */
export interface KitPhoto {
  /** Absolute URL of the derivative. */
  src: string;
  width?: number;
  height?: number;
  alt: string;
  caption?: string;
  credit: string;
  use: Story['photos'][number]['use'];
}

export interface KitInput {
  title: string;
  summary: string;
  /** The story's permalink. */
  url: string;
  /** The rendered body (any HTML; it is cleaned). */
  bodyHtml: string;
  /** Every photo in story order; only `use: "reuse"` ones are kept. */
  photos: readonly KitPhoto[];
  source?: Story['source'];
  corrections: Story['corrections'];
}

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** "Bài viết đăng lại từ Bảng vàng theo giấy phép CC BY 4.0. Bản gốc và cập nhật: <URL>" as text. */
export function creditText(site: KitSite, url: string): string {
  return `Bài viết đăng lại từ ${site.siteName} theo giấy phép ${site.license.name}. Bản gốc và cập nhật: ${url}`;
}

/** The same credit line as HTML, with links to the site, the licence and the original. */
export function creditHtml(site: KitSite, url: string): string {
  return `<p>Bài viết đăng lại từ <a href="${esc(site.siteUrl)}">${esc(site.siteName)}</a> theo giấy phép <a href="${esc(site.license.url)}">${esc(site.license.name)}</a>. Bản gốc và cập nhật: <a href="${esc(url)}">${esc(url)}</a></p>`;
}

/** Only the photos the press may reuse. */
export const reusablePhotos = <P extends { use: KitPhoto['use'] }>(photos: readonly P[]): P[] => photos.filter((p) => p.use === 'reuse');

function figure(p: KitPhoto): string {
  const size = p.width && p.height ? ` width="${p.width}" height="${p.height}"` : '';
  const caption = [p.caption && (/[.!?…]$/u.test(p.caption) ? p.caption : `${p.caption}.`), photoCredit(p.credit)].filter(Boolean).map((t) => esc(t!)).join(' ');
  return `<figure><img src="${esc(p.src)}" alt="${esc(p.alt)}"${size}><figcaption>${caption}</figcaption></figure>`;
}

export function republishHtml(input: KitInput, site: KitSite): string {
  const [lead, ...more] = reusablePhotos(input.photos);
  const source = input.source;
  const extra = source && sourceDetails(source);
  const parts = [
    creditHtml(site, input.url),
    `<h2>${esc(input.title)}</h2>`,
    `<p><strong>${esc(input.summary)}</strong></p>`,
    lead && figure(lead),
    cleanHtml(input.bodyHtml, { pageUrl: input.url }),
    ...more.map(figure),
    source && `<p>Theo <a href="${esc(source.url)}">${esc(source.outlet)}</a>${extra ? ` (${esc(extra)})` : ''}.</p>`,
    input.corrections.length > 0 &&
      `<h3>Đính chính</h3><ul>${input.corrections.map((c) => `<li>${formatListDate(partial(c.date))}: ${esc(c.text)}</li>`).join('')}</ul>`,
  ];
  return cleanHtml(parts.filter(Boolean).join('\n'), { pageUrl: input.url, images: true });
}
