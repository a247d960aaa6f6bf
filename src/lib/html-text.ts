/**
 * Plain text of HTML and word sequences, for the post-build checks: is a sentence of the
 * source really on the page (nothing silently swallowed by a plugin), is a title nowhere.
 * Comparing word sequences makes the check blind to markup, typography (“ ” – …) and case.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);?/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);?/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&([a-z]+);/gi, (m, name: string) => ENTITIES[name.toLowerCase()] ?? m);
}

/**
 * Visible text of an HTML document: scripts, styles, templates and form fields' contents (a
 * textarea holding a copy of the article's HTML is not the article) and tags dropped, entities
 * decoded.
 */
export function htmlText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style|template|textarea)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<[^>]+>/g, ' '),
  );
}

/** Lower-case words (letters and digits) in NFC, joined by single spaces and padded: " a b c ". */
export function wordLine(text: string): string {
  const words = text.normalize('NFC').toLocaleLowerCase('vi').match(/[\p{L}\p{N}]+/gu) ?? [];
  return ` ${words.join(' ')} `;
}

/** True when the words of `needle` appear, in order and adjacent, in `haystackLine` (a wordLine). */
export function containsWords(haystackLine: string, needle: string): boolean {
  const n = wordLine(needle);
  return n.trim().length > 0 && haystackLine.includes(n);
}
