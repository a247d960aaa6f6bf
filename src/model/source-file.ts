/**
 * Reading one content file: YAML (a whole .yaml file or the frontmatter of .md/.mdx) parsed
 * with positions, so every schema issue can be reported at its line and column.
 */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import { fieldPath, type Problem } from './problems.ts';

export interface ParsedFile {
  /** Path relative to the project root. */
  file: string;
  /** Plain JS value of the YAML (undefined when it could not be parsed). */
  data: unknown;
  /** Markdown body after the frontmatter ("" for YAML files). */
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /**
   * Line and column of a field path (of its key when `atKey`); falls back to the nearest
   * parent that exists.
   */
  locate(path: readonly PropertyKey[], atKey?: boolean): { line: number; column: number };
  problems: Problem[];
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Parses a .md/.mdx file's frontmatter or a whole .yaml file. */
export function parseSourceFile(file: string, source: string, kind: 'markdown' | 'yaml'): ParsedFile {
  let yamlText = source;
  let lineOffset = 0;
  let body = '';
  let bodyLine = 1;
  const problems: Problem[] = [];
  if (kind === 'markdown') {
    const m = FRONTMATTER.exec(source);
    if (!m) {
      problems.push({
        file, line: 1, column: 1, severity: 'error',
        message: 'Tệp không có phần khai báo (frontmatter). Bắt đầu tệp bằng một dòng "---", các trường khai báo, rồi một dòng "---" nữa',
      });
      return { file, data: undefined, body: source, bodyLine: 1, locate: () => ({ line: 1, column: 1 }), problems };
    }
    yamlText = m[1];
    lineOffset = 1;
    body = source.slice(m[0].length);
    bodyLine = m[0].split('\n').length;
  }
  const counter = new LineCounter();
  const doc: Document = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = counter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  for (const e of doc.errors) {
    problems.push({
      file, ...at(e.pos[0]), severity: 'error',
      message: `Lỗi cú pháp YAML: ${yamlMessage(e.code)}. Kiểm tra dấu hai chấm, thụt lề (dùng dấu cách, không dùng tab) và dấu ngoặc kép ở dòng này`,
    });
  }
  const locate = (path: readonly PropertyKey[], atKey = false) => {
    for (let n = path.length; n >= 0; n--) {
      const node = atKey && n === path.length ? undefined : doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return at(node.range[0]);
      // A key that exists with a null value has no node of its own: point at the key.
      if (n > 0) {
        const parent = doc.getIn(path.slice(0, n - 1) as unknown[], true) as { items?: { key?: { value?: unknown; range?: number[] } }[] } | undefined;
        const pair = parent?.items?.find((it) => it.key?.value === path[n - 1]);
        if (pair?.key?.range) return at(pair.key.range[0]);
      }
    }
    return { line: 1 + lineOffset, column: 1 };
  };
  const data = doc.errors.length ? undefined : doc.toJS();
  return { file, data, body, bodyLine, locate, problems };
}

function yamlMessage(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY': return 'một trường bị khai báo hai lần';
    case 'BAD_INDENT': case 'MISSING_CHAR': return 'thụt lề hoặc thiếu ký tự';
    case 'BLOCK_AS_IMPLICIT_KEY': case 'MULTILINE_IMPLICIT_KEY': return 'thiếu dấu hai chấm sau tên trường hoặc giá trị xuống dòng sai chỗ';
    case 'TAB_AS_INDENT': return 'dùng phím tab để thụt lề';
    case 'UNEXPECTED_TOKEN': return 'ký tự không mong đợi';
    default: return `mã lỗi ${code}`;
  }
}

/** Validates parsed data with a schema and turns every issue into a located problem. */
export function validate<S extends z.ZodType>(parsed: ParsedFile, schema: S, basePath: readonly PropertyKey[] = []): z.output<S> | undefined {
  if (parsed.data === undefined && parsed.problems.length) return undefined;
  const result = schema.safeParse(basePath.length ? pick(parsed.data, basePath) : parsed.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    // An unknown key has no path of its own: point at the (first) key that should not be there.
    const extra = issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [];
    const path = [...basePath, ...issue.path, ...extra];
    parsed.problems.push({
      file: parsed.file, ...parsed.locate(path, extra.length > 0), field: fieldPath(path) || undefined,
      severity: 'error', message: issue.message,
    });
  }
  return undefined;
}

function pick(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}
