import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { loadContent } from '../../src/model/load-content.ts';
import { planSchema } from '../../src/schemas/plans.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A small plan that passes; each case below changes one thing. */
const validPlan = {
  number: '350/KH-BCĐ',
  type: 'KH',
  issuer: { name: 'Ban Chỉ đạo 138 tỉnh Kiên Giang' },
  place: 'Kiên Giang',
  locality: 'kien-giang',
  issued: '2024-08-20',
  title: 'Phát động phong trào thi đua',
  summary: 'Kế hoạch mẫu cho kiểm thử.',
  campaign: 'thi-dua-mau',
  source: { kind: 'original' },
  textStatus: 'full',
};

function issuesOf(changes: Record<string, unknown>): z.core.$ZodIssue[] {
  const result = planSchema.safeParse({ ...validPlan, ...changes });
  expect(result.success, 'the plan should be rejected').toBe(false);
  return result.error!.issues;
}

/** Exactly one issue, at `path`, whose message contains every fragment. */
function expectOneIssue(changes: Record<string, unknown>, path: PropertyKey[], ...fragments: string[]) {
  const issues = issuesOf(changes);
  expect(issues).toHaveLength(1);
  expect(issues[0].path).toEqual(path);
  for (const fragment of fragments) expect(issues[0].message).toContain(fragment);
}

describe('shipped plans', () => {
  it('all five plans in content/plans load with no problem at all', () => {
    const loaded = loadContent('content', root);
    expect(loaded.problems).toEqual([]);
    expect(loaded.plans).toHaveLength(5);
    const onDisk = readdirSync(`${root}/content/plans`, { recursive: true }).filter((f) => String(f).endsWith('.md'));
    expect(onDisk).toHaveLength(5);
  });
});

describe('planSchema', () => {
  it('accepts the base plan used below', () => {
    expect(planSchema.safeParse(validPlan).success).toBe(true);
  });

  describe('number (số, ký hiệu)', () => {
    it('rejects a sequence below 10 without a leading zero', () => {
      expectOneIssue({ number: '5/KH-BCĐ' }, ['number'], 'phải có số 0 đứng trước');
    });
    it('rejects a space instead of "-" in the symbol', () => {
      expectOneIssue({ number: '350/KH BCĐ' }, ['number'], 'không đúng dạng số, ký hiệu văn bản');
    });
    it('accepts a number the copy leaves blank', () => {
      const result = planSchema.safeParse({ ...validPlan, number: { status: 'blank' } });
      expect(result.success).toBe(true);
      expect(result.data?.number).toEqual({ status: 'blank' });
    });
    it('rejects an unknown status', () => {
      expectOneIssue({ number: { status: 'unknown' } }, ['number', 'status'], '"blank" (bản gốc để trống số)');
    });
  });

  describe('issued', () => {
    it('rejects a day that does not exist', () => {
      expectOneIssue({ issued: '2024-02-30' }, ['issued'], 'không phải ngày có thật');
    });
    it('rejects an empty date', () => {
      expectOneIssue({ issued: '' }, ['issued'], 'ngày ban hành (issued)', 'đang để trống');
    });
  });

  describe('type', () => {
    it('rejects a code that is not in Nghị định 30/2020', () => {
      expectOneIssue({ type: 'CV' }, ['type'], 'mã theo Nghị định 30/2020');
    });
    it('rejects a type that contradicts the symbol', () => {
      expectOneIssue({ number: '05/QĐ-UBND' }, ['type'], 'không khớp ký hiệu "QĐ-UBND"');
    });
  });

  describe('source and textStatus', () => {
    it('rejects a summary whose source is the original', () => {
      expectOneIssue({ textStatus: 'summary' }, ['source', 'kind'], 'phải ghi nguồn là bài báo');
    });
    it('rejects a press article without an author', () => {
      expectOneIssue({ source: { kind: 'press-article', outlet: 'Báo Kiên Giang' } }, ['source', 'author'], 'phải ghi tên tác giả');
    });
    it('accepts a summary from a press article with an author', () => {
      const source = { kind: 'press-article', outlet: 'Báo Kiên Giang', author: 'Nguyễn Văn A' };
      expect(planSchema.safeParse({ ...validPlan, textStatus: 'summary', source }).success).toBe(true);
    });
  });

  it('rejects a field that is not in the schema, in Vietnamese', () => {
    const [issue, ...rest] = issuesOf({ ghiChu: 'thừa' });
    expect(rest).toEqual([]);
    expect(issue.code).toBe('unrecognized_keys');
    expect(issue.message).toContain('Trường không có trong mẫu: "ghiChu"');
  });

  it('rejects decomposed (NFD) Vietnamese text', () => {
    expectOneIssue({ title: 'Kế hoạch'.normalize('NFD') }, ['title'], 'Unicode tổ hợp (NFD)');
  });

  it('rejects a signing authority without its dot', () => {
    const signer = { authority: 'KT', titleLines: ['PHÓ TRƯỞNG BAN'], name: 'Nguyễn Văn A' };
    expectOneIssue({ signer }, ['signer', 'authority'], 'TM. KT. Q. TL. TUQ.');
    expect(planSchema.safeParse({ ...validPlan, signer: { ...signer, authority: 'KT.' } }).success).toBe(true);
  });
});
