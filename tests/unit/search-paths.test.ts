import { describe, expect, it } from 'vitest';
import { hasSearchBody, isIndexedFile, urlOfFile } from '../../src/lib/search-paths.ts';

describe('isIndexedFile', () => {
  it.each(['index.html', 'ke-hoach/350-kh-bcd-kien-giang/index.html', 'nguoi-tot-viec-tot/abc/index.html'])('indexes %s', (p) => {
    expect(isIndexedFile(p)).toBe(true);
  });

  it.each(['404.html', '404/index.html', 'admin/index.html', 'admin/config/index.html', 'tim-kiem/index.html', 'pagefind/playground/index.html', 'vinh-danh/danh-sach.json', '/admin/index.html'])(
    'never indexes %s',
    (p) => {
      expect(isIndexedFile(p)).toBe(false);
    },
  );
});

describe('urlOfFile', () => {
  it('gives the served URL', () => {
    expect(urlOfFile('index.html')).toBe('/');
    expect(urlOfFile('ke-hoach/abc/index.html')).toBe('/ke-hoach/abc/');
    expect(urlOfFile('ke-hoach\\abc\\index.html')).toBe('/ke-hoach/abc/');
    expect(urlOfFile('loi.html')).toBe('/loi.html');
  });
});

describe('hasSearchBody', () => {
  it('finds the attribute on an element, with or without a value', () => {
    expect(hasSearchBody('<main id="noi-dung" data-pagefind-body>')).toBe(true);
    expect(hasSearchBody('<main data-pagefind-body="">')).toBe(true);
  });

  it('ignores pages without it, and the words in text', () => {
    expect(hasSearchBody('<main id="noi-dung">')).toBe(false);
    expect(hasSearchBody('<p>Thuộc tính data-pagefind-body đánh dấu nội dung</p>')).toBe(false);
    expect(hasSearchBody('<main data-pagefind-body-x>')).toBe(false);
  });
});
