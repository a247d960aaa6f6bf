// Importer: the header block (bodies, number, date, type, trích yếu) and the closing part
// (end mark, recipients, signature block).
import { describe, expect, it } from 'vitest';
import { bodyLines, parseClosing, parseSigner } from '../../src/lib/plan-import/closing.ts';
import { findTypeLine, headerNotes, parseHeader, parseNumberField } from '../../src/lib/plan-import/header.ts';

describe('parseNumberField', () => {
  it('keeps a known number as written', () => {
    expect(parseNumberField('Số: 350/KH-BCĐ')).toEqual({ status: 'known', text: '350/KH-BCĐ' });
    expect(parseNumberField('Số: 16/2022/QĐ-UBND')).toEqual({ status: 'known', text: '16/2022/QĐ-UBND' });
  });

  it('reads a number left blank, keeping the symbol and what the copy shows', () => {
    expect(parseNumberField('Số: /KH-BCĐ')).toEqual({ status: 'blank', symbol: 'KH-BCĐ', asPrinted: 'Số: /KH-BCĐ' });
    expect(parseNumberField('Số: …/KH-BCĐ138')).toEqual({ status: 'blank', symbol: 'KH-BCĐ138', asPrinted: 'Số: …/KH-BCĐ138' });
  });

  it('calls a scanned number illegible but still finds the symbol', () => {
    expect(parseNumberField('Sé6: jﬂﬁKH—UBND')).toEqual({ status: 'illegible', symbol: 'KH-UBND', asPrinted: 'Sé6: jﬂﬁKH—UBND' });
    expect(parseNumberField('Số: ###')).toEqual({ status: 'illegible', asPrinted: 'Số: ###' });
  });
});

describe('parseHeader', () => {
  const KIEN_GIANG = [
    '', 'A. Kým PGT', '', 'UBND TỈNH KIÊN GIANG', 'BAN CHỈ ĐẠO PCTP, TNXH VÀ', 'XDPTTDBV ANTQ TỈNH', '',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '', 'Số: 350/KH-BCĐ', '',
    'Kiên Giang, ngày 20 tháng 8 năm 2024', '', 'KẾ HOẠCH', '',
    'Phát động phong trào thi đua trong Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở trên địa bàn tỉnh Kiên Giang', '',
    'Thực hiện Kế hoạch số 399/KH-BCA-X03 …',
  ];

  it('separates the parent body, the issuer, the motto, the number, the date and a handwritten note', () => {
    const h = parseHeader(KIEN_GIANG);
    expect(h).toMatchObject({
      type: 'KH',
      title: 'Phát động phong trào thi đua trong Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở trên địa bàn tỉnh Kiên Giang',
      number: { status: 'known', text: '350/KH-BCĐ' },
      dateLine: { place: 'Kiên Giang', date: '2024-08-20' },
      parentPrinted: ['UBND TỈNH KIÊN GIANG'],
      issuerPrinted: ['BAN CHỈ ĐẠO PCTP, TNXH VÀ', 'XDPTTDBV ANTQ TỈNH'],
      annotations: ['A. Kým PGT'],
      motto: true,
      bodyStart: 17,
    });
    expect(headerNotes(h)).toEqual(['Bỏ “A. Kým PGT” ở đầu văn bản: ghi chú viết tay hoặc dấu trên bản sao, không phải nội dung văn bản.']);
  });

  it('reads a scan that put both columns on one line', () => {
    const h = parseHeader([
      ' SAOY', '', 'UY BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET NAM', '', 'TINH PONG NAI Péc lap — T do — Hanh phiic',
      'Sé6: jﬂﬁKH—UBND Déng Nai, ngay A5 thang 10 ndm 2024', 'KE HOACH', '', 'Phat dong phong trao thi dua dic biét trong lye lwgng tham gia', 'bao vé an ninh, trat ty & co s¢', '',
    ].map((l) => l.trim()));
    expect(h).toMatchObject({
      type: 'KH',
      title: 'Phat dong phong trao thi dua dic biét trong lye lwgng tham gia bao vé an ninh, trat ty & co s¢',
      number: { status: 'illegible', symbol: 'KH-UBND' },
      dateLine: { place: 'Déng Nai', date: '2024-10', illegibleDay: 'A5' },
      issuerPrinted: ['UY BAN NHAN DAN', 'TINH PONG NAI'],
      parentPrinted: [],
      copyMarks: ['SAOY'],
    });
  });

  it('reads a copy without the header block (number and date only)', () => {
    const h = parseHeader(['', 'Số: /KH-BCĐ', '', 'Thái Bình, ngày tháng 12 năm 2023', '', 'KẾ HOẠCH', '', 'Phát động phong trào thi đua toàn dân bảo vệ an ninh Tổ quốc năm 2024']);
    expect(h).toMatchObject({ issuerPrinted: [], parentPrinted: [], number: { status: 'blank', symbol: 'KH-BCĐ' }, dateLine: { date: '2023-12' } });
  });

  it('finds no header in a news article', () => {
    expect(findTypeLine(['Triển khai công tác xây dựng phong trào', '', 'Nhằm nâng cao hiệu quả …'])).toBe(-1);
    const h = parseHeader(['Triển khai công tác xây dựng phong trào', '', 'Nhằm nâng cao hiệu quả …']);
    expect([h.type, h.number, h.bodyStart]).toEqual([undefined, undefined, 0]);
  });
});

describe('parseClosing', () => {
  const TAIL = [
    '5. Giao Công an tỉnh tham mưu … nắm, chỉ đạo./. *ĐK*', '', 'Nơi nhận:', '', '- Bộ Công an (qua Cục X03) (để báo cáo);', '- Lưu: VT, PV01 (XDPT), MT (63).', '',
    'KT. TRƯỞNG BAN', '', 'PHÓ TRƯỞNG BAN THƯỜNG TRỰC', '', '', '', 'GIÁM ĐỐC CÔNG AN TỈNH', '', 'Đại tá Nguyễn Văn Hận',
  ];

  it('ends the body at "./.", drops what is written after it, and reads recipients and signer', () => {
    const c = parseClosing(TAIL);
    expect(c.bodyEnd).toBe(1);
    expect(c.annotations).toEqual(['ĐK']);
    expect(bodyLines(TAIL, c)).toEqual(['5. Giao Công an tỉnh tham mưu … nắm, chỉ đạo./.']);
    expect(c.recipients).toEqual(['Bộ Công an (qua Cục X03) (để báo cáo);', 'Lưu: VT, PV01 (XDPT), MT (63).']);
    expect(c.signer).toEqual({ authority: 'KT.', titleLines: ['TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN THƯỜNG TRỰC', 'GIÁM ĐỐC CÔNG AN TỈNH'], rank: 'Đại tá', name: 'Nguyễn Văn Hận' });
  });

  it('reads a signer block in bold with TM. and no rank, and recipients after the signer', () => {
    const c = parseClosing(['… theo quy định./.', '', '**TM. BAN CHỈ ĐẠO', 'TRƯỞNG BAN**', '', '**PHÓ CHỦ TỊCH UBND TỈNH', 'Lại Văn Hoàn**', '', 'Nơi nhận:', '- Cục V05 - Bộ Công an;', '- UBND huyện, thành phố']);
    expect(c.signer).toEqual({ authority: 'TM.', titleLines: ['BAN CHỈ ĐẠO', 'TRƯỞNG BAN', 'PHÓ CHỦ TỊCH UBND TỈNH'], rank: undefined, name: 'Lại Văn Hoàn' });
    expect(c.recipients).toEqual(['Cục V05 - Bộ Công an;', 'UBND huyện, thành phố']);
  });

  it('reads the heading of a scan ("Noi nhin:") and finds no signer when the copy has none', () => {
    const c = parseClosing(['bao céo UBND tinh d& huéng dan, xit ly./.', '', 'Noi nhin:', '', '- X03, B§ Cdng an;', '', '- Lwu: VT, KGVX, CTTDT, THNC.', '']);
    expect(c.recipients).toEqual(['X03, B§ Cdng an;', 'Lwu: VT, KGVX, CTTDT, THNC.']);
    expect(c.signer).toBeUndefined();
  });

  it('keeps a signer without a prefix, and ignores "(Đã ký)"', () => {
    expect(parseSigner(['TRƯỞNG BAN', '(Đã ký)', 'CHỦ TỊCH UBND TỈNH', 'Phạm Thiện Nghĩa'].filter((l) => !/ký/u.test(l)))).toEqual({ authority: undefined, titleLines: ['TRƯỞNG BAN', 'CHỦ TỊCH UBND TỈNH'], rank: undefined, name: 'Phạm Thiện Nghĩa' });
    expect(parseClosing(['… ./.', 'TRƯỞNG BAN', '(Đã ký)', 'Phạm Thiện Nghĩa']).signer).toEqual({ authority: undefined, titleLines: ['TRƯỞNG BAN'], rank: undefined, name: 'Phạm Thiện Nghĩa' });
  });
});
