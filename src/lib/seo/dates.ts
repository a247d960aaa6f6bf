/**
 * Dates for machines (feeds, JSON-LD, sitemaps, the JSON twin), always in Vietnam's zone
 * (+07:00) and always taken from the content, never from the build's wall clock, so two
 * builds of the same content write the same bytes.
 */
import type { Story } from '../../schemas/stories.ts';
import { earliestDay, isoDayInVietnam, partial } from '../partial-date.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * RFC 3339 date-time in +07:00. A day ("2025-08-28") means its midnight in Vietnam; a partial
 * date ("2024-12", "2024") its first day; a moment with a zone is shown in Vietnam's time.
 */
export function vnDateTime(value: string): string {
  if (DAY.test(value)) return `${value}T00:00:00+07:00`;
  if (/^\d{4}(?:-\d{2})?$/.test(value)) return `${earliestDay(partial(value))}T00:00:00+07:00`;
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) throw new Error(`Thời điểm không hợp lệ: ${value}`);
  const shifted = new Date(instant.getTime() + VN_OFFSET_MS).toISOString();
  return `${shifted.slice(0, 19)}+07:00`;
}

/** The instant a vnDateTime() string means. */
export const instantOf = (value: string): Date => new Date(vnDateTime(value));

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 822 (RSS 2.0) date in +0700: "Thu, 28 Aug 2025 00:00:00 +0700". */
export function rfc822(value: string): string {
  const vn = vnDateTime(value); // "YYYY-MM-DDTHH:MM:SS+07:00"
  const [y, m, d] = vn.slice(0, 10).split('-').map(Number);
  const weekday = DAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return `${weekday}, ${String(d).padStart(2, '0')} ${MONTHS[m - 1]} ${y} ${vn.slice(11, 19)} +0700`;
}

/**
 * When a story was first published: its `published` day, or, when the embargo (`publishAt`)
 * lifts at a set time on that same day, that moment.
 */
export function storyPublished(s: Pick<Story, 'published' | 'publishAt'>): string {
  if (s.publishAt && !DAY.test(s.publishAt)) {
    const at = new Date(s.publishAt);
    if (isoDayInVietnam(at) === s.published) return vnDateTime(s.publishAt);
  }
  return vnDateTime(s.published);
}

/** Last substantive change: the latest of published, updated and the corrections' days. */
export function storyModified(s: Pick<Story, 'published' | 'publishAt' | 'updated' | 'corrections'>): string {
  const published = storyPublished(s);
  const later = [s.updated, ...s.corrections.map((c) => c.date)].filter((d): d is string => !!d).map(vnDateTime);
  return [published, ...later].reduce((a, b) => (instantOf(b) > instantOf(a) ? b : a));
}

/** The newest of some vnDateTime() strings, or undefined for none. */
export function newest(values: readonly string[]): string | undefined {
  return values.length ? values.reduce((a, b) => (instantOf(b) > instantOf(a) ? b : a)) : undefined;
}

/**
 * The JSON twin's version: 1 at first publication, one more for a later update and one more
 * per correction. Derived from the content, so it only grows when the story changes.
 */
export function storyVersion(s: Pick<Story, 'published' | 'updated' | 'corrections'>): number {
  return 1 + (s.updated && s.updated !== s.published ? 1 : 0) + s.corrections.length;
}
