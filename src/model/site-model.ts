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
import { loadContent, type Entry } from './load-content.ts';
import { checkPhotos } from './photos.ts';
import { isPublic } from '../lib/publication.ts';
import type { Story } from '../schemas/stories.ts';
import type { Honor, SecurityModel } from '../schemas/honors.ts';
import { collectHonorees, type Honoree } from '../lib/honorees.ts';
import { sortProblems, type Problem } from './problems.ts';

export interface SiteModel {
  settings: Settings;
  localities: LocalityIndex;
  awardForms: ReadonlyMap<string, AwardForm>;
  campaigns: Entry<Campaign>[];
  /** Newest first. */
  plans: Entry<Plan>[];
  campaignById: ReadonlyMap<string, Entry<Campaign>>;
  planById: ReadonlyMap<string, Entry<Plan>>;
  /** Public stories only (isPublic at the build clock), newest first: drafts never reach a page. */
  stories: Entry<Story>[];
  storyById: ReadonlyMap<string, Entry<Story>>;
  /** Award decisions, newest first (revoked ones included: they stay visible as revoked). */
  honors: Entry<Honor>[];
  honorById: ReadonlyMap<string, Entry<Honor>>;
  /** Every honoree across decisions, keyed by honoree id. */
  honorees: ReadonlyMap<string, Honoree<Entry<Honor>>>;
  models: Entry<SecurityModel>[];
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
export function checkSite(contentDir: string, projectRoot = process.cwd(), clock = new Date()): CheckResult {
  return buildModel(loadContent(contentDir, projectRoot), [], clock);
}

/** checkSite plus the photo checks on disk: what `npm run check` and the build gate run. */
export async function checkAll(contentDir: string, projectRoot = process.cwd(), clock = new Date()): Promise<CheckResult> {
  const loaded = loadContent(contentDir, projectRoot);
  return buildModel(loaded, await checkPhotos(loaded.stories), clock);
}

function buildModel(loaded: ReturnType<typeof loadContent>, extra: Problem[], clock: Date): CheckResult {
  const problems = sortProblems([...loaded.problems, ...crossCheck(loaded), ...extra]);
  if (problems.some((p) => p.severity === 'error') || !loaded.settings) {
    return { problems, fileCount: loaded.fileCount };
  }
  const byDateDesc = <T extends { data: { issued: string } }>(a: T, b: T) => compareDates(partial(b.data.issued), partial(a.data.issued));
  const plans = [...loaded.plans].sort((a, b) => byDateDesc(a, b) || a.id.localeCompare(b.id));
  const honors = [...loaded.honors].sort((a, b) => compareDates(partial(b.data.date), partial(a.data.date)) || a.id.localeCompare(b.id));
  const stories = loaded.stories
    .filter((s) => isPublic(s.data, clock))
    .sort((a, b) => b.data.published.localeCompare(a.data.published) || compareDates(partial(b.data.deedDate), partial(a.data.deedDate)) || a.id.localeCompare(b.id));
  const model: SiteModel = {
    settings: loaded.settings.data,
    localities: indexLocalities(loaded.localities.map((l) => l.data)),
    awardForms: new Map(loaded.awardForms.map((f) => [f.data.id, f.data])),
    campaigns: loaded.campaigns,
    plans,
    campaignById: new Map(loaded.campaigns.map((c) => [c.id, c])),
    planById: new Map(plans.map((p) => [p.id, p])),
    stories,
    storyById: new Map(stories.map((s) => [s.id, s])),
    honors,
    honorById: new Map(honors.map((h) => [h.id, h])),
    honorees: collectHonorees([...honors].reverse()),
    models: [...loaded.models].sort((a, b) => a.data.name.localeCompare(b.data.name, 'vi')),
  };
  return { model, problems, fileCount: loaded.fileCount };
}
