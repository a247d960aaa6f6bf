/**
 * Writes frontmatter YAML the way our plan files look: double-quoted strings, block lists,
 * and placeholders the checker rejects where a field could not be found:
 * `campaign: "<<CẦN ĐIỀN: mã phong trào>>"` for ids, dates and codes (the value is invalid),
 * `title: ""  # <<CẦN ĐIỀN: trích yếu>>` for free text (an empty text is invalid).
 */

export const MARK = 'CẦN ĐIỀN';

export interface Placeholder {
  readonly placeholder: string;
  /** Free text ("" + comment) rather than a value the schema rejects by its form. */
  readonly text: boolean;
  /** What the copy shows there, for the editor (put in the comment). */
  readonly hint?: string;
}

export function placeholder(label: string, options: { text?: boolean; hint?: string } = {}): Placeholder {
  return { placeholder: label, text: options.text ?? false, hint: options.hint };
}

export function isPlaceholder(value: unknown): value is Placeholder {
  return typeof value === 'object' && value !== null && 'placeholder' in value;
}

/** `<<CẦN ĐIỀN: …>>` as it appears in the file. */
export function marker(label: string): string {
  return `<<${MARK}: ${label}>>`;
}

function oneLine(text: string, max = 240): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function scalar(value: unknown): { text: string; comment?: string } {
  if (isPlaceholder(value)) {
    const hint = value.hint ? `${value.text ? ' ' : ''}bản sao ghi: “${oneLine(value.hint)}”` : '';
    if (value.text) return { text: '""', comment: `${marker(value.placeholder)}${hint}` };
    return { text: JSON.stringify(marker(value.placeholder)), comment: hint || undefined };
  }
  if (typeof value === 'number' || typeof value === 'boolean') return { text: String(value) };
  return { text: JSON.stringify(String(value)) };
}

const isScalar = (v: unknown) => isPlaceholder(v) || typeof v !== 'object' || v === null;

function line(indent: string, head: string, value: { text: string; comment?: string }): string {
  return `${indent}${head}${value.text}${value.comment ? `  # ${value.comment}` : ''}`;
}

function emitValue(key: string, value: unknown, indent: string, out: string[], comments: ReadonlyMap<string, readonly string[]>, path: string): void {
  for (const c of comments.get(path) ?? []) out.push(`${indent}# ${c}`);
  if (isScalar(value)) {
    out.push(line(indent, `${key}: `, scalar(value)));
  } else if (Array.isArray(value)) {
    if (value.length === 0) {
      out.push(`${indent}${key}: []`);
      return;
    }
    out.push(`${indent}${key}:`);
    value.forEach((item, i) => emitItem(item, `${indent}  `, out, comments, `${path}[${i}]`));
  } else {
    out.push(`${indent}${key}:`);
    for (const [k, v] of Object.entries(value as object)) if (v !== undefined) emitValue(k, v, `${indent}  `, out, comments, `${path}.${k}`);
  }
}

function emitItem(item: unknown, indent: string, out: string[], comments: ReadonlyMap<string, readonly string[]>, path: string): void {
  if (isScalar(item)) {
    out.push(line(indent, '- ', scalar(item)));
    return;
  }
  const entries = Object.entries(item as object).filter(([, v]) => v !== undefined);
  entries.forEach(([k, v], i) => {
    const sub: string[] = [];
    emitValue(k, v, `${indent}  `, sub, comments, `${path}.${k}`);
    if (i === 0) {
      const first = sub.findIndex((l) => !l.startsWith(`${indent}  #`));
      for (let c = 0; c < first; c++) sub[c] = `${indent}${sub[c].slice(indent.length + 2)}`;
      sub[first] = `${indent}- ${sub[first].slice(indent.length + 2)}`;
    }
    out.push(...sub);
  });
}

/**
 * YAML for an object, keys in insertion order; `comments` puts lines before a field, keyed by
 * its path ("campaign", "phases", "contents[0].targets").
 */
export function emitYaml(data: Record<string, unknown>, comments: ReadonlyMap<string, readonly string[]> = new Map()): string {
  const out: string[] = [];
  for (const [k, v] of Object.entries(data)) if (v !== undefined) emitValue(k, v, '', out, comments, k);
  return `${out.join('\n')}\n`;
}

/** Every placeholder in a value, with its field path, for the report on stderr. */
export function placeholders(value: unknown, path = ''): { field: string; label: string; hint?: string }[] {
  if (isPlaceholder(value)) return [{ field: path, label: value.placeholder, hint: value.hint }];
  if (Array.isArray(value)) return value.flatMap((v, i) => placeholders(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => placeholders(v, path ? `${path}.${k}` : k));
  }
  return [];
}
