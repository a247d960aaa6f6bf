/**
 * The site model for pages: the one the content gate checked for this build (src/model/build-model.ts),
 * or, outside a build (dev server, tests rendering pages), loaded once from `CONTENT_DIR` at the build clock.
 */
import { buildInstant } from '../lib/clock.ts';
import { isoDayInVietnam } from '../lib/partial-date.ts';
import { heldBuildModel } from './build-model.ts';
import { checkSite, contentDirFromEnv, type SiteModel } from './site-model.ts';

let cached: { model: SiteModel; today: string } | undefined;

export function getSite(): { model: SiteModel; today: string } {
  if (!cached) {
    const held = heldBuildModel(contentDirFromEnv(), process.cwd());
    if (held) {
      cached = { model: held.model, today: isoDayInVietnam(held.instant) };
    } else {
      const instant = buildInstant();
      const result = checkSite(contentDirFromEnv(), process.cwd(), instant);
      // The content gate stops the build before pages render; reaching this means it was bypassed.
      if (!result.model) throw new Error('Nội dung có lỗi: chạy "npm run check" để xem chi tiết.');
      cached = { model: result.model, today: isoDayInVietnam(instant) };
    }
  }
  return cached;
}
