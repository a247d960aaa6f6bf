import { describe, it, expect } from 'vitest';
import { buildDay, buildInstant } from '../../src/lib/clock.ts';

describe('buildInstant', () => {
  it('reads a plain day as midnight in Vietnam', () => {
    expect(buildInstant({ BUILD_CLOCK: '2025-03-01' }).toISOString()).toBe('2025-02-28T17:00:00.000Z');
  });

  it('reads a date-time as given, trimming spaces', () => {
    expect(buildInstant({ BUILD_CLOCK: ' 2025-03-01T08:00:00+07:00 ' }).toISOString()).toBe('2025-03-01T01:00:00.000Z');
  });

  it('uses the current time when BUILD_CLOCK is unset or blank', () => {
    for (const env of [{}, { BUILD_CLOCK: '' }, { BUILD_CLOCK: '   ' }]) {
      const before = Date.now();
      const t = buildInstant(env).getTime();
      expect(t).toBeGreaterThanOrEqual(before);
      expect(t).toBeLessThanOrEqual(Date.now());
    }
  });

  it('throws a Vietnamese message showing the valid forms', () => {
    expect(() => buildInstant({ BUILD_CLOCK: 'hôm qua' })).toThrow('BUILD_CLOCK="hôm qua" không phải ngày hợp lệ');
    expect(() => buildInstant({ BUILD_CLOCK: '2025-13-01' })).toThrow('Dùng dạng "2025-03-01"');
  });
});

describe('buildDay', () => {
  it('returns a plain day unchanged', () => {
    expect(buildDay({ BUILD_CLOCK: '2025-03-01' })).toBe('2025-03-01');
    expect(buildDay({ BUILD_CLOCK: '2024-12-31' })).toBe('2024-12-31');
  });

  it('gives the Vietnamese day for a UTC date-time', () => {
    expect(buildDay({ BUILD_CLOCK: '2025-02-28T20:00:00Z' })).toBe('2025-03-01');
    expect(buildDay({ BUILD_CLOCK: '2025-02-28T16:59:59Z' })).toBe('2025-02-28');
  });

  it('throws on an invalid clock', () => {
    expect(() => buildDay({ BUILD_CLOCK: 'not-a-date' })).toThrow(/không phải ngày hợp lệ/);
  });

  // BUG: V8 rolls "2025-02-30T00:00:00+07:00" over to 2 March instead of failing,
  // so an impossible day is silently accepted and the build runs on another day.
  it('rejects a day that does not exist', () => {
    expect(() => buildDay({ BUILD_CLOCK: '2025-02-30' })).toThrow(/không phải ngày hợp lệ/);
  });
});
