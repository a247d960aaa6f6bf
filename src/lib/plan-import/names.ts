/**
 * Names of bodies and places: the issuing body's full name from the opening sentence
 * ("Ban Chỉ đạo … tỉnh (gọi tắt là …) ban hành kế hoạch"), or from the printed upper-case
 * lines with their abbreviations spelt out; the place and its locality id; and, for scans that
 * lost their diacritics, header lines restored from a small vocabulary and the locality names.
 */
import type { Locality } from '../../schemas/localities.ts';
import { PROVINCE_KINDS } from '../../schemas/localities.ts';
import { editDistance, fold } from './normalize.ts';

const ABBREVIATIONS: [RegExp, string][] = [
  [/\bUBND\b/gu, 'ỦY BAN NHÂN DÂN'],
  [/\bHĐND\b/gu, 'HỘI ĐỒNG NHÂN DÂN'],
  [/\bPCTP\b/gu, 'PHÒNG, CHỐNG TỘI PHẠM'],
  [/\bTNXH\b/gu, 'TỆ NẠN XÃ HỘI'],
  [/\bXDPTTDBV\b/gu, 'XÂY DỰNG PHONG TRÀO TOÀN DÂN BẢO VỆ'],
  [/\bANTQ\b/gu, 'AN NINH TỔ QUỐC'],
  [/\bANTT\b/gu, 'AN NINH, TRẬT TỰ'],
];

/** Words that keep their capital inside a normal-case name. */
const PROPER: [RegExp, string][] = [
  [/\bban chỉ đạo\b/giu, 'Ban Chỉ đạo'],
  [/\btổ quốc\b/giu, 'Tổ quốc'],
  [/\bcông an\b/giu, 'Công an'],
  [/\bviệt nam\b/giu, 'Việt Nam'],
  [/\bnhà nước\b/giu, 'Nhà nước'],
];

/** Spells out the abbreviations of a printed header: "UBND" → "ỦY BAN NHÂN DÂN". */
export function expandAbbreviations(text: string): string {
  let t = text;
  for (const [a, b] of ABBREVIATIONS) t = t.replace(a, b);
  return t;
}

/** "ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG" → "Ủy ban nhân dân tỉnh Kiên Giang". */
export function normalCase(text: string, properNames: readonly string[] = []): string {
  let t = text.toLocaleLowerCase('vi');
  for (const [a, b] of PROPER) t = t.replace(a, b);
  for (const name of properNames) {
    const lower = name.toLocaleLowerCase('vi');
    let at = t.indexOf(lower);
    while (at >= 0) {
      t = t.slice(0, at) + name + t.slice(at + name.length);
      at = t.indexOf(lower, at + name.length);
    }
  }
  return t.charAt(0).toLocaleUpperCase('vi') + t.slice(1);
}

/** In running text: "ANTQ" → "an ninh Tổ quốc", "UBND" → "Ủy ban nhân dân". */
export function expandInText(text: string): string {
  return text
    .replace(/\bUBND\b/gu, 'Ủy ban nhân dân')
    .replace(/\bANTQ\b/gu, 'an ninh Tổ quốc')
    .replace(/\bANTT\b/gu, 'an ninh, trật tự');
}

/** A name that ends with "tỉnh" gets the place: "… Tổ quốc tỉnh" → "… Tổ quốc tỉnh Kiên Giang". */
export function withPlace(name: string, place: string | undefined): string {
  const m = /\b(tỉnh|Tỉnh|thành phố|Thành phố)$/u.exec(name);
  if (!m || !place) return name;
  return `${name.slice(0, m.index)}${m[1].toLocaleLowerCase('vi')} ${place}`;
}

const HEADS = ['Ban Chỉ đạo', 'Ủy ban nhân dân', 'Uỷ ban nhân dân', 'UBND', 'Công an', 'Sở '];

/**
 * The issuer as the opening names it: "… Ban Chỉ đạo phòng, chống tội phạm … tỉnh (gọi tắt là
 * Ban Chỉ đạo 138 tỉnh) ban hành kế hoạch …".
 */
export function issuerFromText(text: string, place?: string): string | undefined {
  const m = /\s*(?:\([^()]*\))?\s*(?:đã\s+)?(?:ban hành|xây dựng)\s+(?:các\s+)?[Kk]ế hoạch\b/u.exec(text);
  if (!m) return undefined;
  const before = text.slice(0, m.index);
  let start = -1;
  for (const head of HEADS) start = Math.max(start, before.lastIndexOf(head));
  if (start < 0) return undefined;
  const name = before.slice(start).trim().replace(/[,;]$/u, '');
  if (name.split(/\s+/).length < 2 || name.length > 200) return undefined;
  return withPlace(expandInText(name), place);
}

/** The full name from printed header lines: abbreviations spelt out, normal case, place added. */
export function nameFromPrinted(lines: readonly string[], place?: string): string {
  const joined = expandAbbreviations(lines.join(' ').replace(/\s+/g, ' '));
  return withPlace(normalCase(joined, place ? [place] : []), place);
}

/** Whether a locality existed on some day of [from, to] (ISO days). */
function existedDuring(l: Locality, from?: string, to?: string): boolean {
  return (!l.validFrom || !to || l.validFrom <= to) && (!l.validTo || !from || l.validTo >= from);
}

export interface PlaceMatch {
  locality: Locality;
  /** Whether the name was matched despite OCR damage ("Déng Nai" for "Đồng Nai"). */
  fuzzy: boolean;
}

/** The locality a place name denotes, provinces first, existing at the date when given. */
export function matchLocality(place: string, localities: readonly Locality[], from?: string, to?: string): PlaceMatch | undefined {
  const key = fold(place).replace(/^(?:tinh|thanh pho|tp\.?)\s+/u, '');
  const ranked = [...localities].sort((a, b) => Number(PROVINCE_KINDS.includes(b.kind)) - Number(PROVINCE_KINDS.includes(a.kind)) || Number(existedDuring(b, from, to)) - Number(existedDuring(a, from, to)));
  const exact = ranked.find((l) => fold(l.name) === key);
  if (exact) return { locality: exact, fuzzy: false };
  const near = ranked.find((l) => key.length >= 6 && editDistance(fold(l.name), key) <= 2);
  return near ? { locality: near, fuzzy: true } : undefined;
}

/** A place name mentioned as "tỉnh Kon Tum" in running text, if it is a known locality. */
export function placeInText(text: string, localities: readonly Locality[]): PlaceMatch | undefined {
  for (const m of text.matchAll(/\b(?:tỉnh|thành phố)\s+((?:\p{Lu}\p{Ll}*\s?){1,4})/gu)) {
    const words = m[1].trim().split(/\s+/);
    for (let n = words.length; n >= 1; n--) {
      const hit = matchLocality(words.slice(0, n).join(' '), localities);
      if (hit && !hit.fuzzy) return hit;
    }
  }
  return undefined;
}

const VOCABULARY = ['ỦY BAN NHÂN DÂN', 'HỘI ĐỒNG NHÂN DÂN', 'BAN CHỈ ĐẠO', 'CÔNG AN', 'TỈNH', 'THÀNH PHỐ', 'HUYỆN', 'XÃ', 'PHƯỜNG', 'SỞ', 'NỘI VỤ'];

/**
 * Restores an upper-case header line of a scan that lost its diacritics ("TINH PONG NAI" →
 * "TỈNH ĐỒNG NAI") when every word is in the vocabulary or a locality name; undefined otherwise.
 */
export function restoreHeaderLine(line: string, localities: readonly Locality[]): string | undefined {
  const words = fold(line).split(' ');
  const phrases = [...VOCABULARY, ...localities.map((l) => l.name.toLocaleUpperCase('vi'))];
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    let taken = 0;
    for (let n = Math.min(4, words.length - i); n >= 1 && !taken; n--) {
      const key = words.slice(i, i + n).join(' ');
      const hit = phrases.find((p) => fold(p) === key) ?? (key.length >= 6 ? phrases.find((p) => fold(p).length >= 6 && editDistance(fold(p), key) <= 1) : undefined);
      if (hit) {
        out.push(hit);
        taken = n;
      }
    }
    if (!taken) return undefined;
    i += taken;
  }
  return out.join(' ');
}
