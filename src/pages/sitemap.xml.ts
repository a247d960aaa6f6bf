/** Every listed page with the date of its content (src/lib/seo/sitemap.ts). */
import type { APIRoute } from 'astro';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getSite } from '../model/site.ts';
import { siteUrl } from '../lib/seo/assets.ts';
import { sitemapEntries, sitemapXml, staticPagePaths } from '../lib/seo/sitemap.ts';

export const GET: APIRoute = () => {
  const { model, today } = getSite();
  // The fixed pages (about, accessibility …) are found by their files, so a new one is listed without a code change.
  const files = readdirSync(join(process.cwd(), 'src/pages'), { recursive: true, encoding: 'utf8' });
  return new Response(sitemapXml(sitemapEntries(model, today, staticPagePaths(files)), siteUrl()), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
