/**
 * Publication fields shared by every collection (stories, plans, campaigns, honors, models),
 * GOV.UK style: an entry is `published` (default), `withdrawn` (the page stays with a dated
 * banner and the reason, but it leaves lists, search and feeds) or `gone` (removed everywhere;
 * its URL explains the removal). `publishAt`/`expiresAt` are honoured against the build clock,
 * `redirectFrom` keeps old URLs working. The rules themselves live in src/lib/publication.ts.
 */
import { z } from 'zod';
import { parsePartialDate } from '../lib/partial-date.ts';
import { PUBLICATION_STATES, publishInstant } from '../lib/publication.ts';
import { isoDay, text } from './common.ts';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** A day ("2025-09-01", midnight in Vietnam) or a moment with its zone ("2025-09-01T07:00:00+07:00"). */
export function instant(what: string, field: string) {
  return z.preprocess(
    (v) => (v instanceof Date ? v.toISOString() : v),
    z
      .string({ error: `${what} (${field}) viết "2025-09-01" hoặc "2025-09-01T07:00:00+07:00"` })
      .regex(ISO_INSTANT, { error: `${what} (${field}) viết "2025-09-01" hoặc "2025-09-01T07:00:00+07:00"` })
      // Date() rolls impossible days forward (2025-02-30 → 03-02): check the calendar day too.
      .refine((s) => parsePartialDate(s.slice(0, 10))?.precision === 'day' && !Number.isNaN(publishInstant(s).getTime()), {
        error: `${what} (${field}) không phải thời điểm có thật. Viết "2025-09-01" hoặc "2025-09-01T07:00:00+07:00"`,
      }),
  );
}

/** An old address of the page on this site: "/tin/ten-cu/". */
export const urlPath = z
  .string({ error: 'Đường dẫn cũ (redirectFrom) phải là một đoạn chữ như "/tin/ten-cu/"' })
  .regex(/^(?:\/[a-z0-9][a-z0-9._-]*)+\/$/, {
    error: 'Đường dẫn cũ (redirectFrom) phải là đường dẫn trên trang này, bắt đầu và kết thúc bằng "/", viết thường không dấu, ví dụ "/nguoi-tot-viec-tot/ten-cu/" (không ghi https://… hay tên miền)',
  });

export const publicationFields = {
  /**
   * Publication state: "published" (default), "withdrawn" (page kept with a dated banner and
   * the reason, left out of lists, search and feeds) or "gone" (removed everywhere; the URL
   * explains the removal). Personal-data takedowns use "gone". Left out, the entry is published.
   */
  state: z
    .enum(PUBLICATION_STATES, { error: 'Trạng thái (state) phải là "published" (đang đăng), "withdrawn" (rút lại, giữ trang kèm thông báo) hoặc "gone" (gỡ bỏ hẳn)' })
    .optional(),
  /** Required with state: withdrawn: the day and the public reason shown in the banner. */
  withdrawn: z
    .strictObject(
      {
        /** Day of the withdrawal. */
        date: isoDay('ngày rút lại (withdrawn.date)'),
        /** Reason shown to readers: "Đã có bài viết cập nhật thay thế". */
        reason: text('lý do rút lại (withdrawn.reason)'),
      },
      { error: 'withdrawn phải có date (ngày rút lại) và reason (lý do), ví dụ withdrawn: { date: "2026-01-10", reason: "…" }' },
    )
    .optional(),
  /** With state: gone, optionally: the day and the reason shown on the removal notice. */
  gone: z
    .strictObject(
      {
        /** Day of the removal. */
        date: isoDay('ngày gỡ bỏ (gone.date)').optional(),
        /** Reason shown on the removal notice; leave it out when even the reason must not be public. */
        reason: text('lý do gỡ bỏ (gone.reason)').optional(),
      },
      { error: 'gone chỉ có date (ngày gỡ) và reason (lý do), ví dụ gone: { date: "2026-01-10", reason: "…" }' },
    )
    .optional(),
  /** Embargo: not published before this day ("2025-09-01") or moment ("2025-09-01T07:00:00+07:00"). */
  publishAt: instant('Thời điểm đăng', 'publishAt').optional(),
  /** From this day or moment the entry is removed everywhere, as if gone. */
  expiresAt: instant('Thời điểm hết hạn đăng', 'expiresAt').optional(),
  /** Old URL paths of this page on this site; each gets a 301 (nginx) and a redirect page. */
  redirectFrom: z.array(urlPath, { error: 'redirectFrom phải là một danh sách đường dẫn, mỗi dòng bắt đầu bằng "- /…/"' }).optional(),
};

type PublicationData = {
  state?: (typeof PUBLICATION_STATES)[number];
  withdrawn?: unknown;
  gone?: unknown;
  publishAt?: string;
  expiresAt?: string;
  redirectFrom?: string[];
};

/** Cross-field rules of the publication fields, for a schema's superRefine. */
export function checkPublication(d: PublicationData, ctx: z.RefinementCtx): void {
  if (d.state === 'withdrawn' && !d.withdrawn) {
    ctx.addIssue({ code: 'custom', path: ['withdrawn'], message: 'Mục rút lại (state: withdrawn) phải ghi ngày và lý do để hiện trên trang: thêm withdrawn: { date: "2026-01-10", reason: "…" }' });
  }
  if (d.withdrawn && d.state !== 'withdrawn') {
    ctx.addIssue({ code: 'custom', path: ['withdrawn'], message: 'Có thông tin rút lại (withdrawn) nhưng state không phải "withdrawn". Thêm state: withdrawn, hoặc xóa withdrawn' });
  }
  if (d.gone && d.state !== 'gone') {
    ctx.addIssue({ code: 'custom', path: ['gone'], message: 'Có thông tin gỡ bỏ (gone) nhưng state không phải "gone". Thêm state: gone, hoặc xóa gone' });
  }
  if (d.publishAt && d.expiresAt && publishInstant(d.expiresAt).getTime() <= publishInstant(d.publishAt).getTime()) {
    ctx.addIssue({ code: 'custom', path: ['expiresAt'], message: 'Thời điểm hết hạn (expiresAt) phải sau thời điểm đăng (publishAt). Sửa một trong hai' });
  }
  const seen = new Set<string>();
  (d.redirectFrom ?? []).forEach((path, i) => {
    if (seen.has(path)) ctx.addIssue({ code: 'custom', path: ['redirectFrom', i], message: `Đường dẫn cũ "${path}" ghi hai lần. Xóa một dòng` });
    seen.add(path);
  });
}
