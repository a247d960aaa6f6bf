/**
 * Dates as Vietnamese documents write them, to ISO partial dates ("2024-08-20", "2023-12",
 * "2023"). A blank part stays blank: nothing is invented.
 */
import { parsePartialDate, toIsoText } from '../partial-date.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** Day, month, year as numbers to an ISO date, or undefined if the date does not exist. */
export function isoDate(year: number, month?: number, day?: number): string | undefined {
  const text = month === undefined ? String(year) : day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  const d = parsePartialDate(text);
  return d && toIsoText(d);
}

/** "20/8/2024", "20-8-2024", "20.8.2024" → "2024-08-20". */
export function slashDate(text: string): string | undefined {
  const m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(text.trim());
  return m ? isoDate(Number(m[3]), Number(m[2]), Number(m[1])) : undefined;
}

/** A date the way the text gives it, with or without "ngày". */
export const DATE_PATTERN = String.raw`(?:\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})`;

/** "13/8/2024" or "28 tháng 12 năm 2022" → ISO. */
export function anyDate(text: string): string | undefined {
  const t = text.replace(/\*/g, '').trim();
  const words = /^(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/u.exec(t);
  if (words) return isoDate(Number(words[3]), Number(words[2]), Number(words[1]));
  return slashDate(t);
}

export interface DateLine {
  /** Place name as printed before the comma: "Kiên Giang". */
  place: string;
  /** ISO partial date; undefined when even the year is missing. */
  date?: string;
  /** What could not be read: "day" when the day is blank or illegible, and so on. */
  blank: { day: boolean; month: boolean };
  /** The day as printed when it is not a number ("A5" in an OCR scan). */
  illegibleDay?: string;
  /** The whole line as printed. */
  printed: string;
}

/**
 * The place-and-date line: "Kiên Giang, ngày 20 tháng 8 năm 2024",
 * "Thái Bình, ngày    tháng 12 năm 2023", and OCR's "Déng Nai, ngay A5 thang 10 ndm 2024".
 * Matching is done on folded text so a scan without diacritics is read too.
 */
export function parseDateLine(line: string, folded: string): DateLine | undefined {
  const m = /([\p{L}][\p{L} .'-]*?)\s*,\s*ngay\s+(\S*?)\s*thang\s+(\S*?)\s*n\S{0,2}m\s+(\d{4})/u.exec(folded);
  if (!m) return undefined;
  const place = line.slice(m.index, m.index + m[1].length).trim();
  const dayText = line.slice(m.index + m[0].indexOf('ngay') + 4).trim().split(/\s+/)[0] ?? '';
  const [dayRaw, monthRaw, yearRaw] = [m[2], m[3], m[4]];
  const year = Number(yearRaw);
  const month = /^\d{1,2}$/.test(monthRaw) ? Number(monthRaw) : undefined;
  const day = /^\d{1,2}$/.test(dayRaw) ? Number(dayRaw) : undefined;
  const blankDay = day === undefined;
  const blankMonth = month === undefined;
  const date = isoDate(year, month, blankMonth ? undefined : day);
  return {
    place,
    date,
    blank: { day: blankDay, month: blankMonth },
    illegibleDay: blankDay && dayRaw !== '' && !/^thang$/.test(dayRaw) ? dayText : undefined,
    printed: line.slice(m.index).trim(),
  };
}

/** "tháng 01/2024" → "2024-01"; "01/2024" too. */
export function monthYear(text: string): string | undefined {
  const m = /(\d{1,2})\s*\/\s*(\d{4})/.exec(text);
  return m ? isoDate(Number(m[2]), Number(m[1])) : undefined;
}
