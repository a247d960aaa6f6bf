// Importer: the structured fields read from the body of a plan.
import { describe, expect, it } from 'vitest';
import {
  contentId, findAssignments, findAwards, findContents, findDeadlines, findParticipants, findPeriod, findPhases, findRange, findTargets,
  matchAwardForm, splitAgency, splitDuties, splitTargets, toTarget,
} from '../../src/lib/plan-import/fields.ts';
import { toBlocks, toTree } from '../../src/lib/plan-import/structure.ts';
import type { AwardForm } from '../../src/schemas/award-forms.ts';

/** Paragraph per line, as a Word paste gives them. */
const tree = (lines: string[], ocr = false) => toTree(toBlocks(lines.flatMap((l) => [l, '']), { ocr }).blocks);

const FORMS: AwardForm[] = [
  { id: 'co-thi-dua-ubnd-tinh', name: 'Cờ thi đua của Ủy ban nhân dân tỉnh', category: 'danh-hieu', authority: 'Chủ tịch Ủy ban nhân dân tỉnh', grantedBy: ['chu-tich-ubnd-tinh'], level: 'tinh', recipientKinds: ['collective'], rank: 10 },
  { id: 'bang-khen-bo-truong-bca', name: 'Bằng khen của Bộ trưởng Bộ Công an', category: 'hinh-thuc', authority: 'Bộ trưởng Bộ Công an', grantedBy: ['bo-truong-bo-cong-an'], level: 'bo', recipientKinds: ['individual', 'collective'], rank: 20 },
  { id: 'bang-khen-chu-tich-ubnd-tinh', name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', category: 'hinh-thuc', authority: 'Chủ tịch Ủy ban nhân dân tỉnh', grantedBy: ['chu-tich-ubnd-tinh'], level: 'tinh', recipientKinds: ['individual', 'collective'], rank: 21 },
  { id: 'giay-khen-chu-tich-ubnd-huyen', name: 'Giấy khen của Chủ tịch Ủy ban nhân dân huyện', category: 'hinh-thuc', authority: 'Chủ tịch Ủy ban nhân dân cấp huyện', grantedBy: ['chu-tich-ubnd-huyen'], level: 'huyen', recipientKinds: ['individual', 'collective'], rank: 31, validTo: '2025-06-30' },
  { id: 'ky-niem-chuong-bao-ve-an-ninh-to-quoc', name: 'Kỷ niệm chương "Bảo vệ an ninh Tổ quốc"', category: 'hinh-thuc', authority: 'Bộ trưởng Bộ Công an', grantedBy: ['bo-truong-bo-cong-an'], level: 'bo', recipientKinds: ['individual'], rank: 25 },
];

describe('period and phases', () => {
  it('reads "từ ngày … đến ngày …", taking a missing year from the other end', () => {
    expect(findRange('bắt đầu từ ngày 19/8/2024 đến ngày 19/8/2025')).toEqual({ from: '2024-08-19', to: '2025-08-19' });
    expect(findRange('Tir ngay 04/02 dén ngay 19/8/2025')).toEqual({ from: '2025-02-04', to: '2025-08-19' });
    expect(findRange('Từ tháng 01/2024 đến tháng 12/2024')).toEqual({ from: '2024-01', to: '2024-12' });
  });

  it('takes the period from the "Thời gian" item, else from "năm 2023" in the title', () => {
    expect(findPeriod(tree(['3. Thời gian: Phong trào thi đua được phát động trong 01 năm, bắt đầu từ ngày 19/8/2024 đến ngày 19/8/2025, được chia thành 02 đợt'])))
      .toEqual({ period: { from: '2024-08-19', to: '2025-08-19' }, fromTitle: false });
    expect(findPeriod(tree(['2.2. Thời gian thi đua: Từ tháng 01/2024 đến tháng 12/2024.']))).toEqual({ period: { from: '2024-01', to: '2024-12' }, fromTitle: false });
    expect(findPeriod(tree(['Nội dung.']), 'Triển khai công tác năm 2023')).toEqual({ period: { from: '2023', to: '2023' }, fromTitle: true });
    expect(findPeriod(tree(['Nội dung.']), 'Xây dựng xã điển hình')).toEqual({ fromTitle: false });
  });

  it('reads each phase with its dates and its theme in quotes', () => {
    expect(findPhases(tree([
      '- Đợt 1: Từ ngày 19/8/2024 đến ngày 03/2/2025 với chủ đề cụ thể là “*Thi đua lập thành tích chào mừng kỷ niệm 95 năm Ngày thành lập Đảng (03/02/1930 - 03/02/2025)*”.',
      '- Dot 2: Tir ngay 04/02 dén ngay 19/8/2025 “Thi dua ldp thanh tich (19/8/2005 - 19/8/2025) .',
    ]))).toEqual([
      { id: 'dot-1', name: 'Đợt 1', period: { from: '2024-08-19', to: '2025-02-03' }, theme: 'Thi đua lập thành tích chào mừng kỷ niệm 95 năm Ngày thành lập Đảng (03/02/1930 - 03/02/2025)' },
      { id: 'dot-2', name: 'Dot 2', period: { from: '2025-02-04', to: '2025-08-19' }, theme: 'Thi dua ldp thanh tich (19/8/2005 - 19/8/2025)' },
    ]);
  });
});

describe('participants and targets', () => {
  it('reads who takes part, inline or as sub-items', () => {
    expect(findParticipants(tree(['2. Đối tượng: Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở (bao gồm tất cả Tổ trưởng).']))).toEqual(['Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở (bao gồm tất cả Tổ trưởng)']);
    expect(findParticipants(tree(['3. Đối tượng thi đua', '3.1. Tập thể: Ban bảo vệ dân phố.', '3.2. Cá nhân: Bảo vệ dân phố.']))).toEqual(['Tập thể: Ban bảo vệ dân phố', 'Cá nhân: Bảo vệ dân phố']);
  });

  it('splits targets at ";" and before another percentage, and reads the percentage', () => {
    expect(splitTargets('5% đơn vị đạt phân loại Xuất sắc, 50% đơn vị đạt phân loại Khá; trong đó:')).toEqual(['5% đơn vị đạt phân loại Xuất sắc', '50% đơn vị đạt phân loại Khá']);
    expect(toTarget('Có trên 80% thôn đạt tiêu chuẩn;')).toEqual({ text: 'Có trên 80% thôn đạt tiêu chuẩn', value: 80, unit: '%' });
    expect(toTarget('không có tình trạng tàng trữ vũ khí')).toEqual({ text: 'không có tình trạng tàng trữ vũ khí' });
  });

  it('takes overall targets from the "Chỉ tiêu" item, or in an article from what follows "chỉ tiêu … là:"', () => {
    expect(findTargets(tree(['1. Chỉ tiêu thi đua: Phấn đấu 100% khu dân cư đăng ký; trong đó:', '- Có trên 80% thôn đạt tiêu chuẩn;', '- Tổ chức tuyên truyền.']))).toEqual([
      { text: 'Phấn đấu 100% khu dân cư đăng ký', value: 100, unit: '%' },
      { text: 'Có trên 80% thôn đạt tiêu chuẩn', value: 80, unit: '%' },
    ]);
    expect(findTargets(tree(['Kế hoạch đã đặt ra những chỉ tiêu cơ bản đó là:', '100% chính quyền ban hành kế hoạch; tổ chức ký cam kết.']))).toEqual([{ text: '100% chính quyền ban hành kế hoạch', value: 100, unit: '%' }]);
  });
});

describe('competition contents', () => {
  const lines = [
    '4. Nội dung thi đua:',
    '4.1. Thi đua hỗ trợ Công an cấp xã nắm tình hình an ninh, trật tự:',
    'Tận tụy, đi sâu, sát quần chúng Nhân dân (80% nguồn tin do Nhân dân cung cấp; 100% vụ, việc có mặt kịp thời).',
    '4.2. Thi đua hỗ trợ xây dựng phong trào',
    '- Chủ động thuyết phục, vận động.',
    '- Chỉ tiêu cụ thể: ít nhất 01 mô hình; tham gia hòa giải.',
  ];
  it('reads number, title, paragraph and targets (in brackets or after "Chỉ tiêu cụ thể:")', () => {
    expect(findContents(tree(lines), new Map([['4.1', 'ho-tro-nam-tinh-hinh']]))).toEqual([
      {
        number: '4.1', id: 'ho-tro-nam-tinh-hinh', title: 'Thi đua hỗ trợ Công an cấp xã nắm tình hình an ninh, trật tự',
        description: 'Tận tụy, đi sâu, sát quần chúng Nhân dân.',
        targets: [{ text: '80% nguồn tin do Nhân dân cung cấp', value: 80, unit: '%' }, { text: '100% vụ, việc có mặt kịp thời', value: 100, unit: '%' }],
      },
      {
        number: '4.2', id: 'ho-tro-xay-dung-phong-trao', title: 'Thi đua hỗ trợ xây dựng phong trào',
        description: 'Chủ động thuyết phục, vận động.',
        targets: [{ text: 'ít nhất 01 mô hình' }, { text: 'tham gia hòa giải' }],
      },
    ]);
  });

  it('makes a short id from a title when the campaign has none for that number', () => {
    expect(contentId('Thi đua hỗ trợ Công an cấp xã tuần tra bảo đảm an ninh, trật tự, an toàn giao thông')).toBe('ho-tro-cong-an-cap-xa-tuan-tra');
  });
});

describe('award forms', () => {
  it('matches wording to a form by its kind and, among several, its authority', () => {
    expect(matchAwardForm('Tặng “Cờ thi đua xuất sắc” của Chủ tịch Ủy ban nhân dân tỉnh cho 02 tập thể có thành tích', FORMS)).toBe('co-thi-dua-ubnd-tinh');
    expect(matchAwardForm('Tặng Bằng khen của Chủ tịch UBND tỉnh cho các tập thể, cá nhân có thành tích xuất sắc', FORMS)).toBe('bang-khen-chu-tich-ubnd-tinh');
    expect(matchAwardForm('Tặng Bằng khen của Bộ trưởng Bộ Công an', FORMS)).toBe('bang-khen-bo-truong-bca');
    expect(matchAwardForm('Giấy khen của Chủ tịch UBND cấp huyện', FORMS)).toBe('giay-khen-chu-tich-ubnd-huyen');
    expect(matchAwardForm('đề nghị tặng Kỷ niệm chương công tác “Bảo vệ ANTQ” năm 2023', FORMS)).toBe('ky-niem-chuong-bao-ve-an-ninh-to-quoc');
    expect(matchAwardForm('Bằng khen cho các tập thể', FORMS)).toBeUndefined();
    expect(matchAwardForm('Giấy khen của Giám đốc Công an tỉnh', FORMS)).toBeUndefined();
  });

  it('reads the forms with their quotas from "Số lượng khen thưởng"', () => {
    const awards = findAwards(tree([
      '2. Các hình thức khen thưởng',
      '- Tặng “Cờ thi đua xuất sắc” của Chủ tịch Ủy ban nhân dân tỉnh cho 02 tập thể.',
      '- Tặng Bằng khen của Chủ tịch UBND tỉnh cho các tập thể, cá nhân.',
      '- Tặng Giấy khen của Giám đốc Công an tỉnh.',
      '3. Số lượng khen thưởng',
      '- Tặng 02 “Cờ thi đua xuất sắc”: (1) Cờ phong trào; (2) Cờ phòng chống tội phạm.',
      '- Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: Không vượt quá 15 tập thể, cá nhân.',
    ]), FORMS);
    expect(awards).toEqual([
      { form: 'co-thi-dua-ubnd-tinh', text: 'Tặng “Cờ thi đua xuất sắc” của Chủ tịch Ủy ban nhân dân tỉnh cho 02 tập thể. Số lượng: Tặng 02 “Cờ thi đua xuất sắc”: (1) Cờ phong trào; (2) Cờ phòng chống tội phạm.', count: 2 },
      { form: 'bang-khen-chu-tich-ubnd-tinh', text: 'Tặng Bằng khen của Chủ tịch UBND tỉnh cho các tập thể, cá nhân. Số lượng: Không vượt quá 15 tập thể, cá nhân.', max: 15 },
      { form: undefined, text: 'Tặng Giấy khen của Giám đốc Công an tỉnh.' },
    ]);
  });

  it('finds award wording in running text when there is no awards section', () => {
    expect(findAwards(tree(['Xây dựng kế hoạch; xem xét, đề nghị tặng Kỷ niệm chương công tác “Bảo vệ ANTQ” năm 2023; đẩy mạnh khen thưởng.']), FORMS)).toEqual([
      { form: 'ky-niem-chuong-bao-ve-an-ninh-to-quoc', text: 'xem xét, đề nghị tặng Kỷ niệm chương công tác “Bảo vệ ANTQ” năm 2023' },
    ]);
  });
});

describe('assignments', () => {
  it('splits an agency from its duty at the first verb, dropping "Đề nghị", "Giao", "Căn cứ kế hoạch này"', () => {
    expect(splitAgency('Đề nghị Sở Thông tin & Truyền thông chỉ đạo đẩy mạnh công tác')).toEqual({ agency: 'Sở Thông tin & Truyền thông', duty: 'chỉ đạo đẩy mạnh công tác' });
    expect(splitAgency('Căn cứ kế hoạch này, Ban Chỉ đạo các huyện, thành phố khẩn trương xây dựng kế hoạch')).toEqual({ agency: 'Ban Chỉ đạo các huyện, thành phố', duty: 'khẩn trương xây dựng kế hoạch' });
    expect(splitAgency('Công an tỉnh, Ủy ban mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức thành viên triển khai thực hiện')?.agency).toBe('Công an tỉnh, Ủy ban mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức thành viên');
    expect(splitAgency('Tăng cường ứng dụng công nghệ thông tin')).toBeUndefined();
    expect(splitDuties('chỉ đạo đẩy mạnh tuyên truyền; kịp thời động viên./.')).toEqual(['Chỉ đạo đẩy mạnh tuyên truyền', 'Kịp thời động viên']);
  });

  it('reads "N. Agency" headings with their duties, "Đề nghị/Giao …" items, and sentences after them', () => {
    const t = tree([
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Căn cứ kế hoạch này, Ban Chỉ đạo các huyện, thành phố khẩn trương xây dựng kế hoạch; tổ chức phát động.',
      'Kết thúc mỗi đợt thi đua đánh giá kết quả: Báo cáo kết quả về Ban Chỉ đạo 138 tỉnh trước ngày 03/02/2025.',
      '2. Đề nghị Sở Nội vụ phối hợp với Công an tỉnh tham mưu khen thưởng.',
      '3. Sở Y tế: phối hợp các ngành chức năng kiểm tra.',
      '4. Đài Phát thanh và Truyền hình Đồng Tháp; Báo Đồng Tháp',
      '- Tăng số lượng tin, bài.',
      '5. Giao Công an tỉnh (Cơ quan thường trực) theo dõi việc thực hiện.',
      'Nhận Kế hoạch này, yêu cầu các cơ quan, đơn vị triển khai thực hiện. Giao Công an tỉnh tổng hợp, báo cáo.',
    ]);
    expect(findAssignments(t)).toEqual([
      { agency: 'Ban Chỉ đạo các huyện, thành phố', duties: ['Khẩn trương xây dựng kế hoạch', 'Tổ chức phát động', 'Kết thúc mỗi đợt thi đua đánh giá kết quả', 'Báo cáo kết quả về Ban Chỉ đạo 138 tỉnh trước ngày 03/02/2025'] },
      { agency: 'Sở Nội vụ', duties: ['Phối hợp với Công an tỉnh tham mưu khen thưởng'] },
      { agency: 'Sở Y tế', duties: ['Phối hợp các ngành chức năng kiểm tra'] },
      { agency: 'Đài Phát thanh và Truyền hình Đồng Tháp', duties: ['Tăng số lượng tin, bài'] },
      { agency: 'Báo Đồng Tháp', duties: ['Tăng số lượng tin, bài'] },
      { agency: 'Công an tỉnh (Cơ quan thường trực)', duties: ['Theo dõi việc thực hiện', 'Tổng hợp, báo cáo'] },
      { agency: 'Các cơ quan, đơn vị', duties: ['Triển khai thực hiện'] },
    ]);
  });

  it('in an article, reads paragraphs that start with an agency and "yêu cầu X …" sentences', () => {
    const t = tree([
      'Ủy ban nhân dân các huyện, thành phố tập trung chỉ đạo triển khai các giải pháp.',
      'Theo Kế hoạch, Ban Chỉ đạo tỉnh yêu cầu Công an tỉnh đẩy mạnh các biện pháp nghiệp vụ. Thu thập tài liệu, lập hồ sơ.',
    ]);
    expect(findAssignments(t, { article: true })).toEqual([
      { agency: 'Ủy ban nhân dân các huyện, thành phố', duties: ['Tập trung chỉ đạo triển khai các giải pháp'] },
      { agency: 'Công an tỉnh', duties: ['Đẩy mạnh các biện pháp nghiệp vụ', 'Thu thập tài liệu, lập hồ sơ'] },
    ]);
  });
});

describe('deadlines', () => {
  it('reads single and chained dates with what they are for, and yearly days', () => {
    expect(findDeadlines([
      { text: 'Báo cáo kết quả về Ban Chỉ đạo 138 tỉnh trước ngày 03/02/2025 (đợt 1) và 19/8/2025 (đợt 2) để tổng hợp', agency: 'Ban Chỉ đạo các huyện' },
      { text: 'Báo cáo danh sách về Công an Tỉnh trước ngày **05 tháng 01 hằng năm**; riêng năm 2023 gửi trước ngày **10 tháng 4 năm 2023**.' },
      { text: 'báo cáo định kỳ 6 tháng (*gửi trước ngày 10 tháng 6*)' },
    ])).toEqual([
      { what: 'Ban Chỉ đạo các huyện: Báo cáo kết quả về Ban Chỉ đạo 138 tỉnh trước ngày 03/02/2025 (đợt 1) và 19/8/2025 (đợt 2) để tổng hợp (đợt 1)', date: '2025-02-03' },
      { what: 'Ban Chỉ đạo các huyện: Báo cáo kết quả về Ban Chỉ đạo 138 tỉnh trước ngày 03/02/2025 (đợt 1) và 19/8/2025 (đợt 2) để tổng hợp (đợt 2)', date: '2025-08-19' },
      { what: 'Báo cáo danh sách về Công an Tỉnh trước ngày 05 tháng 01 hằng năm', yearly: '01-05' },
      { what: 'Riêng năm 2023 gửi trước ngày 10 tháng 4 năm 2023', date: '2023-04-10' },
      { what: 'Báo cáo định kỳ 6 tháng (gửi trước ngày 10 tháng 6)', yearly: '06-10' },
    ]);
  });

  it('makes one deadline of the same words set for several agencies, and reads an OCR "trude ngay"', () => {
    const text = 'Xây dựng Kế hoạch và gửi về Công an tỉnh trước ngày 15/01/2024 để tổng hợp';
    expect(findDeadlines([{ text, agency: 'Các sở, ban, ngành' }, { text, agency: 'Ủy ban nhân dân huyện' }, { text: `Các sở, ban, ngành ${text}` }])).toEqual([
      { what: `Các sở, ban, ngành; Ủy ban nhân dân huyện: ${text}`, date: '2024-01-15' },
    ]);
    expect(findDeadlines([{ text: 'bo cdo tong két vé UBND tinh trude ngay 22/8/2025 dé tdng hop' }])).toEqual([{ what: 'Bo cdo tong két vé UBND tinh trude ngay 22/8/2025 dé tdng hop', date: '2025-08-22' }]);
  });
});
