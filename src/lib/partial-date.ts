/**
 * Partial dates: real document copies often leave the day (or day and month) blank,
 * e.g. "ngày    tháng 12 năm 2023". We keep exactly what the copy says:
 * "2023-12-05" (full), "2023-12" (month), "2023" (year). Never invent the missing part.
 */
export type Precision = 'day' | 'month' | 'year';

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: Precision;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; returns undefined for anything else or an impossible date. */
export function parsePartialDate(text: string): PartialDate | undefined {
  const m = PARTIAL_DATE.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < 1900 || year > 2200) return undefined;
  if (m[2] === undefined) return { year, precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, precision: 'day' };
}

/** Like parsePartialDate but throws; for values a schema has already validated. */
export function partial(text: string): PartialDate {
  const d = parsePartialDate(text);
  if (!d) throw new Error(`Ngày không hợp lệ: ${text}`);
  return d;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** First calendar day the partial date can mean, as "YYYY-MM-DD". */
export function earliestDay(d: PartialDate): string {
  return `${d.year}-${pad2(d.month ?? 1)}-${pad2(d.day ?? 1)}`;
}

/** Last calendar day the partial date can mean, as "YYYY-MM-DD". */
export function latestDay(d: PartialDate): string {
  const month = d.month ?? 12;
  return `${d.year}-${pad2(month)}-${pad2(d.day ?? daysInMonth(d.year, month))}`;
}

/** ISO text of the date as precise as it is known ("2023", "2023-12", "2023-12-05"). */
export function toIsoText(d: PartialDate): string {
  if (d.precision === 'year') return String(d.year);
  if (d.precision === 'month') return `${d.year}-${pad2(d.month!)}`;
  return `${d.year}-${pad2(d.month!)}-${pad2(d.day!)}`;
}

/**
 * Compares two ISO day strings or partial dates by their earliest day.
 * Sorting partial dates this way puts "2023" before "2023-12-05", which is what a list wants.
 */
export function compareDates(a: PartialDate, b: PartialDate): number {
  return earliestDay(a).localeCompare(earliestDay(b));
}

/** True when the (possibly partial) date certainly lies within [from, to] (inclusive ISO days). */
export function liesWithin(d: PartialDate, from: string, to?: string): boolean {
  return earliestDay(d) >= from && (to === undefined || latestDay(d) <= to);
}

/** True when some day the partial date can mean falls within [from, to]. */
export function overlaps(d: PartialDate, from: string | undefined, to: string | undefined): boolean {
  return (from === undefined || latestDay(d) >= from) && (to === undefined || earliestDay(d) <= to);
}

/** Today's date as "YYYY-MM-DD" in Vietnam (UTC+7), whatever the machine's zone. */
export function isoDayInVietnam(instant: Date): string {
  const shifted = new Date(instant.getTime() + 7 * 60 * 60 * 1000);
  return shifted.toISOString().slice(0, 10);
}
