/** `content/settings.yaml`: who runs the site. Names change (2025 mergers), so nothing about the owner is hard-coded. */
import { z } from 'zod';
import { ref, text, url } from './common.ts';

export const contactSchema = z.strictObject({
  /** Role of the focal-point official, e.g. "Cán bộ đầu mối". Only what the owner has published. */
  role: text('chức danh người liên hệ'),
  /** Name, only when the owner has published it. */
  name: text('họ tên người liên hệ').optional(),
  /** Official email (an agency address, not a private one). */
  email: z.email({ error: 'Email liên hệ không đúng dạng. Ghi địa chỉ thư công vụ, ví dụ "tiepnhan@…gov.vn"' }).optional(),
  /** Public switchboard number of the agency. */
  phone: text('số điện thoại cơ quan').optional(),
});

export const settingsSchema = z.strictObject({
  /** Site name shown in the header and feeds. */
  siteName: text('tên trang (siteName)'),
  /** One-line description under the name. */
  tagline: text('khẩu hiệu (tagline)'),
  /** The body that owns and runs the site (cơ quan chủ quản). */
  owner: z.strictObject({
    /** Full name, e.g. "Ban Chỉ đạo 138 tỉnh An Giang". */
    name: text('tên cơ quan chủ quản'),
    /** Parent body, when there is one. */
    parent: text('cơ quan cấp trên').optional(),
    /** Postal address of the office, only as published by the owner. */
    address: text('địa chỉ cơ quan').optional(),
    /** Focal-point contacts. */
    contacts: z.array(contactSchema).default([]),
  }),
  /** Province the site serves (a locality id); omit for a multi-province deployment. */
  province: ref('tỉnh (province)').optional(),
  /** Absolute base URL of the published site, used for canonical links and feeds. */
  baseUrl: url('Địa chỉ trang (baseUrl)'),
  /** Reuse licence for stories and pages. */
  license: z.strictObject({
    /** Short name, e.g. "CC BY 4.0". */
    name: text('tên giấy phép'),
    /** Link to the licence text. */
    url: url('Địa chỉ giấy phép'),
  }),
  /** A visible notice on every page, e.g. that this is a demonstration deployment. */
  notice: text('thông báo chung').optional(),
});
export type Settings = z.infer<typeof settingsSchema>;
