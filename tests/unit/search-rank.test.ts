import { describe, expect, it } from 'vitest';
import { accentedQueryWords, exactMatches, missingTerms, rankExactFirst } from '../../src/lib/search-rank.ts';

describe('accentedQueryWords', () => {
  it('keeps the words typed with diacritics, in one spelling, without quotes or punctuation', () => {
    expect(accentedQueryWords('"Tự hòa giải", Đồng Tháp')).toEqual(['tự', 'hoà', 'giải', 'đồng', 'tháp']);
  });

  it('is empty for a query typed without diacritics: Pagefind’s order stands', () => {
    expect(accentedQueryWords('dong thap')).toEqual([]);
  });
});

describe('exactMatches', () => {
  it('counts the query words present exactly, tone-mark placement aside', () => {
    expect(exactMatches(['hận'], 'Hạn báo cáo. Đại tá Nguyễn Văn Hận')).toBe(1);
    expect(exactMatches(['hận'], 'Hạn báo cáo; hàng năm')).toBe(0);
    expect(exactMatches(['hoà', 'giải'], 'tự hòa giải ở cơ sở')).toBe(2);
  });

  it('matches whole words only', () => {
    expect(exactMatches(['bão'], 'bãohòa')).toBe(0);
  });
});

describe('rankExactFirst', () => {
  const pages = [
    { url: '/a', text: 'Hạn báo cáo, phòng chống thiên tai' },
    { url: '/b', text: 'Sơ tán dân trước bão số 5' },
    { url: '/c', text: 'Bảo vệ an ninh, báo cáo' },
    { url: '/d', text: 'Cơn bão và bảo vệ' },
  ];

  it('puts pages with the exact words first, keeping the given order otherwise', () => {
    expect(rankExactFirst(pages, ['bão'], (p) => p.text).map((p) => p.url)).toEqual(['/b', '/d', '/a', '/c']);
  });

  it('ranks by how many accented words match exactly', () => {
    const ranked = rankExactFirst(pages, ['bão', 'bảo'], (p) => p.text).map((p) => p.url);
    expect(ranked[0]).toBe('/d');
  });

  it('changes nothing when the query has no accented word', () => {
    expect(rankExactFirst(pages, [], (p) => p.text)).toEqual(pages);
  });
});

describe('missingTerms: words Pagefind would quietly drop or replace', () => {
  const text = 'Kế hoạch 350/KH-BCĐ của tỉnh Kiên Giang. Người tốt, việc tốt. Dồng Tháp';

  it('finds nothing missing when every word starts a word of the page, marks folded', () => {
    expect(missingTerms('kien giang', text)).toEqual([]);
    expect(missingTerms('Kiên Gia', text)).toEqual([]);
    expect(missingTerms('nguoi tot viec tot', text)).toEqual([]);
    expect(missingTerms('"Người tốt, việc tốt"', text)).toEqual([]);
  });

  it('matches document symbols with or without their punctuation', () => {
    expect(missingTerms('350/KH-BCĐ', text)).toEqual([]);
    expect(missingTerms('350 kh bcđ', text)).toEqual([]);
    expect(missingTerms('kh-bcđ', 'Số: …/KH-BCĐ')).toEqual([]);
    expect(missingTerms('bcđ', text)).toEqual([]);
  });

  it('sees đ typed as d through the folded copy in the metadata', () => {
    expect(missingTerms('dong thap', text)).toEqual([]);
  });

  it('names the words the page does not have, as typed', () => {
    expect(missingTerms('qwxyz Kiên Giang', text)).toEqual(['qwxyz']);
    expect(missingTerms('bimatzq', 'bị hại, bình thường')).toEqual(['bimatzq']);
    expect(missingTerms('Kiênx', text)).toEqual(['Kiênx']);
  });
});
