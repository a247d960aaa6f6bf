import { describe, it, expect } from 'vitest';
import { compareVietnamese, foldVietnamese, isNfc, slugify } from '../../src/lib/text.ts';

describe('foldVietnamese', () => {
  it('maps đ/Đ to d, which stripping marks alone would miss', () => {
    expect(foldVietnamese('Đồng đội')).toBe('dong doi');
    expect(foldVietnamese('ĐĐ')).toBe('dd');
  });

  it('strips tones and vowel marks and lower-cases', () => {
    expect(foldVietnamese('Toàn dân BẢO VỆ An Ninh Tổ Quốc')).toBe('toan dan bao ve an ninh to quoc');
    expect(foldVietnamese('ăâêôơư')).toBe('aaeoou');
  });

  it('folds both tone placements and NFD input the same way', () => {
    expect(foldVietnamese('hòa')).toBe('hoa');
    expect(foldVietnamese('hoà')).toBe('hoa');
    expect(foldVietnamese('Thủy'.normalize('NFD'))).toBe(foldVietnamese('Thuỷ'));
  });
});

describe('slugify', () => {
  it('makes an ASCII kebab-case slug', () => {
    expect(slugify('Đồng Tháp 2023')).toBe('dong-thap-2023');
    expect(slugify('  Kế hoạch 350/KH-BCĐ — Kiên Giang!  ')).toBe('ke-hoach-350-kh-bcd-kien-giang');
  });

  it('collapses runs of other characters and trims dashes', () => {
    expect(slugify('--Bảo   vệ,,, ANTQ--')).toBe('bao-ve-antq');
    expect(slugify('!!!')).toBe('');
  });
});

describe('isNfc', () => {
  it('accepts precomposed text and rejects decomposed text', () => {
    expect(isNfc('Việt')).toBe(true);
    expect(isNfc('Việt'.normalize('NFD'))).toBe(false);
    expect(isNfc('ASCII only')).toBe(true);
  });
});

describe('compareVietnamese', () => {
  it('orders a < ă < â as separate letters, after all words in a', () => {
    expect(['â', 'ăn', 'az', 'a', 'b'].sort(compareVietnamese)).toEqual(['a', 'az', 'ăn', 'â', 'b']);
  });

  it('orders đ as its own letter after every d word', () => {
    expect(['đa', 'dz', 'e', 'd'].sort(compareVietnamese)).toEqual(['d', 'dz', 'đa', 'e']);
    expect(compareVietnamese('d', 'đ')).toBeLessThan(0);
    expect(compareVietnamese('đ', 'd')).toBeGreaterThan(0);
  });

  it('puts equal strings together', () => {
    expect(compareVietnamese('Kiên Giang', 'Kiên Giang')).toBe(0);
  });
});
