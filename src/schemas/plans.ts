/**
 * `content/plans/<year>/<slug>.md(x)`: an official document launching or implementing a
 * campaign. The frontmatter holds the document's structure as Nghị định 30/2020 lays it out;
 * the body is the faithful full text.
 */
import { z } from 'zod';
import { TYPE_CODES } from '../lib/document-number.ts';
import { documentRefSchema, targetSchema, contentSchema } from './campaigns.ts';
import { partialDate, period, ref, sourceSchema, text, textList } from './common.ts';
import { documentNumberSchema } from './document-number.ts';
import { checkPublication, publicationFields } from './publication.ts';

/** A body as printed in the header block, line by line, plus its full name. */
export const bodySchema = z.strictObject({
  /** Full name in normal case: "Ban Chỉ đạo phòng, chống tội phạm … tỉnh Kiên Giang". */
  name: text('tên đầy đủ của cơ quan'),
  /** Lines as printed (upper case): ["BAN CHỈ ĐẠO PCTP, TNXH VÀ", "XDPTTDBV ANTQ TỈNH"]. */
  printed: textList('các dòng tên cơ quan như trên văn bản').optional(),
});

export const SIGNER_AUTHORITIES = ['TM.', 'KT.', 'Q.', 'TL.', 'TUQ.'] as const;

/** The signature block: authority prefix, title lines and name. */
export const signerSchema = z.strictObject({
  /** Authority prefix: TM. (for a collective), KT. (deputy for the head), Q., TL., TUQ. */
  authority: z.enum(SIGNER_AUTHORITIES, { error: `Thẩm quyền ký (authority) phải là một trong: ${SIGNER_AUTHORITIES.join(' ')}` }).optional(),
  /** Lines as printed, in order, e.g. ["TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "GIÁM ĐỐC CÔNG AN TỈNH"]; the first follows the prefix. */
  titleLines: textList('các dòng chức vụ người ký').min(1, { error: 'Ghi ít nhất một dòng chức vụ người ký (titleLines)' }),
  /** Rank printed before the name in police and army documents: "Đại tá". */
  rank: text('cấp bậc').optional(),
  /** Name of the signer. */
  name: text('họ tên người ký'),
});
export type Signer = z.infer<typeof signerSchema>;

/** An award form the plan offers, with its quota. */
export const planAwardSchema = z.strictObject({
  /** The award form (id in award-forms.yaml). */
  form: ref('hình thức khen thưởng (form)'),
  /** The wording of the plan. */
  text: text('nội dung khen thưởng như trong kế hoạch'),
  /** At most this many (e.g. 15 Bằng khen). */
  max: z.int({ error: 'Số lượng tối đa (max) phải là số nguyên' }).positive().optional(),
  /** Exactly this many (e.g. 02 Cờ thi đua). */
  count: z.int({ error: 'Số lượng (count) phải là số nguyên' }).positive().optional(),
});

export const assignmentSchema = z.strictObject({
  /** Agency as named: "Sở Thông tin và Truyền thông". */
  agency: text('cơ quan được giao (agency)'),
  /** Its duties, as written. */
  duties: textList('nhiệm vụ').min(1, { error: 'Ghi ít nhất một nhiệm vụ (duties)' }),
});

export const deadlineSchema = z.strictObject({
  /** What is due, to whom. */
  what: text('nội dung phải báo cáo'),
  /** The due date, when it is a single date. */
  date: partialDate('hạn báo cáo').optional(),
  /** A recurring yearly day, "MM-DD": "12-15" for "trước ngày 15/12 hằng năm". */
  yearly: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: 'Hạn hằng năm (yearly) viết "MM-DD", ví dụ "12-15"' }).optional(),
});

export const planSchema = z
  .strictObject({
    /** Số, ký hiệu: "350/KH-BCĐ", or { status: blank, symbol: KH-BCĐ } when the copy leaves it blank. */
    number: documentNumberSchema,
    /** Type code of Phụ lục III: "KH" for Kế hoạch. */
    type: z.enum(Object.keys(TYPE_CODES) as [string, ...string[]], {
      error: `Loại văn bản (type) phải là mã theo Nghị định 30/2020, ví dụ "KH" (Kế hoạch)`,
    }),
    /** The issuing body (cơ quan ban hành). */
    issuer: bodySchema,
    /** Its parent body (cơ quan chủ quản), when printed. */
    parentBody: bodySchema.optional(),
    /** Place name of the date line, as written then: "Kiên Giang". */
    place: text('địa danh (place)'),
    /** Locality the plan covers (id in localities.yaml). */
    locality: ref('địa bàn (locality)'),
    /** Date of issue; partial when the copy leaves the day or month blank. */
    issued: partialDate('ngày ban hành (issued)'),
    /** Trích yếu: the title under the type name. */
    title: text('trích yếu (title)'),
    /** One or two sentences for lists and search results. */
    summary: text('tóm tắt (summary)'),
    /** Documents it implements or cites. */
    basis: z.array(documentRefSchema).default([]),
    /** Campaign it launches or implements (id in content/campaigns). */
    campaign: ref('phong trào (campaign)'),
    /** Period the plan covers. */
    period: period('thời gian thực hiện').optional(),
    /** Phases of the campaign the plan restates (ids of the campaign's phases). */
    phases: z.array(ref('đợt thi đua')).default([]),
    /** Overall targets of the plan. */
    targets: z.array(targetSchema).default([]),
    /** The plan's own competition contents, when it has them (otherwise the campaign's apply). */
    contents: z.array(contentSchema).default([]),
    /** Who takes part. */
    participants: textList('đối tượng tham gia').optional(),
    /** Award forms offered, with quotas. */
    awards: z.array(planAwardSchema).default([]),
    /** Agencies and their duties. */
    assignments: z.array(assignmentSchema).default([]),
    /** Reporting deadlines. */
    deadlines: z.array(deadlineSchema).default([]),
    /** The signature block; omit when the copy lacks it and say so in source.notes. */
    signer: signerSchema.optional(),
    /** Nơi nhận, line by line as printed. */
    recipients: textList('nơi nhận').default([]),
    /** Where our text comes from: original, OCR scan, press article. */
    source: sourceSchema,
    /** How complete our body text is. */
    textStatus: z.enum(['full', 'restored', 'summary'], {
      error: 'textStatus phải là "full" (toàn văn), "restored" (khôi phục từ bản OCR) hoặc "summary" (bài tóm tắt)',
    }),
    ...publicationFields,
  })
  .superRefine((plan, ctx) => {
    checkPublication(plan, ctx);
    const code = plan.number.typeCode;
    if (code !== undefined && code !== plan.type) {
      ctx.addIssue({ code: 'custom', path: ['type'], message: `Loại văn bản "${plan.type}" không khớp ký hiệu "${plan.number.symbol}" (mã ${code}). Sửa một trong hai cho đúng bản gốc` });
    }
    if (plan.textStatus === 'summary' && plan.source.kind !== 'press-article') {
      ctx.addIssue({ code: 'custom', path: ['source', 'kind'], message: 'Bài tóm tắt (textStatus: summary) phải ghi nguồn là bài báo (source.kind: press-article) với tác giả' });
    }
    if (plan.source.kind === 'press-article' && !plan.source.author) {
      ctx.addIssue({ code: 'custom', path: ['source', 'author'], message: 'Bài báo phải ghi tên tác giả (source.author) để ghi công đúng' });
    }
  });
export type Plan = z.infer<typeof planSchema>;
