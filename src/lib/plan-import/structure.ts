/**
 * The body of an official document as blocks (section "I.", item "1." / "4.1.", bullet "-",
 * letter "a)", paragraph, footnote), with broken lines joined again, and as Markdown:
 * I. → "##", 1. → "###" when it has sub-items (otherwise an ordered-list paragraph),
 * 4.1. → "####", 1.1.1. → "#####", "-" and "a)" → list items, footnotes → "> ¹ …".
 */
import { foldSameLength, upperShare } from './normalize.ts';

export type BlockKind = 'section' | 'item' | 'bullet' | 'letter' | 'para' | 'footnote';

export interface Block {
  kind: BlockKind;
  /** "II" for a section, "4.1" for an item, "a" for a letter, "¹" for a footnote. */
  marker?: string;
  /** Number of parts of an item's marker: 1 for "4.", 2 for "4.1.". */
  depth?: number;
  text: string;
}

export interface BlockOptions {
  /** OCR scans: "3," for "3.", wrong Roman numerals ("I1.", "L."), stray punctuation lines. */
  ocr?: boolean;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const SECTION = /^(?<m>[IVXL1l]{1,5})\s*[.,]\s*(?<t>\S.*)$/u;
const ITEM = /^(?<m>\d{1,2}(?:\.\d{1,2}){0,3})\.(?!\d)\s*(?<t>\S.*)$/u;
const ITEM_OCR = /^(?<m>\d{1,2}(?:\.\d{1,2}){0,3})[.,](?!\d)\s*(?<t>\S.*)$/u;
const BULLET = /^[-–•+]\s*(?<t>\S.*)$/u;
const LETTER = /^(?<m>[a-zđ])\)\s*(?<t>\S.*)$/u;
const FOOTNOTE = /^(?<m>[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*(?<t>\S.*)$/u;
const TERMINAL = /[.:;!?…"”»)]\*{0,2}$/u;

/** Classifies one line; `expectedRoman` fixes OCR's "I1." and "L." by sequence. */
function classify(line: string, options: BlockOptions, expectedRoman: string): Block {
  const section = SECTION.exec(line);
  if (section?.groups && upperShare(section.groups.t) >= 0.6 && /\p{L}{2}/u.test(section.groups.t)) {
    const m = section.groups.m;
    if (ROMAN.includes(m)) return { kind: 'section', marker: m, text: section.groups.t };
    if (options.ocr) return { kind: 'section', marker: expectedRoman, text: section.groups.t };
  }
  const item = (options.ocr ? ITEM_OCR : ITEM).exec(line);
  if (item?.groups) return { kind: 'item', marker: item.groups.m, depth: item.groups.m.split('.').length, text: item.groups.t };
  const bullet = BULLET.exec(line);
  if (bullet?.groups) return { kind: 'bullet', text: bullet.groups.t };
  const letter = LETTER.exec(line);
  if (letter?.groups) return { kind: 'letter', marker: letter.groups.m, text: letter.groups.t };
  const footnote = FOOTNOTE.exec(line);
  if (footnote?.groups) return { kind: 'footnote', marker: footnote.groups.m, text: footnote.groups.t };
  return { kind: 'para', text: line };
}

export interface Blocks {
  blocks: Block[];
  /** Repairs made, for source.notes. */
  notes: string[];
}

/**
 * Lines → blocks. Consecutive lines join into one block unless a line starts a new one; a
 * block that stops mid-sentence continues in the next paragraph when that starts in lower
 * case (a page break), and footnotes printed in between move after the joined paragraph.
 */
export function toBlocks(lines: readonly string[], options: BlockOptions = {}): Blocks {
  const notes: string[] = [];
  const chunks: Block[][] = [];
  let chunk: Block[] = [];
  let romanIndex = 0;
  let fixedRoman = 0;
  let noise = 0;
  const flush = () => {
    if (chunk.length) chunks.push(chunk);
    chunk = [];
  };
  for (const line of lines) {
    if (line === '') {
      flush();
      continue;
    }
    if (options.ocr && !/[\p{L}\d]/u.test(line)) {
      noise++;
      continue;
    }
    const block = classify(line, options, ROMAN[romanIndex] ?? 'I');
    if (block.kind === 'section') {
      const printed = SECTION.exec(line)?.groups?.m;
      if (options.ocr && ROMAN.indexOf(block.marker!) !== romanIndex && romanIndex < ROMAN.length) block.marker = ROMAN[romanIndex];
      if (printed !== block.marker) fixedRoman++;
      romanIndex = ROMAN.indexOf(block.marker!) + 1;
    }
    const previous = chunk.at(-1);
    if (previous && block.kind === 'para' && previous.kind !== 'section') {
      previous.text = `${previous.text} ${block.text}`;
    } else {
      chunk.push(block);
    }
  }
  flush();
  if (noise) notes.push(`Bỏ ${noise} dòng chỉ có dấu câu lạc (nhiễu của bản quét).`);
  if (fixedRoman) notes.push('Sửa số mục La Mã bị nhận dạng sai (ví dụ “I1.”, “L.”) theo đúng thứ tự I, II, III….');

  // Page breaks: a block cut mid-sentence continues in the next chunk when that starts in lower case.
  const blocks: Block[] = [];
  const pendingFootnotes: Block[] = [];
  let joins = 0;
  for (const c of chunks) {
    for (const block of c) {
      const last = lastText(blocks);
      if (block.kind === 'footnote' && last && !TERMINAL.test(last.text)) {
        pendingFootnotes.push(block);
        continue;
      }
      if (block.kind === 'para' && last && c[0] === block && !TERMINAL.test(last.text) && /^\p{Ll}/u.test(block.text)) {
        last.text = `${last.text} ${block.text}`;
        joins++;
        continue;
      }
      if (pendingFootnotes.length && block.kind !== 'footnote') blocks.push(...pendingFootnotes.splice(0));
      blocks.push(block);
    }
  }
  blocks.push(...pendingFootnotes);
  if (joins) notes.push(`Nối lại ${joins} chỗ câu bị ngắt giữa chừng (do ngắt trang hoặc chú thích cuối trang).`);
  for (const b of blocks) b.text = b.text.replace(/\s{2,}/g, ' ').trim();
  return { blocks, notes };
}

function lastText(blocks: Block[]): Block | undefined {
  for (let i = blocks.length - 1; i >= 0; i--) if (blocks[i].kind !== 'footnote') return blocks[i];
  return undefined;
}

/** A block in its section tree: sections contain items, items contain deeper items and text. */
export interface Node {
  block: Block;
  children: Node[];
}

/** Nests blocks: section ⊃ item depth 1 ⊃ item depth 2 …; text blocks attach to the last container. */
export function toTree(blocks: readonly Block[]): Node[] {
  const roots: Node[] = [];
  const stack: { level: number; node: Node }[] = [];
  for (const block of blocks) {
    const node: Node = { block, children: [] };
    const level = block.kind === 'section' ? 0 : block.kind === 'item' ? block.depth! : Infinity;
    if (level !== Infinity) {
      while (stack.length && stack.at(-1)!.level >= level) stack.pop();
      (stack.at(-1)?.node.children ?? roots).push(node);
      stack.push({ level, node });
    } else {
      (stack.at(-1)?.node.children ?? roots).push(node);
    }
  }
  return roots;
}

/** Every node of a tree, depth first. */
export function walk(nodes: readonly Node[]): Node[] {
  return nodes.flatMap((n) => [n, ...walk(n.children)]);
}

/** A node's own text and everything under it, as plain paragraphs. */
export function textOf(node: Node): string[] {
  return [node.block.text, ...node.children.flatMap(textOf)];
}

/** The heading of a section or item folded for matching: "II. NỘI DUNG" → "noi dung". */
export function foldedHeading(node: Node): string {
  return foldSameLength(node.block.text);
}

/** Markdown of the body, keeping the document's numbering. */
export function renderMarkdown(blocks: readonly Block[]): string {
  const out = blocks.map((b, i) => renderBlock(b, blocks.slice(i + 1).find((x) => x.kind !== 'footnote'), blocks.slice(i + 1)));
  return `${out.join('\n\n').trim()}\n`;
}

function escapeLeading(text: string): string {
  // A paragraph that starts like Markdown syntax must stay a paragraph.
  return text.replace(/^([#>])/u, '\\$1').replace(/^(\d+)([.)])(\s)/u, '$1\\$2$3');
}

function renderBlock(b: Block, next: Block | undefined, rest: readonly Block[]): string {
  switch (b.kind) {
    case 'section':
      return `## ${b.marker}. ${b.text}`;
    case 'item': {
      const hasChildren = rest.some((x, i) => x.kind === 'item' && x.marker!.startsWith(`${b.marker}.`) && rest.slice(0, i).every((y) => y.kind !== 'section' && !(y.kind === 'item' && y.depth! <= b.depth!)));
      // "1. Công an Tỉnh", "4.1. Thi đua …:" are headings; "2. Đối tượng: Lực lượng …" is content.
      const short = b.text.length <= 160 && !/[.;]$/u.test(b.text) && !/:\s+\S.{20,}/u.test(b.text);
      const heading = hasChildren || (short && (b.depth! > 1 || (next !== undefined && next.kind !== 'item' && next.kind !== 'section')));
      if (heading) return `${'#'.repeat(Math.min(b.depth! + 2, 6))} ${b.marker}. ${b.text}`;
      return `${b.marker}. ${b.text}`;
    }
    case 'bullet':
      return `- ${b.text}`;
    case 'letter':
      return `- ${b.marker}) ${b.text}`;
    case 'footnote':
      return `> ${b.marker} ${b.text}`;
    default:
      return escapeLeading(b.text);
  }
}
