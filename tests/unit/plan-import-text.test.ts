// Importer, first pass and names: NFC, page numbers, folding, OCR detection, dates, bodies, places.
import { describe, expect, it } from 'vitest';
import { anyDate, monthYear, parseDateLine, slashDate } from '../../src/lib/plan-import/dates.ts';
import { capitalize, editDistance, foldSameLength, normalizeText, ocrDamage, stripEmphasis, upperShare } from '../../src/lib/plan-import/normalize.ts';
import { expandAbbreviations, issuerFromText, matchLocality, nameFromPrinted, normalCase, placeInText, restoreHeaderLine, withPlace } from '../../src/lib/plan-import/names.ts';
import type { Locality } from '../../src/schemas/localities.ts';

const LOCALITIES: Locality[] = [
  { id: 'kien-giang', name: 'Kiên Giang', kind: 'tinh', validTo: '2025-06-30', successor: 'an-giang', change: 'merged' },
  { id: 'an-giang', name: 'An Giang', kind: 'tinh', change: 'merged' },
  { id: 'dong-nai', name: 'Đồng Nai', kind: 'tinh', change: 'merged' },
  { id: 'kon-tum', name: 'Kon Tum', kind: 'tinh', validTo: '2025-06-30', change: 'merged' },
  { id: 'thanh-pho-kon-tum', name: 'Kon Tum', kind: 'thanh-pho-thuoc-tinh', parent: 'kon-tum', change: 'merged' },
];

describe('normalizeText', () => {
  it('turns NFD text into NFC and says so', () => {
    const { lines, wasNfd, notes } = normalizeText('Kiên Giang'.normalize('NFD'));
    expect(lines).toEqual(['Kiên Giang']);
    expect(lines[0]).toBe(lines[0].normalize('NFC'));
    expect(wasNfd).toBe(true);
    expect(notes[0]).toMatch(/NFD/);
  });

  it('removes indentation, non-breaking spaces, zero-width characters and Windows line ends', () => {
    const { lines } = normalizeText('\uFEFF            Xây dựng\u00A0phong trào\r\n\u00A0\r\nCông\u200B an');
    expect(lines).toEqual(['Xây dựng phong trào', '', 'Công an']);
  });

  it('drops lines that are only page numbers, keeping a paragraph break there', () => {
    const { lines, notes } = normalizeText('bảo vệ an ninh\n- 2 -\nTổ quốc\nTrang 3/7\n12\n1.');
    expect(lines).toEqual(['bảo vệ an ninh', '', 'Tổ quốc', '', '', '1.']);
    expect(notes).toEqual(['Bỏ 3 dòng chỉ có số trang (“- 2 -”, “Trang 3/7”, “12”).']);
  });

  it('drops the controls a news portal puts above an article', () => {
    const { lines, notes } = normalizeText('A- A A+ | Tăng tương phản Giảm tương phản\n\nTriển khai công tác');
    expect(lines).toEqual(['', 'Triển khai công tác']);
    expect(notes[0]).toMatch(/^Bỏ các nút điều khiển của cổng thông tin/);
  });
});

describe('folding and scoring text', () => {
  it('folds one character at a time, so positions match the original', () => {
    const text = 'Ngày 20 tháng 8 năm 2024, ĐỒNG NAI ﬂ';
    expect(foldSameLength(text)).toBe('ngay 20 thang 8 nam 2024, dong nai ﬂ');
    expect(foldSameLength(text)).toHaveLength(text.length);
  });

  it('tells an OCR scan that lost its diacritics from real Vietnamese', () => {
    expect(ocrDamage(['Thực hiện Kế hoạch số 399/KH-BCA-X03 ngày 13/8/2024 của Bộ Công an về phát động phong trào thi đua'])).toBe(0);
    expect(ocrDamage(['Cian cir K& hoach sb6 399/KH-BCA-X03 ngay 13/8/2024 cua B Codng an, UBND tinh ban hanh Ké hoach phat dong phong trao thi dua'])).toBeGreaterThan(0.15);
  });

  it('measures how much of a line is upper case', () => {
    expect(upperShare('BAN CHỈ ĐẠO PCTP, TNXH VÀ')).toBe(1);
    expect(upperShare('A. Kým PGT')).toBeLessThan(0.9);
  });

  it('has small helpers for names and emphasis', () => {
    expect(editDistance('pong nai', 'dong nai')).toBe(1);
    expect(capitalize(' phát động')).toBe('Phát động');
    expect(stripEmphasis('(*tổ chức riêng hoặc lồng ghép*) điều kiện³')).toBe('(tổ chức riêng hoặc lồng ghép) điều kiện');
  });
});

describe('dates', () => {
  it('reads the place and date line, with blanks kept blank', () => {
    const line = (s: string) => parseDateLine(s, foldSameLength(s));
    expect(line('Kiên Giang, ngày 20 tháng 8 năm 2024')).toMatchObject({ place: 'Kiên Giang', date: '2024-08-20', blank: { day: false, month: false } });
    expect(line('Thái Bình, ngày tháng 12 năm 2023')).toMatchObject({ place: 'Thái Bình', date: '2023-12', blank: { day: true, month: false } });
    expect(line('Đồng Tháp, ngày tháng năm 2023')).toMatchObject({ date: '2023', blank: { day: true, month: true } });
    expect(line('Déng Nai, ngay A5 thang 10 ndm 2024')).toMatchObject({ place: 'Déng Nai', date: '2024-10', illegibleDay: 'A5' });
    expect(line('Thực hiện kế hoạch')).toBeUndefined();
  });

  it('reads dates in running text', () => {
    expect(slashDate('13/8/2024')).toBe('2024-08-13');
    expect(slashDate('31/2/2024')).toBeUndefined();
    expect(anyDate('28 tháng 12 năm 2022')).toBe('2022-12-28');
    expect(monthYear('tháng 01/2024')).toBe('2024-01');
  });
});

describe('names of bodies and places', () => {
  it('spells out a printed header in normal case and adds the place', () => {
    expect(expandAbbreviations('UBND TỈNH KIÊN GIANG')).toBe('ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG');
    expect(nameFromPrinted(['UBND TỈNH KIÊN GIANG'], 'Kiên Giang')).toBe('Ủy ban nhân dân tỉnh Kiên Giang');
    expect(nameFromPrinted(['BAN CHỈ ĐẠO PCTP, TNXH VÀ', 'XDPTTDBV ANTQ TỈNH'], 'Kiên Giang')).toBe(
      'Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh Kiên Giang',
    );
    expect(normalCase('CÔNG AN TỈNH ĐỒNG THÁP', ['Đồng Tháp'])).toBe('Công an tỉnh Đồng Tháp');
    expect(withPlace('Ban Chỉ đạo 138 Tỉnh', 'Đồng Tháp')).toBe('Ban Chỉ đạo 138 tỉnh Đồng Tháp');
  });

  it('takes the issuer from the opening sentence, without the short name in brackets', () => {
    const opening = 'Thực hiện Kế hoạch số 399/KH-BCA-X03 của Bộ Công an về phát động phong trào. Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh (gọi tắt là Ban Chỉ đạo 138 tỉnh) ban hành kế hoạch thực hiện như sau:';
    expect(issuerFromText(opening, 'Kiên Giang')).toBe('Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh Kiên Giang');
    expect(issuerFromText('ngày 22 tháng 02 năm 2023, Ban Chỉ đạo phòng, chống tội phạm và phong trào toàn dân bảo vệ ANTQ tỉnh (viết tắt là BCĐ) đã ban hành Kế hoạch số 439/KH-BCĐ', 'Kon Tum'))
      .toBe('Ban Chỉ đạo phòng, chống tội phạm và phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh Kon Tum');
    expect(issuerFromText('Để phát huy kết quả, tổ chức hội nghị.')).toBeUndefined();
  });

  it('finds the locality of a place, provinces first, forgiving OCR damage', () => {
    expect(matchLocality('Kiên Giang', LOCALITIES)).toEqual({ locality: LOCALITIES[0], fuzzy: false });
    expect(matchLocality('Kon Tum', LOCALITIES)?.locality.id).toBe('kon-tum');
    expect(matchLocality('Déng Nai', LOCALITIES)).toEqual({ locality: LOCALITIES[2], fuzzy: true });
    expect(matchLocality('Hà Nội', LOCALITIES)).toBeUndefined();
    expect(placeInText('Triển khai công tác trên địa bàn tỉnh Kon Tum năm 2023', LOCALITIES)?.locality.id).toBe('kon-tum');
  });

  it('restores a scanned upper-case header line from a small vocabulary and the place names', () => {
    expect(restoreHeaderLine('UY BAN NHAN DAN', LOCALITIES)).toBe('ỦY BAN NHÂN DÂN');
    expect(restoreHeaderLine('TINH PONG NAI', LOCALITIES)).toBe('TỈNH ĐỒNG NAI');
    expect(restoreHeaderLine('SO GIAO DUC', LOCALITIES)).toBeUndefined();
  });
});

describe('a text pasted from a PDF', () => {
  const PDF = [
    'Số: 12/KH-UBND Hà Giang, ngày 05 tháng 3 năm 2025',
    'II. NỘI DUNG',
    '1. Tổ chức tuyên truyền, vận động Nhân dân tham gia phòng, chống tội phạm và tố giác',
    'tội phạm ở cơ sở.',
    '\f',
    '2',
    'Kế hoạch số 12/KH-UBND',
    '2. Phát động phong trào thi đua đến',
    '\f3',
    'Kế hoạch số 12/KH-UBND',
    'toàn thể cán bộ, chiến sĩ.',
  ].join('\n');

  it('drops page numbers and the header repeated on every page, and notes both', () => {
    const { lines, notes } = normalizeText(PDF);
    expect(lines.filter(Boolean)).toEqual([
      'Số: 12/KH-UBND Hà Giang, ngày 05 tháng 3 năm 2025', 'II. NỘI DUNG',
      '1. Tổ chức tuyên truyền, vận động Nhân dân tham gia phòng, chống tội phạm và tố giác', 'tội phạm ở cơ sở.',
      '2. Phát động phong trào thi đua đến', 'toàn thể cán bộ, chiến sĩ.',
    ]);
    expect(notes).toEqual(['Bỏ 2 dòng chỉ có số trang (“2”, “3”).', 'Bỏ dòng đầu trang lặp lại ở mỗi trang (“Kế hoạch số 12/KH-UBND”).']);
  });

  it('keeps a line that happens to sit next to one page number only', () => {
    const { lines } = normalizeText('Kết thúc\n\n2\n\nNội dung tiếp');
    expect(lines.filter(Boolean)).toEqual(['Kết thúc', 'Nội dung tiếp']);
  });
});
