/** Pure helpers that lay out a plan as Nghị định 30/2020 prescribes; the .astro files stay thin. */
import { TYPE_CODES } from './document-number.ts';
import { partial } from './partial-date.ts';
import { describePrecision, formatDateLine, formatListDate } from './vietnamese-dates.ts';
import type { Plan, Signer } from '../schemas/plans.ts';
import { displayNumber } from '../schemas/document-number.ts';

/** "Số: 350/KH-BCĐ"; a blank number stays visibly blank. */
export function numberLine(plan: Plan): string {
  return `Số: ${displayNumber(plan.number)}`;
}

/** Why the number is missing, for readers; undefined when it is known. */
export function numberNote(plan: Plan): string | undefined {
  if (plan.number.status === 'blank') return 'Bản sao để trống số văn bản.';
  if (plan.number.status === 'illegible') return 'Không đọc được số văn bản trên bản quét.';
  return undefined;
}

export function dateLine(plan: Plan): string {
  return formatDateLine(plan.place, partial(plan.issued));
}

/** "KẾ HOẠCH". */
export function typeHeading(plan: Plan): string {
  return (TYPE_CODES[plan.type] ?? plan.type).toLocaleUpperCase('vi');
}

/** Signature block lines: ["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", …] and the name line. */
export function signatureLines(s: Signer): { titles: string[]; name: string } {
  const [first, ...rest] = s.titleLines;
  return {
    titles: [s.authority ? `${s.authority} ${first}` : first, ...rest],
    name: s.rank ? `${s.rank} ${s.name}` : s.name,
  };
}

/** "20/08/2024" or "tháng 12/2023 (bản gốc để trống ngày)". */
export function issuedText(plan: Plan): string {
  return describePrecision(partial(plan.issued));
}

export function periodText(p: { from: string; to?: string }): string {
  return `${formatListDate(partial(p.from))} – ${p.to ? formatListDate(partial(p.to)) : 'nay'}`;
}

export const TEXT_STATUS_LABELS: Record<Plan['textStatus'], string> = {
  full: 'Toàn văn',
  restored: 'Toàn văn khôi phục từ bản quét OCR',
  summary: 'Bài tóm tắt trên báo',
};
