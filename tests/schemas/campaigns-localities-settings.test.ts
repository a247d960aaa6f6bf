import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { awardFormSchema } from '../../src/schemas/award-forms.ts';
import { campaignSchema } from '../../src/schemas/campaigns.ts';
import { localitySchema } from '../../src/schemas/localities.ts';
import { settingsSchema } from '../../src/schemas/settings.ts';

/** Parses `base` with `changes`; expects exactly one issue at `path` containing every fragment. */
function expectOneIssue(schema: z.ZodType, base: object, changes: object, path: PropertyKey[], ...fragments: string[]) {
  expect(schema.safeParse(base).success, 'the base object should pass').toBe(true);
  const result = schema.safeParse({ ...base, ...changes });
  expect(result.success, 'the changed object should be rejected').toBe(false);
  const issues = result.error!.issues;
  expect(issues).toHaveLength(1);
  expect(issues[0].path).toEqual(path);
  for (const fragment of fragments) expect(issues[0].message).toContain(fragment);
}

describe('campaignSchema', () => {
  const campaign = {
    name: 'Phong trào thi đua mẫu',
    summary: 'Phong trào dùng cho kiểm thử.',
    scope: 'provincial',
    phases: [{ id: 'dot-1', name: 'Đợt 1', period: { from: '2024-08-19', to: '2025-02-03' } }],
  };

  it('rejects a phase that ends before it begins', () => {
    const phases = [{ id: 'dot-1', name: 'Đợt 1', period: { from: '2024-08-19', to: '2024-08-01' } }];
    expectOneIssue(campaignSchema, campaign, { phases }, ['phases', 0, 'period', 'to'], 'thời gian của đợt', 'ngày kết thúc đứng trước ngày bắt đầu');
  });

  it('accepts a one-day phase and a partial start date that contains the end', () => {
    for (const period of [{ from: '2024-08-19', to: '2024-08-19' }, { from: '2024-08', to: '2024-08-10' }]) {
      expect(campaignSchema.safeParse({ ...campaign, phases: [{ id: 'dot-1', name: 'Đợt 1', period }] }).success).toBe(true);
    }
  });

  it('rejects an unknown scope', () => {
    expectOneIssue(campaignSchema, campaign, { scope: 'tinh' }, ['scope'], '"national" (toàn quốc)');
  });
});

describe('localitySchema', () => {
  const locality = { id: 'kien-giang', name: 'Kiên Giang', kind: 'tinh' };

  it('rejects a kind that is not in the list', () => {
    expectOneIssue(localitySchema, locality, { kind: 'province' }, ['kind'], 'Cấp địa bàn (kind) phải là một trong', 'thanh-pho-truc-thuoc-trung-uong');
  });

  it('rejects an id written as a name', () => {
    expectOneIssue(localitySchema, locality, { id: 'Kiên Giang' }, ['id'], 'mã địa bàn (id)', 'viết thường không dấu');
  });
});

describe('settingsSchema', () => {
  const settings = {
    siteName: 'Bảng vàng',
    tagline: 'Gương người tốt, việc tốt',
    owner: { name: 'Nhóm phát triển Bảng vàng' },
    baseUrl: 'https://bang-vang.example',
    license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.vi' },
  };

  it('rejects a baseUrl without its scheme', () => {
    expectOneIssue(settingsSchema, settings, { baseUrl: 'bang-vang.example' }, ['baseUrl'], 'Địa chỉ trang (baseUrl)', 'bắt đầu bằng "https://"');
  });

  it('rejects a contact email that is not an address', () => {
    const owner = { ...settings.owner, contacts: [{ role: 'Cán bộ đầu mối', email: 'tiepnhan@' }] };
    expectOneIssue(settingsSchema, settings, { owner }, ['owner', 'contacts', 0, 'email'], 'Email liên hệ không đúng dạng');
  });
});

describe('awardFormSchema', () => {
  const form = {
    id: 'bang-khen-chu-tich-ubnd-tinh',
    name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    category: 'hinh-thuc',
    authority: 'Chủ tịch Ủy ban nhân dân tỉnh',
    grantedBy: ['chu-tich-ubnd-tinh'],
    level: 'tinh',
    recipientKinds: ['individual', 'collective'],
    rank: 21,
  };

  it('rejects an empty list of recipient kinds', () => {
    expectOneIssue(awardFormSchema, form, { recipientKinds: [] }, ['recipientKinds'], 'Ghi ít nhất một loại đối tượng');
  });

  it('rejects rank 0, since 1 is the highest', () => {
    expectOneIssue(awardFormSchema, form, { rank: 0 }, ['rank'], 'Thứ bậc (rank)', '1 là cao nhất');
  });
});
