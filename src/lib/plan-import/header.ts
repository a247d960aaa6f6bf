/**
 * The header block of an official document (Nghị định 30/2020, Phụ lục I): parent body and
 * issuing body (upper case, left), national motto (right), "Số: …", place and date, the type
 * name ("KẾ HOẠCH") and the trích yếu under it. Copies flatten the two columns in any order,
 * scans put both on one line, and people write on them ("A. Kým PGT"): all handled here.
 */
import { TYPE_CODES, parseDocumentNumber, parseSymbol } from '../document-number.ts';
import { parseDateLine, type DateLine } from './dates.ts';
import { fold, foldSameLength, quoteList, upperShare } from './normalize.ts';

/** Type names, folded, to their code: "ke hoach" → "KH". */
const TYPE_BY_NAME = new Map(Object.entries(TYPE_CODES).map(([code, name]) => [fold(name), code]));

export type ParsedNumber =
  | { status: 'known'; text: string }
  | { status: 'blank' | 'illegible'; symbol?: string; asPrinted: string };

/**
 * The "Số:" field: "350/KH-BCĐ" (known), "/KH-BCĐ" (number left blank) or, in a scan,
 * "jﬂﬁKH—UBND" (number unreadable, symbol still there).
 */
export function parseNumberField(printed: string): ParsedNumber {
  const asPrinted = printed.trim();
  const value = asPrinted.replace(/^\S{1,4}\s*:\s*/u, '').replace(/[‐‑–—]/g, '-').replace(/\s+/g, '');
  if (typeof parseDocumentNumber(value) !== 'string' || /^\d+(?:\/\d{4})?\/[\p{L}\d]+(?:-[\p{L}\d]+)+$/u.test(value)) {
    return { status: 'known', text: value };
  }
  const blank = /^[.…_\s]*\/([\p{L}\d]+(?:-[\p{L}\d]+)+)$/u.exec(value) ?? (parseSymbol(value)?.typeCode ? [value, value] : null);
  if (blank && parseSymbol(blank[1])) return { status: 'blank', symbol: blank[1], asPrinted };
  for (let i = 0; i < value.length; i++) {
    const rest = value.slice(i);
    const symbol = parseSymbol(rest);
    if (symbol?.typeCode && /^[\p{Lu}Đ]/u.test(rest)) return { status: 'illegible', symbol: rest, asPrinted };
  }
  return { status: 'illegible', asPrinted };
}

export interface Header {
  /** Index of the first line after the header (the trích yếu's first line for plans). */
  bodyStart: number;
  /** "KH"; undefined when no type line was found. */
  type?: string;
  /** Trích yếu, lines joined. */
  title?: string;
  number?: ParsedNumber;
  dateLine?: DateLine;
  /** Upper-case lines of the issuing body, as printed. */
  issuerPrinted: string[];
  /** Upper-case lines of the parent body, as printed. */
  parentPrinted: string[];
  /** Lines written on the copy that are not part of the text ("A. Kým PGT"). */
  annotations: string[];
  /** "SAO Y" stamp and the like. */
  copyMarks: string[];
  /** Whether the national motto was found (it is in every official copy with a header). */
  motto: boolean;
}

const MOTTO_1 = /c\S{1,3}ng h\S{1,2}a x\S{1,2} h\S{1,3}i ch\S{1,2} ngh\S{1,3}a vi\S{1,3}t nam/u;
const MOTTO_2 = /\S{1,5}\s*l\S{1,2}p\s*[-–—]\s*\S{0,3}\s*do\s*[-–—]\s*h\S{1,2}nh\s*ph\S{1,4}/u;
const COPY_MARK = /^(?:sao ?y(?: ban chinh)?|ban sao|trich sao|sao luc)$/u;
const NUMBER_LINE = /^s[\p{L}\d]{0,2}\s*:/u;
/** Bodies that are a parent ("cơ quan chủ quản") when another body follows them. */
const PARENT = /^(?:ubnd|uy ban nhan dan|bo |tinh uy|thanh uy|huyen uy|hdnd|hoi dong nhan dan|cong an tinh|ban chap hanh)/u;
const BODY_START = /^(?:ban |so |cong an|phong |van phong|hoi dong|uy ban|ubnd|cuc |vu |chi cuc|truong |benh vien|bo chi huy)/u;

/** Removes a motto found inside a line (a scan puts both columns on one line). */
function withoutMotto(line: string): { rest: string; found: boolean } {
  let rest = line;
  let found = false;
  for (const motto of [MOTTO_1, MOTTO_2]) {
    const m = motto.exec(foldSameLength(rest));
    if (m) {
      rest = `${rest.slice(0, m.index)} ${rest.slice(m.index + m[0].length)}`.replace(/\s+/g, ' ').trim();
      found = true;
    }
  }
  return { rest, found };
}

/** Finds the type line ("KẾ HOẠCH") among the first lines; -1 when there is none. */
export function findTypeLine(lines: readonly string[], limit = 40): number {
  for (let i = 0; i < Math.min(lines.length, limit); i++) {
    const line = lines[i];
    if (line.length > 30 || upperShare(line) < 0.8) continue;
    if (TYPE_BY_NAME.has(fold(line).replace(/[^a-z ]/g, '').trim())) return i;
  }
  return -1;
}

export function parseHeader(lines: readonly string[]): Header {
  const header: Header = { bodyStart: 0, issuerPrinted: [], parentPrinted: [], annotations: [], copyMarks: [], motto: false };
  const typeAt = findTypeLine(lines);
  let zoneEnd = typeAt;
  if (typeAt < 0) {
    // No type line: a header still counts when "Số:" or the date line is there.
    const firstLines = lines.slice(0, 12);
    const last = firstLines.findLastIndex((l) => NUMBER_LINE.test(foldSameLength(l)) || parseDateLine(l, foldSameLength(l)) !== undefined);
    zoneEnd = last + 1;
  }
  const bodyLines: string[] = [];
  for (const raw of lines.slice(0, Math.max(0, zoneEnd))) {
    if (raw === '') continue;
    const { rest, found } = withoutMotto(raw);
    header.motto ||= found;
    let line = rest;
    if (line === '') continue;
    const folded = foldSameLength(line);
    if (COPY_MARK.test(folded.replace(/\s+/g, ' ').trim())) {
      header.copyMarks.push(line);
      continue;
    }
    if (NUMBER_LINE.test(folded)) {
      const colon = line.indexOf(':') + 1;
      const value = /^\s*(?:[\d.…_]*\s?\/\s?)?[\p{L}\d\u2010-\u2014ﬀ-ﬆ/-]*/u.exec(line.slice(colon))![0];
      header.number = parseNumberField(line.slice(0, colon + value.length));
      line = line.slice(colon + value.length).trim();
      if (line === '') continue;
    }
    const date = parseDateLine(line, foldSameLength(line));
    if (date) {
      header.dateLine = date;
      line = line.slice(0, line.length - date.printed.length).trim();
      if (line === '') continue;
    }
    if (upperShare(line) >= 0.9 && /\p{L}{2}/u.test(line)) bodyLines.push(line);
    else header.annotations.push(line);
  }
  if (typeAt >= 0) {
    header.type = TYPE_BY_NAME.get(fold(lines[typeAt]).replace(/[^a-z ]/g, '').trim());
    let i = typeAt + 1;
    while (i < lines.length && lines[i] === '') i++;
    const title: string[] = [];
    while (i < lines.length && lines[i] !== '') title.push(lines[i++]);
    header.title = title.join(' ').replace(/\s+/g, ' ').trim() || undefined;
    header.bodyStart = i;
  } else {
    header.bodyStart = Math.max(0, zoneEnd);
  }
  splitBodies(bodyLines, header);
  return header;
}

/** First line is the parent body when another body starts on the next line. */
function splitBodies(lines: string[], header: Header): void {
  if (lines.length >= 2 && PARENT.test(fold(lines[0])) && BODY_START.test(fold(lines[1]))) {
    header.parentPrinted = [lines[0]];
    header.issuerPrinted = lines.slice(1);
  } else {
    header.issuerPrinted = lines;
  }
}

/** Notes for source.notes about what the header held that is not text. */
export function headerNotes(h: Header): string[] {
  const notes: string[] = [];
  if (h.annotations.length) notes.push(`Bỏ ${quoteList(h.annotations)} ở đầu văn bản: ghi chú viết tay hoặc dấu trên bản sao, không phải nội dung văn bản.`);
  if (h.copyMarks.length) notes.push(`Bản sao có dấu ${quoteList(h.copyMarks)} ở đầu trang.`);
  return notes;
}
