/**
 * `content/campaigns/<slug>.md(x)`: an emulation movement (phong trào thi đua), its slogan,
 * its time-boxed phases (đợt) with their own themes, and its competition contents (nội dung thi đua).
 */
import { z } from 'zod';
import { partialDate, period, ref, text, textList } from './common.ts';
import { checkPublication, publicationFields } from './publication.ts';

/** An anniversary a phase salutes: "95 năm Ngày thành lập Đảng Cộng sản Việt Nam". */
export const anniversarySchema = z.strictObject({
  /** As the document words it. */
  name: text('tên ngày kỷ niệm'),
  /** The anniversary day itself, e.g. "2025-02-03". */
  date: partialDate('ngày kỷ niệm'),
});

export const phaseSchema = z.strictObject({
  /** Id within the campaign: "dot-1". */
  id: ref('mã đợt thi đua (id)'),
  /** "Đợt 1". */
  name: text('tên đợt'),
  /** First and last day of the phase. */
  period: period('thời gian của đợt'),
  /** The phase's own theme, word for word. */
  theme: text('chủ đề của đợt').optional(),
  /** Anniversaries the phase salutes. */
  salutes: z.array(anniversarySchema).default([]),
});
export type Phase = z.infer<typeof phaseSchema>;

/** A measurable goal: "80% nguồn tin do Nhân dân cung cấp …". */
export const targetSchema = z.strictObject({
  /** The target as written. */
  text: text('nội dung chỉ tiêu'),
  /** The number in it, when there is one (80 for "80%"). */
  value: z.number({ error: 'Giá trị chỉ tiêu (value) phải là số, ví dụ 80' }).optional(),
  /** Unit of the value: "%" or a count word. */
  unit: text('đơn vị chỉ tiêu').optional(),
});

/** A competition content: the numbered things a campaign asks people to do. */
export const contentSchema = z.strictObject({
  /** Number as in the document: "4.1". */
  number: z.string({ error: 'Số thứ tự nội dung (number) phải là chữ như "4.1"' }).regex(/^\d+(?:\.\d+)*$/, {
    error: 'Số thứ tự nội dung phải có dạng "4.1"',
  }),
  /** Stable id used in URLs and by stories: "ho-tro-nam-tinh-hinh". */
  id: ref('mã nội dung thi đua (id)'),
  /** Title as written. */
  title: text('tên nội dung thi đua'),
  /** The paragraph that explains it. */
  description: text('mô tả nội dung thi đua').optional(),
  /** Its targets. */
  targets: z.array(targetSchema).default([]),
});
export type CompetitionContent = z.infer<typeof contentSchema>;

/** A document referred to by number, whether or not we hold it. */
export const documentRefSchema = z.strictObject({
  /** Type of document: "Kế hoạch", "Quyết định". */
  type: text('loại văn bản'),
  /** Number and symbol as written: "399/KH-BCA-X03". */
  number: text('số, ký hiệu văn bản').optional(),
  /** Date of issue. */
  date: partialDate('ngày ban hành').optional(),
  /** Issuing body: "Bộ Công an". */
  issuer: text('cơ quan ban hành').optional(),
  /** Trích yếu, when the citing text gives it. */
  title: text('trích yếu').optional(),
  /** Id of our plan entry, when we publish that document. */
  plan: ref('mã kế hoạch (plan)').optional(),
});
export type DocumentRef = z.infer<typeof documentRefSchema>;

export const campaignSchema = z.strictObject({
  /** Name of the movement. */
  name: text('tên phong trào'),
  /** Short name for lists and breadcrumbs. */
  shortName: text('tên ngắn').optional(),
  /** The overarching theme (chủ đề xuyên suốt), word for word. */
  theme: text('chủ đề xuyên suốt').optional(),
  /** One or two sentences for lists and the home page. */
  summary: text('tóm tắt'),
  /** Scope: national movement or a provincial one. */
  scope: z.enum(['national', 'provincial'], { error: 'scope phải là "national" (toàn quốc) hoặc "provincial" (cấp tỉnh)' }),
  /** The document that launched it. */
  launchedBy: documentRefSchema.optional(),
  /** Its period; omit "to" for a standing movement. */
  period: period('thời gian phong trào').optional(),
  /** Who takes part. */
  participants: textList('đối tượng tham gia').optional(),
  /** Time-boxed phases, in order. */
  phases: z.array(phaseSchema).default([]),
  /** Competition contents. */
  contents: z.array(contentSchema).default([]),
  /** Where the facts above come from. */
  sources: textList('nguồn').optional(),
  ...publicationFields,
}).superRefine(checkPublication);
export type Campaign = z.infer<typeof campaignSchema>;
