/**
 * One rule for what is public, used by every output (pages, lists, home, sitemap, feeds,
 * search index, exports, redirects): `publicationStatus(entry, clock)`.
 *
 * The states follow GOV.UK's publishing model (docs/trust.md):
 * - `draft` (stories) and a `publishAt` still ahead of the build clock: nothing exists, anywhere;
 * - `published` (the default): page, lists, search, feeds, sitemap;
 * - `withdrawn`: the page stays at its URL with a dated banner and the reason, but the entry
 *   leaves lists, search, feeds and the sitemap (only the corrections feed may mention it);
 * - `gone`, or an `expiresAt` already past: removed everywhere; its URL serves a short
 *   explanation page ("Nội dung này đã được gỡ bỏ") with the date and reason when given.
 */

export const PUBLICATION_STATES = ['published', 'withdrawn', 'gone'] as const;
export type PublicationState = (typeof PUBLICATION_STATES)[number];

export interface Publishable {
  /** Stories only: a draft is never published anywhere. */
  draft?: boolean;
  /** ISO day ("2025-09-01", taken as 00:00 in Vietnam) or date-time with zone. */
  publishAt?: string;
  /** Same forms as publishAt: from this moment the entry is treated as gone. */
  expiresAt?: string;
  /** published (default), withdrawn or gone. */
  state?: PublicationState;
  withdrawn?: { date: string; reason: string };
  gone?: { date?: string; reason?: string };
}

/**
 * Where an entry stands at the build clock:
 * - `draft`, `scheduled`: never public yet; no page, no URL, no trace;
 * - `published`: listed everywhere;
 * - `withdrawn`: page with a banner, listed nowhere;
 * - `gone`, `expired`: its URL serves the removal notice, nothing else.
 */
export type PublicationStatus = 'draft' | 'scheduled' | 'published' | 'withdrawn' | 'gone' | 'expired';

/** The instant a `publishAt`/`expiresAt` value means; a bare day starts at midnight in Vietnam (UTC+7). */
export function publishInstant(moment: string): Date {
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(moment) ? `${moment}T00:00:00+07:00` : moment);
}

export function publicationStatus(entry: Publishable, clock: Date): PublicationStatus {
  if (entry.draft) return 'draft';
  if (entry.publishAt !== undefined && publishInstant(entry.publishAt).getTime() > clock.getTime()) return 'scheduled';
  if (entry.state === 'gone') return 'gone';
  if (entry.expiresAt !== undefined && publishInstant(entry.expiresAt).getTime() <= clock.getTime()) return 'expired';
  if (entry.state === 'withdrawn') return 'withdrawn';
  return 'published';
}

/** In lists, the home page, search, feeds and the sitemap. */
export const isListed = (status: PublicationStatus): boolean => status === 'published';
/** Has its own page (published, or withdrawn with a banner). */
export const hasPage = (status: PublicationStatus): boolean => status === 'published' || status === 'withdrawn';
/** Was public once and is now removed: its URL explains the removal. */
export const isRemoved = (status: PublicationStatus): boolean => status === 'gone' || status === 'expired';
/** Never public yet: must leave no trace in the output at all. */
export const isHidden = (status: PublicationStatus): boolean => status === 'draft' || status === 'scheduled';

/** True when the entry has a page at the build clock (published or withdrawn). */
export function isPublic(entry: Publishable, clock: Date): boolean {
  return hasPage(publicationStatus(entry, clock));
}

/** What a removed entry's URL says: the day it went (when known) and why (when given). */
export function removalNotice(entry: Publishable, status: PublicationStatus): { date?: string; reason?: string } {
  if (status === 'expired') {
    return { date: entry.gone?.date ?? entry.expiresAt?.slice(0, 10), reason: entry.gone?.reason ?? 'Nội dung đã hết thời hạn đăng' };
  }
  return { date: entry.gone?.date, reason: entry.gone?.reason };
}

/** Vietnamese words for a status, for checker messages: "là bản nháp (draft)". */
export const STATUS_WORDS: Record<PublicationStatus, string> = {
  draft: 'đang là bản nháp (draft)',
  scheduled: 'chưa đến giờ đăng (publishAt)',
  published: 'đang được đăng',
  withdrawn: 'đã được rút lại (state: withdrawn)',
  gone: 'đã bị gỡ bỏ (state: gone)',
  expired: 'đã hết hạn đăng (expiresAt)',
};
