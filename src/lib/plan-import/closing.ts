/**
 * The end of an official document: the "./." that closes the text (and anything scribbled
 * after it), "Nơi nhận:" with its list, and the signature block (KT./TM. prefix, title lines,
 * rank, name). Copies put the two columns in either order.
 */
import { SIGNER_AUTHORITIES } from '../../schemas/plans.ts';
import { foldSameLength, quoteList, upperShare } from './normalize.ts';

export interface Signer {
  authority?: (typeof SIGNER_AUTHORITIES)[number];
  titleLines: string[];
  rank?: string;
  name?: string;
}

export interface Closing {
  /** Index (in the given lines) where the body ends: the line after "./.", or "Nơi nhận". */
  bodyEnd: number;
  recipients: string[];
  signer?: Signer;
  /** Text written after "./." on the last line ("*ĐK*"). */
  annotations: string[];
  /** Whether a "Nơi nhận:" line was found. */
  hasRecipientsHeading: boolean;
}

const RECIPIENTS = /^n\S{0,2}i nh\S{1,3}n\s*:?\s*(.*)$/u;
const END_MARK = /\.\/\.?/u;
const RANKS = ['Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá', 'Đại úy', 'Thượng úy', 'Trung úy', 'Thiếu úy'];
const SIGNED = /^[([]?\s*(?:đã ký|da ky|ký|ky)\s*[)\]]?$/iu;

/** Lines of the closing part; `lines` is the whole body after the header. */
export function parseClosing(lines: readonly string[]): Closing {
  const annotations: string[] = [];
  let recipientsAt = lines.findIndex((l) => RECIPIENTS.test(foldSameLength(l)) && l.length < 60);
  let endAt = -1;
  for (let i = (recipientsAt >= 0 ? recipientsAt : lines.length) - 1; i >= 0; i--) {
    if (END_MARK.test(lines[i])) {
      endAt = i;
      break;
    }
  }
  const bodyEnd = endAt >= 0 ? endAt + 1 : recipientsAt >= 0 ? recipientsAt : lines.length;
  const lastLine = endAt >= 0 ? lines[endAt] : undefined;
  if (lastLine !== undefined) {
    const m = /\.\/\.?(.*)$/u.exec(lastLine)!;
    const after = m[1].trim();
    if (after) {
      annotations.push(after.replace(/\*/g, ''));
    }
  }
  const tail = lines.slice(bodyEnd);
  if (recipientsAt >= 0) recipientsAt -= bodyEnd;
  const recipients: string[] = [];
  const signerLines: string[] = [];
  let inRecipients = false;
  tail.forEach((raw, i) => {
    const line = raw.replace(/\*\*/g, '').trim();
    if (line === '') return;
    if (i === recipientsAt) {
      inRecipients = true;
      const inline = RECIPIENTS.exec(foldSameLength(line))![1];
      if (inline) recipients.push(line.slice(line.length - inline.length).replace(/^[-–•+]\s*/u, ''));
      return;
    }
    if (inRecipients && /^[-–•+]/u.test(line)) {
      recipients.push(line.replace(/^[-–•+]\s*/u, ''));
      return;
    }
    inRecipients = false;
    if (SIGNED.test(line)) return;
    signerLines.push(line);
  });
  return { bodyEnd, recipients, signer: parseSigner(signerLines), annotations, hasRecipientsHeading: recipientsAt >= 0 };
}

/** The body lines with the annotation after "./." removed. */
export function bodyLines(lines: readonly string[], closing: Closing): string[] {
  const out = lines.slice(0, closing.bodyEnd);
  const last = out.length - 1;
  if (last >= 0 && closing.annotations.length) out[last] = out[last].replace(/(\.\/\.?).*$/u, '$1');
  return out;
}

/** "KT. TRƯỞNG BAN" / "PHÓ TRƯỞNG BAN THƯỜNG TRỰC" / … / "Đại tá Nguyễn Văn Hận". */
export function parseSigner(lines: readonly string[]): Signer | undefined {
  if (lines.length === 0) return undefined;
  const titleLines: string[] = [];
  let authority: Signer['authority'];
  let i = 0;
  for (; i < lines.length; i++) {
    let line = lines[i];
    if (upperShare(line) < 0.8) break;
    const prefix = /^(TM|KT|Q|TL|TUQ)\.\s*(.*)$/u.exec(line);
    if (prefix && titleLines.length === 0) {
      authority = `${prefix[1]}.` as Signer['authority'];
      line = prefix[2];
      if (!line) continue;
    }
    titleLines.push(line);
  }
  const nameLine = lines.slice(i).join(' ').replace(/\s+/g, ' ').trim();
  let rank: string | undefined;
  let name: string | undefined = nameLine || undefined;
  for (const r of RANKS) {
    if (name && foldSameLength(name).startsWith(`${foldSameLength(r)} `)) {
      rank = name.slice(0, r.length);
      name = name.slice(r.length).trim() || undefined;
      break;
    }
  }
  if (titleLines.length === 0 && !name) return undefined;
  return { authority, titleLines, rank, name };
}

export function closingNotes(c: Closing): string[] {
  return c.annotations.length ? [`Bỏ ${quoteList(c.annotations)} viết sau dấu kết thúc “./.”: ghi chú trên bản sao, không phải nội dung văn bản.`] : [];
}
