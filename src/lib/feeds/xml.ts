/**
 * A small XML writer for feeds and sitemaps: every text and attribute value goes through one
 * escaping function, so no caller ever concatenates raw content into markup. Characters that
 * XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF) are dropped rather than
 * written, since a single one makes a feed unreadable for every consumer.
 */

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text without the characters XML 1.0 does not allow. */
export function xmlSafe(text: string): string {
  return text.replace(FORBIDDEN, '');
}

/** Escapes text for element content and for attribute values (either quote style). */
export function escapeXml(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export interface XmlElement {
  name: string;
  attrs?: Record<string, string | number | undefined>;
  children?: XmlChild[];
}
export type XmlChild = XmlElement | string | undefined | false;

const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;

/** Shorthand: el('title', {}, 'Bảng vàng'). Undefined/false children and attributes are left out. */
export function el(name: string, attrs: XmlElement['attrs'] = {}, ...children: (XmlChild | XmlChild[])[]): XmlElement {
  return { name, attrs, children: children.flat() };
}

function attrText(attrs: XmlElement['attrs']): string {
  return Object.entries(attrs ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => {
      if (!NAME.test(k)) throw new Error(`Tên thuộc tính XML không hợp lệ: ${k}`);
      return ` ${k}="${escapeXml(String(v))}"`;
    })
    .join('');
}

/** Serialises an element; elements holding only elements are indented, text stays inline. */
export function serialize(node: XmlElement, depth = 0): string {
  if (!NAME.test(node.name)) throw new Error(`Tên phần tử XML không hợp lệ: ${node.name}`);
  const pad = '  '.repeat(depth);
  const kids = (node.children ?? []).filter((c): c is XmlElement | string => c !== undefined && c !== false);
  const open = `<${node.name}${attrText(node.attrs)}`;
  if (kids.length === 0) return `${pad}${open}/>`;
  if (kids.every((k) => typeof k !== 'string')) {
    return `${pad}${open}>\n${(kids as XmlElement[]).map((k) => serialize(k, depth + 1)).join('\n')}\n${pad}</${node.name}>`;
  }
  const inner = kids.map((k) => (typeof k === 'string' ? escapeXml(k) : serialize(k, 0))).join('');
  return `${pad}${open}>${inner}</${node.name}>`;
}

/** A whole document with its XML declaration and a final newline. */
export function xmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(root)}\n`;
}
