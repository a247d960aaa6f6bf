/**
 * Document numbers ("số, ký hiệu") as Nghị định 30/2020 prescribes: `350/KH-BCĐ` is the
 * sequence number, "/", then the type code and the issuing body's code joined by "-".
 * Normative documents also carry the year: `16/2022/QĐ-UBND`. A công văn has no type code
 * (`123/UBND-VX`). Party documents (`101-KH/TU`) follow another rule and are not parsed here.
 */

/** The 27 type codes of Phụ lục III, mục I (mixed case is official: QyĐ, CTr, TTr). */
export const TYPE_CODES: Readonly<Record<string, string>> = {
  NQ: 'Nghị quyết', QĐ: 'Quyết định', CT: 'Chỉ thị', QC: 'Quy chế', QyĐ: 'Quy định',
  TC: 'Thông cáo', TB: 'Thông báo', HD: 'Hướng dẫn', CTr: 'Chương trình', KH: 'Kế hoạch',
  PA: 'Phương án', ĐA: 'Đề án', DA: 'Dự án', BC: 'Báo cáo', BB: 'Biên bản', TTr: 'Tờ trình',
  HĐ: 'Hợp đồng', CĐ: 'Công điện', BGN: 'Bản ghi nhớ', BTT: 'Bản thỏa thuận',
  GUQ: 'Giấy ủy quyền', GM: 'Giấy mời', GGT: 'Giấy giới thiệu', GNP: 'Giấy nghỉ phép',
  PG: 'Phiếu gửi', PC: 'Phiếu chuyển', PB: 'Phiếu báo',
};

export interface DocumentNumber {
  /** Sequence number as written, e.g. "350" or "05" (leading zero kept). */
  sequence: string;
  /** Year segment of normative documents ("2022" in 16/2022/QĐ-UBND). */
  year?: string;
  /** Everything after the last "/": "KH-BCĐ". */
  symbol: string;
  /** "KH"; undefined for a công văn. */
  typeCode?: string;
  /** The issuing body's code and any unit codes: "BCĐ", "BCA-X03". */
  bodyCode: string;
}

const NUMBER = /^(?<sequence>\d{1,5})\/(?:(?<year>\d{4})\/)?(?<symbol>[\p{L}\d]+(?:-[\p{L}\d]+)+)$/u;
const SYMBOL = /^[\p{L}\d]+(?:-[\p{L}\d]+)+$/u;

export type NumberProblem =
  | 'format' // not "số/ký-hiệu"
  | 'leading-zero' // "5/KH-…" must be "05/KH-…"
  | 'needless-zero'; // "005" or "050": only numbers below 10 take one zero

/** Splits a symbol ("KH-BCĐ") into type code and body code. */
export function parseSymbol(symbol: string): { typeCode?: string; bodyCode: string } | undefined {
  const s = symbol.normalize('NFC').trim();
  if (!SYMBOL.test(s)) return undefined;
  const [first, ...rest] = s.split('-');
  if (Object.hasOwn(TYPE_CODES, first)) return { typeCode: first, bodyCode: rest.join('-') };
  return { bodyCode: s };
}

/** Parses "350/KH-BCĐ"; returns a problem code when the text breaks the NĐ 30 rule. */
export function parseDocumentNumber(text: string): DocumentNumber | NumberProblem {
  const s = text.normalize('NFC').trim().replace(/^Số:?\s*/u, '');
  const m = NUMBER.exec(s);
  if (!m?.groups) return 'format';
  const { sequence, year, symbol } = m.groups;
  if (/^[1-9]$/.test(sequence)) return 'leading-zero';
  if (/^0+$/.test(sequence)) return 'format';
  if (/^0\d{2,}$|^00/.test(sequence)) return 'needless-zero';
  const parts = parseSymbol(symbol)!;
  return { sequence, year, symbol, ...parts };
}

/** "350/KH-BCĐ" from its parts. */
export function formatDocumentNumber(n: Pick<DocumentNumber, 'sequence' | 'year' | 'symbol'>): string {
  return [n.sequence, n.year, n.symbol].filter(Boolean).join('/');
}

/** Vietnamese explanation of a number problem, with the fix. */
export function explainNumberProblem(problem: NumberProblem, text: string): string {
  switch (problem) {
    case 'format':
      return `"${text}" không đúng dạng số, ký hiệu văn bản. Viết theo Nghị định 30/2020, ví dụ "350/KH-BCĐ": số thứ tự, dấu "/", mã loại văn bản và mã cơ quan nối bằng "-", không có dấu cách`;
    case 'leading-zero':
      return `Số thứ tự dưới 10 phải có số 0 đứng trước (ví dụ "05/KH-BCĐ", không phải "5/KH-BCĐ")`;
    case 'needless-zero':
      return `Chỉ số thứ tự dưới 10 mới có một số 0 đứng trước; bỏ các số 0 thừa trong "${text}"`;
  }
}
