/**
 * One rule for what is public, used by every output (pages, lists, home, sitemap, feeds,
 * search index, exports): not a draft, and its `publishAt` moment has come by the build clock.
 */
export interface Publishable {
  draft?: boolean;
  /** ISO day ("2025-09-01", taken as 00:00 in Vietnam) or date-time with zone. */
  publishAt?: string;
}

/** The instant a `publishAt` value means; a bare day starts at midnight in Vietnam (UTC+7). */
export function publishInstant(publishAt: string): Date {
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(publishAt) ? `${publishAt}T00:00:00+07:00` : publishAt);
}

export function isPublic(entry: Publishable, clock: Date): boolean {
  if (entry.draft) return false;
  if (entry.publishAt !== undefined && publishInstant(entry.publishAt).getTime() > clock.getTime()) return false;
  return true;
}
