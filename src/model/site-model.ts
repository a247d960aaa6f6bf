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

export function checkSite(contentDir: string, projectRoot = process.cwd()): CheckResult {
  const loaded = loadContent(contentDir, projectRoot);
  const problems = sortProblems([...loaded.problems, ...crossCheck(loaded)]);
  if (problems.some((p) => p.severity === 'error') || !loaded.settings) {
    return { problems, fileCount: loaded.fileCount };
  }
  const byDateDesc = <T extends { data: { issued: string } }>(a: T, b: T) => compareDates(partial(b.data.issued), partial(a.data.issued));
  const plans = [...loaded.plans].sort((a, b) => byDateDesc(a, b) || a.id.localeCompare(b.id));
  const model: SiteModel = {
    settings: loaded.settings.data,
    localities: indexLocalities(loaded.localities.map((l) => l.data)),
    awardForms: new Map(loaded.awardForms.map((f) => [f.data.id, f.data])),
    campaigns: loaded.campaigns,
    plans,
    campaignById: new Map(loaded.campaigns.map((c) => [c.id, c])),
    planById: new Map(plans.map((p) => [p.id, p])),
  };
  return { model, problems, fileCount: loaded.fileCount };
}
