/**
 * Vietnamese search support that Pagefind 1.6 lacks: it folds tone and vowel marks (ồ→o) on its
 * own, but đ/Đ is a letter of its own (not d plus a mark), so "dong thap" never meets
 * "Đồng Tháp". Each page therefore carries its đ-words folded to plain letters in a hidden,
 * searchable metadata field (`fold`). Pure functions: the layout feeds them the page's HTML.
 */
/** đ→d, Đ→D and nothing else: "Đồng" → "Dồng". Pagefind folds every other mark by itself. */
export function strokeless(text: string): string {
  return text.replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/**
 * Each đ-word of `text` with the word before and after it, đ written d ("tỉnh Dồng Tháp"),
 * each such group once, in order of first appearance. The đ-word lets "dong" find "Đồng"; its
 * neighbours let a phrase typed without diacritics ("dong thap" in quotes) match, since
 * Pagefind matches a phrase in a metadata field when its words follow each other there.
 * Only đ changes: every other word is spelled as on the page, so the field adds no spelling
 * the page does not already have (Pagefind's exact-diacritic boost stays as it was).
 */
export function strokelessDPhrases(text: string): string[] {
  const words = wordsOf(text);
  const out = new Set<string>();
  words.forEach((w, i) => {
    if (/[đĐ]/.test(w)) out.add(strokeless(words.slice(Math.max(0, i - 1), i + 2).join(' ')));
  });
  return [...out];
}

/**
 * Content of the page's `<meta data-pagefind-meta="fold[content]">`: the đ-phrases of each
 * text (title, summary, place, body), each once.
 */
export function foldMetaContent(...texts: (string | undefined)[]): string {
  return [...new Set(texts.flatMap((t) => (t ? strokelessDPhrases(t) : [])))].join(' ');
}

// ---------------------------------------------------------------------------------------------
// Comparing words with their diacritics

/** Tone marks in NFD (grave, acute, tilde, hook above, dot below); ^ ˘ and the horn are letters' own. */
const TONE = '[\u0300\u0301\u0303\u0309\u0323]';
const OLD_STYLE_OA_OE = new RegExp(`o(${TONE})([ae])$`);
const OLD_STYLE_UY = new RegExp(`(^|[^q])u(${TONE})y$`);

/**
 * A word in one spelling, for comparing words as written: lower case, NFC, and the tone mark of
 * a final oa/oe/uy on the second vowel ("hòa" → "hoà", "khỏe" → "khoẻ", "thủy" → "thuỷ"), since
 * both placements are correct Vietnamese and mean the same word.
 */
export function spelling(word: string): string {
  return word
    .toLocaleLowerCase('vi')
    .normalize('NFD')
    .replace(OLD_STYLE_OA_OE, 'o$2$1')
    .replace(OLD_STYLE_UY, '$1uy$2')
    .normalize('NFC');
}

/** True when the word carries any diacritic (a mark, or đ). */
export function hasDiacritics(word: string): boolean {
  return /[đĐ]/.test(word) || /\p{M}/u.test(word.normalize('NFD'));
}

/** The words of a text (letters, marks, digits), in order. */
export function wordsOf(text: string): string[] {
  return text.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

// ---------------------------------------------------------------------------------------------
// The text Pagefind indexes from a fragment of HTML

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose content is never page text. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'svg']);
/** Elements that do not separate words: "<b>Đ</b>ồng" is one word. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/**
 * The words of an HTML fragment that Pagefind would index: text outside elements marked
 * `data-pagefind-ignore` (any value), scripts, styles and templates; tags that start a block
 * separate words, inline tags do not. Tolerates unclosed elements (a closing tag closes every
 * element opened inside it).
 */
export function indexableText(html: string): string {
  const out: string[] = [];
  const stack: { name: string; ignored: boolean }[] = [];
  const ignored = () => stack.length > 0 && stack[stack.length - 1].ignored;
  const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(html))) {
    const [token, closing, rawName, attrs] = m;
    if (token.startsWith('<!--')) continue;
    if (rawName === undefined) {
      if (!ignored()) out.push(decodeEntities(token));
      continue;
    }
    const name = rawName.toLowerCase();
    if (!INLINE.has(name)) out.push(' ');
    if (closing) {
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    if (SKIPPED.has(name) && !/\/\s*$/.test(attrs)) {
      // Raw text (script, style …) or a subtree that never reaches the index: jump past its end.
      const end = html.toLowerCase().indexOf(`</${name}`, TOKEN.lastIndex);
      TOKEN.lastIndex = end < 0 ? html.length : html.indexOf('>', end) + 1 || html.length;
      continue;
    }
    if (VOID.has(name) || /\/\s*$/.test(attrs)) continue;
    stack.push({ name, ignored: ignored() || /(?:^|\s)data-pagefind-ignore(?:\s*=|\s|$)/i.test(attrs) });
  }
  return out.join('').replace(/\s+/g, ' ').trim();
}

/**
 * Pagefind joins the text of adjacent cells and definition-list items: "<dt>Địa bàn</dt><dd>tỉnh
 * Đồng Tháp</dd>" is indexed as "Địa bàntỉnh Đồng Tháp" (one word "bàntỉnh"), since the HTML
 * is compressed with no space between the tags. The copy handed to the indexer gets a space
 * after each such closing tag; the published page is unchanged.
 */
export function spaceBetweenCells(html: string): string {
  return html.replace(/<\/(dt|dd|th|td|li|caption|figcaption|summary|legend|label|option)>/gi, '$& ');
}
