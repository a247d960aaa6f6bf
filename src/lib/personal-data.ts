/**
 * Finds personal data that must never be published (Luật 91/2025/QH15, Nghị định 356/2025):
 * ID-card-like numbers (CMND 9 digits, CCCD 12), phone numbers, private e-mail addresses.
 * Pure text scan; callers turn offsets into file lines.
 */
export type PersonalDataKind = 'id-number' | 'phone' | 'email';

export interface PersonalDataHit {
  kind: PersonalDataKind;
  /** Offset in the scanned text. */
  index: number;
  match: string;
}

// 9 or 12 digits standing alone: not part of a longer number, a date (03/02/2025),
// an amount (50.000.000) or a document number (16/2022/QĐ-UBND).
const ID_NUMBER = /(?<![\d.,/:-])(?:\d{12}|\d{9})(?![\d.,/:-]?\d)/g;
// Vietnamese phone numbers: 0 or +84 and an area or network code (bracketed or not), then
// 6–8 more digits, optionally grouped by spaces, dots or dashes.
const PHONE = /(?<![\d/.])(?:\(\s*(?:\+84|0)\s?\d{2,3}\s*\)|(?:\+84|0084|0)[\s.-]?[1-9]\d{1,2})(?:[\s.-]?\d){6,8}(?![\d/])/g;
const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d.-]+\.[a-z]{2,}/giu;

/** Agency addresses (…gov.vn) are public contacts, not personal data. */
function isAgencyEmail(email: string): boolean {
  return /\.gov\.vn$|@gov\.vn$/i.test(email);
}

/** Vietnamese numbers have 10 (mobile) or 11 (landline) digits in national form; longer runs are IDs. */
function isPhoneLength(match: string): boolean {
  const digits = match.replace(/\D/g, '');
  const national = /^\+|^00/.test(match.trim().replace(/^\(\s*/, '')) ? `0${digits.replace(/^0{0,2}84/, '')}` : digits;
  return national.length === 10 || national.length === 11;
}

// Every phone or ID-number match has at least 9 digits with only spaces, dots, dashes,
// brackets or "+" between them; text without such a run (or without "@") cannot match, and
// the full scans are skipped (same result, measured faster: docs/performance.md).
const MAY_HAVE_NUMBER = /\d(?:[\s.()+-]*\d){8}/;

export function findPersonalData(text: string): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  const mayHaveEmail = text.includes('@');
  if (!mayHaveEmail && !MAY_HAVE_NUMBER.test(text)) return hits;
  if (mayHaveEmail) for (const m of text.matchAll(EMAIL)) if (!isAgencyEmail(m[0])) hits.push({ kind: 'email', index: m.index, match: m[0] });
  const inEmail = (i: number) => hits.some((h) => h.kind === 'email' && i >= h.index && i < h.index + h.match.length);
  for (const m of text.matchAll(PHONE)) if (!inEmail(m.index) && isPhoneLength(m[0])) hits.push({ kind: 'phone', index: m.index, match: m[0] });
  const inPhone = (i: number) => hits.some((h) => h.kind === 'phone' && i >= h.index && i < h.index + h.match.length);
  for (const m of text.matchAll(ID_NUMBER)) if (!inEmail(m.index) && !inPhone(m.index)) hits.push({ kind: 'id-number', index: m.index, match: m[0] });
  return hits.sort((a, b) => a.index - b.index);
}

export const PERSONAL_DATA_MESSAGES: Record<PersonalDataKind, (match: string) => string> = {
  'id-number': (m) => `Có dãy số giống số CMND/CCCD ("${m}"). Không đăng số giấy tờ tùy thân: xóa dãy số này`,
  phone: (m) => `Có số điện thoại ("${m}"). Không đăng số điện thoại của người dân: xóa số này (chỉ ghi số tổng đài của cơ quan trong settings.yaml)`,
  email: (m) => `Có địa chỉ email cá nhân ("${m}"). Không đăng email của người dân: xóa địa chỉ này (chỉ dùng địa chỉ …gov.vn của cơ quan)`,
};
