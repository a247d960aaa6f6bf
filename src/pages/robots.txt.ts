/** robots.txt with the site's absolute sitemap addresses. */
import type { APIRoute } from 'astro';
import { siteUrl } from '../lib/seo/assets.ts';
import { robotsTxt } from '../lib/seo/sitemap.ts';
import { NEWS_SITEMAP_PATH, SITEMAP_PATH } from '../lib/seo/urls.ts';

export const GET: APIRoute = () => new Response(robotsTxt(siteUrl(), [SITEMAP_PATH, NEWS_SITEMAP_PATH]), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
