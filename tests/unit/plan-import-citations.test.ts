// Importer: documents cited by number ("căn cứ"), with date, issuer and trích yếu.
import { describe, expect, it } from 'vitest';
import { findCitations, takeBodyName } from '../../src/lib/plan-import/citations.ts';

describe('findCitations', () => {
  it('reads the basis sentence of a plan', () => {
    expect(findCitations('Thực hiện Kế hoạch số 399/KH-BCA-X03 ngày 13/8/2024 của Bộ Công an về phát động phong trào thi đua đặc biệt trong Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở. Ban Chỉ đạo … ban hành kế hoạch')).toEqual([
      { type: 'Kế hoạch', number: '399/KH-BCA-X03', date: '2024-08-13', issuer: 'Bộ Công an', title: 'Phát động phong trào thi đua đặc biệt trong Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở' },
    ]);
  });

  it('reads dates in words, stops the title at ";" and at the next subject', () => {
    const text = 'Thực hiện Kế hoạch số 630/KH-BCA-V05 ngày 28 tháng 12 năm 2022 của Bộ trưởng Bộ Công an về xây dựng xã điển hình; Quyết định số 9745/QĐ-BCA-V05 ngày 28 tháng 12 năm 2022 của Bộ trưởng Bộ Công an về ban hành Bộ Tiêu chí tạm thời, Ban Chỉ đạo phòng, chống tội phạm xây dựng Kế hoạch';
    expect(findCitations(text)).toEqual([
      { type: 'Kế hoạch', number: '630/KH-BCA-V05', date: '2022-12-28', issuer: 'Bộ trưởng Bộ Công an', title: 'Xây dựng xã điển hình' },
      { type: 'Quyết định', number: '9745/QĐ-BCA-V05', date: '2022-12-28', issuer: 'Bộ trưởng Bộ Công an', title: 'Ban hành Bộ Tiêu chí tạm thời' },
    ]);
  });

  it('reads numbers without "số", with stray spaces, Party numbering, and a citation inside a title', () => {
    const text = 'Kết luận số 44-KL/TW ngày 22/01/2019 của Ban Bí thư Trung ương Đảng về tiếp tục thực hiện Chỉ thị số 09-CT/TW ngày 01/12/2011 của Ban Bí thư (khóa XI) về "Tăng cường sự lãnh đạo"; Nghị quyết 25- NQ/TW ngày 03/6/2013 của Ban chấp hành Trung ương khóa (XI); Chỉ thị số 48/CT/TW của Bộ Chính trị về "Tăng cường công tác"';
    expect(findCitations(text)).toEqual([
      { type: 'Kết luận', number: '44-KL/TW', date: '2019-01-22', issuer: 'Ban Bí thư Trung ương Đảng', title: 'Tiếp tục thực hiện Chỉ thị số 09-CT/TW ngày 01/12/2011 của Ban Bí thư (khóa XI) về "Tăng cường sự lãnh đạo"' },
      { type: 'Chỉ thị', number: '09-CT/TW', date: '2011-12-01', issuer: 'Ban Bí thư (khóa XI)', title: 'Tăng cường sự lãnh đạo' },
      { type: 'Nghị quyết', number: '25-NQ/TW', date: '2013-06-03', issuer: 'Ban chấp hành Trung ương khóa (XI)' },
      { type: 'Chỉ thị', number: '48/CT/TW', issuer: 'Bộ Chính trị', title: 'Tăng cường công tác' },
    ]);
  });

  it('cites each number once, filling in what a later citation adds', () => {
    const text = 'theo Quyết định số 16/2022/QĐ-UBND ngày 01/8/2022 của Ủy ban nhân dân tỉnh, gắn với đánh giá. Thông tư 124/2021/TT-BCA ngày 28/12/2021 của Bộ Công an và Quyết định số 16/2022/QĐ-UBND ngày 01/8/2022 của UBND tỉnh Thái Bình quy định về khu dân cư an toàn v.v... nâng cao';
    expect(findCitations(text)).toEqual([
      { type: 'Quyết định', number: '16/2022/QĐ-UBND', date: '2022-08-01', issuer: 'Ủy ban nhân dân tỉnh', title: 'Quy định về khu dân cư an toàn' },
      { type: 'Thông tư', number: '124/2021/TT-BCA', date: '2021-12-28', issuer: 'Bộ Công an' },
    ]);
  });

  it('leaves out the document itself, plans without a number, and "Kế hoạch này"', () => {
    expect(findCitations('đã ban hành Kế hoạch số 439/KH-BCĐ. Căn cứ Kế hoạch này và Luật Thi đua, khen thưởng', ['439/KH-BCĐ'])).toEqual([]);
  });

  it('reads the citation in an OCR scan, keeping only what it can read', () => {
    expect(findCitations('Cian cir K& hoach sb6 399/KH-BCA-X03 ngay 13/8/2024 cua B Codng an, UBND tinh')).toEqual([
      { type: 'Kế hoạch', number: '399/KH-BCA-X03', date: '2024-08-13', issuer: 'B Codng an' },
    ]);
  });
});

describe('takeBodyName', () => {
  it('takes a body name up to the first word that cannot be part of it', () => {
    expect(takeBodyName('Bộ Công an các văn bản triển khai')).toBe('Bộ Công an');
    expect(takeBodyName('Ủy ban nhân dân tỉnh ban hành Đề án')).toBe('Ủy ban nhân dân tỉnh');
    expect(takeBodyName('Chính phủ; Kế hoạch số')).toBe('Chính phủ');
    expect(takeBodyName('Trường Ban Chỉ đạo 138/ĐP Tỉnh về triển khai')).toBe('Trường Ban Chỉ đạo 138/ĐP Tỉnh');
  });
});
