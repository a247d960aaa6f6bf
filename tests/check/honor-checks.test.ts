// The honor roll refuses what the law or the plan does not allow, with numbers and the fix.
import { describe, expect, it } from 'vitest';
import { checkWith, position } from '../helpers/temp-content.ts';

const HONOR = 'honors/2025/qd-mau.yaml';

/** A decision under the fixture plan (quota: at most 2 Bằng khen of the provincial chairman). */
function decision(over: { locality?: string; date?: string; form?: string; authority?: string; phase?: string; recipients?: string[]; status?: string }) {
  const recipients = over.recipients ?? ['Tổ bảo vệ an ninh, trật tự ấp A'];
  return [
    'number: { status: unknown }',
    `date: "${over.date ?? '2025-03-01'}"`,
    `authority: ${over.authority ?? 'chu-tich-ubnd-tinh'}`,
    `locality: ${over.locality ?? 'kien-giang'}`,
    'body: Ủy ban nhân dân tỉnh Kiên Giang',
    `form: ${over.form ?? 'bang-khen-chu-tich-ubnd-tinh'}`,
    'campaign: thi-dua-mau',
    'plan: 01-kh-bcd-mau',
    ...(over.phase ? [`phase: ${over.phase}`] : []),
    ...(over.status ? [`status: ${over.status}`] : []),
    'recipients:',
    ...recipients.flatMap((name) => [`  - kind: collective`, `    name: ${name}`, `    achievement: đã có thành tích xuất sắc`]),
    'source:',
    '  outlet: Báo mẫu',
    '  url: https://example.vn/bai-mau',
    '',
  ].join('\n');
}

describe('honor checks', () => {
  it('accepts a legal decision within the quota', () => {
    const result = checkWith({ [HONOR]: decision({ recipients: ['Tập thể A', 'Tập thể B'] }) });
    expect(result.problems).toEqual([]);
  });

  it('refuses a quota overflow across decisions, with the numbers in the message', () => {
    const result = checkWith({
      [HONOR]: decision({ recipients: ['Tập thể A', 'Tập thể B'] }),
      'honors/2025/qd-mau-2.yaml': decision({ recipients: ['Tập thể C'] }),
    });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0].message).toContain('3 Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh, kế hoạch cho phép tối đa 2');
    expect(result.model).toBeUndefined();
  });

  it('leaves a revoked decision out of the totals', () => {
    const result = checkWith({
      [HONOR]: decision({ recipients: ['Tập thể A', 'Tập thể B'] }),
      'honors/2025/qd-mau-2.yaml': decision({ recipients: ['Tập thể C'], status: '{ revoked: "2025-05-01", reason: Khai sai thành tích }' }),
    });
    expect(result.problems).toEqual([]);
  });

  it('refuses a district-level Giấy khen dated after 2025-06-30, pointing at the date', () => {
    // An Giang (which absorbed Kiên Giang) exists on that date, so the only problem is the form.
    const text = decision({ locality: 'an-giang', date: '2025-07-15', form: 'giay-khen-chu-tich-ubnd-huyen', authority: 'chu-tich-ubnd-huyen' });
    const result = checkWith({ [HONOR]: text });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: `content/${HONOR}`, field: 'date', ...position(text, '"2025-07-15"') });
    expect(result.problems[0].message).toContain('không còn cấp huyện');
  });

  it('refuses a form granted by an authority that may not grant it', () => {
    const text = decision({ authority: 'giam-doc-cong-an-tinh' });
    const result = checkWith({ [HONOR]: text });
    expect(result.problems.map((p) => p.field)).toEqual(['authority']);
  });

  it('refuses the same recipient twice in one decision', () => {
    const result = checkWith({ [HONOR]: decision({ recipients: ['Tập thể A', 'Tập thể A'] }) });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ field: 'recipients[1].name' });
    expect(result.problems[0].message).toContain('mục 1');
  });

  it('refuses a decision that predates the phase it rewards', () => {
    const result = checkWith({ [HONOR]: decision({ date: '2025-01-10', phase: 'dot-2' }) });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0].message).toContain('có trước khi Đợt 2 bắt đầu (04/02/2025)');
  });

  it('requires a source when the decision number is unknown', () => {
    const text = decision({}).replace(/source:[\s\S]*$/, '');
    const result = checkWith({ [HONOR]: text });
    expect(result.problems.map((p) => p.field)).toEqual(['source']);
  });
});
