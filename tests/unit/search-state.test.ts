import { describe, expect, it } from 'vitest';
import { excerptParts, orderedValues, parseState, resultMetaLine, sortFromParam, sortParam, stateToSearch, statusText } from '../../src/lib/search-state.ts';

describe('the search in the URL', () => {
  it('reads query, filters and sort', () => {
    expect(parseState('?q=dong+thap&loai=K%E1%BA%BF+ho%E1%BA%A1ch&nam=2024&sap-xep=moi-nhat')).toEqual({
      query: 'dong thap',
      filters: { loai: ['Kế hoạch'], nam: ['2024'] },
      sort: 'newest',
    });
  });

  it('ignores unknown parameters, empty values and an unknown sort', () => {
    expect(parseState('?q=&foo=1&loai=&sap-xep=ngau-nhien')).toEqual({ query: '', filters: {}, sort: 'relevance' });
  });

  it('normalises the query to NFC', () => {
    expect(parseState(`?q=${encodeURIComponent('Đồng'.normalize('NFD'))}`).query).toBe('Đồng');
  });

  it('writes a shareable query string that reads back the same', () => {
    const r = { query: 'Đồng Tháp', filters: { tinh_nay: ['Đồng Tháp'], loai: ['Người tốt, việc tốt'] }, sort: 'oldest' as const };
    const s = stateToSearch(r);
    expect(s.startsWith('?q=')).toBe(true);
    expect(parseState(s)).toEqual(r);
  });

  it('writes nothing for an empty search, and leaves relevance out', () => {
    expect(stateToSearch({ query: ' ', filters: {}, sort: 'relevance' })).toBe('');
    expect(stateToSearch({ query: 'a', filters: {}, sort: 'relevance' })).toBe('?q=a');
  });

  it('maps sort orders to URL values and back', () => {
    expect(sortParam('relevance')).toBe('');
    expect(sortFromParam(sortParam('newest'))).toBe('newest');
    expect(sortFromParam(sortParam('oldest'))).toBe('oldest');
    expect(sortFromParam('')).toBe('relevance');
    expect(sortFromParam(null)).toBe('relevance');
  });
});

describe('orderedValues', () => {
  it('lists types in the site’s order, years newest first, names in Vietnamese order', () => {
    expect(orderedValues('loai', ['Vinh danh', 'Kế hoạch', 'Mô hình', 'Người tốt, việc tốt', 'Phong trào'])).toEqual(['Kế hoạch', 'Phong trào', 'Người tốt, việc tốt', 'Vinh danh', 'Mô hình']);
    expect(orderedValues('nam', ['2023', '2025', '2022'])).toEqual(['2025', '2023', '2022']);
    expect(orderedValues('tinh', ['Đồng Tháp', 'Đắk Lắk', 'An Giang', 'Bà Rịa - Vũng Tàu'])).toEqual(['An Giang', 'Bà Rịa - Vũng Tàu', 'Đắk Lắk', 'Đồng Tháp']);
    expect(orderedValues('noi_dung', ['4.10. Mười', '4.9. Chín', '4.2. Hai'])).toEqual(['4.2. Hai', '4.9. Chín', '4.10. Mười']);
  });
});

describe('statusText: what the screen reader hears', () => {
  it('gives the count and the query', () => {
    expect(statusText({ query: 'dong thap', filters: {}, sort: 'relevance' }, 12)).toBe('Có 12 kết quả cho “dong thap”.');
    expect(statusText({ query: 'dong thap', filters: { loai: ['Kế hoạch'] }, sort: 'relevance' }, 1)).toBe('Có 1 kết quả cho “dong thap” (đã lọc).');
  });

  it('says what to do when nothing is found', () => {
    expect(statusText({ query: 'qwxyz', filters: {}, sort: 'relevance' }, 0)).toBe('Không tìm thấy kết quả nào cho “qwxyz”. Hãy thử từ khác.');
    expect(statusText({ query: 'qwxyz', filters: { nam: ['2020'] }, sort: 'relevance' }, 0)).toContain('bỏ bớt bộ lọc');
    expect(statusText({ query: '', filters: { nam: ['2020'] }, sort: 'relevance' }, 0)).toContain('bỏ bớt bộ lọc');
  });

  it('invites a search when there is none', () => {
    expect(statusText({ query: '', filters: {}, sort: 'relevance' }, 0)).toContain('có dấu hay không dấu');
  });
});

describe('excerptParts', () => {
  it('flags the highlighted words and decodes entities', () => {
    expect(excerptParts('tỉnh <mark>Đồng</mark> <mark>Tháp</mark> &amp; khác')).toEqual([
      { text: 'tỉnh ', mark: false },
      { text: 'Đồng', mark: true },
      { text: ' ', mark: false },
      { text: 'Tháp', mark: true },
      { text: ' & khác', mark: false },
    ]);
  });

  it('never lets markup through: other tags are dropped, escaped text stays text', () => {
    const parts = excerptParts('a <img src=x onerror=alert(1)> &lt;script&gt;b<mark>c</mark>');
    expect(parts).toEqual([
      { text: 'a  <script>b', mark: false },
      { text: 'c', mark: true },
    ]);
  });
});

describe('resultMetaLine', () => {
  it('joins date and place', () => {
    expect(resultMetaLine({ date: '20/08/2024', place: 'tỉnh Kiên Giang (nay thuộc tỉnh An Giang)' })).toBe('20/08/2024 · tỉnh Kiên Giang (nay thuộc tỉnh An Giang)');
    expect(resultMetaLine({ place: 'tỉnh Đồng Tháp' })).toBe('tỉnh Đồng Tháp');
    expect(resultMetaLine({})).toBe('');
  });
});
