/** Google News sitemap: stories first published in the 48 hours before the build clock. */
import type { APIRoute } from 'astro';
import { getSite } from '../model/site.ts';
import { buildInstant } from '../lib/clock.ts';
import { siteUrl } from '../lib/seo/assets.ts';
import { newsSitemapXml } from '../lib/seo/sitemap.ts';

export const GET: APIRoute = () =>
  new Response(newsSitemapXml(getSite().model, buildInstant(), siteUrl()), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
