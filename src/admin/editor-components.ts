/**
 * The MDX allow-list (src/lib/content-guard.ts ALLOWED_COMPONENTS; src/components/mdx/) as
 * editor components (`CMS.registerEditorComponent`, Decap/Sveltia API): editors insert a
 * Callout or a Quote from the editor's menu and fill in fields; the CMS writes the same MDX the
 * guard accepts (`<Callout title="…">…</Callout>`, `<Quote cite="…">…</Quote>`), with no
 * expressions: braces and "<" in the text are escaped, double quotes in attributes become “ ”.
 * Enabled only in the .mdx stories collection (components render only in .mdx files).
 */

export interface EditorComponent {
  id: string;
  label: string;
  icon?: string;
  fields: Record<string, unknown>[];
  pattern: RegExp;
  fromBlock: (match: RegExpMatchArray) => Record<string, string>;
  toBlock: (props: Record<string, unknown>) => string;
  toPreview: (props: Record<string, unknown>) => string;
}

/** Text inside a component: MDX would read `{…}` as code and `<` as a tag. */
export const escapeMdxText = (s: string) => s.replace(/\\?([{}<])/g, '\\$1');
export const unescapeMdxText = (s: string) => s.replace(/\\([{}<])/g, '$1');

/** An attribute value in double quotes: no `"` (typographic quotes instead), no line breaks. */
export const attribute = (s: string) => s.replace(/\s+/g, ' ').trim().replace(/"([^"]*)"/g, '“$1”').replace(/"/g, '”');

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const text = (v: unknown) => (typeof v === 'string' ? v : '');

function component(id: string, label: string, icon: string, attr: { name: string; label: string; hint: string }, bodyLabel: string, preview: (a: string, body: string) => string): EditorComponent {
  return {
    id,
    label,
    icon,
    fields: [
      { name: attr.name, label: attr.label, hint: attr.hint, widget: 'string', required: false },
      { name: 'body', label: bodyLabel, widget: 'markdown', editor_components: [] },
    ],
    // One block: <Id attr="…">…</Id>, attribute optional, content on its own lines or inline.
    pattern: new RegExp(`^<${id}(?:\\s+${attr.name}="([^"]*)")?\\s*>\\n?([\\s\\S]*?)\\n?</${id}>$`, 'm'),
    fromBlock: (m) => ({ [attr.name]: m[1] ?? '', body: unescapeMdxText(m[2] ?? '').trim() }),
    toBlock(props) {
      const a = attribute(text(props[attr.name]));
      const body = escapeMdxText(text(props.body).trim());
      return `<${id}${a ? ` ${attr.name}="${a}"` : ''}>\n${body}\n</${id}>`;
    },
    toPreview: (props) => preview(escapeHtml(attribute(text(props[attr.name]))), text(props.body).trim()),
  };
}

export const EDITOR_COMPONENTS: EditorComponent[] = [
  component(
    'Callout',
    'Khung ghi chú (Callout)',
    'info',
    { name: 'title', label: 'Tiêu đề khung', hint: 'Ví dụ: Lưu ý. Có thể để trống' },
    'Nội dung ghi chú',
    (title, body) => `<aside class="callout" role="note">\n\n${title ? `**${title}**\n\n` : ''}${body}\n\n</aside>`,
  ),
  component(
    'Quote',
    'Trích dẫn (Quote)',
    'format_quote',
    { name: 'cite', label: 'Nguồn trích dẫn', hint: 'Ví dụ: Báo Tiền Phong' },
    'Lời trích',
    (cite, body) => `<figure class="quote">\n\n> ${body.replace(/\n/g, '\n> ')}\n\n${cite ? `<figcaption>— ${cite}</figcaption>` : ''}\n\n</figure>`,
  ),
];
