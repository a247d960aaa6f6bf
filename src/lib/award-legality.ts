/**
 * Legality of an award: may this authority grant this form to this kind of recipient on this
 * date? And does a plan's quota hold across all decisions under it? Pure functions; the
 * cross-check module turns their findings into located Vietnamese problems.
 */
import type { AwardForm, RecipientKind } from '../schemas/award-forms.ts';
import { RECIPIENT_KIND_LABELS } from '../schemas/award-forms.ts';
import { earliestDay, latestDay, partial, type PartialDate } from './partial-date.ts';
import { formatListDate } from './vietnamese-dates.ts';

export type GrantProblemCode = 'authority' | 'kind' | 'not-yet' | 'expired';

export interface GrantProblem {
  code: GrantProblemCode;
  message: string;
}

export interface Grant {
  authority: string;
  kind: RecipientKind;
  date: PartialDate;
}

/** Every reason the grant is not allowed; empty when it is. */
export function grantProblems(form: AwardForm, grant: Grant): GrantProblem[] {
  const out: GrantProblem[] = [];
  if (!form.grantedBy.includes(grant.authority)) {
    out.push({
      code: 'authority',
      message: `"${form.name}" không do "${grant.authority}" tặng (chỉ ${form.grantedBy.join(', ')}). Sửa người có thẩm quyền (authority) hoặc hình thức khen thưởng (form)`,
    });
  }
  if (!form.recipientKinds.includes(grant.kind)) {
    out.push({
      code: 'kind',
      message: `"${form.name}" không tặng cho ${RECIPIENT_KIND_LABELS[grant.kind]} (chỉ cho ${form.recipientKinds.map((k) => RECIPIENT_KIND_LABELS[k]).join(', ')}). Chọn hình thức khen thưởng phù hợp`,
    });
  }
  const shown = formatListDate(grant.date);
  if (form.validTo && earliestDay(grant.date) > form.validTo) {
    out.push({
      code: 'expired',
      message: `"${form.name}" chỉ áp dụng đến ${formatListDate(partial(form.validTo))}, quyết định đề ngày ${shown}. Từ 01/07/2025 không còn cấp huyện: chọn hình thức khen thưởng của cấp xã hoặc cấp tỉnh`,
    });
  }
  if (form.validFrom && latestDay(grant.date) < form.validFrom) {
    out.push({
      code: 'not-yet',
      message: `"${form.name}" chỉ áp dụng từ ${formatListDate(partial(form.validFrom))}, quyết định đề ngày ${shown}. Kiểm tra lại ngày hoặc hình thức khen thưởng`,
    });
  }
  return out;
}

export interface QuotaUse {
  plan: string;
  form: string;
  used: number;
  max?: number;
  count?: number;
}

/** The message when a plan's quota is exceeded: "17 Bằng khen …, kế hoạch cho phép tối đa 15". */
export function quotaMessage(formName: string, use: QuotaUse): string | undefined {
  const limit = use.max ?? use.count;
  if (limit === undefined || use.used <= limit) return undefined;
  return `Các quyết định theo kế hoạch này đã tặng ${use.used} ${formName}, kế hoạch cho phép tối đa ${limit}. Bớt người được khen, chuyển sang hình thức khác, hoặc ghi kế hoạch khác nếu quyết định không thuộc kế hoạch này`;
}
