/**
 * `content/honors/<year>/<slug>.yaml`: one award decision (quyết định khen thưởng) and its
 * attached list of recipients, in the decision's own order. A decision is an administrative
 * document: its recipients are published as the decision names them, and nothing more personal.
 */
import { z } from 'zod';
import { RECIPIENT_KINDS } from './award-forms.ts';
import { isoDay, partialDate, ref, text, url } from './common.ts';
import { documentNumberSchema } from './document-number.ts';
import { signerSchema } from './plans.ts';
import { checkPublication, publicationFields } from './publication.ts';

export const recipientSchema = z.strictObject({
  /** Stable honoree id, to merge records across decisions; derived from name + unit when omitted. */
  id: ref('mã người được khen (id)').optional(),
  /** individual (cá nhân), collective (tập thể) or household (hộ gia đình). */
  kind: z.enum(RECIPIENT_KINDS, { error: 'Loại (kind) phải là "individual", "collective" hoặc "household"' }),
  /** Name exactly as in the decision. */
  name: text('tên người hoặc tập thể được khen'),
  /** Title or role as in the decision. */
  role: text('chức vụ, vai trò').optional(),
  /** Unit or organisation as in the decision. */
  unit: text('đơn vị').optional(),
  /** Commune or province (locality id) as named on the decision date. */
  locality: ref('địa bàn (locality)').optional(),
  /** The reason line: "đã có thành tích …". */
  achievement: text('thành tích (achievement)').optional(),
  /** Stories about this recipient's deed (story ids). */
  stories: z.array(ref('mã bài viết')).default([]),
  /** Cash reward as the decision or report states it, e.g. "kèm tiền thưởng". */
  cash: text('tiền thưởng').optional(),
});
export type Recipient = z.infer<typeof recipientSchema>;

export const honorSchema = z
  .strictObject({
    /** Số, ký hiệu; `{ status: unknown }` when only a press report is known (then `source` is required). */
    number: z.union([
      z.strictObject({ status: z.literal('unknown', { error: 'status phải là "unknown" khi chưa biết số quyết định' }) }),
      documentNumberSchema,
    ]),
    /** Date of the decision (or of the ceremony, when only that is reported; may be partial). */
    date: partialDate('ngày quyết định (date)'),
    /** Who decided: an authority id of the award form (e.g. "giam-doc-cong-an-tinh"). */
    authority: ref('người có thẩm quyền (authority)'),
    /** The province or commune whose authority decided (locality id). */
    locality: ref('địa bàn của cơ quan khen thưởng (locality)'),
    /** Full name of the deciding body as reported: "Công an tỉnh Bà Rịa - Vũng Tàu". */
    body: text('cơ quan ra quyết định (body)'),
    /** The signature block, when the decision is at hand. */
    signer: signerSchema.optional(),
    /** Award form (id in award-forms.yaml). */
    form: ref('hình thức khen thưởng (form)'),
    /** Campaign it rewards. */
    campaign: ref('phong trào (campaign)').optional(),
    /** Plan whose quota it counts against. */
    plan: ref('kế hoạch (plan)').optional(),
    /** Phase of the campaign it rewards. */
    phase: ref('đợt thi đua (phase)').optional(),
    /** Recipients in the decision's own order. */
    recipients: z.array(recipientSchema).min(1, { error: 'Ghi ít nhất một người hoặc tập thể được khen (recipients)' }),
    /** The decision file beside this YAML, when we hold it. */
    file: z.string().regex(/^\.\/[a-z0-9-]+\.pdf$/, { error: 'Tệp quyết định (file) viết "./ten-tep.pdf", đặt cạnh tệp này' }).optional(),
    /** in-force, or revoked with date and reason: revoked decisions stay visible but leave the totals. */
    status: z
      .union([
        z.literal('in-force'),
        z.strictObject({
          revoked: isoDay('ngày thu hồi'),
          reason: text('lý do thu hồi'),
        }),
      ], { error: 'status phải là "in-force" (còn hiệu lực) hoặc { revoked: "2025-01-01", reason: "…" }' })
      .default('in-force'),
    /** Where we know it from: required when the number is unknown. */
    source: z
      .strictObject({
        outlet: text('tên báo (outlet)'),
        url: url('Địa chỉ bài báo (url)'),
        published: partialDate('ngày đăng bài').optional(),
      })
      .optional(),
    ...publicationFields,
  })
  .superRefine((h, ctx) => {
    checkPublication(h, ctx);
    if (h.number.status === 'unknown' && !h.source) {
      ctx.addIssue({ code: 'custom', path: ['source'], message: 'Chưa biết số quyết định thì phải ghi nguồn (source: tên báo, địa chỉ bài) để người đọc kiểm chứng' });
    }
    if (h.phase && !h.campaign) {
      ctx.addIssue({ code: 'custom', path: ['phase'], message: 'Có đợt thi đua (phase) nhưng chưa ghi phong trào (campaign). Thêm campaign' });
    }
  });
export type Honor = z.infer<typeof honorSchema>;

export const modelSchema = z.strictObject({
  /** Name of the model: "Camera an ninh", "Tổ tự quản". */
  name: text('tên mô hình'),
  /** Unit that runs it. */
  unit: text('đơn vị thực hiện'),
  /** Where (locality id, as named when recognised). */
  locality: ref('địa bàn (locality)'),
  /** Running since (may be partial). */
  since: partialDate('thời gian bắt đầu (since)').optional(),
  /** The honor decision that recognised it (honor id). */
  recognisedBy: ref('quyết định công nhận (recognisedBy)').optional(),
  /** Results, as reported. */
  results: z.array(text('kết quả')).default([]),
  /** How others can replicate it. */
  howTo: z.array(text('cách nhân rộng')).default([]),
  /** Source of the facts. */
  source: z.strictObject({ outlet: text('tên báo (outlet)'), url: url('Địa chỉ bài báo (url)') }).optional(),
  ...publicationFields,
}).superRefine(checkPublication);
export type SecurityModel = z.infer<typeof modelSchema>;
