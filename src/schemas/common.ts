/**
 * Shared schema pieces. Every message says what is wrong and how to fix it, in Vietnamese,
 * following GOV.UK's error-message guidance: plain words, the fix, no blame.
 */
import { z } from 'zod';
import './messages.ts';
import { earliestDay, latestDay, parsePartialDate } from '../lib/partial-date.ts';
import { isNfc } from '../lib/text.ts';

const NFC_MESSAGE =
  'Văn bản đang ở dạng Unicode tổ hợp (NFD), hay gặp khi dán từ PDF hoặc gõ bằng bảng mã tổ hợp. Chuyển sang Unicode dựng sẵn (NFC): trong UniKey chọn "Unicode dựng sẵn", hoặc dán qua trình soạn thảo rồi lưu lại';

/** Non-empty Vietnamese text in NFC. `what` names the field for the reader ("tiêu đề"). */
export function text(what: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `Thiếu ${what}. Thêm trường này` : `${what} phải là một đoạn chữ`) })
    .trim()
    .min(1, { error: `${what} đang để trống. Điền nội dung hoặc xóa cả dòng nếu trường này không bắt buộc` })
    .refine(isNfc, { error: NFC_MESSAGE });
}

/** A list of texts, e.g. title lines as printed on the document. */
export function textList(what: string) {
  return z.array(text(what), { error: `${what} phải là một danh sách, mỗi dòng bắt đầu bằng "- "` });
}

/** YAML may turn an unquoted 2024-08-20 into a Date: accept it and keep the ISO day. */
function dateToIsoText(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return value;
}

/**
 * A date that may be partial: "2024-08-20", "2023-12" (copy leaves the day blank) or "2023".
 * Stored as the ISO text so it round-trips unchanged.
 */
export function partialDate(what: string) {
  return z.preprocess(
    dateToIsoText,
    z
      .string({ error: (issue) => (issue.input === undefined ? `Thiếu ${what}. Thêm ngày dạng "2024-08-20"` : `${what} phải là ngày dạng "2024-08-20"`) })
      .min(1, { error: `${what} đang để trống. Ghi ngày dạng "2024-08-20" (hoặc "2023-12", "2023" nếu bản gốc để trống ngày, tháng)`, abort: true })
      .refine((s) => parsePartialDate(s) !== undefined, {
        error: `${what} không phải ngày có thật. Viết "2024-08-20"; nếu bản gốc để trống ngày thì viết "2023-12", để trống cả tháng thì viết "2023"`,
      }),
  );
}

/** A full calendar day, "2024-08-20". */
export function isoDay(what: string) {
  return z.preprocess(
    dateToIsoText,
    z
      .string({ error: (issue) => (issue.input === undefined ? `Thiếu ${what}. Thêm ngày dạng "2024-08-20"` : `${what} phải là ngày dạng "2024-08-20"`) })
      .refine((s) => parsePartialDate(s)?.precision === 'day', {
        error: `${what} phải là một ngày đầy đủ và có thật, dạng "2024-08-20"`,
      }),
  );
}

/** A reference to another entry by its id (ASCII kebab-case). */
export function ref(what: string) {
  return z
    .string({ error: `Thiếu ${what}. Ghi mã (id) của mục được nhắc tới, ví dụ "kien-giang"` })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: `${what} phải là mã viết thường không dấu, nối bằng "-", ví dụ "kien-giang"`,
    });
}

/** An absolute http(s) URL. */
export function url(what: string) {
  return z.url({ protocol: /^https?$/, error: `${what} phải là địa chỉ web đầy đủ, bắt đầu bằng "https://"` });
}

/** True when partial date `a` certainly ends before `b` begins. */
function isBefore(a: string, b: string): boolean {
  const pa = parsePartialDate(a);
  const pb = parsePartialDate(b);
  return pa !== undefined && pb !== undefined && latestDay(pa) < earliestDay(pb);
}

/** A period of time; `to` may be open. */
export function period(what: string) {
  return z
    .strictObject(
      {
        /** First day (may be partial). */
        from: partialDate(`ngày bắt đầu của ${what}`),
        /** Last day (may be partial); omit while open-ended. */
        to: partialDate(`ngày kết thúc của ${what}`).optional(),
      },
      { error: `${what} phải có "from" (ngày bắt đầu) và có thể có "to" (ngày kết thúc)` },
    )
    .refine((p) => p.to === undefined || !isBefore(p.to, p.from), {
      error: `${what}: ngày kết thúc đứng trước ngày bắt đầu. Kiểm tra lại "from" và "to"`,
      path: ['to'],
    });
}

/** Where a piece of content came from: an original copy, an OCR scan or a press report. */
export const sourceSchema = z.strictObject({
  /** What we hold: the original text, an OCR copy, or a press article about the document. */
  kind: z.enum(['original', 'ocr', 'press-article'], {
    error: 'Loại nguồn (kind) phải là "original" (bản gốc), "ocr" (bản quét nhận dạng chữ) hoặc "press-article" (bài báo)',
  }),
  /** File name of the copy we transcribed, e.g. in the seeds folder. */
  file: text('tên tệp nguồn').optional(),
  /** Outlet that published the article, for press sources. */
  outlet: text('tên cơ quan báo chí').optional(),
  /** Author credited by the outlet. */
  author: text('tác giả').optional(),
  /** Address of the original, when public. */
  url: url('Địa chỉ nguồn').optional(),
  /** Publication date of the article. */
  published: partialDate('ngày đăng bài').optional(),
  /** Notes on the transcription: what was dropped, restored or illegible. */
  notes: textList('ghi chú về nguồn').optional(),
});
export type Source = z.infer<typeof sourceSchema>;
