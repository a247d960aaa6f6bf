/**
 * First pass over pasted text: Unicode NFC, one kind of line break and space, no page numbers
 * or web-portal controls, no indentation (it would turn a Markdown paragraph into code).
 * Everything removed is reported, so the editor can say so in `source.notes`.
 */

export interface Normalized {
  /** Lines, trimmed, in NFC. Blank lines are kept (they separate paragraphs). */
  lines: string[];
  /** Whether the input was not NFC (pasted from a PDF or typed with a combining keyboard). */
  wasNfd: boolean;
  /** What was dropped, in Vietnamese, for source.notes. */
  notes: string[];
}

/** Web-portal controls a copied news page starts with: "A- A A+ | Tăng tương phản Giảm tương phản". */
const PORTAL_CONTROLS = /^(?:A-\s*A\s*A\+|\|?\s*Tăng tương phản|Giảm tương phản|In bài viết|Chia sẻ|Lượt xem:)/u;
/** A line that is only a page number: "3", "- 3 -", "Trang 3", "Trang 3/7", "3/7". */
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:Trang\s+)?\d{1,3}(?:\s*\/\s*\d{1,3})?(?:\s*[-–—])?$/iu;

export function normalizeText(raw: string): Normalized {
  const wasNfd = raw !== raw.normalize('NFC');
  const text = raw
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n\n')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g, ' ');
  const notes: string[] = [];
  if (wasNfd) notes.push('Văn bản dán vào ở dạng Unicode tổ hợp (NFD) đã được chuyển sang Unicode dựng sẵn (NFC).');
  const raws = text.split('\n').map((l) => l.replace(/ {2,}/g, ' ').trim());
  const isPageNumber = raws.map((l) => PAGE_NUMBER.test(l) && !/^\d{1,2}\.$/.test(l));
  const runningHeaders = findRunningHeaders(raws, isPageNumber);
  const pageNumbers: string[] = [];
  const portal: string[] = [];
  const headers: string[] = [];
  const lines: string[] = [];
  raws.forEach((line, i) => {
    if (isPageNumber[i]) {
      pageNumbers.push(line);
      lines.push('');
    } else if (runningHeaders.has(i)) {
      if (!headers.includes(line)) headers.push(line);
      lines.push('');
    } else if (PORTAL_CONTROLS.test(line) && line.length < 120) {
      portal.push(line);
    } else {
      lines.push(line);
    }
  });
  if (pageNumbers.length) notes.push(`Bỏ ${pageNumbers.length} dòng chỉ có số trang (${quoteList(pageNumbers)}).`);
  if (headers.length) notes.push(`Bỏ dòng đầu trang lặp lại ở mỗi trang (${quoteList(headers)}).`);
  if (portal.length) notes.push(`Bỏ các nút điều khiển của cổng thông tin ở đầu bài (${quoteList(portal)}).`);
  return { lines, wasNfd, notes };
}

/**
 * Running headers of a PDF: the same short line printed next to the page number on two or more
 * pages ("Kế hoạch số 350/KH-BCĐ" above "2", "3" …). Returns their line indexes.
 */
function findRunningHeaders(lines: readonly string[], isPageNumber: readonly boolean[]): Set<number> {
  const near = new Map<string, number[]>();
  lines.forEach((line, i) => {
    if (!isPageNumber[i]) return;
    for (const step of [-1, 1]) {
      let j = i + step;
      while (lines[j] === '') j += step;
      const text = lines[j];
      if (text === undefined || isPageNumber[j] || text.length > 80) continue;
      near.set(text, [...(near.get(text) ?? []), j]);
    }
  });
  const out = new Set<number>();
  for (const at of near.values()) if (new Set(at).size >= 2) at.forEach((j) => out.add(j));
  return out;
}

export function quoteList(items: readonly string[], max = 3): string {
  const shown = items.slice(0, max).map((s) => `“${s}”`).join(', ');
  return items.length > max ? `${shown}, …` : shown;
}

/**
 * Folds one character at a time (lower case, marks removed, đ → d), so the folded text has the
 * same length as the original and a match in one is a match at the same place in the other.
 */
export function foldSameLength(text: string): string {
  let out = '';
  for (const ch of text) {
    let f = ch.normalize('NFD').charAt(0).toLowerCase();
    if (f === 'đ') f = 'd';
    if (f.length !== ch.length) f = ch.length === 2 ? '??' : '?';
    out += f;
  }
  return out;
}

/** Letters that only Vietnamese with its marks has: ă â đ ê ô ơ ư and any tone mark. */
const MARKED = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;
/** Characters Vietnamese never uses but OCR often emits. */
const OCR_NOISE = /[¢§ﬂﬁ¥€£©®°±µ¶¿ÐþÞ]/u;
/** Common words that real Vietnamese writes with marks ("của", "đua"), and that are rare without them. */
const BARE_WORDS = new Set(['cua', 'va', 'nhan', 'dan', 'cong', 'dua', 'trat', 'tu', 've', 'hien', 'thuc', 'thang', 'hoi', 'ke', 'hoach', 'co', 'so', 'doi', 'voi', 'cac', 'luc', 'luong', 'dong', 'tieu']);

/**
 * How much the text looks like an OCR scan that lost its diacritics: the share of words that
 * are common Vietnamese words written bare ("cua", "dua") or carry OCR noise. Real Vietnamese
 * text scores near 0; the Đồng Nai scan about 0.14.
 */
export function ocrDamage(lines: readonly string[]): number {
  let words = 0;
  let bad = 0;
  for (const line of lines) {
    for (const w of line.split(/\s+/)) {
      const bare = w.replace(/[^\p{L}\d¢§ﬂﬁ]/gu, '');
      if (!/\p{L}/u.test(bare)) continue;
      words++;
      if (OCR_NOISE.test(bare) || (!MARKED.test(bare) && BARE_WORDS.has(bare.toLowerCase()))) bad++;
    }
  }
  return words === 0 ? 0 : bad / words;
}

/** Upper-case share of the letters in a line (headings and header blocks are upper case). */
export function upperShare(line: string): number {
  const letters = line.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 0;
  return letters.filter((c) => c === c.toLocaleUpperCase('vi') && c !== c.toLocaleLowerCase('vi')).length / letters.length;
}

/** "Kiên Giang" and "KIÊN GIANG" and "Kien Giang" all fold to "kien giang". */
export function fold(text: string): string {
  return foldSameLength(text).replace(/\s+/g, ' ').trim();
}

/** Levenshtein distance, small strings only (place names). */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** Upper-cases the first letter: "phát động …" → "Phát động …". */
export function capitalize(text: string): string {
  const t = text.trim();
  return t.charAt(0).toLocaleUpperCase('vi') + t.slice(1);
}

/** Removes Markdown emphasis the copy carried over from Word ("*…*", "**…**") and footnote marks ("³"). */
export function stripEmphasis(text: string): string {
  return text.replace(/\*+/g, '').replace(/(?<=\S)[¹²³⁴⁵⁶⁷⁸⁹⁰]+/gu, '').replace(/\s{2,}/g, ' ').replace(/\(\s+/g, '(').replace(/\s+\)/g, ')').trim();
}
