import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWith, edit, original, position } from '../helpers/temp-content.ts';

const PLAN = 'plans/2024/01-kh-bcd-mau.md';
const CAMPAIGN = 'campaigns/thi-dua-mau.md';

it('the fixture itself passes, so every problem below comes from its one change', () => {
  const result = checkWith({});
  expect(result.problems).toEqual([]);
  expect(result.model?.plans.map((p) => p.id)).toEqual(['01-kh-bcd-mau']);
});

describe('ids and files', () => {
  it('reports the same plan file name in two year folders as a duplicate', () => {
    const result = checkWith({ 'plans/2025/01-kh-bcd-mau.md': original(PLAN) });
    expect(result.model).toBeUndefined();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: 'content/plans/2025/01-kh-bcd-mau.md', severity: 'error' });
    expect(result.problems[0].message).toContain('bị trùng với content/plans/2024/01-kh-bcd-mau.md');
  });

  it('reports a .MD file instead of silently dropping it', () => {
    const result = checkWith({ 'plans/2024/02-kh-bcd-mau.MD': original(PLAN).replace('01/KH-BCĐ', '02/KH-BCĐ') });
    expect(result.model).toBeUndefined();
    expect(result.problems).toEqual([
      expect.objectContaining({ file: 'content/plans/2024/02-kh-bcd-mau.MD', severity: 'error', message: expect.stringContaining('Đuôi tệp ".MD" không được nhận') }),
    ]);
  });
});

describe('plans against localities, award forms and campaigns', () => {
  it('reports a locality that no longer existed on the date of issue, at the locality line', () => {
    const text = edit(original(PLAN), 'issued: "2024-08-20"', 'issued: "2025-08-01"');
    const result = checkWith({ [PLAN]: text });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: `content/${PLAN}`, field: 'locality', ...position(text, 'kien-giang') });
    expect(result.problems[0].message).toContain('Địa bàn "Kiên Giang" không tồn tại vào ngày ban hành (01/08/2025)');
  });

  it('accepts the locality on its last day (validTo is inclusive)', () => {
    const text = edit(original(PLAN), 'issued: "2024-08-20"', 'issued: "2025-06-30"');
    expect(checkWith({ [PLAN]: text }).problems).toEqual([]);
  });

  it('reports an unknown locality at its line', () => {
    const text = edit(original(PLAN), 'locality: kien-giang', 'locality: phu-quoc');
    const result = checkWith({ [PLAN]: text });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ field: 'locality', ...position(text, 'phu-quoc') });
    expect(result.problems[0].message).toContain('Không có địa bàn "phu-quoc" trong localities.yaml');
  });

  it('reports an award form that had ended before the date of issue, at the form line', () => {
    let text = edit(original(PLAN), 'locality: kien-giang', 'locality: an-giang');
    text = edit(text, 'issued: "2024-08-20"', 'issued: "2025-08-01"');
    text = edit(text, 'form: bang-khen-chu-tich-ubnd-tinh', 'form: giay-khen-chu-tich-ubnd-huyen');
    const result = checkWith({ [PLAN]: text });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ field: 'awards[0].form', ...position(text, 'giay-khen-chu-tich-ubnd-huyen') });
    expect(result.problems[0].message).toContain('không còn (hoặc chưa) áp dụng vào ngày ban hành 01/08/2025 (áp dụng đến 30/06/2025)');
  });

  it('reports a phase the campaign does not have, at that list item', () => {
    const text = edit(original(PLAN), 'phases: [dot-1, dot-2]', 'phases: [dot-1, dot-3]');
    const result = checkWith({ [PLAN]: text });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ field: 'phases[1]', ...position(text, 'dot-3') });
    expect(result.problems[0].message).toContain('Phong trào "thi-dua-mau" không có đợt "dot-3". Chọn một trong: dot-1, dot-2');
  });
});

describe('campaign phases', () => {
  const lateEnd = () => edit(original(CAMPAIGN), '      to: "2025-08-19"', '      to: "2025-09-30"');

  it('reports a phase that ends after the campaign, inside that phase\'s period block', () => {
    const text = lateEnd();
    const result = checkWith({ [CAMPAIGN]: text });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: `content/${CAMPAIGN}`, field: 'phases[1].period.to' });
    expect(result.problems[0].message).toContain('Đợt 2 (04/02/2025–30/09/2025) nằm ngoài thời gian phong trào (19/08/2024–19/08/2025)');
    const periodKey = position(text, '    period:\n      from: "2025-02-04"').line;
    expect(result.problems[0].line).toBeGreaterThanOrEqual(periodKey);
    expect(result.problems[0].line).toBeLessThanOrEqual(periodKey + 2);
  });

  // BUG: the problem points at the phase's `from:` line (which is fine) rather than at
  // `period:` or at the `to:` line that is actually outside the campaign.
  it('points at the period key or at its wrong "to" line, not at the correct "from" line', () => {
    const text = lateEnd();
    const [problem] = checkWith({ [CAMPAIGN]: text }).problems;
    const lines = [position(text, '    period:\n      from: "2025-02-04"').line, position(text, 'to: "2025-09-30"').line];
    expect(lines).toContain(problem.line);
  });
});

describe('robustness', () => {
  // BUG: an unknown key is reported at line 2, column 1 (the start of the frontmatter) with no
  // field, although the issue names the key and the YAML knows its line.
  it('reports a field that is not in the schema at its own line', () => {
    const text = edit(original(PLAN), 'textStatus: full\n', 'textStatus: full\nghiChu: thừa\n');
    const result = checkWith({ [PLAN]: text });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0].message).toContain('Trường không có trong mẫu: "ghiChu"');
    expect(result.problems[0]).toMatchObject({ field: 'ghiChu', ...position(text, 'ghiChu') });
  });

  // BUG: a dangling symlink (an editor lock file such as Emacs' ".#name.md") makes
  // loadContent throw ENOENT, so `npm run check` dies with an English stack trace.
  it('does not crash on a dangling symlink in a content folder', () => {
    const lockFile = (content: string) => symlinkSync('editor@host.1234:1700000000', join(content, 'plans/2024/.#01-kh-bcd-mau.md'));
    expect(() => checkWith({}, lockFile)).not.toThrow();
  });
});
