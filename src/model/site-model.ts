/**
 * The site model: every collection loaded, validated and cross-checked, with indexes that
 * pages use. One function for the build, `npm run check` and the tests.
 */
import { indexLocalities, type LocalityIndex } from '../lib/localities.ts';
import { compareDates, partial } from '../lib/partial-date.ts';
import type { AwardForm } from '../schemas/award-forms.ts';
import type { Campaign } from '../schemas/campaigns.ts';
import type { Plan } from '../schemas/plans.ts';
import type { Settings } from '../schemas/settings.ts';
import { crossCheck } from './cross-checks.ts';
import { loadContent, type Entry, type LoadOptions } from './load-content.ts';
import { checkPhotos } from './photos.ts';
import { publicationOf, type InventoryItem, type Redirect, type RemovedPage } from './publication-model.ts';
import { hasPage, isListed } from '../lib/publication.ts';
import type { Story } from '../schemas/stories.ts';
import type { Honor, SecurityModel } from '../schemas/honors.ts';
import { collectHonorees, type Honoree } from '../lib/honorees.ts';
import { sortProblems, type Problem } from './problems.ts';

/**
 * The collection lists (`stories`, `plans`, …) hold LISTABLE entries only: published and public
 * at the build clock (src/lib/publication.ts). Every list, the home page, search, feeds, the
 * sitemap and the exports read them. Entry pages are built from `pages` (listable + withdrawn);
 * the `…ById` maps hold the same page-bearing entries, so every link they resolve has a page.
 */
export interface SiteModel {
  settings: Settings;
  localities: LocalityIndex;
  awardForms: ReadonlyMap<string, AwardForm>;
  /** Listable campaigns. */
  campaigns: Entry<Campaign>[];
  /** Listable plans, newest first. */
  plans: Entry<Plan>[];
  /** Campaigns with a page (published or withdrawn). */
  campaignById: ReadonlyMap<string, Entry<Campaign>>;
  /** Plans with a page (published or withdrawn). */
  planById: ReadonlyMap<string, Entry<Plan>>;
  /** Listable stories, newest first: drafts, scheduled, withdrawn and removed stories never reach a list. */
  stories: Entry<Story>[];
  /** Stories with a page (published or withdrawn). */
  storyById: ReadonlyMap<string, Entry<Story>>;
  /** Listable award decisions, newest first (revoked ones included: they stay visible as revoked). */
  honors: Entry<Honor>[];
  /** Decisions with a page (published or withdrawn). */
  honorById: ReadonlyMap<string, Entry<Honor>>;
  /** Every honoree across the listable decisions, keyed by honoree id. */
  honorees: ReadonlyMap<string, Honoree<Entry<Honor>>>;
  /** Listable models, A → Z. */
  models: Entry<SecurityModel>[];
  /** Entries with their own page (published + withdrawn), per collection, in list order. */
  pages: {
    stories: Entry<Story>[];
    plans: Entry<Plan>[];
    campaigns: Entry<Campaign>[];
    honors: Entry<Honor>[];
    models: Entry<SecurityModel>[];
  };
  /** Withdrawn entries: page with a banner, in no list, search, feed or sitemap (newest withdrawal first). */
  withdrawn: InventoryItem[];
  /** Paths of pages that exist but are listed nowhere (withdrawn): no search record, feed item or sitemap entry. */
  unlisted: ReadonlySet<string>;
  /** URLs that now explain a removal (gone or expired entries, and their old paths). */
  removed: RemovedPage[];
  /** Old paths of page-bearing entries → their page. */
  redirects: Redirect[];
  /** Every entry with its publication status at the build clock (for the inventory check). */
  inventory: InventoryItem[];
}

export interface CheckResult {
  /** Undefined when any error was found: nothing may be built from broken content. */
  model?: SiteModel;
  problems: Problem[];
  fileCount: number;
}

/** The content folder: `CONTENT_DIR` or the top-level `content/`. */
export function contentDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.CONTENT_DIR?.trim() || 'content';
}

/**
 * Loads, validates and cross-checks everything (sync, no image reading). `clock` decides which
 * stories are public.
 */
export function checkSite(contentDir: string, projectRoot = process.cwd(), clock = new Date(), options: LoadOptions = {}): CheckResult {
  return buildModel(loadContent(contentDir, projectRoot, options), [], clock);
}

/** checkSite plus the photo checks on disk: what `npm run check` and the build gate run. */
export async function checkAll(contentDir: string, projectRoot = process.cwd(), clock = new Date()): Promise<CheckResult> {
  const loaded = loadContent(contentDir, projectRoot);
  return buildModel(loaded, await checkPhotos(loaded.stories), clock);
}

function buildModel(loaded: ReturnType<typeof loadContent>, extra: Problem[], clock: Date): CheckResult {
  const publication = publicationOf(loaded, clock);
  const problems = sortProblems([...loaded.problems, ...crossCheck(loaded), ...publication.problems, ...extra]);
  if (problems.some((p) => p.severity === 'error') || !loaded.settings) {
    return { problems, fileCount: loaded.fileCount };
  }
  const status = (kind: Parameters<typeof publication.statusOf>[0]) => (e: { id: string }) => publication.statusOf(kind, e.id) ?? 'published';
  const split = <T extends { id: string }>(kind: Parameters<typeof publication.statusOf>[0], list: T[]) => ({
    listed: list.filter((e) => isListed(status(kind)(e))),
    pages: list.filter((e) => hasPage(status(kind)(e))),
  });
  const byDateDesc = <T extends { data: { issued: string } }>(a: T, b: T) => compareDates(partial(b.data.issued), partial(a.data.issued));
  const plans = split('plans', [...loaded.plans].sort((a, b) => byDateDesc(a, b) || a.id.localeCompare(b.id)));
  const honors = split('honors', [...loaded.honors].sort((a, b) => compareDates(partial(b.data.date), partial(a.data.date)) || a.id.localeCompare(b.id)));
  const stories = split('stories', [...loaded.stories]
    .sort((a, b) => b.data.published.localeCompare(a.data.published) || compareDates(partial(b.data.deedDate), partial(a.data.deedDate)) || a.id.localeCompare(b.id)));
  const campaigns = split('campaigns', loaded.campaigns);
  const models = split('models', [...loaded.models].sort((a, b) => a.data.name.localeCompare(b.data.name, 'vi') || a.id.localeCompare(b.id)));
  const model: SiteModel = {
    settings: loaded.settings.data,
    localities: indexLocalities(loaded.localities.map((l) => l.data)),
    awardForms: new Map(loaded.awardForms.map((f) => [f.data.id, f.data])),
    campaigns: campaigns.listed,
    plans: plans.listed,
    campaignById: new Map(campaigns.pages.map((c) => [c.id, c])),
    planById: new Map(plans.pages.map((p) => [p.id, p])),
    stories: stories.listed,
    storyById: new Map(stories.pages.map((s) => [s.id, s])),
    honors: honors.listed,
    honorById: new Map(honors.pages.map((h) => [h.id, h])),
    honorees: collectHonorees([...honors.listed].reverse()),
    models: models.listed,
    pages: { stories: stories.pages, plans: plans.pages, campaigns: campaigns.pages, honors: honors.pages, models: models.pages },
    withdrawn: publication.inventory
      .filter((i) => i.status === 'withdrawn')
      .sort((a, b) => String((b.entry.data.withdrawn as { date: string }).date).localeCompare(String((a.entry.data.withdrawn as { date: string }).date)) || a.path.localeCompare(b.path)),
    unlisted: publication.unlisted,
    removed: publication.removed,
    redirects: publication.redirects,
    inventory: publication.inventory,
  };
  return { model, problems, fileCount: loaded.fileCount };
}
