/**
 * `content/localities.yaml`: administrative units with their lifetimes. On 1 July 2025 the
 * 63 provinces became 34 and the district level was abolished; documents and stories keep the
 * names of their own date, and the site adds "(nay thuộc …)".
 */
import { z } from 'zod';
import { isoDay, ref, text } from './common.ts';

/** Kinds of unit, with the word written before the name. */
export const LOCALITY_KINDS = {
  'tinh': 'tỉnh',
  'thanh-pho-truc-thuoc-trung-uong': 'thành phố',
  'thanh-pho-thuoc-tinh': 'thành phố',
  'huyen': 'huyện',
  'thi-xa': 'thị xã',
  'quan': 'quận',
  'xa': 'xã',
  'phuong': 'phường',
  'thi-tran': 'thị trấn',
  'dac-khu': 'đặc khu',
} as const;
export type LocalityKind = keyof typeof LOCALITY_KINDS;

/** Province-level kinds; district-level ones ended on 2025-06-30. */
export const PROVINCE_KINDS: readonly LocalityKind[] = ['tinh', 'thanh-pho-truc-thuoc-trung-uong'];
export const DISTRICT_KINDS: readonly LocalityKind[] = ['thanh-pho-thuoc-tinh', 'huyen', 'thi-xa', 'quan'];

export const localitySchema = z.strictObject({
  /** Stable id, ASCII kebab-case: "kien-giang", "rach-gia". */
  id: ref('mã địa bàn (id)'),
  /** Name without the kind word: "Kiên Giang". */
  name: text('tên địa bàn'),
  /** Kind of unit; decides the word before the name ("tỉnh", "xã" …). */
  kind: z.enum(Object.keys(LOCALITY_KINDS) as [LocalityKind, ...LocalityKind[]], {
    error: `Cấp địa bàn (kind) phải là một trong: ${Object.keys(LOCALITY_KINDS).join(', ')}`,
  }),
  /** The unit it belonged to (a locality id); omit for provinces. */
  parent: ref('địa bàn cấp trên (parent)').optional(),
  /** First day it existed, when it matters (e.g. a unit created by the 2025 merger). */
  validFrom: isoDay('ngày bắt đầu tồn tại (validFrom)').optional(),
  /** Last day it existed, e.g. "2025-06-30" for units merged on 1 July 2025. */
  validTo: isoDay('ngày chấm dứt (validTo)').optional(),
  /** The unit that took it over (a locality id), when known for certain. */
  successor: ref('địa bàn kế thừa (successor)').optional(),
  /** How the successor relates: merged into it ("nay thuộc") or renamed to it ("nay là"). */
  change: z.enum(['merged', 'renamed'], { error: 'change phải là "merged" (sáp nhập) hoặc "renamed" (đổi tên)' }).default('merged'),
  /** Legal basis or source for the change. */
  basis: text('căn cứ thay đổi').optional(),
});
export type Locality = z.infer<typeof localitySchema>;

export const localitiesFileSchema = z.array(localitySchema, {
  error: 'Tệp địa bàn phải là một danh sách, mỗi địa bàn bắt đầu bằng "- id: …"',
});
