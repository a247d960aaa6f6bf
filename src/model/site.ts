/**
 * The site model for pages: the one the content gate checked for this build (src/model/build-model.ts),
 * or, outside a build (dev server, tests rendering pages), loaded from `CONTENT_DIR` at the build
 * clock, and loaded again after the dev server saw a content file change, so an editor's preview
 * shows the saved title and facts, not the ones from when the server started.
 */
import { buildInstant } from '../lib/clock.ts';
import { isoDayInVietnam } from '../lib/partial-date.ts';
import { formatProblem } from './problems.ts';
import { contentGeneration, heldBuildModel } from './build-model.ts';
import { checkSite, contentDirFromEnv, type SiteModel } from './site-model.ts';

let cached: { model: SiteModel; today: string; generation: number } | undefined;

export function getSite(): { model: SiteModel; today: string } {
  const generation = contentGeneration();
  if (!cached || cached.generation !== generation) {
    const held = heldBuildModel(contentDirFromEnv(), process.cwd());
    if (held) {
      cached = { model: held.model, today: isoDayInVietnam(held.instant), generation };
    } else {
      const instant = buildInstant();
      // Unchanged files are not parsed again (src/model/load-content.ts): a save costs the cross-checks, not a full load.
      const result = checkSite(contentDirFromEnv(), process.cwd(), instant, { reuse: true });
      // A build never gets here with broken content (the gate stops it first); the dev server
      // does when an editor saves a mistake: the page then shows what to fix.
      if (!result.model) {
        const errors = result.problems.filter((p) => p.severity === 'error').map(formatProblem);
        throw new Error(`Nội dung có lỗi, sửa rồi lưu lại:\n${errors.join('\n')}`);
      }
      cached = { model: result.model, today: isoDayInVietnam(instant), generation };
    }
  }
  return cached;
}
