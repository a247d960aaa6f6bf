import { describe, expect, it } from 'vitest';
import { newest, rfc822, storyModified, storyPublished, storyVersion, vnDateTime } from '../../src/lib/seo/dates.ts';

describe('dates for machines (+07:00, from the content only)', () => {
  it('gives a day its midnight in Vietnam, a partial date its first day', () => {
    expect(vnDateTime('2025-08-28')).toBe('2025-08-28T00:00:00+07:00');
    expect(vnDateTime('2024-12')).toBe('2024-12-01T00:00:00+07:00');
    expect(vnDateTime('2024')).toBe('2024-01-01T00:00:00+07:00');
  });

  it('shows a moment with another zone in Vietnam time', () => {
    expect(vnDateTime('2025-09-30T01:00:00Z')).toBe('2025-09-30T08:00:00+07:00');
    expect(vnDateTime('2025-09-30T23:30:00+07:00')).toBe('2025-09-30T23:30:00+07:00');
  });

  it('writes RFC 822 for RSS with the right weekday', () => {
    expect(rfc822('2025-08-28')).toBe('Thu, 28 Aug 2025 00:00:00 +0700');
    expect(rfc822('2024-02-29')).toBe('Thu, 29 Feb 2024 00:00:00 +0700');
    expect(rfc822('2025-09-30T08:05:09+07:00')).toBe('Tue, 30 Sep 2025 08:05:09 +0700');
  });

  it('dates a story by its published day, or by publishAt when the embargo lifts that day', () => {
    expect(storyPublished({ published: '2025-09-30' })).toBe('2025-09-30T00:00:00+07:00');
    expect(storyPublished({ published: '2025-09-30', publishAt: '2025-09-30T08:00:00+07:00' })).toBe('2025-09-30T08:00:00+07:00');
    expect(storyPublished({ published: '2025-09-30', publishAt: '2025-09-01' })).toBe('2025-09-30T00:00:00+07:00');
    expect(storyPublished({ published: '2025-09-30', publishAt: '2025-09-29T10:00:00+07:00' })).toBe('2025-09-30T00:00:00+07:00');
  });

  it('takes the last change from updated and the corrections', () => {
    const s = { published: '2025-08-28', updated: '2025-09-01', corrections: [{ date: '2025-09-05', text: 'x' }] };
    expect(storyModified(s)).toBe('2025-09-05T00:00:00+07:00');
    expect(storyModified({ published: '2025-08-28', corrections: [] })).toBe('2025-08-28T00:00:00+07:00');
  });

  it('counts versions: first publication, an update, each correction', () => {
    expect(storyVersion({ published: '2025-08-28', corrections: [] })).toBe(1);
    expect(storyVersion({ published: '2025-08-28', updated: '2025-08-28', corrections: [] })).toBe(1);
    expect(storyVersion({ published: '2025-08-28', updated: '2025-09-01', corrections: [{ date: '2025-09-02', text: 'a' }, { date: '2025-09-03', text: 'b' }] })).toBe(4);
  });

  it('finds the newest of several dates, none for none', () => {
    expect(newest(['2025-01-01T00:00:00+07:00', '2025-03-01T00:00:00+07:00', '2025-02-01T00:00:00+07:00'])).toBe('2025-03-01T00:00:00+07:00');
    expect(newest([])).toBeUndefined();
  });
});
