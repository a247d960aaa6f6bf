/**
 * Documents a plan cites: "Thực hiện Kế hoạch số 399/KH-BCA-X03 ngày 13/8/2024 của Bộ Công an
 * về phát động …". Found anywhere in the text (the basis of a plan is in its opening, but the
 * documents it implements are cited throughout), one entry per number.
 */
import { anyDate } from './dates.ts';
import { capitalize, foldSameLength, stripEmphasis } from './normalize.ts';

export interface Citation {
  /** "Kế hoạch", "Quyết định" … */
  type: string;
  /** As written, spaces inside removed: "25-NQ/TW", "399/KH-BCA-X03". */
  number: string;
  date?: string;
  issuer?: string;
  title?: string;
}

/** Document types a plan cites, folded, with their written name. */
const TYPES: [RegExp, string][] = [
  [/k\S{0,2}\s+hoach/y, 'Kế hoạch'],
  [/quyet\s+dinh/y, 'Quyết định'],
  [/chi\s+thi/y, 'Chỉ thị'],
  [/thong\s+tu/y, 'Thông tư'],
  [/thong\s+tri/y, 'Thông tri'],
  [/nghi\s+dinh/y, 'Nghị định'],
  [/nghi\s+quyet/y, 'Nghị quyết'],
  [/ket\s+luan/y, 'Kết luận'],
  [/cong\s+van/y, 'Công văn'],
  [/chuong\s+trinh\s+phoi\s+hop/y, 'Chương trình phối hợp'],
  [/chuong\s+trinh/y, 'Chương trình'],
  [/huong\s+dan/y, 'Hướng dẫn'],
  [/thong\s+bao/y, 'Thông báo'],
  [/de\s+an/y, 'Đề án'],
  [/luat/y, 'Luật'],
  [/phap\s+lenh/y, 'Pháp lệnh'],
];

const NUMBER = /(\d{1,5}(?:\s?[-/]\s?[\p{L}\d]+)+)/uy;
const DATE = /\s+ngay\s+(\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}|\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4})/y;
const OF = /\s+c\S{1,3}\s+/y;

/** Lower-case words that may sit inside a body's name ("Ủy ban nhân dân tỉnh", "Bộ Công an"). */
const NAME_WORDS = new Set(['an', 'nhân', 'dân', 'tỉnh', 'thành', 'phố', 'huyện', 'xã', 'phường', 'chỉ', 'đạo', 'thường', 'trực', 'vụ', 'ương', 'chấp', 'hành', 'khóa', 'khoá', 'trưởng', 'bí', 'thư', 'chính', 'trị', 'phủ', 'ủy', 'uỷ', 'trung', 'ban', 'mặt', 'trận', 'quốc', 'và']);

/** "Bộ Công an về …" → "Bộ Công an": the name runs while words are capitalised, codes or name words. */
export function takeBodyName(text: string): string {
  const words: string[] = [];
  const all = text.trim().split(/\s+/);
  for (const [i, word] of all.entries()) {
    const bare = word.replace(/[,;:.]+$/u, '');
    const inner = bare.replace(/^\(/u, '');
    const ok = /^[\p{Lu}\d]/u.test(inner) || (NAME_WORDS.has(inner.toLocaleLowerCase('vi')) && /^\p{Ll}/u.test(inner));
    if (!ok || bare === '') break;
    if (bare === 'và' && words.length) break;
    if (bare === 'ban' && all[i + 1] === 'hành') break;
    words.push(bare);
    if (bare !== word) break;
  }
  return words.join(' ');
}

function skipSpaces(folded: string, at: number): number {
  while (folded[at] === ' ') at++;
  return at;
}

/** Where a cited document's trích yếu ends: at ";", a sentence end, or the next subject. */
function titleEnd(text: string, from: number): number {
  const rest = text.slice(from);
  const stops = [
    /;/u,
    /\.(?:\s+\p{Lu}|\s*$|\/)/u,
    /,\s+(?=(?:Ban Chỉ đạo|UBND|Ủy ban nhân dân|Sở |Công an tỉnh)\s)/u,
    /,?\s+gắn với\s/u,
    /\s+và các văn bản (?:có )?liên quan/u,
    /\s+v\.v\./u,
    /\n/u,
  ];
  let end = rest.length;
  for (const stop of stops) {
    const m = stop.exec(rest);
    if (m && m.index < end) end = m.index;
  }
  return from + end;
}

function unquote(text: string): string {
  const t = text.trim().replace(/[,.:]+$/u, '').trim();
  const m = /^[“"](.*)[”"]$/u.exec(t);
  return m && !/[“”"]/u.test(m[1]) ? m[1].trim() : t;
}

/** Every document cited by number in `text`, in order of first citation. */
export function findCitations(text: string, exclude: readonly string[] = []): Citation[] {
  const clean = stripEmphasis(text.replace(/\n+/g, '\n'));
  const folded = foldSameLength(clean);
  const byNumber = new Map<string, Citation>();
  for (let at = 0; at < folded.length; at++) {
    if (at > 0 && /[\p{L}\d]/u.test(folded[at - 1])) continue;
    let type: string | undefined;
    let pos = at;
    for (const [pattern, name] of TYPES) {
      pattern.lastIndex = at;
      const m = pattern.exec(folded);
      if (m) {
        type = name;
        pos = at + m[0].length;
        break;
      }
    }
    if (!type) continue;
    pos = skipSpaces(folded, pos);
    const so = /s\S{0,2}\s+/y;
    so.lastIndex = pos;
    if (so.exec(folded) && /\d/.test(folded[so.lastIndex] ?? '')) pos = so.lastIndex;
    NUMBER.lastIndex = pos;
    const num = NUMBER.exec(folded);
    if (!num) continue;
    const number = clean.slice(pos, pos + num[0].length).replace(/\s+/g, '');
    if (!/\//.test(number) && !/^\d+-[\p{L}]/u.test(number)) continue;
    pos += num[0].length;
    const citation: Citation = { type, number };
    DATE.lastIndex = pos;
    const date = DATE.exec(folded);
    if (date) {
      citation.date = anyDate(clean.slice(pos + date[0].length - date[1].length, pos + date[0].length).replace(/tháng|năm/gu, (w) => w));
      pos += date[0].length;
    }
    OF.lastIndex = pos;
    if (OF.exec(folded)) {
      const issuer = takeBodyName(clean.slice(OF.lastIndex, OF.lastIndex + 160));
      if (issuer) {
        citation.issuer = issuer;
        pos = OF.lastIndex + clean.slice(OF.lastIndex).indexOf(issuer) + issuer.length;
      }
    }
    const after = folded.slice(pos);
    const verb = /^\s*,?\s*(ve\s+|(?=quy dinh\s)|(?=ban hanh\s)|(?=trien khai\s)|(?=[“"]))/u.exec(after);
    if (verb) {
      const from = pos + verb[0].length;
      const end = titleEnd(clean, from);
      const title = unquote(clean.slice(from, end));
      if (title.length >= 3) citation.title = capitalize(title);
    }
    at = pos - 1;
    const key = number.toLocaleUpperCase('vi');
    if (exclude.includes(key)) continue;
    const seen = byNumber.get(key);
    if (!seen) byNumber.set(key, citation);
    else for (const k of ['date', 'issuer', 'title'] as const) seen[k] ??= citation[k];
  }
  return [...byNumber.values()];
}
