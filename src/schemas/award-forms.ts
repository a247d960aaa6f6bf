/**
 * `content/award-forms.yaml`: the award vocabulary (hình thức khen thưởng, danh hiệu thi đua):
 * who may grant each form, to which kinds of recipient, and during which dates.
 */
import { z } from 'zod';
import { isoDay, ref, text, textList } from './common.ts';

export const RECIPIENT_KINDS = ['individual', 'collective', 'household'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];
export const RECIPIENT_KIND_LABELS: Record<RecipientKind, string> = {
  individual: 'cá nhân',
  collective: 'tập thể',
  household: 'hộ gia đình',
};

/** Level of the granting authority; "huyen" ended with the district level on 2025-06-30. */
export const AWARD_LEVELS = ['nha-nuoc', 'chinh-phu', 'bo', 'tinh', 'huyen', 'xa', 'to-chuc'] as const;

export const awardFormSchema = z.strictObject({
  /** Stable id, e.g. "bang-khen-chu-tich-ubnd-tinh". */
  id: ref('mã hình thức khen thưởng (id)'),
  /** Vietnamese name as written on decisions: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh". */
  name: text('tên hình thức khen thưởng'),
  /** Whether it is an emulation title (danh hiệu) or an award form (hình thức khen thưởng). */
  category: z.enum(['danh-hieu', 'hinh-thuc'], { error: 'category phải là "danh-hieu" (danh hiệu thi đua) hoặc "hinh-thuc" (hình thức khen thưởng)' }),
  /** Who grants it, in words: "Chủ tịch Ủy ban nhân dân tỉnh". */
  authority: text('người có thẩm quyền tặng (authority)'),
  /** Authority ids a decision may name for this form, e.g. ["chu-tich-ubnd-tinh"]. */
  grantedBy: z.array(ref('mã người có thẩm quyền')).min(1, { error: 'Ghi ít nhất một mã người có thẩm quyền tặng (grantedBy)' }),
  /** Level of that authority. */
  level: z.enum(AWARD_LEVELS, { error: `Cấp khen thưởng (level) phải là một trong: ${AWARD_LEVELS.join(', ')}` }),
  /** Kinds of recipient it may be granted to. */
  recipientKinds: z
    .array(z.enum(RECIPIENT_KINDS, { error: 'Đối tượng phải là "individual" (cá nhân), "collective" (tập thể) hoặc "household" (hộ gia đình)' }))
    .min(1, { error: 'Ghi ít nhất một loại đối tượng được tặng (recipientKinds)' }),
  /** Order for honor lists: lower ranks first (1 = highest form). */
  rank: z.int({ error: 'Thứ bậc (rank) phải là số nguyên, 1 là cao nhất' }).positive(),
  /** First day it may be granted, when it matters. */
  validFrom: isoDay('ngày bắt đầu áp dụng (validFrom)').optional(),
  /** Last day it may be granted (district-level forms: 2025-06-30). */
  validTo: isoDay('ngày hết áp dụng (validTo)').optional(),
  /** Legal basis. */
  basis: text('căn cứ pháp lý').optional(),
  /** Notes for editors. */
  notes: textList('ghi chú').optional(),
});
export type AwardForm = z.infer<typeof awardFormSchema>;

export const awardFormsFileSchema = z.array(awardFormSchema, {
  error: 'Tệp hình thức khen thưởng phải là một danh sách, mỗi mục bắt đầu bằng "- id: …"',
});
