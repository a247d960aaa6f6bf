// The personal-data scan finds ID numbers, phones and private e-mails, and nothing else that
// ordinary Vietnamese administrative text is full of: dates, amounts, document numbers.
import { describe, expect, it } from 'vitest';
import { findPersonalData, PERSONAL_DATA_MESSAGES, type PersonalDataKind } from '../../src/lib/personal-data.ts';

/** The hits in `text` as [kind, match] pairs. */
const hits = (text: string) => findPersonalData(text).map((h) => [h.kind, h.match] as [PersonalDataKind, string]);

describe('findPersonalData finds', () => {
  it.each([
    ['a 12-digit CCCD number', 'Anh có CCCD số 079203001234 cấp năm 2021.', '079203001234'],
    ['a 9-digit CMND number', 'CMND số 381234567 do Công an tỉnh cấp.', '381234567'],
    ['an ID number at the very start', '079203001234 là số căn cước.', '079203001234'],
    ['an ID number before a full stop', 'Số căn cước: 079203001234.', '079203001234'],
  ])('%s', (_, text, match) => {
    expect(hits(text)).toEqual([['id-number', match]]);
  });

  it.each([
    ['grouped by spaces', 'Liên hệ anh H. qua số 0912 345 678 để biết thêm.', '0912 345 678'],
    ['grouped by dots', 'Gọi 0912.345.678 khi cần.', '0912.345.678'],
    ['grouped by dashes', 'Gọi 0912-345-678 khi cần.', '0912-345-678'],
    ['ungrouped', 'Số máy 0912345678 của gia đình.', '0912345678'],
    ['with +84', 'Số máy +84 912 345 678 của gia đình.', '+84 912 345 678'],
    ['with +84 and no spaces', 'Số máy +84912345678.', '+84912345678'],
    ['a landline with area code', 'Điện thoại nhà: 0297 3862 123.', '0297 3862 123'],
  ])('a phone number %s', (_, text, match) => {
    expect(hits(text)).toEqual([['phone', match]]);
  });

  // Bug: a landline written with its area code in brackets, as on many letterheads, slips through
  // (PHONE requires the 0 right before the digits; "(" breaks the group). Not fixed here.
  it('a landline with the area code in brackets', () => {
    expect(hits('Điện thoại nhà: (0297) 3862 123.').map(([kind]) => kind)).toEqual(['phone']);
  });

  it('a private e-mail address', () => {
    expect(hits('Gửi ảnh cho chị qua nguyenthihoa1985@gmail.com nhé.')).toEqual([['email', 'nguyenthihoa1985@gmail.com']]);
  });

  it('several kinds in one text, in reading order, with offsets into the text', () => {
    const text = 'Anh T. (0912 345 678, an.tran@yahoo.com.vn) có CCCD 079203001234.';
    const found = findPersonalData(text);
    expect(found.map((h) => h.kind)).toEqual(['phone', 'email', 'id-number']);
    for (const h of found) expect(text.slice(h.index, h.index + h.match.length)).toBe(h.match);
  });
});

describe('findPersonalData does not flag', () => {
  it.each([
    ['an agency e-mail (…gov.vn)', 'Mọi góp ý gửi về abc@congan.gov.vn.'],
    ['a day written d/m/y', 'Ngày 03/02/2025, tổ tuần tra phát hiện vụ việc.'],
    ['an ISO day', 'Kế hoạch ban hành ngày 2024-08-20.'],
    ['a Vietnamese long date', 'Kiên Giang, ngày 20 tháng 8 năm 2024.'],
    ['an amount with dot groups', 'Anh trả lại 50.000.000 đồng cho người đánh rơi.'],
    ['an amount in words', 'Số tiền 74 triệu đồng được trả lại nguyên vẹn.'],
    ['a long amount with dot groups', 'Tổng giá trị 1.250.000.000 đồng.'],
    ['an amount with comma groups', 'Tổng cộng 120,000,000 VND.'],
    ['a decision number', 'Theo Quyết định số 16/2022/QĐ-UBND của UBND tỉnh.'],
    ['a plan number', 'Thực hiện Kế hoạch số 350/KH-BCĐ ngày 20/8/2024.'],
    ['a decimal weight of gold', 'Chiếc nhẫn nặng 8,5 chỉ vàng.'],
    ['years', 'Giai đoạn 2021–2025, năm 2024 và 1975.'],
    ['short numbers', 'Tổ có 12 thành viên, tuần tra 3 lần mỗi tuần, 45 phút mỗi lần.'],
    ['percentages', 'Tỷ lệ đạt 98,5%, tăng 12% so với cùng kỳ.'],
    ['a time of day', 'Khoảng 21:30 ngày 03/02/2025.'],
    ['a law number', 'Luật 91/2025/QH15 và Nghị định 356/2025/NĐ-CP.'],
  ])('%s', (_, text) => {
    expect(hits(text)).toEqual([]);
  });
});

describe('PERSONAL_DATA_MESSAGES', () => {
  it('say in Vietnamese what was found and that it must be removed', () => {
    expect(PERSONAL_DATA_MESSAGES['id-number']('079203001234')).toContain('CMND/CCCD');
    expect(PERSONAL_DATA_MESSAGES.phone('0912 345 678')).toContain('Có số điện thoại ("0912 345 678")');
    expect(PERSONAL_DATA_MESSAGES.email('a@b.com')).toContain('email cá nhân');
  });
});
