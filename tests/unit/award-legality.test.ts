// The legality matrix: form × authority × recipient kind × date.
import { describe, expect, it } from 'vitest';
import { grantProblems, quotaMessage } from '../../src/lib/award-legality.ts';
import { partial } from '../../src/lib/partial-date.ts';
import type { AwardForm } from '../../src/schemas/award-forms.ts';

const form = (over: Partial<AwardForm>): AwardForm => ({
  id: 'f', name: 'Mẫu', category: 'hinh-thuc', authority: 'x', grantedBy: ['chu-tich-ubnd-tinh'],
  level: 'tinh', recipientKinds: ['individual', 'collective'], rank: 1, ...over,
});
const districtCertificate = form({
  id: 'giay-khen-chu-tich-ubnd-huyen', name: 'Giấy khen của Chủ tịch Ủy ban nhân dân huyện',
  grantedBy: ['chu-tich-ubnd-huyen'], level: 'huyen', recipientKinds: ['individual', 'collective', 'household'], validTo: '2025-06-30',
});
const provincialFlag = form({ id: 'co', name: 'Cờ thi đua của Ủy ban nhân dân tỉnh', recipientKinds: ['collective'] });
const codes = (f: AwardForm, authority: string, kind: 'individual' | 'collective' | 'household', date: string) =>
  grantProblems(f, { authority, kind, date: partial(date) }).map((p) => p.code);

describe('grantProblems', () => {
  it.each([
    ['the right authority, kind and date', districtCertificate, 'chu-tich-ubnd-huyen', 'household', '2025-06-30', []],
    ['a district-level form on 2025-07-01', districtCertificate, 'chu-tich-ubnd-huyen', 'individual', '2025-07-01', ['expired']],
    ['a district-level form dated only "2025"', districtCertificate, 'chu-tich-ubnd-huyen', 'individual', '2025', []],
    ['a district-level form dated "2025-07"', districtCertificate, 'chu-tich-ubnd-huyen', 'individual', '2025-07', ['expired']],
    ['a form granted by the wrong authority', districtCertificate, 'chu-tich-ubnd-tinh', 'individual', '2024-05-01', ['authority']],
    ['a collective-only flag given to a person', provincialFlag, 'chu-tich-ubnd-tinh', 'individual', '2024-05-01', ['kind']],
    ['a flag to a household by the wrong authority after the end', form({ recipientKinds: ['collective'], validTo: '2024-12-31' }), 'giam-doc-cong-an-tinh', 'household', '2025-01-01', ['authority', 'kind', 'expired']],
    ['before the form existed', form({ validFrom: '2025-04-28' }), 'chu-tich-ubnd-tinh', 'individual', '2025-04-27', ['not-yet']],
  ] as const)('%s', (_, f, authority, kind, date, expected) => {
    expect(codes(f, authority, kind, date)).toEqual(expected);
  });

  it('explains a district-level form after the reform in Vietnamese, with the dates and the fix', () => {
    const [p] = grantProblems(districtCertificate, { authority: 'chu-tich-ubnd-huyen', kind: 'individual', date: partial('2025-08-15') });
    expect(p.message).toContain('chỉ áp dụng đến 30/06/2025');
    expect(p.message).toContain('15/08/2025');
    expect(p.message).toContain('không còn cấp huyện');
  });
});

describe('quotaMessage', () => {
  it('says nothing within the limit and gives the numbers when over it', () => {
    expect(quotaMessage('Bằng khen', { plan: 'p', form: 'f', used: 15, max: 15 })).toBeUndefined();
    expect(quotaMessage('Bằng khen', { plan: 'p', form: 'f', used: 17, max: 15 })).toContain('17 Bằng khen, kế hoạch cho phép tối đa 15');
    expect(quotaMessage('Cờ thi đua', { plan: 'p', form: 'f', used: 3, count: 2 })).toContain('3 Cờ thi đua, kế hoạch cho phép tối đa 2');
    expect(quotaMessage('Giấy khen', { plan: 'p', form: 'f', used: 40 })).toBeUndefined();
  });
});
