import { describe, it, expect } from 'vitest';
import {
  compareDates,
  daysInMonth,
  earliestDay,
  isoDayInVietnam,
  latestDay,
  liesWithin,
  overlaps,
  parsePartialDate,
  partial,
  toIsoText,
} from '../../src/lib/partial-date.ts';

describe('parsePartialDate', () => {
  it('parses a full day, a month and a year with their precision', () => {
    expect(parsePartialDate('2024-08-20')).toEqual({ year: 2024, month: 8, day: 20, precision: 'day' });
    expect(parsePartialDate('2023-12')).toEqual({ year: 2023, month: 12, precision: 'month' });
    expect(parsePartialDate('2023')).toEqual({ year: 2023, precision: 'year' });
  });

  it('accepts 29 February only in a leap year', () => {
    expect(parsePartialDate('2024-02-29')?.day).toBe(29);
    expect(parsePartialDate('2023-02-29')).toBeUndefined();
    expect(parsePartialDate('2000-02-29')?.day).toBe(29); // divisible by 400
    expect(parsePartialDate('2100-02-29')).toBeUndefined(); // divisible by 100 only
  });

  it('rejects impossible months and days', () => {
    for (const bad of ['2023-13', '2023-00', '2023-13-01', '2023-04-31', '2023-01-00', '2023-01-32']) {
      expect(parsePartialDate(bad), bad).toBeUndefined();
    }
  });

  it('rejects other shapes and out-of-range years', () => {
    for (const bad of ['', '23', '2023-1', '2023-01-5', '20/08/2024', '2023-12-05T00:00', '1899', '2201']) {
      expect(parsePartialDate(bad), bad).toBeUndefined();
    }
    expect(parsePartialDate(' 2023-12 ')?.precision).toBe('month');
  });
});

describe('partial', () => {
  it('returns the parsed date or throws a Vietnamese message', () => {
    expect(partial('2023-12').month).toBe(12);
    expect(() => partial('2023-02-29')).toThrow('Ngày không hợp lệ: 2023-02-29');
  });
});

describe('earliestDay / latestDay', () => {
  it('spans the whole year for a year-only date', () => {
    expect(earliestDay(partial('2023'))).toBe('2023-01-01');
    expect(latestDay(partial('2023'))).toBe('2023-12-31');
  });

  it('spans the whole month, respecting month length and leap years', () => {
    expect(earliestDay(partial('2024-02'))).toBe('2024-02-01');
    expect(latestDay(partial('2024-02'))).toBe('2024-02-29');
    expect(latestDay(partial('2023-02'))).toBe('2023-02-28');
    expect(latestDay(partial('2023-04'))).toBe('2023-04-30');
  });

  it('is a single day for a full date', () => {
    expect(earliestDay(partial('2023-12-05'))).toBe('2023-12-05');
    expect(latestDay(partial('2023-12-05'))).toBe('2023-12-05');
  });

  it('daysInMonth knows short months', () => {
    expect([daysInMonth(2023, 2), daysInMonth(2024, 2), daysInMonth(2023, 11), daysInMonth(2023, 12)]).toEqual([28, 29, 30, 31]);
  });
});

describe('toIsoText / compareDates', () => {
  it('round-trips as precise as known', () => {
    for (const s of ['2023', '2023-01', '2023-12-05']) expect(toIsoText(partial(s))).toBe(s);
  });

  it('sorts by earliest day, year-only before days of that year', () => {
    const sorted = ['2023-12-05', '2024', '2023', '2023-12'].map(partial).sort(compareDates).map(toIsoText);
    expect(sorted).toEqual(['2023', '2023-12', '2023-12-05', '2024']);
  });
});

describe('liesWithin', () => {
  it('is inclusive at both ends', () => {
    expect(liesWithin(partial('2024-08-19'), '2024-08-19', '2025-08-19')).toBe(true);
    expect(liesWithin(partial('2025-08-19'), '2024-08-19', '2025-08-19')).toBe(true);
    expect(liesWithin(partial('2024-08-18'), '2024-08-19', '2025-08-19')).toBe(false);
    expect(liesWithin(partial('2025-08-20'), '2024-08-19', '2025-08-19')).toBe(false);
  });

  it('needs the whole span of a partial date inside the range', () => {
    expect(liesWithin(partial('2024-12'), '2024-12-01', '2024-12-31')).toBe(true);
    expect(liesWithin(partial('2024-12'), '2024-12-02', '2024-12-31')).toBe(false);
    expect(liesWithin(partial('2024-12'), '2024-12-01', '2024-12-30')).toBe(false);
    expect(liesWithin(partial('2024'), '2024-01-01', '2024-12-30')).toBe(false);
  });

  it('treats a missing end as open', () => {
    expect(liesWithin(partial('2099'), '2024-01-01')).toBe(true);
    expect(liesWithin(partial('2023'), '2024-01-01')).toBe(false);
  });
});

describe('overlaps', () => {
  it('is true when any day of the partial date falls in the range', () => {
    expect(overlaps(partial('2024'), '2024-12-31', '2025-06-30')).toBe(true);
    expect(overlaps(partial('2024-12'), '2024-11-01', '2024-12-01')).toBe(true);
    expect(overlaps(partial('2024-12'), '2025-01-01', undefined)).toBe(false);
    expect(overlaps(partial('2024-12'), undefined, '2024-11-30')).toBe(false);
  });

  it('is always true for an unbounded range', () => {
    expect(overlaps(partial('1990'), undefined, undefined)).toBe(true);
  });
});

describe('isoDayInVietnam', () => {
  it('moves to the next day at 17:00 UTC (midnight UTC+7)', () => {
    expect(isoDayInVietnam(new Date('2025-02-28T16:59:59Z'))).toBe('2025-02-28');
    expect(isoDayInVietnam(new Date('2025-02-28T17:00:00Z'))).toBe('2025-03-01');
  });

  it('is already the next day when UTC is still before midnight', () => {
    expect(isoDayInVietnam(new Date('2024-12-31T20:00:00Z'))).toBe('2025-01-01');
    expect(isoDayInVietnam(new Date('2025-03-01T00:00:00+07:00'))).toBe('2025-03-01');
  });
});
