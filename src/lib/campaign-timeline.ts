/** Where a campaign stands on a given day: running, which phase, days to the anniversary. */
import type { Campaign, Phase } from '../schemas/campaigns.ts';
import { earliestDay, latestDay, partial } from './partial-date.ts';

const lastDay = (c: Campaign) => (c.period?.to ? latestDay(partial(c.period.to)) : '');

export type CampaignStatus = 'upcoming' | 'running' | 'ended' | 'standing';

/** A campaign without a period, or with a start but no end, is a standing movement. */
export function campaignStatus(c: Campaign, today: string): CampaignStatus {
  if (!c.period) return 'standing';
  if (!c.period.to) return today < earliestDay(partial(c.period.from)) ? 'upcoming' : 'standing';
  if (today < earliestDay(partial(c.period.from))) return 'upcoming';
  if (c.period.to && today > latestDay(partial(c.period.to))) return 'ended';
  return 'running';
}

export function currentPhase(c: Campaign, today: string): Phase | undefined {
  return c.phases.find((p) => earliestDay(partial(p.period.from)) <= today && (!p.period.to || today <= latestDay(partial(p.period.to))));
}

/** Whole days from `today` to `day` (negative when past). */
export function daysUntil(today: string, day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/**
 * The campaign the home page leads with: a time-boxed campaign running today first (it is
 * what editors are promoting), then a standing movement, then the most recently ended one.
 */
export function leadCampaign<T extends { data: Campaign }>(list: readonly T[], today: string): T | undefined {
  const running = list.filter((c) => campaignStatus(c.data, today) === 'running');
  if (running.length) return running[0];
  const standing = list.find((c) => campaignStatus(c.data, today) === 'standing');
  if (standing) return standing;
  const ended = list
    .filter((c) => campaignStatus(c.data, today) === 'ended')
    .sort((a, b) => lastDay(b.data).localeCompare(lastDay(a.data)));
  return ended[0] ?? list[0];
}
