/** A problem found in content, located as precisely as we can: file, line, column, field. */
export interface Problem {
  /** Path relative to the project root, e.g. "content/plans/2024/abc.md". */
  file: string;
  line?: number;
  column?: number;
  /** Field path inside the entry: "signer.name", "phases[1].period.to". */
  field?: string;
  /** What is wrong and how to fix it, in Vietnamese. */
  message: string;
  severity: 'error' | 'warning';
}

/** "phases[1].period.to" from a Zod/YAML path. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

function sentence(text: string): string {
  const t = text.trim();
  const capital = t.charAt(0).toLocaleUpperCase('vi') + t.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** One line per problem: `content/x.md:12:3  field — message.` */
export function formatProblem(p: Problem): string {
  const where = [p.file, p.line, p.line !== undefined ? p.column ?? 1 : undefined].filter((x) => x !== undefined).join(':');
  const tag = p.severity === 'warning' ? ' [cảnh báo]' : '';
  return `${where}${tag}  ${p.field ? `${p.field} — ` : ''}${sentence(p.message)}`;
}

/** Problems in reading order: by file, then line. */
export function sortProblems(list: readonly Problem[]): Problem[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** The closing summary line in Vietnamese. */
export function summarize(list: readonly Problem[], files: number): string {
  const errors = list.filter((p) => p.severity === 'error').length;
  const warnings = list.length - errors;
  if (errors === 0 && warnings === 0) return `Đã kiểm tra ${files} tệp: không có lỗi.`;
  return `Đã kiểm tra ${files} tệp: ${errors} lỗi, ${warnings} cảnh báo.${errors ? ' Sửa các lỗi trên rồi chạy lại "npm run check".' : ''}`;
}
