/**
 * Vietnamese date formatting. Nghị định 30/2020 Phụ lục I: in the date line a day below 10
 * and the months 1 and 2 take a leading zero ("ngày 05 tháng 02 năm 2026",
 * "ngày 20 tháng 8 năm 2024"). Intl.DateTimeFormat cannot express that rule, so we format by hand.
 */
import type { PartialDate } from './partial-date.ts';

/** Placeholder shown where the original copy leaves a part of the date blank. */
export const BLANK = '…';

export function dayWord(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

export function monthWord(month: number): string {
  return month < 3 ? `0${month}` : String(month);
}

/** "ngày 20 tháng 8 năm 2024"; blanks stay visible as "…" so nothing is invented. */
export function formatDatePhrase(d: PartialDate): string {
  const day = d.day === undefined ? BLANK : dayWord(d.day);
  const month = d.month === undefined ? BLANK : monthWord(d.month);
  return `ngày ${day} tháng ${month} năm ${d.year}`;
}

/** The official date line: "Kiên Giang, ngày 20 tháng 8 năm 2024". */
export function formatDateLine(place: string, d: PartialDate): string {
  return `${place}, ${formatDatePhrase(d)}`;
}

/** List style: "20/08/2024", "12/2023", "2023". */
export function formatListDate(d: PartialDate): string {
  const p = (n: number) => String(n).padStart(2, '0');
  if (d.precision === 'year') return String(d.year);
  if (d.precision === 'month') return `${p(d.month!)}/${d.year}`;
  return `${p(d.day!)}/${p(d.month!)}/${d.year}`;
}

/** Plain words for readers: "20/08/2024", "tháng 12/2023 (bản gốc để trống ngày)". */
export function describePrecision(d: PartialDate): string {
  if (d.precision === 'day') return formatListDate(d);
  if (d.precision === 'month') return `tháng ${String(d.month).padStart(2, '0')}/${d.year} (bản gốc để trống ngày)`;
  return `năm ${d.year} (bản gốc để trống ngày và tháng)`;
}
