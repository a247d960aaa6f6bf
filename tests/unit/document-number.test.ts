import { describe, it, expect } from 'vitest';
import {
  explainNumberProblem,
  formatDocumentNumber,
  parseDocumentNumber,
  parseSymbol,
  TYPE_CODES,
} from '../../src/lib/document-number.ts';

describe('parseDocumentNumber: valid numbers', () => {
  it('splits "350/KH-BCĐ" into sequence, type code and body code', () => {
    expect(parseDocumentNumber('350/KH-BCĐ')).toEqual({ sequence: '350', symbol: 'KH-BCĐ', typeCode: 'KH', bodyCode: 'BCĐ' });
  });

  it('keeps unit codes in the body code', () => {
    expect(parseDocumentNumber('399/KH-BCA-X03')).toMatchObject({ typeCode: 'KH', bodyCode: 'BCA-X03' });
  });

  it('keeps the single leading zero of a number below 10', () => {
    expect(parseDocumentNumber('05/QĐ-UBND')).toMatchObject({ sequence: '05', typeCode: 'QĐ', bodyCode: 'UBND' });
  });

  it('reads the year segment of a normative document', () => {
    expect(parseDocumentNumber('16/2022/QĐ-UBND')).toEqual({
      sequence: '16', year: '2022', symbol: 'QĐ-UBND', typeCode: 'QĐ', bodyCode: 'UBND',
    });
  });

  it('has no type code for a công văn', () => {
    const n = parseDocumentNumber('123/UBND-VX');
    expect(n).toMatchObject({ sequence: '123', symbol: 'UBND-VX', bodyCode: 'UBND-VX' });
    expect(n).not.toHaveProperty('typeCode');
  });

  it('drops a leading "Số:" and tolerates NFD input', () => {
    expect(parseDocumentNumber('Số: 439/KH-BCĐ')).toMatchObject({ sequence: '439', symbol: 'KH-BCĐ' });
    expect(parseDocumentNumber('Số: 439/KH-BCĐ'.normalize('NFD'))).toMatchObject({ sequence: '439', typeCode: 'KH' });
  });

  it('recognises the official mixed-case codes', () => {
    expect(parseDocumentNumber('01/QyĐ-UBND')).toMatchObject({ typeCode: 'QyĐ', bodyCode: 'UBND' });
    expect(parseDocumentNumber('02/CTr-UBND')).toMatchObject({ typeCode: 'CTr', bodyCode: 'UBND' });
    expect(TYPE_CODES.TTr).toBe('Tờ trình');
  });

  it('allows digits inside a body code', () => {
    expect(parseDocumentNumber('12/KH-BCĐ138')).toMatchObject({ typeCode: 'KH', bodyCode: 'BCĐ138' });
  });
});

describe('parseDocumentNumber: problems', () => {
  it('asks for a leading zero below 10', () => {
    expect(parseDocumentNumber('5/KH-BCĐ')).toBe('leading-zero');
    expect(parseDocumentNumber('9/2022/QĐ-UBND')).toBe('leading-zero');
  });

  it('rejects extra zeros', () => {
    expect(parseDocumentNumber('005/KH-BCĐ')).toBe('needless-zero');
    expect(parseDocumentNumber('050/KH-BCĐ')).toBe('needless-zero');
  });

  it('rejects a sequence number of zero', () => {
    expect(parseDocumentNumber('0/KH-BCĐ')).toBe('format');
    expect(parseDocumentNumber('00/KH-BCĐ')).toBe('format');
  });

  it.each(['350 / KH-BCĐ', '350/KH BCĐ', 'KH-BCĐ', '350/', '350/KH', '', '101-KH/TU', '123456/KH-BCĐ'])(
    '"%s" is a format problem',
    (text) => {
      expect(parseDocumentNumber(text)).toBe('format');
    },
  );
});

describe('parseSymbol', () => {
  it('separates a known type code from the body code', () => {
    expect(parseSymbol('KH-BCĐ')).toEqual({ typeCode: 'KH', bodyCode: 'BCĐ' });
    expect(parseSymbol(' KH-BCA-X03 ')).toEqual({ typeCode: 'KH', bodyCode: 'BCA-X03' });
  });

  it('treats an unknown first part (or wrong case) as part of the body code', () => {
    expect(parseSymbol('UBND-VX')).toEqual({ bodyCode: 'UBND-VX' });
    expect(parseSymbol('kh-BCĐ')).toEqual({ bodyCode: 'kh-BCĐ' });
  });

  it('rejects text that is not code-code', () => {
    expect(parseSymbol('KH')).toBeUndefined();
    expect(parseSymbol('KH BCĐ')).toBeUndefined();
    expect(parseSymbol('KH-')).toBeUndefined();
  });

  // BUG: `first in TYPE_CODES` also sees Object.prototype keys, so "constructor" counts as a type code.
  it('does not take inherited object keys for type codes', () => {
    expect(parseSymbol('constructor-UBND')).toEqual({ bodyCode: 'constructor-UBND' });
  });
});

describe('formatDocumentNumber', () => {
  it('joins the parts back with "/"', () => {
    expect(formatDocumentNumber({ sequence: '350', symbol: 'KH-BCĐ' })).toBe('350/KH-BCĐ');
    expect(formatDocumentNumber({ sequence: '16', year: '2022', symbol: 'QĐ-UBND' })).toBe('16/2022/QĐ-UBND');
  });
});

describe('explainNumberProblem', () => {
  it('explains the format and shows the model form', () => {
    const msg = explainNumberProblem('format', '350 / KH-BCĐ');
    expect(msg).toContain('"350 / KH-BCĐ"');
    expect(msg).toContain('Nghị định 30/2020');
    expect(msg).toContain('350/KH-BCĐ');
    expect(msg).toContain('không có dấu cách');
  });

  it('shows the zero to add for a number below 10', () => {
    const msg = explainNumberProblem('leading-zero', '5/KH-BCĐ');
    expect(msg).toContain('số 0 đứng trước');
    expect(msg).toContain('"05/KH-BCĐ"');
  });

  it('tells which number has extra zeros to drop', () => {
    const msg = explainNumberProblem('needless-zero', '005/KH-BCĐ');
    expect(msg).toContain('bỏ các số 0 thừa');
    expect(msg).toContain('"005/KH-BCĐ"');
  });
});
