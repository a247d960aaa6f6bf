// "Cập nhật: dd/mm/yyyy": which date each content page shows, from the content only.
import { describe, expect, it } from 'vitest';
import { newest, pageUpdatedFor } from '../../src/lib/page-updated.ts';
import { checkSite } from '../../src/model/site-model.ts';
import { formatListDate } from '../../src/lib/vietnamese-dates.ts';
import { partial } from '../../src/lib/partial-date.ts';

const revokedOn = (status: unknown) => (typeof status === 'object' && status ? (status as { revoked?: string }).revoked : undefined);

const result = checkSite('content', process.cwd(), new Date('2026-11-22T12:00:00Z'));
const model = result.model!;

describe('newest', () => {
  it('compares partial dates by their first day and keeps their precision', () => {
    expect(newest(['2024-08-20', '2024-09', undefined, '2023'])).toEqual({ iso: '2024-09', text: '09/2024' });
    expect(newest(['2025-01-05'])).toEqual({ iso: '2025-01-05', text: '05/01/2025' });
    expect(newest([undefined, 'không phải ngày'])).toBeUndefined();
  });
});

describe('pageUpdatedFor on the shipped content', () => {
  it('the content loads', () => expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]));

  it('a story: updated, else published', () => {
    expect(model.stories.length).toBeGreaterThan(0);
    for (const s of model.stories) {
      const expected = s.data.updated ?? s.data.published;
      expect(pageUpdatedFor(`/nguoi-tot-viec-tot/${s.id}/`, model)).toEqual({ iso: expected, text: formatListDate(partial(expected)) });
    }
  });

  it('a plan: its issue date, as precise as the original', () => {
    for (const p of model.plans) {
      expect(pageUpdatedFor(`/ke-hoach/${p.id}/`, model)?.text).toBe(formatListDate(partial(p.data.issued)));
    }
  });

  it('a decision: its date, or the day it was revoked', () => {
    for (const h of model.honors) {
      expect(pageUpdatedFor(`/vinh-danh/quyet-dinh/${h.id}/`, model)?.iso).toBe(revokedOn(h.data.status) ?? h.data.date);
    }
  });

  it('home: the newest date of anything; list pages and unknown ids: none', () => {
    const all = [...model.stories.map((s) => s.data.updated ?? s.data.published), ...model.plans.map((p) => p.data.issued), ...model.honors.map((h) => revokedOn(h.data.status) ?? h.data.date)];
    expect(pageUpdatedFor('/', model)).toEqual(newest(all));
    expect(pageUpdatedFor('/ke-hoach/', model)).toBeUndefined();
    expect(pageUpdatedFor('/ke-hoach/khong-co/', model)).toBeUndefined();
  });
});
