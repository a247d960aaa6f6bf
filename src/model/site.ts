/** The site model for pages: loaded once per build from `CONTENT_DIR`, with the build clock's day. */
import { buildDay, buildInstant } from '../lib/clock.ts';
import { checkSite, contentDirFromEnv, type SiteModel } from './site-model.ts';

let cached: { model: SiteModel; today: string } | undefined;

export function getSite(): { model: SiteModel; today: string } {
  if (!cached) {
    const result = checkSite(contentDirFromEnv(), process.cwd(), buildInstant());
    // The content gate stops the build before pages render; reaching this means it was bypassed.
    if (!result.model) throw new Error('Nội dung có lỗi: chạy "npm run check" để xem chi tiết.');
    cached = { model: result.model, today: buildDay() };
  }
  return cached;
}
