// Importer: body blocks (broken lines joined, page breaks, footnotes, OCR numbering) and Markdown.
import { describe, expect, it } from 'vitest';
import { renderMarkdown, toBlocks, toTree, walk } from '../../src/lib/plan-import/structure.ts';

const kinds = (lines: string[], ocr = false) => toBlocks(lines, { ocr }).blocks.map((b) => [b.kind, b.marker ?? '', b.text]);

describe('toBlocks', () => {
  it('classifies sections, numbered items, bullets, letters and paragraphs', () => {
    expect(kinds(['I. MỤC ĐÍCH, YÊU CẦU', '', '1. Tạo khí thế.', '', '4.1. Thi đua hỗ trợ:', '', '- Đợt 1: Từ ngày …', '', 'a) Tập thể;', '', 'Nội dung.'])).toEqual([
      ['section', 'I', 'MỤC ĐÍCH, YÊU CẦU'],
      ['item', '1', 'Tạo khí thế.'],
      ['item', '4.1', 'Thi đua hỗ trợ:'],
      ['bullet', '', 'Đợt 1: Từ ngày …'],
      ['letter', 'a', 'Tập thể;'],
      ['para', '', 'Nội dung.'],
    ]);
  });

  it('joins the lines of a paragraph broken by the PDF or the scan', () => {
    expect(kinds(['1. Tạo khí thế, thi đua sôi nổi, nhằm động viên,', 'khích lệ, cổ vũ lực lượng.', '2. Góp phần thực hiện'])).toEqual([
      ['item', '1', 'Tạo khí thế, thi đua sôi nổi, nhằm động viên, khích lệ, cổ vũ lực lượng.'],
      ['item', '2', 'Góp phần thực hiện'],
    ]);
  });

  it('joins a sentence cut by a page break and moves the footnote printed in between after it', () => {
    const { blocks, notes } = toBlocks(['1. Đạt tiêu chuẩn “An toàn về an ninh, trật tự”¹ và đạt loại', '', '¹ Thực hiện theo Kế hoạch số 64/KH-UBND.', '', 'xuất sắc trong phong trào.', '', '2. Tiếp theo.']);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['item', 'Đạt tiêu chuẩn “An toàn về an ninh, trật tự”¹ và đạt loại xuất sắc trong phong trào.'],
      ['footnote', 'Thực hiện theo Kế hoạch số 64/KH-UBND.'],
      ['item', 'Tiếp theo.'],
    ]);
    expect(notes).toEqual(['Nối lại 1 chỗ câu bị ngắt giữa chừng (do ngắt trang hoặc chú thích cuối trang).']);
  });

  it('does not join a new paragraph that starts with a capital', () => {
    expect(kinds(['Kết thúc mỗi đợt thi đua', '', 'Báo cáo kết quả.']).map((k) => k[2])).toEqual(['Kết thúc mỗi đợt thi đua', 'Báo cáo kết quả.']);
  });

  it('repairs an OCR scan: Roman numerals by sequence, "3," items, stray punctuation lines', () => {
    const { blocks, notes } = toBlocks(['I. MUC PICH, YEU CAU', '', '3, Nhim lam tot', '', 'I1. NOI DUNG', '', ';', '', 'L. TO CHUC THU\'C HIEN'], { ocr: true });
    expect(blocks.map((b) => [b.kind, b.marker])).toEqual([['section', 'I'], ['item', '3'], ['section', 'II'], ['section', 'III']]);
    expect(notes).toEqual(['Bỏ 1 dòng chỉ có dấu câu lạc (nhiễu của bản quét).', 'Sửa số mục La Mã bị nhận dạng sai (ví dụ “I1.”, “L.”) theo đúng thứ tự I, II, III….']);
  });

  it('nests blocks into a tree: section, item, sub-item, text', () => {
    const tree = toTree(toBlocks(['II. NỘI DUNG', '4. Nội dung thi đua:', '4.1. Thi đua hỗ trợ:', '', 'Tận tụy.', '4.2. Thi đua xây dựng:', 'III. TỔ CHỨC']).blocks);
    expect(tree.map((n) => n.block.marker)).toEqual(['II', 'III']);
    expect(tree[0].children[0].children.map((n) => [n.block.marker, n.children.length])).toEqual([['4.1', 1], ['4.2', 0]]);
    expect(walk(tree)).toHaveLength(6);
  });
});

describe('renderMarkdown', () => {
  it('keeps the numbering: ## for I., ### for an item with sub-items, #### for 4.1., lists otherwise', () => {
    const md = renderMarkdown(toBlocks([
      'Thực hiện Kế hoạch số 399.', 'I. MỤC ĐÍCH', '1. Tạo khí thế.', 'II. NỘI DUNG', '2. Đối tượng: Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở.',
      '4. Nội dung thi đua:', '4.1. Thi đua hỗ trợ:', 'Tận tụy (80% nguồn tin).', '- Đợt 1: Từ ngày 19/8/2024', 'a) Tập thể', '¹ Chú thích.', '1. Công an Tỉnh', '- Rà soát.',
    ].flatMap((l) => [l, ''])).blocks);
    expect(md).toBe([
      'Thực hiện Kế hoạch số 399.', '## I. MỤC ĐÍCH', '1. Tạo khí thế.', '## II. NỘI DUNG', '2. Đối tượng: Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở.',
      '### 4. Nội dung thi đua:', '#### 4.1. Thi đua hỗ trợ:', 'Tận tụy (80% nguồn tin).', '- Đợt 1: Từ ngày 19/8/2024', '- a) Tập thể', '> ¹ Chú thích.', '### 1. Công an Tỉnh', '- Rà soát.',
    ].join('\n\n') + '\n');
  });

  it('keeps a paragraph that starts like Markdown a paragraph', () => {
    expect(renderMarkdown([{ kind: 'para', text: '# số 5' }, { kind: 'para', text: '2024. Năm bản lề' }])).toBe('\\# số 5\n\n2024\\. Năm bản lề\n');
  });
});
