/**
 * Byte lengths of image derivatives for feeds (RSS enclosure length, Media RSS fileSize,
 * JSON Feed size_in_bytes). Astro writes the files that getImage() names only after every
 * page and endpoint has rendered, so an endpoint writes a mark holding the file's site path,
 * and the build (src/integrations/feed-lengths.ts) replaces each mark with the real size of
 * the emitted file, failing when a file is missing.
 */
const PREFIX = '{{bang-vang-bytes:';
const SUFFIX = '}}';

/** The mark for the file at site path `path` ("/_astro/anh-1.abc.jpg"). */
export function byteMark(path: string): string {
  if (!/^\/[^{}"'<>\s&]*$/.test(path)) throw new Error(`Đường dẫn tệp không dùng được để ghi độ dài: ${path}`);
  return `${PREFIX}${path}${SUFFIX}`;
}

const MARK = /\{\{bang-vang-bytes:(\/[^{}"'<>\s&]*)\}\}/g;
const QUOTED_MARK = /"\{\{bang-vang-bytes:(\/[^{}"'<>\s&]*)\}\}"/g;

export const hasByteMarks = (text: string) => text.includes(PREFIX);

/**
 * Replaces every mark: in JSON the quoted string becomes a number, in XML the mark (inside an
 * attribute value) becomes the digits. `missing` lists paths whose size is unknown.
 */
export function fillByteMarks(text: string, kind: 'xml' | 'json', sizeOf: (path: string) => number | undefined): { text: string; missing: string[] } {
  const missing: string[] = [];
  const replace = (mark: string, path: string) => {
    const size = sizeOf(path);
    if (size === undefined) {
      missing.push(path);
      return mark;
    }
    return String(size);
  };
  const out = kind === 'json' ? text.replace(QUOTED_MARK, replace) : text.replace(MARK, replace);
  return { text: out, missing: [...new Set(missing)] };
}
