/**
 * `content/stories/<year>/<slug>/index.md(x)`: a good-deed story ("Người tốt, việc tốt").
 * Privacy rules (Luật 91/2025/QH15, Nghị định 356/2025, Bộ luật Dân sự Điều 32) are part of
 * the schema, so the checker and the build refuse the same entries: a private person is named
 * only with a recorded consent, a minor needs the guardian's consent too, ages only with
 * consent, victims and suspects only by initials. Consent records are validated, never rendered.
 */
import { z } from 'zod';
import { RECIPIENT_KINDS } from './award-forms.ts';
import { isoDay, partialDate, ref, text, textList, url } from './common.ts';
import { checkPublication, publicationFields } from './publication.ts';

/** A written consent: when it was given and where the signed form is filed. Never rendered. */
export const consentRecordSchema = z.strictObject({
  /** Day the consent was signed. */
  date: isoDay('ngày ký đồng ý'),
  /** Where the signed form is kept: "Phiếu đồng ý số 12/2025, lưu tại Công an xã …". */
  reference: text('số hoặc nơi lưu phiếu đồng ý'),
});

const INITIALS = /^[\p{Lu}][\p{L}]{0,3}\.(?:\s?[\p{Lu}][\p{L}]{0,3}\.)*$/u;

export const subjectSchema = z
  .strictObject({
    /** individual (cá nhân), collective (tập thể) or household (hộ gia đình). */
    kind: z.enum(RECIPIENT_KINDS, { error: 'Loại (kind) phải là "individual" (cá nhân), "collective" (tập thể) hoặc "household" (hộ gia đình)' }),
    /** Full name; for a person or household only with `consent.name`. */
    name: text('họ tên').optional(),
    /** Initials when there is no consent to publish the name: "N.Đ.H.". */
    initials: z.string().regex(INITIALS, { error: 'Tên viết tắt (initials) viết hoa, mỗi chữ có dấu chấm, ví dụ "N.Đ.H."' }).optional(),
    /** Role, e.g. "Tổ trưởng Tổ bảo vệ an ninh, trật tự ấp Bình Tịnh B". */
    role: text('vai trò, chức danh').optional(),
    /** Unit or organisation. */
    unit: text('đơn vị').optional(),
    /** Age at the deed, only with `consent.age`. */
    age: z.int({ error: 'Tuổi (age) phải là số nguyên' }).min(0).max(120).optional(),
    /** Birth year, only with `consent.age`. */
    birthYear: z.int({ error: 'Năm sinh (birthYear) phải là số nguyên' }).min(1900).max(2100).optional(),
    /** Under 16 (Luật Trẻ em 2016): initials and no face unless both consents are recorded. */
    minor: z.boolean({ error: 'minor phải là true hoặc false' }).default(false),
    /** Recorded consents; validated, never shown on the site. */
    consent: z
      .strictObject({
        /** To publish the full name. */
        name: consentRecordSchema.optional(),
        /** To publish the age or birth year. */
        age: consentRecordSchema.optional(),
        /** To publish photos that show the person's face. */
        photo: consentRecordSchema.optional(),
        /** A parent's or guardian's consent, required for a minor. */
        guardian: consentRecordSchema.optional(),
      })
      .default({}),
  })
  .superRefine((s, ctx) => {
    const personal = s.kind !== 'collective';
    if (!s.name && !s.initials) {
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'Thiếu tên. Ghi "name" (họ tên, khi đã có phiếu đồng ý) hoặc "initials" (tên viết tắt, ví dụ "N.Đ.H.")' });
    }
    if (personal && s.name && !s.consent.name) {
      ctx.addIssue({ code: 'custom', path: ['consent', 'name'], message: 'Chưa có phiếu đồng ý công khai họ tên. Thêm consent.name (ngày ký, nơi lưu phiếu), hoặc thay "name" bằng "initials" (tên viết tắt)' });
    }
    if (personal && s.minor && s.name && !s.consent.guardian) {
      ctx.addIssue({ code: 'custom', path: ['consent', 'guardian'], message: 'Người dưới 16 tuổi chỉ được nêu họ tên khi có cả phiếu đồng ý của cha, mẹ hoặc người giám hộ. Thêm consent.guardian, hoặc chỉ ghi tên viết tắt' });
    }
    if ((s.age !== undefined || s.birthYear !== undefined) && !s.consent.age) {
      ctx.addIssue({ code: 'custom', path: [s.age !== undefined ? 'age' : 'birthYear'], message: 'Chỉ ghi tuổi hoặc năm sinh khi người đó đồng ý. Thêm consent.age, hoặc xóa tuổi/năm sinh' });
    }
    if (s.minor && (s.age !== undefined || s.birthYear !== undefined) && !s.consent.guardian) {
      ctx.addIssue({ code: 'custom', path: ['consent', 'guardian'], message: 'Tuổi của người dưới 16 tuổi cần thêm phiếu đồng ý của cha, mẹ hoặc người giám hộ (consent.guardian)' });
    }
  });
export type Subject = z.infer<typeof subjectSchema>;

/** Someone the story mentions who is not honoured: never named in full. */
export const mentionSchema = z.strictObject({
  /** victim (nạn nhân), suspect (đối tượng), other (người liên quan). */
  role: z.enum(['victim', 'suspect', 'other'], { error: 'role phải là "victim" (nạn nhân), "suspect" (đối tượng) hoặc "other"' }),
  /** Initials only, e.g. "T.V.A.". */
  initials: z.string().regex(INITIALS, { error: 'Nạn nhân, đối tượng chỉ được ghi tên viết tắt, ví dụ "T.V.A."' }),
});

export const PHOTO_USES = ['site-only', 'reuse'] as const;

/** A photo beside the story file, processed by Astro's sharp pipeline (metadata stripped). */
export function photoSchema<Src extends z.ZodType>(src: Src) {
  return z.strictObject({
    /** Path relative to the story file: "./anh-1.jpg". Never a file under public/. */
    src,
    /** What the photo shows, for people who cannot see it. */
    alt: text('mô tả ảnh (alt)'),
    /** Caption shown under the photo. */
    caption: text('chú thích ảnh').optional(),
    /** Photographer or source, shown under the photo: "Ảnh: Công an xã Bình Phước". */
    credit: text('nguồn ảnh (credit)'),
    /** Whether the press may reuse it ("reuse") or only this site ("site-only"). */
    use: z.enum(PHOTO_USES, { error: 'Phạm vi dùng ảnh (use) phải là "site-only" (chỉ trang này) hoặc "reuse" (báo chí được đăng lại)' }),
    /** Indexes (from 0) of the subjects whose faces are shown; their photo consent is checked. */
    shows: z.array(z.int().min(0)).default([]),
    /**
     * A photo whose file still holds GPS coordinates is refused, because git keeps the original.
     * "public-place" lets it through when it was taken at a public place (a commune hall, an
     * award ceremony) and the position reveals nobody's home; the site still strips it.
     */
    gps: z.literal('public-place', { error: 'gps chỉ nhận giá trị "public-place" (ảnh chụp ở nơi công cộng, tọa độ không làm lộ nơi ở của ai)' }).optional(),
  });
}

/** A press report the story retells. */
export const pressSourceSchema = z.strictObject({
  /** Outlet: "Báo Tiền Phong". */
  outlet: text('tên báo (outlet)'),
  /** Link to the article. */
  url: url('Địa chỉ bài báo (url)'),
  /** Author, when the outlet names one. */
  author: text('tác giả').optional(),
  /** Publication date of the article. */
  published: partialDate('ngày đăng bài').optional(),
});

export const recognitionSchema = z.strictObject({
  /** What was awarded, as reported: "Giấy khen của Giám đốc Công an tỉnh". */
  text: text('hình thức ghi nhận'),
  /** Who presented or decided it. */
  by: text('cơ quan, người khen thưởng').optional(),
  /** Date of the decision or ceremony. */
  date: partialDate('ngày khen thưởng').optional(),
  /** Id of the honor decision, once it is in the honor roll. */
  honor: ref('mã quyết định khen thưởng (honor)').optional(),
});

export const correctionSchema = z.strictObject({
  /** Day of the correction. */
  date: isoDay('ngày đính chính'),
  /** What was corrected. */
  text: text('nội dung đính chính'),
});

export function storySchema<Src extends z.ZodType>(photoSrc: Src) {
  return z
    .strictObject({
      /** Headline. */
      title: text('tiêu đề (title)'),
      /** Sapo: one or two sentences that say who did what, where. */
      summary: text('tóm tắt (summary)'),
      /** When the deed happened; may be partial ("2025-08"). */
      deedDate: partialDate('ngày xảy ra việc tốt (deedDate)'),
      /** First publication on this site. */
      published: isoDay('ngày đăng (published)'),
      /** Last substantive update. */
      updated: isoDay('ngày cập nhật (updated)').optional(),
      /** Draft: never published anywhere while true. */
      draft: z.boolean({ error: 'draft phải là true hoặc false' }).default(false),
      ...publicationFields,
      /** Who did the good deed, in the order the story presents them. */
      subjects: z.array(subjectSchema).min(1, { error: 'Ghi ít nhất một người hoặc tập thể làm việc tốt (subjects)' }),
      /** Victims, suspects and others, by initials only. */
      mentions: z.array(mentionSchema).default([]),
      /** Where it happened, as the unit was named on the deed date (locality id). */
      locality: ref('địa bàn (locality)'),
      /** Campaign it belongs to. */
      campaign: ref('phong trào (campaign)').optional(),
      /** Phase of that campaign; must contain the deed date. */
      phase: ref('đợt thi đua (phase)').optional(),
      /** Competition content of that campaign (id, e.g. "hinh-anh-dep"). */
      content: ref('nội dung thi đua (content)').optional(),
      /** Photos; a story without photos is fine. */
      photos: z.array(photoSchema(photoSrc)).default([]),
      /** The press report it retells; then the page says "Theo …" with a link. */
      source: pressSourceSchema.optional(),
      /** Recognition that followed. */
      recognition: z.array(recognitionSchema).default([]),
      /** Corrections, oldest first. */
      corrections: z.array(correctionSchema).default([]),
      /** Free tags. */
      tags: textList('nhãn (tags)').default([]),
    })
    .superRefine((s, ctx) => {
      checkPublication(s, ctx);
      if (s.updated && s.updated < s.published) {
        ctx.addIssue({ code: 'custom', path: ['updated'], message: 'Ngày cập nhật đứng trước ngày đăng. Sửa "updated" hoặc "published"' });
      }
      if (s.phase && !s.campaign) {
        ctx.addIssue({ code: 'custom', path: ['phase'], message: 'Có đợt thi đua (phase) nhưng chưa ghi phong trào (campaign). Thêm campaign' });
      }
      if (s.content && !s.campaign) {
        ctx.addIssue({ code: 'custom', path: ['content'], message: 'Có nội dung thi đua (content) nhưng chưa ghi phong trào (campaign). Thêm campaign' });
      }
      s.photos.forEach((photo, i) => {
        photo.shows.forEach((n, j) => {
          const subject = s.subjects[n];
          if (!subject) {
            ctx.addIssue({ code: 'custom', path: ['photos', i, 'shows', j], message: `Không có người thứ ${n} trong subjects (đếm từ 0). Sửa chỉ số` });
          } else if (subject.kind !== 'collective' && !subject.consent.photo) {
            ctx.addIssue({ code: 'custom', path: ['photos', i, 'shows', j], message: 'Ảnh có mặt người này nhưng chưa có phiếu đồng ý dùng ảnh. Thêm consent.photo cho người đó, hoặc dùng ảnh không thấy mặt' });
          } else if (subject.minor && !(subject.consent.photo && subject.consent.guardian)) {
            ctx.addIssue({ code: 'custom', path: ['photos', i, 'shows', j], message: 'Ảnh có mặt người dưới 16 tuổi cần cả phiếu đồng ý của người đó và của cha, mẹ hoặc người giám hộ. Bổ sung, hoặc dùng ảnh không thấy mặt' });
          }
        });
      });
    });
}

/** The schema as the checker sees it: photo paths are strings, checked on disk separately. */
export const storyFileSchema = storySchema(
  z.string({ error: 'Đường dẫn ảnh (src) phải là tên tệp đặt cạnh bài, ví dụ "./anh-1.jpg"' }).regex(/^\.{1,2}\//, {
    error: 'Ảnh phải đặt cạnh tệp bài viết và ghi dạng "./anh-1.jpg". Không dùng ảnh trong thư mục public/ (ảnh ở đó giữ nguyên thông tin GPS)',
  }),
);
export type Story = z.infer<typeof storyFileSchema>;
