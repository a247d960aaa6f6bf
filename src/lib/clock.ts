/**
 * The build clock: `BUILD_CLOCK` (ISO date or date-time) or now. Every "today" in the site
 * (active campaign, current phase, what is public) comes from here so builds are testable and
 * reproducible.
 */
import { isoDayInVietnam, parsePartialDate } from './partial-date.ts';

export function buildInstant(env: NodeJS.ProcessEnv = process.env): Date {
  const raw = env.BUILD_CLOCK?.trim();
  if (!raw) return new Date();
  const day = raw.slice(0, 10);
  const instant = new Date(/^\d{4}-\d{2}-\d{2}$/.test(raw) ? `${raw}T00:00:00+07:00` : raw);
  // Date() rolls impossible days forward (2025-02-30 → 03-02): check the calendar day first.
  if (parsePartialDate(day)?.precision !== 'day' || Number.isNaN(instant.getTime())) {
    throw new Error(`BUILD_CLOCK="${raw}" không phải ngày hợp lệ. Dùng dạng "2025-03-01" hoặc "2025-03-01T08:00:00+07:00".`);
  }
  return instant;
}

/** Today in Vietnam as "YYYY-MM-DD", per the build clock. */
export function buildDay(env: NodeJS.ProcessEnv = process.env): string {
  return isoDayInVietnam(buildInstant(env));
}
