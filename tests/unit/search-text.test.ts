import { describe, expect, it } from 'vitest';
import {
  decodeEntities,
  foldMetaContent,
  hasDiacritics,
  indexableText,
  spaceBetweenCells,
  spelling,
  strokeless,
  strokelessDPhrases,
  wordsOf,
} from '../../src/lib/search-text.ts';

describe('strokeless: đ→d and nothing else', () => {
  it('changes đ and Đ only; Pagefind folds the other marks itself', () => {
    expect(strokeless('Đồng Tháp, đường Đinh Tiên Hoàng')).toBe('Dồng Tháp, dường Dinh Tiên Hoàng');
  });

  it('leaves a text without đ as it is', () => {
    expect(strokeless('Người tốt, việc tốt')).toBe('Người tốt, việc tốt');
  });
});

describe('strokelessDPhrases: each đ-word with its neighbours', () => {
  it('keeps the word before and after each đ-word, so a phrase typed without đ can match', () => {
    expect(strokelessDPhrases('Kế hoạch của tỉnh Đồng Tháp năm 2023')).toEqual(['tỉnh Dồng Tháp']);
  });

  it('lists each group once, in order of first appearance', () => {
    expect(strokelessDPhrases('tỉnh Đồng Tháp và tỉnh Đồng Tháp, đường Đồng Khởi')).toEqual([
      'tỉnh Dồng Tháp',
      'Tháp dường Dồng',
      'dường Dồng Khởi',
    ]);
  });

  it('takes the first and last word of the text as they come', () => {
    expect(strokelessDPhrases('Đắk Lắk')).toEqual(['Dắk Lắk']);
    expect(strokelessDPhrases('Ban Chỉ đạo')).toEqual(['Chỉ dạo']);
  });

  it('keeps digits and letters of a document symbol together ("BCĐ138")', () => {
    expect(strokelessDPhrases('Số: 01/KH-BCĐ138')).toEqual(['KH BCD138']);
  });

  it('gives nothing for a text without đ', () => {
    expect(strokelessDPhrases('phòng cháy, chữa cháy')).toEqual([]);
  });
});

describe('foldMetaContent: the hidden `fold` metadata of a page', () => {
  it('joins the đ-phrases of every text, each once', () => {
    expect(foldMetaContent('Kế hoạch tỉnh Đồng Tháp', undefined, 'tỉnh Đồng Tháp', '')).toBe('tỉnh Dồng Tháp');
  });

  it('is empty for a page with no đ at all', () => {
    expect(foldMetaContent('Người tốt, việc tốt', 'Ba người dân truy bắt cướp giật')).toBe('');
  });
});

describe('spelling: one spelling per word, for comparing words as typed', () => {
  it.each([
    ['hòa', 'hoà'],
    ['hoà', 'hoà'],
    ['Hòa', 'hoà'],
    ['khỏe', 'khoẻ'],
    ['thủy', 'thuỷ'],
    ['ủy', 'uỷ'],
    ['họa', 'hoạ'],
    ['hóa', 'hoá'],
  ])('both tone-mark placements meet: %s → %s', (word, expected) => {
    expect(spelling(word)).toBe(expected);
  });

  it('leaves words whose tone mark has one place alone', () => {
    for (const w of ['hoàn', 'hoằng', 'quý', 'thuyền', 'đồng', 'toán']) expect(spelling(w)).toBe(w);
  });

  it('does not treat different words as one', () => {
    expect(spelling('bão')).not.toBe(spelling('bảo'));
    expect(spelling('Hận')).not.toBe(spelling('hạn'));
  });

  it('accepts decomposed (NFD) input', () => {
    expect(spelling('Đồng'.normalize('NFD'))).toBe('đồng');
  });
});

describe('hasDiacritics and wordsOf', () => {
  it('sees tone marks, vowel marks and đ', () => {
    expect(hasDiacritics('bão')).toBe(true);
    expect(hasDiacritics('ơ')).toBe(true);
    expect(hasDiacritics('đ')).toBe(true);
    expect(hasDiacritics('dong')).toBe(false);
  });

  it('splits on spaces and punctuation, keeps marks and digits in words', () => {
    expect(wordsOf('“Phòng cháy, chữa cháy” – 2023/KH-BCĐ')).toEqual(['Phòng', 'cháy', 'chữa', 'cháy', '2023', 'KH', 'BCĐ']);
  });
});

describe('indexableText: the words Pagefind indexes from HTML', () => {
  it('drops elements marked data-pagefind-ignore, whatever their value, with all they contain', () => {
    const html = '<h1>Đồng Tháp</h1><nav data-pagefind-ignore="all"><a>Đường tắt</a><div><p>đọc thêm</p></div></nav><p>Đoạn cuối</p><aside data-pagefind-ignore><p>Đừng</p></aside>';
    expect(indexableText(html)).toBe('Đồng Tháp Đoạn cuối');
  });

  it('drops scripts, styles, templates and comments', () => {
    expect(indexableText('<p>Một</p><script>const đ = 1;</script><style>.đ{}</style><template><p>Đ</p></template><!-- Đ --><p>Hai</p>')).toBe('Một Hai');
  });

  it('separates words at block tags but not at inline tags', () => {
    expect(indexableText('<p>Đồng</p><p>Tháp</p>')).toBe('Đồng Tháp');
    expect(indexableText('<p><b>Đ</b>ồng <em>Tháp</em></p>')).toBe('Đồng Tháp');
  });

  it('decodes entities and survives void and unclosed elements', () => {
    expect(indexableText('<p>A &amp; B&nbsp;C<br>D<img src="x.png" alt="Đ"><li>E</p>')).toBe('A & B C D E');
  });

  it('handles ">" inside quoted attribute values', () => {
    expect(indexableText('<p title="a > b" data-pagefind-ignore>ẩn</p><p>hiện</p>')).toBe('hiện');
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric entities, leaves unknown ones', () => {
    expect(decodeEntities('&lt;b&gt; &#273; &#x110; &quot;x&quot; &bogus;')).toBe('<b> đ Đ "x" &bogus;');
  });
});

describe('spaceBetweenCells: the copy of a page handed to the indexer', () => {
  it('puts a space after definition-list items and table cells so their words stay apart', () => {
    expect(spaceBetweenCells('<dl><dt>Địa bàn</dt><dd>tỉnh Đồng Tháp</dd></dl>')).toBe('<dl><dt>Địa bàn</dt> <dd>tỉnh Đồng Tháp</dd> </dl>');
    expect(spaceBetweenCells('<tr><th>Tên</th><td>Đội SOS</td></tr>')).toBe('<tr><th>Tên</th> <td>Đội SOS</td> </tr>');
  });

  it('leaves inline elements joined ("<b>Đ</b>ồng" stays one word)', () => {
    expect(spaceBetweenCells('<p><b>Đ</b>ồng</p>')).toBe('<p><b>Đ</b>ồng</p>');
  });
});
