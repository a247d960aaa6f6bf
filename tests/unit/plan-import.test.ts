// The importer on the five seed documents, compared field by field with the expected frontmatter
// in tests/fixtures/import/<seed>.expected.yaml (written from what each seed says), plus the
// properties every import must have: NFC in = NFD in, placeholders the checker rejects.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { describeResult, importPlan, renderPlanFile, type ImportOptions } from '../../src/lib/plan-import/index.ts';
import { loadContent } from '../../src/model/load-content.ts';
import { planSchema } from '../../src/schemas/plans.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const seeds = `${root}../shared/seeds`;
const fixtures = `${root}tests/fixtures/import`;
const context = loadContent('tests/fixtures/import/content', root);
const options = (seed: string): ImportOptions => ({
  localities: context.localities.map((l) => l.data),
  awardForms: context.awardForms.map((f) => f.data),
  campaigns: context.campaigns.map((c) => ({ id: c.id, data: c.data })),
  sourceFile: `seeds/${seed}.txt`,
  fallbackYear: 2026,
});
const seedText = (seed: string) => readFileSync(`${seeds}/${seed}.txt`, 'utf8');
const run = (seed: string, text = seedText(seed)) => importPlan(text, options(seed));

function frontmatter(file: string): string {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(file);
  expect(m, 'the file starts with a frontmatter block').not.toBeNull();
  return `${m![1]}\n`;
}

/** "<<CẦN ĐIỀN: …>>" and "<<KIỂM TRA: …>>" marks in file order, with the field key they sit on. */
function marks(yamlText: string): string[] {
  return yamlText
    .split('\n')
    .filter((l) => /<<(?:CẦN ĐIỀN|KIỂM TRA):/u.test(l))
    .map((l) => l.trim().replace(/\s+bản sao ghi: “.*$/u, ''));
}

const SEEDS = {
  '000_5f36d0547b95f16f': { path: 'plans/2024/350-kh-bcd-kien-giang.md', kind: 'original' },
  '001_e6e3aae60ceb8631': { path: 'plans/2023/kh-bcd-thai-binh-2023.md', kind: 'original' },
  '002_bf5a66706a998eeb': { path: 'plans/2024/kh-ubnd-dong-nai-2024.md', kind: 'ocr' },
  '003_88497b224597ae2a': { path: 'plans/2023/439-kh-bcd-kon-tum.md', kind: 'press-article' },
  '004_9cffd885b15c40f4': { path: 'plans/2023/kh-bcd138-dong-thap-2023.md', kind: 'original' },
} as const;

describe('importing the seed documents', () => {
  for (const [seed, facts] of Object.entries(SEEDS)) {
    describe(seed, () => {
      const result = run(seed);
      const file = renderPlanFile(result);
      const out = frontmatter(file);
      const expectedText = readFileSync(`${fixtures}/${seed}.expected.yaml`, 'utf8');
      const expected = parse(expectedText) as Record<string, unknown>;
      const actual = parse(out) as Record<string, unknown>;

      it('writes the fields of the expected fixture, field by field', () => {
        const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])];
        for (const key of keys) expect(actual[key], `field "${key}"`).toEqual(expected[key]);
      });

      it('leaves the same placeholders and review marks as the fixture, on the same fields', () => {
        expect(marks(out)).toEqual(marks(expectedText));
      });

      it(`says what kind of source it is (${facts.kind}) and where the entry goes`, () => {
        expect(result.kind).toBe(facts.kind);
        expect(result.path).toBe(facts.path);
      });

      it('lists every placeholder for stderr, campaign always among them', () => {
        expect(result.missing.map((m) => m.field)).toContain('campaign');
        const report = describeResult(result).join('\n');
        for (const m of result.missing) expect(report).toContain(`  - ${m.field}: ${m.label}`);
      });

      it('passes the plan schema once every placeholder is filled', () => {
        const filled = structuredClone(actual) as Record<string, unknown>;
        fill(filled, result.missing.map((m) => m.field));
        const parsed = planSchema.safeParse(filled);
        expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
      });

      it('gives the same result from NFD text as from NFC text', () => {
        const nfd = run(seed, seedText(seed).normalize('NFD'));
        const { notes: nfdNotes, ...nfdSource } = nfd.data.source as { notes: string[] };
        const { notes, ...source } = result.data.source as { notes: string[] };
        expect({ ...nfd.data, source: nfdSource }).toEqual({ ...result.data, source });
        expect(nfdNotes[0]).toMatch(/Unicode tổ hợp \(NFD\)/u);
        expect(nfdNotes.slice(1)).toEqual(notes ?? []);
        expect(nfd.body).toBe(result.body);
      });

      it('writes a body without the header, the signature block or the recipients', () => {
        const body = file.slice(file.indexOf('\n---\n') + 5);
        expect(body).not.toMatch(/^Nơi nhận/mu);
        expect(body).not.toMatch(/CỘNG HÒA XÃ HỘI CHỦ NGHĨA/u);
        expect(body).not.toMatch(/^ {2,}\S/mu);
      });
    });
  }
});

/** Puts a valid value wherever a placeholder is, as an editor would. */
function fill(data: Record<string, unknown>, fields: string[]): void {
  for (const field of fields) {
    const path = field.split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '');
    let node = data as Record<string, unknown>;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
    const last = path.at(-1)!;
    const values: Record<string, unknown> = {
      campaign: 'mot-phong-trao',
      signer: { titleLines: ['CHỦ TỊCH'], name: 'Nguyễn Văn A' },
      textStatus: 'restored',
      form: 'mot-hinh-thuc',
      number: '01/KH-UBND',
    };
    node[last] = values[last] ?? 'Chữ đã khôi phục';
  }
}

describe('the Kiên Giang plan (350/KH-BCĐ)', () => {
  const result = run('000_5f36d0547b95f16f');
  const data = result.data as Record<string, any>;

  it('drops the handwritten notes and says so in source.notes', () => {
    const file = renderPlanFile(result);
    expect(file).not.toMatch(/Kým PGT[^”]/u);
    expect(file).not.toMatch(/\*ĐK\*/u);
    expect(data.source.notes).toEqual([
      'Bỏ “A. Kým PGT” ở đầu văn bản: ghi chú viết tay hoặc dấu trên bản sao, không phải nội dung văn bản.',
      'Bỏ “ĐK” viết sau dấu kết thúc “./.”: ghi chú trên bản sao, không phải nội dung văn bản.',
    ]);
  });

  it('suggests the campaign launched by the plan it implements, without filling it in', () => {
    expect(data.campaign).toMatchObject({ placeholder: 'mã phong trào (tên tệp trong content/campaigns)' });
    expect(result.comments.get('campaign')?.[0]).toMatch(/^Gợi ý: thi-dua-dac-biet-luc-luong-antt-co-so /u);
  });

  it('records each phase with its dates and theme for the editor', () => {
    const lines = result.comments.get('phases')!;
    expect(lines[1]).toMatch(/^dot-1 \(Đợt 1\): 2024-08-19 → 2025-02-03; chủ đề: “Thi đua lập thành tích chào mừng kỷ niệm 95 năm/u);
    expect(lines[2]).toMatch(/^dot-2 \(Đợt 2\): 2025-02-04 → 2025-08-19; chủ đề: “Thi đua lập thành tích chào mừng kỷ niệm 80 năm Cách mạng tháng Tám/u);
  });

  it('keeps the structure of the document in the body', () => {
    expect(result.body).toMatch(/^## I\. MỤC ĐÍCH, YÊU CẦU$/mu);
    expect(result.body).toMatch(/^## III\. TỔ CHỨC THỰC HIỆN$/mu);
    expect(result.body).toMatch(/^### 4\. Nội dung thi đua:$/mu);
    expect(result.body).toMatch(/^#### 4\.7\. Thi đua xây dựng, phát huy/mu);
    expect(result.body).toMatch(/^- Đợt 1: Từ ngày 19\/8\/2024/mu);
    expect(result.body).toMatch(/^1\. Tạo khí thế, thi đua sôi nổi/mu);
    expect(result.body.trimEnd()).toMatch(/nắm, chỉ đạo\.\/\.$/u);
  });
});

describe('a plan whose copy leaves the number and the day blank (Thái Bình)', () => {
  const result = run('001_e6e3aae60ceb8631');
  it('keeps the blank number and the month, and marks both for the editor', () => {
    expect(result.data.number).toEqual({ status: 'blank', symbol: 'KH-BCĐ', asPrinted: 'Số: /KH-BCĐ' });
    expect(result.data.issued).toBe('2023-12');
    expect(result.review.map((r) => r.field)).toEqual(['number', 'issued']);
    const out = frontmatter(renderPlanFile(result));
    expect(out).toMatch(/^# <<KIỂM TRA: bản sao để trống số>>.*\nnumber:$/mu);
    expect(out).toMatch(/^# <<KIỂM TRA: bản sao để trống ngày>>.*\nissued: "2023-12"$/mu);
    expect(describeResult(result).join('\n')).toContain('  - issued: bản sao để trống ngày: “Thái Bình, ngày tháng 12 năm 2023”');
  });
});

describe('a plan text with no number and no date line at all', () => {
  const text = 'KẾ HOẠCH\n\nPhát động phong trào thi đua mẫu\n\nI. MỤC ĐÍCH\n\n1. Nội dung mẫu./.\n';
  const result = importPlan(text, options('mau'));
  it('leaves placeholders the checker rejects for number, place, locality and date', () => {
    const fields = result.missing.map((m) => m.field);
    expect(fields).toEqual(expect.arrayContaining(['number', 'place', 'locality', 'issued', 'campaign', 'signer', 'issuer.name', 'summary']));
    const out = frontmatter(renderPlanFile(result));
    expect(out).toMatch(/^number: "<<CẦN ĐIỀN: số, ký hiệu/mu);
    expect(out).toMatch(/^issued: "<<CẦN ĐIỀN: ngày ban hành/mu);
    expect(out).toMatch(/^place: ""  # <<CẦN ĐIỀN: địa danh/mu);
    const schema = planSchema.safeParse(parse(out));
    const rejected = new Set(schema.error?.issues.map((i) => String(i.path[0])));
    for (const f of ['number', 'place', 'locality', 'issued', 'campaign', 'signer', 'issuer', 'summary']) expect(rejected, f).toContain(f);
    expect(result.path).toBe('plans/2026/ke-hoach-khong-ro-noi-2026.md');
  });
});

describe('a plan pasted from a PDF (page numbers, running headers, broken lines)', () => {
  const PDF = [
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'TỈNH KIÊN GIANG Độc lập - Tự do - Hạnh phúc',
    'Số: 05/KH-UBND Kiên Giang, ngày 05 tháng 3 năm 2025',
    '', 'KẾ HOẠCH', 'Phát động phong trào thi đua', 'bảo vệ an ninh, trật tự năm 2025', '',
    'I. NỘI DUNG',
    '1. Tổ chức tuyên truyền, vận động Nhân dân tham gia phòng, chống tội phạm và tố giác',
    'tội phạm ở cơ sở.',
    '\f2', 'Kế hoạch số 05/KH-UBND',
    '2. Phát động phong trào thi đua đến',
    '\f3', 'Kế hoạch số 05/KH-UBND',
    'toàn thể cán bộ, chiến sĩ./.',
    'Nơi nhận:', '- Như trên;', '- Lưu: VT.',
    'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn A',
  ].join('\n');
  const result = importPlan(PDF, options('pdf'));

  it('reads the header written in two columns and the trích yếu on two lines', () => {
    expect(result.data).toMatchObject({
      number: '05/KH-UBND', type: 'KH', place: 'Kiên Giang', locality: 'kien-giang', issued: '2025-03-05',
      issuer: { name: 'Ủy ban nhân dân tỉnh Kiên Giang', printed: ['ỦY BAN NHÂN DÂN', 'TỈNH KIÊN GIANG'] },
      title: 'Phát động phong trào thi đua bảo vệ an ninh, trật tự năm 2025',
      period: { from: '2025', to: '2025' },
      recipients: ['Như trên;', 'Lưu: VT.'],
      signer: { authority: 'TM.', titleLines: ['ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: 'Nguyễn Văn A' },
    });
    expect(result.path).toBe('plans/2025/05-kh-ubnd-kien-giang.md');
  });

  it('joins sentences broken by lines and pages, without page numbers or running headers', () => {
    expect(result.body).toBe([
      '## I. NỘI DUNG',
      '1. Tổ chức tuyên truyền, vận động Nhân dân tham gia phòng, chống tội phạm và tố giác tội phạm ở cơ sở.',
      '2. Phát động phong trào thi đua đến toàn thể cán bộ, chiến sĩ./.',
    ].join('\n\n') + '\n');
    expect((result.data.source as { notes: string[] }).notes).toEqual([
      'Bỏ 2 dòng chỉ có số trang (“2”, “3”).',
      'Bỏ dòng đầu trang lặp lại ở mỗi trang (“Kế hoạch số 05/KH-UBND”).',
      'Nối lại 1 chỗ câu bị ngắt giữa chừng (do ngắt trang hoặc chú thích cuối trang).',
      'Thời gian thực hiện suy từ năm ghi trong trích yếu.',
    ]);
  });
});
