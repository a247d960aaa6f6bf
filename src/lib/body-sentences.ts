/**
 * A few sentences of an entry's Markdown body (first, middle and last paragraph), as plain
 * text, for the inventory check: each must be found on the entry's page, so a plugin that
 * silently drops text (a sanitizer removing an MDX component with its words) fails the build.
 * Parse only: nothing an editor wrote is executed.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';

type Node = { type: string; value?: string; children?: Node[] };

function textOf(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'break') return ' ';
  return (node.children ?? []).map(textOf).join('');
}

function paragraphs(node: Node, out: string[] = []): string[] {
  if (node.type === 'paragraph' || node.type === 'heading') {
    const t = textOf(node).replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
    return out;
  }
  for (const child of node.children ?? []) paragraphs(child, out);
  return out;
}

/** The first sentence of a paragraph with at least `minWords` words, capped at `maxWords`. */
function sentenceOf(paragraph: string, minWords = 4, maxWords = 24): string | undefined {
  const sentences = paragraph.split(/(?<=[.!?…:;])\s+/);
  const s = sentences.find((x) => (x.match(/[\p{L}\p{N}]+/gu) ?? []).length >= minWords) ?? paragraph;
  const words = s.split(/\s+/);
  if ((s.match(/[\p{L}\p{N}]+/gu) ?? []).length < minWords) return undefined;
  return words.slice(0, maxWords).join(' ');
}

/** Up to `count` sentences spread over the body: from the first, middle and last paragraphs. */
export function sampleSentences(body: string, mdx: boolean, count = 3): string[] {
  let tree: Node;
  try {
    tree = (mdx ? fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) : fromMarkdown(body)) as Node;
  } catch {
    return [];
  }
  const list = paragraphs(tree).map((p) => sentenceOf(p)).filter((s): s is string => s !== undefined);
  if (list.length <= count) return list;
  const picks = new Set<number>();
  for (let i = 0; i < count; i++) picks.add(Math.round((i * (list.length - 1)) / (count - 1)));
  return [...picks].map((i) => list[i]);
}
