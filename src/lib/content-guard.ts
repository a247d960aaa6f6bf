/**
 * Safe Markdown and MDX: editors' files may not carry code. MDX may not contain import/export,
 * {expressions}, components outside a small allow-list, event-handler attributes, <script> or
 * javascript: URLs; plain Markdown may not carry raw <script>, event handlers or javascript:
 * links. Checked by parsing only (mdast), so nothing an editor wrote is ever executed: the build
 * runs this through the content gate before Astro compiles any MDX.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';

/** Components an MDX entry may use (provided by the site; see src/components/mdx/). */
export const ALLOWED_COMPONENTS = ['Callout', 'Quote'] as const;

export interface GuardHit {
  /** 1-based line within the scanned text. */
  line: number;
  column: number;
  message: string;
}

const DANGEROUS_URL = /^\s*(?:javascript|vbscript|data\s*:\s*text\/html)\s*:?/i;
const HTML_DANGER = /<\s*script\b|\son[a-z]+\s*=|javascript\s*:/i;

type Positioned = Node & { position?: { start: { line: number; column: number } } };
const at = (node: Positioned, message: string): GuardHit => ({
  line: node.position?.start.line ?? 1,
  column: node.position?.start.column ?? 1,
  message,
});

function parse(text: string, mdx: boolean): Node | GuardHit {
  try {
    return mdx ? fromMarkdown(text, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) : fromMarkdown(text);
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; place?: { line?: number; column?: number } };
    return {
      line: e.line ?? e.place?.line ?? 1,
      column: e.column ?? e.place?.column ?? 1,
      message: `Lỗi cú pháp MDX (${e.reason ?? 'không đọc được'}). Thường do dấu "<" hoặc "{" viết trong chữ: viết "\\<" và "\\{", hoặc đổi tệp sang đuôi ".md"`,
    };
  }
}

/**
 * In plain Markdown only raw HTML (which needs "<") and link, image or definition URLs can
 * carry code, and a URL can only spell a dangerous scheme with its letters or through a
 * character reference ("&#106;", "&colon;"). Text with none of these has nothing to find, so
 * the parse (most of the checker's time on a large site) is skipped: same result, measured
 * 4.7 s of 11.7 s at 5,000 stories (docs/performance.md).
 */
const MD_MAY_HAVE_CODE = /[<&]|javascript|vbscript|data/i;

export function guardMarkdown(text: string, kind: 'md' | 'mdx'): GuardHit[] {
  if (kind === 'md' && !MD_MAY_HAVE_CODE.test(text)) return [];
  const tree = parse(text, kind === 'mdx');
  if ('message' in tree) return [tree];
  const hits: GuardHit[] = [];
  visit(tree, (visited: Node) => {
    const node = visited as Positioned & Record<string, unknown>;
    switch (node.type) {
      case 'mdxjsEsm':
        hits.push(at(node, 'Không được dùng "import" hoặc "export" trong bài: chúng chạy mã khi dựng trang. Xóa dòng này; các thành phần được phép (Callout, Quote) dùng trực tiếp, không cần import'));
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        hits.push(at(node, 'Không được dùng biểu thức trong dấu ngoặc nhọn "{…}": chúng chạy mã khi dựng trang. Xóa biểu thức; nếu cần viết dấu ngoặc nhọn, viết "\\{"'));
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = String(node.name ?? '');
        if (name.toLowerCase() === 'script') hits.push(at(node, 'Không được chèn thẻ <script>. Xóa thẻ này'));
        else if (!(ALLOWED_COMPONENTS as readonly string[]).includes(name)) {
          hits.push(at(node, `Thành phần "<${name || '>'}" không được phép. Chỉ dùng: ${ALLOWED_COMPONENTS.join(', ')}; chữ thường thì viết bằng Markdown`));
        }
        for (const attr of (node.attributes as Record<string, unknown>[] | undefined) ?? []) {
          if (attr.type === 'mdxJsxExpressionAttribute') hits.push(at(node, 'Không được dùng "{...}" trong thuộc tính của thành phần. Ghi từng thuộc tính bằng chữ'));
          else if (/^on/i.test(String(attr.name))) hits.push(at(node, `Không được dùng thuộc tính sự kiện "${String(attr.name)}": nó chạy mã trong trình duyệt. Xóa thuộc tính này`));
          else if (attr.value && typeof attr.value === 'object') hits.push(at(node, `Thuộc tính "${String(attr.name)}" không được là biểu thức "{…}". Ghi giá trị trong dấu ngoặc kép`));
          else if (typeof attr.value === 'string' && DANGEROUS_URL.test(attr.value)) hits.push(at(node, `Thuộc tính "${String(attr.name)}" chứa địa chỉ "javascript:". Dùng địa chỉ web bắt đầu bằng "https://"`));
        }
        break;
      }
      case 'html':
        if (HTML_DANGER.test(String(node.value))) hits.push(at(node, 'Không được chèn mã HTML có <script>, thuộc tính sự kiện (onclick, onerror…) hoặc "javascript:". Xóa đoạn mã này; định dạng chữ bằng Markdown'));
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (DANGEROUS_URL.test(String(node.url))) hits.push(at(node, 'Liên kết "javascript:" không được phép. Dùng địa chỉ web bắt đầu bằng "https://"'));
        break;
    }
  });
  return hits;
}
