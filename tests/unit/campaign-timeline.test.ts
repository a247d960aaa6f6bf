import { describe, it, expect } from 'vitest';
import type { Campaign, Phase } from '../../src/schemas/campaigns.ts';
import { campaignStatus, currentPhase, daysUntil, leadCampaign } from '../../src/lib/campaign-timeline.ts';

function campaign(period?: Campaign['period'], phases: Phase[] = []): Campaign {
  return { name: 'Phong trào', summary: 'Tóm tắt', scope: 'national', period, phases, contents: [] };
}
const phase = (id: string, from: string, to?: string): Phase => ({ id, name: id, period: { from, to }, salutes: [] });

describe('campaignStatus', () => {
  const c = campaign({ from: '2024-08-19', to: '2025-08-19' });

  it('is upcoming before the first day, running on the first and last day, ended after', () => {
    expect(campaignStatus(c, '2024-08-18')).toBe('upcoming');
    expect(campaignStatus(c, '2024-08-19')).toBe('running');
    expect(campaignStatus(c, '2025-08-19')).toBe('running');
    expect(campaignStatus(c, '2025-08-20')).toBe('ended');
  });

  it('reads partial dates as their whole span', () => {
    const p = campaign({ from: '2024', to: '2024-12' });
    expect(campaignStatus(p, '2023-12-31')).toBe('upcoming');
    expect(campaignStatus(p, '2024-01-01')).toBe('running');
    expect(campaignStatus(p, '2024-12-31')).toBe('running');
    expect(campaignStatus(p, '2025-01-01')).toBe('ended');
  });

  it('is standing without a period, or once started without an end', () => {
    expect(campaignStatus(campaign(), '2025-01-01')).toBe('standing');
    expect(campaignStatus(campaign({ from: '2020-01-01' }), '2099-01-01')).toBe('standing');
    expect(campaignStatus(campaign({ from: '2020-01-01' }), '2019-12-31')).toBe('upcoming');
  });
});

describe('currentPhase', () => {
  const c = campaign({ from: '2024-08-19', to: '2025-08-19' }, [
    phase('dot-1', '2024-08-19', '2025-02-03'),
    phase('dot-2', '2025-02-05', '2025-08-19'),
  ]);

  it.each([
    ['2024-08-19', 'dot-1'],
    ['2025-02-03', 'dot-1'],
    ['2025-02-05', 'dot-2'],
    ['2025-08-19', 'dot-2'],
  ])('on %s is %s', (day, id) => {
    expect(currentPhase(c, day)?.id).toBe(id);
  });

  it('is undefined between phases, before the first and after the last', () => {
    expect(currentPhase(c, '2025-02-04')).toBeUndefined();
    expect(currentPhase(c, '2024-08-18')).toBeUndefined();
    expect(currentPhase(c, '2025-08-20')).toBeUndefined();
    expect(currentPhase(campaign(), '2025-01-01')).toBeUndefined();
  });

  it('handles month-precision and open-ended phases', () => {
    const p = campaign(undefined, [phase('a', '2025-02', '2025-02'), phase('b', '2025-03')]);
    expect(currentPhase(p, '2025-02-28')?.id).toBe('a');
    expect(currentPhase(p, '2025-03-01')?.id).toBe('b');
    expect(currentPhase(p, '2030-01-01')?.id).toBe('b');
  });
});

describe('daysUntil', () => {
  it('counts whole days, negative when past', () => {
    expect(daysUntil('2025-02-28', '2025-03-01')).toBe(1);
    expect(daysUntil('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysUntil('2025-08-19', '2025-08-19')).toBe(0);
    expect(daysUntil('2025-08-20', '2025-08-19')).toBe(-1);
    expect(daysUntil('2025-01-01', '2026-01-01')).toBe(365);
  });
});

describe('leadCampaign', () => {
  const entry = (id: string, data: Campaign) => ({ id, data });
  const running = entry('running', campaign({ from: '2024-08-19', to: '2025-08-19' }));
  const standing = entry('standing', campaign());
  const endedEarly = entry('ended-2023', campaign({ from: '2023-01-01', to: '2023-12-31' }));
  const endedLate = entry('ended-2024', campaign({ from: '2024-01-01', to: '2024-06-30' }));
  const upcoming = entry('upcoming', campaign({ from: '2030-01-01' }));
  const today = '2025-03-01';

  it('prefers a running campaign over a standing one', () => {
    expect(leadCampaign([endedLate, standing, running], today)?.id).toBe('running');
  });

  it('takes the first running campaign in list order', () => {
    const other = entry('other', campaign({ from: '2025-01-01', to: '2025-12-31' }));
    expect(leadCampaign([other, running], today)?.id).toBe('other');
  });

  it('falls back to a standing campaign, then to the most recently ended', () => {
    expect(leadCampaign([endedLate, upcoming, standing], today)?.id).toBe('standing');
    expect(leadCampaign([endedEarly, endedLate, upcoming], today)?.id).toBe('ended-2024');
    expect(leadCampaign([endedLate, endedEarly], today)?.id).toBe('ended-2024');
  });

  it('returns the first entry when all are upcoming, undefined for an empty list', () => {
    expect(leadCampaign([upcoming], today)?.id).toBe('upcoming');
    expect(leadCampaign([], today)).toBeUndefined();
  });

  // BUG: ended campaigns are sorted by the raw `to` text, so "2024" (ends 2024-12-31)
  // sorts before "2024-06-30" and the campaign that ended earlier wins.
  it('compares partial end dates by the last day they can mean', () => {
    const endedYearOnly = entry('ended-year-2024', campaign({ from: '2024-01-01', to: '2024' }));
    expect(leadCampaign([endedLate, endedYearOnly], today)?.id).toBe('ended-year-2024');
  });
});
