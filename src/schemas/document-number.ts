/**
 * The "số, ký hiệu" field. Known numbers are written as on the document ("350/KH-BCĐ").
 * A copy with the number left blank ("Số: /KH-BCĐ") or unreadable is an explicit state,
 * never an empty string, so pages can say so honestly.
 */
import { z } from 'zod';
import { explainNumberProblem, parseDocumentNumber, parseSymbol } from '../lib/document-number.ts';
import { text } from './common.ts';

const knownNumber = z.string().transform((value, ctx) => {
  const parsed = parseDocumentNumber(value);
  if (typeof parsed === 'string') {
    ctx.addIssue({ code: 'custom', message: explainNumberProblem(parsed, value) });
    return z.NEVER;
  }
  return { status: 'known' as const, text: value.normalize('NFC').trim(), ...parsed };
});

const missingNumber = z
  .strictObject({
    /** "blank": the copy leaves the number empty; "illegible": the scan cannot be read. */
    status: z.enum(['blank', 'illegible'], {
      error: 'status phải là "blank" (bản gốc để trống số) hoặc "illegible" (không đọc được số)',
    }),
    /** The symbol when it can be read: "KH-BCĐ". */
    symbol: text('ký hiệu văn bản (symbol)')
      .refine((s) => parseSymbol(s) !== undefined, { error: 'Ký hiệu phải có dạng "KH-BCĐ": mã loại văn bản và mã cơ quan nối bằng "-"' })
      .optional(),
    /** What the copy actually shows, e.g. "…/KH-UBND". */
    asPrinted: text('số như trên bản sao (asPrinted)').optional(),
  })
  .transform((n) => ({ ...n, ...(n.symbol ? parseSymbol(n.symbol) : {}) }));

type Known = z.output<typeof knownNumber>;
type Missing = z.output<typeof missingNumber>;

/**
 * A string is a known number, an object a missing one. Dispatching by type (rather than a
 * z.union) keeps the precise message of the branch the editor meant.
 */
export const documentNumberSchema = z.custom<unknown>((v) => v !== undefined, {
  error: 'Thiếu số, ký hiệu (number). Viết như "350/KH-BCĐ"; nếu bản gốc để trống số, viết "number: { status: blank, symbol: KH-BCĐ }"',
}).transform((value, ctx): Known | Missing => {
  const schema = typeof value === 'string' ? knownNumber : missingNumber;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  return z.NEVER;
});
export type DocumentNumberField = z.infer<typeof documentNumberSchema>;

/** "350/KH-BCĐ", or "…/KH-BCĐ" when the number is blank, for display. */
export function displayNumber(n: DocumentNumberField): string {
  if (n.status === 'known') return n.text;
  return `…/${n.symbol ?? '…'}`;
}
