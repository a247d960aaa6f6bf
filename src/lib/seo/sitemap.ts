/**
 * Sitemaps from the site model (not from the built files, so each page gets the date of its
 * content as lastmod): every public page, the same lists the page routes build. Left out:
 * /tim-kiem/ (search results), /404 and /admin/. A build test checks that this list and the
 * built pages match, so a new route cannot be silently missed.
 *
 * The news sitemap holds the stories first published in the 48 hours before the build clock
 * (Google News reads only the last two days); it may be empty.
 */
import type { SiteModel } from '../../model/site-model.ts';
import type { Entry } from '../../model/load-content.ts';
import type { Honor } from '../../schemas/honors.ts';
import { boardHref, alphabeticalHref, boardPaths, campaignRollHref, campaignsWithDecisions, decisionHref, honoreeHref, modelHref } from '../honor-roll.ts';
import { byProvince, byYear } from '../plan-filters.ts';
import { byContent, byDeedYear, campaignHref, contentHref, localityHref, localityPages, storyHref, yearHref, STORIES_PATH } from '../story-view.ts';
import { el, xmlDocument } from '../feeds/xml.ts';
import { instantOf, newest, storyModified, storyPublished, vnDateTime } from './dates.ts';
import { CORRECTIONS_PATH, REPUBLISH_PATH, absolute } from './urls.ts';

export interface SitemapEntry {
  path: string;
  /** RFC 3339 in +07:00, from the content; absent when the page has no content date. */
  lastmod?: string;
}

/** Paths never listed: search results, the error page, the editors' admin. */
export const EXCLUDED_PATHS = [/^\/tim-kiem\//, /^\/404/, /^\/admin\//];

/** The stories list is paginated 20 to a page (src/pages/nguoi-tot-viec-tot/[...page].astro). */
export const STORIES_PAGE_SIZE = 20;

const honorDate = (h: Entry<Honor>) => vnDateTime(h.data.status === 'in-force' ? h.data.date : h.data.status.revoked);
const planDate = (p: { data: { issued: string } }) => vnDateTime(p.data.issued);
const storyDate = (s: Entry<import('../../schemas/stories.ts').Story>) => storyModified(s.data);
const latest = (dates: (string | undefined)[]) => newest(dates.filter((d): d is string => !!d));

/**
 * URL paths of the fixed pages (page files without a [parameter]), from their file names
 * relative to src/pages: "gioi-thieu/index.astro" → "/gioi-thieu/", "404.astro" → "/404/".
 */
export function staticPagePaths(files: readonly string[]): string[] {
  return files
    .map((f) => f.replaceAll('\\', '/'))
    .filter((f) => /\.(astro|md|mdx|html)$/.test(f) && !f.includes('[') && !f.split('/').some((part) => part.startsWith('_')))
    .map((f) => {
      const path = f.replace(/\.(astro|md|mdx|html)$/, '').replace(/(^|\/)index$/, '');
      return path ? `/${path}/` : '/';
    })
    .sort();
}

/**
 * Every listed page: entry pages and lists from the model (with dates), plus the fixed pages
 * found by staticPagePaths (without a date unless the model gives one). Withdrawn pages,
 * redirects and removal notices are never listed.
 */
export function sitemapEntries(model: SiteModel, today: string, staticPaths: readonly string[] = []): SitemapEntry[] {
  const out: SitemapEntry[] = [];
  const add = (path: string, dates: (string | undefined)[]) => out.push({ path, lastmod: latest(dates) });
  const stories = model.stories;
  const allStoryDates = stories.map(storyDate);
  const allPlanDates = model.plans.map(planDate);
  const allHonorDates = model.honors.map(honorDate);

  add('/', [...allStoryDates, ...allPlanDates, ...allHonorDates]);

  // Campaigns: their own launch date and everything listed under them.
  add('/phong-trao/', [...model.campaigns.flatMap((c) => campaignDates(model, c.id))]);
  for (const c of model.campaigns) add(campaignHref(c.id), campaignDates(model, c.id));

  // Stories: the paginated list, each story, by year, by competition content.
  const pages = Math.max(1, Math.ceil(stories.length / STORIES_PAGE_SIZE));
  for (let n = 1; n <= pages; n++) {
    add(n === 1 ? STORIES_PATH : `${STORIES_PATH}${n}/`, stories.slice((n - 1) * STORIES_PAGE_SIZE, n * STORIES_PAGE_SIZE).map(storyDate));
  }
  for (const s of stories) add(storyHref(s.id), [storyDate(s)]);
  for (const g of byDeedYear(stories)) add(yearHref(g.year), g.stories.map(storyDate));
  for (const g of byContent(stories, model.campaigns)) add(contentHref(g.slug), g.stories.map(storyDate));

  // Places.
  add('/dia-ban/', [...allStoryDates, ...allPlanDates]);
  for (const p of localityPages(stories, model.plans, model.localities, today)) {
    add(localityHref(p.locality.id), [...p.stories.map(storyDate), ...p.plans.map(planDate)]);
  }

  // Plans.
  add('/ke-hoach/', allPlanDates);
  for (const p of model.plans) add(`/ke-hoach/${p.id}/`, [planDate(p)]);
  for (const g of byYear(model.plans)) add(`/ke-hoach/nam/${g.slug}/`, g.plans.map(planDate));
  for (const g of byProvince(model.plans, model.localities, today)) add(`/ke-hoach/tinh/${g.slug}/`, g.plans.map(planDate));

  // Honor roll.
  add('/vinh-danh/', allHonorDates);
  for (const h of model.honors) add(decisionHref(h.id), [honorDate(h)]);
  for (const honoree of model.honorees.values()) add(honoreeHref(honoree.id), honoree.awards.map((a) => honorDate(a.honor as Entry<Honor>)));
  for (const c of campaignsWithDecisions(model)) {
    const dates = model.honors.filter((h) => h.data.campaign === c.id).map(honorDate);
    add(campaignRollHref(c.id), dates);
    add(alphabeticalHref(c.id), dates);
  }
  for (const { campaign, phase } of boardPaths(model)) {
    add(boardHref(campaign.id, phase), model.honors.filter((h) => h.data.campaign === campaign.id && (!phase || h.data.phase === phase)).map(honorDate));
  }
  add('/mo-hinh/', model.models.map((m) => recognisedDate(model, m.data.recognisedBy)));
  for (const m of model.models) add(modelHref(m.id), [recognisedDate(model, m.data.recognisedBy)]);

  // Syndication pages.
  add(REPUBLISH_PATH, []);
  add(CORRECTIONS_PATH, [...stories.flatMap((s) => s.data.corrections.map((c) => vnDateTime(c.date))), ...model.honors.filter((h) => h.data.status !== 'in-force').map(honorDate)]);

  const known = new Set(out.map((e) => e.path));
  for (const path of staticPaths) if (!known.has(path)) out.push({ path });
  const unlisted = new Set([...model.unlisted, ...model.removed.map((r) => r.path), ...model.redirects.map((r) => r.from)]);
  return out.filter((e) => !unlisted.has(e.path) && !EXCLUDED_PATHS.some((re) => re.test(e.path)));
}

function recognisedDate(model: SiteModel, honorId: string | undefined): string | undefined {
  const h = honorId ? model.honorById.get(honorId) : undefined;
  return h && honorDate(h);
}

function campaignDates(model: SiteModel, id: string): string[] {
  const c = model.campaignById.get(id);
  return [
    ...(c?.data.launchedBy?.date ? [vnDateTime(c.data.launchedBy.date)] : []),
    ...model.stories.filter((s) => s.data.campaign === id).map(storyDate),
    ...model.plans.filter((p) => p.data.campaign === id).map(planDate),
    ...model.honors.filter((h) => h.data.campaign === id).map(honorDate),
  ];
}

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

export function sitemapXml(entries: readonly SitemapEntry[], site: string): string {
  return xmlDocument(el('urlset', { xmlns: SITEMAP_NS }, entries.map((e) => el('url', {}, el('loc', {}, absolute(site, e.path)), e.lastmod && el('lastmod', {}, e.lastmod)))));
}

export const NEWS_WINDOW_HOURS = 48;

/** Stories first published within the 48 hours up to `clock`, newest first. */
export function newsStories(model: Pick<SiteModel, 'stories'>, clock: Date) {
  const from = clock.getTime() - NEWS_WINDOW_HOURS * 3600 * 1000;
  return model.stories
    .filter((s) => {
      const at = instantOf(storyPublished(s.data)).getTime();
      return at >= from && at <= clock.getTime();
    })
    .sort((a, b) => instantOf(storyPublished(b.data)).getTime() - instantOf(storyPublished(a.data)).getTime() || a.id.localeCompare(b.id));
}

export function newsSitemapXml(model: Pick<SiteModel, 'stories' | 'settings'>, clock: Date, site: string): string {
  return xmlDocument(
    el(
      'urlset',
      { xmlns: SITEMAP_NS, 'xmlns:news': NEWS_NS },
      newsStories(model, clock).map((s) =>
        el(
          'url',
          {},
          el('loc', {}, absolute(site, storyHref(s.id))),
          el(
            'news:news',
            {},
            el('news:publication', {}, el('news:name', {}, model.settings.siteName), el('news:language', {}, 'vi')),
            el('news:publication_date', {}, storyPublished(s.data)),
            el('news:title', {}, s.data.title),
          ),
        ),
      ),
    ),
  );
}

/** robots.txt: everything may be crawled except search results and the admin; both sitemaps. */
export function robotsTxt(site: string, sitemaps: readonly string[]): string {
  return ['User-agent: *', 'Disallow: /tim-kiem/', 'Disallow: /admin/', '', ...sitemaps.map((p) => `Sitemap: ${absolute(site, p)}`), ''].join('\n');
}
