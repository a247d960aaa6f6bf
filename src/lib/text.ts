/**
 * Vietnamese text helpers. đ/Đ is a letter of its own, not d plus a mark, so NFD and
 * stripping marks leave it alone: it must be mapped by hand (measured: Pagefind misses it too).
 */

/** Lower-case, diacritics removed, đ→d: the key a reader types on a phone keyboard. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .normalize('NFC');
}

/** ASCII kebab-case slug from a Vietnamese title: "Đồng Tháp 2023" → "dong-thap-2023". */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** True when the text is already in Unicode NFC (the only form we accept). */
export function isNfc(text: string): boolean {
  return text === text.normalize('NFC');
}

const collator = new Intl.Collator('vi');

/** Sorts strings in Vietnamese alphabetical order (a < ă < â, d < đ …). */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}
