import { describe, it, expect } from 'vitest';
import { partial } from '../../src/lib/partial-date.ts';
import {
  BLANK,
  dayWord,
  describePrecision,
  formatDateLine,
  formatDatePhrase,
  formatListDate,
  monthWord,
} from '../../src/lib/vietnamese-dates.ts';

describe('formatDatePhrase (Nghị định 30/2020 leading zeros)', () => {
  it.each([
    ['2026-02-05', 'ngày 05 tháng 02 năm 2026'],
    ['2024-08-20', 'ngày 20 tháng 8 năm 2024'],
    ['2025-01-09', 'ngày 09 tháng 01 năm 2025'],
    ['2023-12-31', 'ngày 31 tháng 12 năm 2023'],
    ['2024-03-10', 'ngày 10 tháng 3 năm 2024'],
  ])('%s → %s', (iso, phrase) => {
    expect(formatDatePhrase(partial(iso))).toBe(phrase);
  });

  it('pads months 1 and 2 only, and days below 10 only', () => {
    expect([1, 2, 3, 9, 10, 12].map(monthWord)).toEqual(['01', '02', '3', '9', '10', '12']);
    expect([1, 9, 10, 31].map(dayWord)).toEqual(['01', '09', '10', '31']);
  });

  it('shows blanks for unknown parts and never invents them', () => {
    expect(BLANK).toBe('…');
    expect(formatDatePhrase(partial('2023-12'))).toBe('ngày … tháng 12 năm 2023');
    expect(formatDatePhrase(partial('2023-02'))).toBe('ngày … tháng 02 năm 2023');
    expect(formatDatePhrase(partial('2023'))).toBe('ngày … tháng … năm 2023');
  });
});

describe('formatDateLine', () => {
  it('puts the place before the date phrase', () => {
    expect(formatDateLine('Kiên Giang', partial('2024-08-20'))).toBe('Kiên Giang, ngày 20 tháng 8 năm 2024');
    expect(formatDateLine('Kon Tum', partial('2023-12'))).toBe('Kon Tum, ngày … tháng 12 năm 2023');
  });
});

describe('formatListDate', () => {
  it('uses dd/mm/yyyy, mm/yyyy or yyyy, always padding in lists', () => {
    expect(formatListDate(partial('2024-08-20'))).toBe('20/08/2024');
    expect(formatListDate(partial('2025-01-09'))).toBe('09/01/2025');
    expect(formatListDate(partial('2023-12'))).toBe('12/2023');
    expect(formatListDate(partial('2023-03'))).toBe('03/2023');
    expect(formatListDate(partial('2023'))).toBe('2023');
  });
});

describe('describePrecision', () => {
  it('says in plain words which parts the original left blank', () => {
    expect(describePrecision(partial('2024-08-20'))).toBe('20/08/2024');
    expect(describePrecision(partial('2023-03'))).toBe('tháng 03/2023 (bản gốc để trống ngày)');
    expect(describePrecision(partial('2023'))).toBe('năm 2023 (bản gốc để trống ngày và tháng)');
  });
});
