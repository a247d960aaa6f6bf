/**
 * Structured fields read from the body of a plan: period, phases and their themes, who takes
 * part, competition contents with targets, overall targets, award forms with quotas, agencies
 * and their duties, reporting deadlines. Each function is pure and works on the block tree;
 * matching is done on folded text so an OCR scan without diacritics is read where possible.
 */
import type { AwardForm } from '../../schemas/award-forms.ts';
import { isoDate } from './dates.ts';
import { capitalize, fold, foldSameLength, stripEmphasis } from './normalize.ts';
import { foldedHeading, textOf, walk, type Node } from './structure.ts';
import { slugify } from '../text.ts';

export interface Period {
  from: string;
  to?: string;
}

// ---------------------------------------------------------------------------------------------
// Dates in running text

/** "19/8/2024", "04/02" (year taken from context), "28 tháng 12 năm 2022". */
const DAY = String.raw`(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?`;
const RANGE = new RegExp(String.raw`t(?:u|ir|ư)\s+ngay\s+${DAY}\s+d\S{1,2}n\s+ngay\s+${DAY}`, 'u');
const MONTH_RANGE = /t(?:u|ir)\s+thang\s+(\d{1,2})\s*\/\s*(\d{4})\s+d\S{1,2}n\s+thang\s+(\d{1,2})\s*\/\s*(\d{4})/u;

function dayOf(d: string, m: string, y: string | undefined, fallbackYear?: number): string | undefined {
  const year = y ? Number(y) : fallbackYear;
  return year === undefined ? undefined : isoDate(year, Number(m), Number(d));
}

/** "từ ngày 19/8/2024 đến ngày 19/8/2025" in folded text → period; a missing year comes from the other end. */
export function findRange(text: string): Period | undefined {
  const folded = foldSameLength(stripEmphasis(text));
  const m = RANGE.exec(folded);
  if (m) {
    const toYear = m[6] ? Number(m[6]) : undefined;
    const to = dayOf(m[4], m[5], m[6], m[3] ? Number(m[3]) : undefined);
    const fromYear = m[3] ? Number(m[3]) : toYear !== undefined ? (Number(m[2]) <= Number(m[5]) ? toYear : toYear - 1) : undefined;
    const from = dayOf(m[1], m[2], m[3], fromYear);
    if (from) return { from, to };
  }
  const mm = MONTH_RANGE.exec(folded);
  if (mm) {
    const from = isoDate(Number(mm[2]), Number(mm[1]));
    const to = isoDate(Number(mm[4]), Number(mm[3]));
    if (from) return { from, to };
  }
  return undefined;
}

/** The plan's period: the "Thời gian" item, else "bắt đầu từ ngày …", else "… năm 2024" in the title. */
export function findPeriod(tree: readonly Node[], title?: string): { period?: Period; fromTitle: boolean } {
  const nodes = walk(tree);
  for (const n of nodes) {
    const h = foldedHeading(n);
    if (/^(?:[\p{L}]{1,4}\s+)?th\S{1,3}i gian\b/u.test(h) || /\bth\S{1,3}i gian( thi dua| thuc hien)?\s*:/u.test(h)) {
      const r = findRange(textOf(n).join(' '));
      if (r) return { period: r, fromTitle: false };
    }
  }
  for (const n of nodes) {
    const text = n.block.text;
    if (/b\S{1,2}t d\S{1,3}u t\S{1,2} ng\S{1,2}y/u.test(foldSameLength(text))) {
      const r = findRange(text);
      if (r) return { period: r, fromTitle: false };
    }
  }
  const year = title && /năm (\d{4})\s*$/u.exec(title);
  if (year) return { period: { from: year[1], to: year[1] }, fromTitle: true };
  return { fromTitle: false };
}

// ---------------------------------------------------------------------------------------------
// Phases

export interface PhaseInfo {
  /** "dot-1". */
  id: string;
  /** "Đợt 1" as printed. */
  name: string;
  period?: Period;
  /** The theme, word for word, without quotes and emphasis. */
  theme?: string;
}

/** "Đợt 1: Từ ngày 19/8/2024 đến ngày 03/2/2025 với chủ đề cụ thể là “…”". */
export function findPhases(tree: readonly Node[]): PhaseInfo[] {
  const out: PhaseInfo[] = [];
  for (const n of walk(tree)) {
    const text = stripEmphasis(n.block.text);
    const m = /^d\S{1,2}t\s+(\d+)\s*:?\s*/u.exec(foldSameLength(text));
    if (!m) continue;
    const period = findRange(text);
    const afterDates = text.slice(text.search(/\d{4}\S*\s/u) >= 0 ? 0 : 0);
    const open = afterDates.search(/[“"]/u);
    let theme: string | undefined;
    if (open >= 0) {
      const close = afterDates.slice(open + 1).search(/[”"]/u);
      theme = (close >= 0 ? afterDates.slice(open + 1, open + 1 + close) : afterDates.slice(open + 1)).trim().replace(/[\s.,;]+$/u, '');
    }
    out.push({ id: `dot-${m[1]}`, name: text.slice(0, m[0].length).replace(/\s*:?\s*$/u, ''), period, theme: theme || undefined });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Participants

/** "2. Đối tượng: Lực lượng … (bao gồm …)." or "3. Đối tượng thi đua" with sub-items. */
export function findParticipants(tree: readonly Node[]): string[] {
  for (const n of walk(tree)) {
    if (n.block.kind !== 'item') continue;
    const h = foldedHeading(n);
    if (!/^doi tuong\b/u.test(h)) continue;
    const colon = n.block.text.indexOf(':');
    const own = colon >= 0 ? n.block.text.slice(colon + 1).trim() : '';
    if (own) return [cleanEnd(stripEmphasis(own))];
    return n.children.map((c) => cleanEnd(stripEmphasis(c.block.text))).filter(Boolean);
  }
  return [];
}

/** Trailing "." ";" ":" and "./." removed. */
export function cleanEnd(text: string): string {
  return text.trim().replace(/(?:\.\/\.?|[.;:,])+$/u, '').trim();
}

// ---------------------------------------------------------------------------------------------
// Targets

export interface Target {
  text: string;
  value?: number;
  unit?: string;
}

const PERCENT = /(\d+(?:[.,]\d+)?)\s*%/u;

export function toTarget(text: string): Target {
  const t = cleanEnd(stripEmphasis(text));
  const m = PERCENT.exec(t);
  return m ? { text: t, value: Number(m[1].replace(',', '.')), unit: '%' } : { text: t };
}

/** Splits a sentence of targets at ";" and at ", " before another percentage. */
export function splitTargets(text: string): string[] {
  return stripEmphasis(text)
    .split(/;\s*/u)
    .flatMap((part) => part.split(/,\s+(?=(?:có\s+)?(?:trên\s+)?\d+(?:[.,]\d+)?\s*%)/u))
    .map((s) => cleanEnd(s.replace(/\btrong đó\s*:?\s*$/u, '')))
    .filter(Boolean);
}

/** Overall targets: the "Chỉ tiêu" item (or, in an article, what follows "chỉ tiêu … là:"), percentages only. */
export function findTargets(tree: readonly Node[]): Target[] {
  const nodes = walk(tree);
  const parts: string[] = [];
  for (const n of nodes) {
    if (n.block.kind !== 'item') continue;
    if (!/^chi tieu\b/u.test(foldedHeading(n))) continue;
    const own = n.block.text.replace(/^[^:]*:\s*/u, '');
    parts.push(own, ...n.children.flatMap(textOf));
  }
  if (parts.length === 0) {
    const lead = nodes.findIndex((n) => n.block.kind === 'para' && /chi tieu[^.]*:\s*$/u.test(foldSameLength(n.block.text)));
    if (lead >= 0) parts.push(...nodes.slice(lead + 1).filter((n) => n.block.kind === 'para' || n.block.kind === 'bullet').map((n) => n.block.text));
  }
  return parts.flatMap(splitTargets).filter((t) => PERCENT.test(t)).map(toTarget);
}

// ---------------------------------------------------------------------------------------------
// Competition contents

export interface ContentInfo {
  number: string;
  id: string;
  title: string;
  description?: string;
  targets: Target[];
}

/** Short id from a content title: "Thi đua hỗ trợ Công an cấp xã nắm tình hình …" → "ho-tro-cong-an-cap-xa-nam-tinh-hinh". */
export function contentId(title: string): string {
  const words = slugify(title.replace(/^thi đua\s+/iu, '')).split('-').filter(Boolean);
  return words.slice(0, 8).join('-') || 'noi-dung';
}

/** Sub-items of the "Nội dung thi đua" item: number, title, paragraph, targets in "(…)" or "Chỉ tiêu cụ thể: …". */
export function findContents(tree: readonly Node[], idsByNumber: ReadonlyMap<string, string> = new Map()): ContentInfo[] {
  for (const n of walk(tree)) {
    if (n.block.kind !== 'item') continue;
    const h = foldedHeading(n);
    if (!/n\S{0,2}i dung/u.test(h) || !/thi dua/u.test(h)) continue;
    const subs = n.children.filter((c) => c.block.kind === 'item');
    if (subs.length === 0) continue;
    return subs.map((c) => {
      const title = cleanEnd(stripEmphasis(c.block.text));
      const description: string[] = [];
      const targets: Target[] = [];
      for (const child of c.children) {
        const text = stripEmphasis(child.block.text);
        const label = /^chi tieu(?: cu the)?\s*:\s*/u.exec(foldSameLength(text));
        if (label) {
          targets.push(...splitTargets(text.slice(label[0].length)).map(toTarget));
          continue;
        }
        const paren = /^(.*\S)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*[.;]?$/u.exec(text);
        if (paren && targets.length === 0 && paren[2].length > 20) {
          description.push(`${paren[1]}.`);
          targets.push(...splitTargets(paren[2]).map(toTarget));
        } else {
          description.push(text);
        }
      }
      const number = c.block.marker!;
      return {
        number,
        id: idsByNumber.get(number) ?? contentId(title),
        title,
        description: description.length ? description.join(' ') : undefined,
        targets,
      };
    });
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Award forms

export interface AwardInfo {
  /** Award-form id, or undefined when no form matched the wording. */
  form?: string;
  text: string;
  max?: number;
  count?: number;
}

const ABBREVIATIONS: [RegExp, string][] = [
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bbca\b/g, 'bo cong an'],
  [/\bantq\b/g, 'an ninh to quoc'],
  [/\bantt\b/g, 'an ninh trat tu'],
];

function awardKey(text: string): string {
  let t = fold(text).replace(/[^a-z0-9 ]+/g, ' ');
  for (const [a, b] of ABBREVIATIONS) t = t.replace(a, b);
  return ` ${t.replace(/\bcap\b/g, ' ').replace(/\s+/g, ' ').trim()} `;
}

/** Every word of `phrase`, in order, close together in `text` ("Kỷ niệm chương công tác “Bảo vệ ANTQ”"). */
function inOrder(text: string, phrase: string, gap = 2): boolean {
  const words = text.trim().split(' ');
  const wanted = phrase.trim().split(' ');
  for (let start = 0; start < words.length; start++) {
    if (words[start] !== wanted[0]) continue;
    let at = start;
    let ok = true;
    for (const w of wanted.slice(1)) {
      const next = words.slice(at + 1, at + 2 + gap).indexOf(w);
      if (next < 0) {
        ok = false;
        break;
      }
      at += next + 1;
    }
    if (ok) return true;
  }
  return false;
}

/** The award form a piece of wording names: its kind ("Bằng khen") and, to choose among them, the authority. */
export function matchAwardForm(text: string, forms: readonly AwardForm[]): string | undefined {
  const key = awardKey(text);
  const candidates = forms.filter((f) => {
    const kind = awardKey(f.name.split(/\s+của\s+/u)[0]);
    return key.includes(kind) || inOrder(key, kind);
  });
  const withAuthority = candidates.filter((f) => key.includes(awardKey(f.authority).trimEnd() + ' ') || key.includes(awardKey(f.name.split(/\s+của\s+/u)[1] ?? '\u0000')));
  if (withAuthority.length === 1) return withAuthority[0].id;
  // One form of that kind: it is the one, unless the wording names another authority.
  if (candidates.length === 1 && withAuthority.length === 0 && !/ (?:chu tich|giam doc|bo truong|thu truong|thu tuong|truong ban) /.test(key)) return candidates[0].id;
  return undefined;
}

const KIND_WORDS = /\b(?:cờ thi đua|bằng khen|giấy khen|kỷ niệm chương|huân chương|chiến sĩ thi đua)\b/iu;

function quota(text: string): { max?: number; count?: number } {
  const max = /(?:không vượt quá|không quá|tối đa)\s+(\d+)/iu.exec(text);
  if (max) return { max: Number(max[1]) };
  const count = /(?:tặng|cho)\s+(\d+)\b/iu.exec(text);
  return count ? { count: Number(count[1]) } : {};
}

/** "2. Các hình thức khen thưởng" bullets, with "3. Số lượng khen thưởng" quotas; else award wording in the text. */
export function findAwards(tree: readonly Node[], forms: readonly AwardForm[]): AwardInfo[] {
  const nodes = walk(tree).filter((n) => n.block.kind === 'item' || n.block.kind === 'section');
  const formsNode = nodes.filter((n) => /hinh thuc khen thuong/u.test(foldedHeading(n)) && n.children.some((c) => c.block.kind === 'bullet')).at(-1);
  const quotaNode = nodes.find((n) => /so luong khen thuong/u.test(foldedHeading(n)));
  if (formsNode) {
    const quotas = (quotaNode?.children ?? []).map((c) => stripEmphasis(c.block.text));
    return formsNode.children
      .filter((c) => c.block.kind === 'bullet')
      .map((c) => {
        const text = stripEmphasis(c.block.text);
        const form = matchAwardForm(text, forms);
        const q = form ? quotas.find((line) => matchAwardForm(line, forms) === form) : undefined;
        const limits = { ...quota(text), ...(q ? quota(q) : {}) };
        // "Bằng khen của Chủ tịch …: Không vượt quá 15 …" → "Số lượng: Không vượt quá 15 …".
        const label = q && /^([^:]+):\s+(\S.*)$/u.exec(q);
        const amount = label && !/\d/u.test(label[1]) && matchAwardForm(label[1], forms) === form ? capitalize(label[2]) : q;
        return { form, text: q ? `${cleanEnd(text)}. Số lượng: ${amount}` : text, ...limits };
      });
  }
  const out: AwardInfo[] = [];
  for (const n of walk(tree)) {
    for (const clause of stripEmphasis(n.block.text).split(/;\s*|\.\s+(?=\p{Lu})/u)) {
      if (!KIND_WORDS.test(clause)) continue;
      const form = matchAwardForm(clause, forms);
      if (form && !out.some((a) => a.form === form)) out.push({ form, text: cleanEnd(clause), ...quota(clause) });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Assignments

export interface Assignment {
  agency: string;
  duties: string[];
}

const VERBS = [
  'chỉ đạo', 'phối hợp', 'chủ trì', 'tham mưu', 'tổ chức', 'triển khai', 'theo dõi', 'xây dựng', 'khẩn trương',
  'thực hiện', 'hướng dẫn', 'tăng cường', 'lựa chọn', 'thẩm định', 'đẩy mạnh', 'rà soát', 'chủ động', 'tập trung',
  'ban hành', 'làm tốt', 'nâng cao', 'duy trì', 'kiểm tra', 'bố trí', 'quan tâm', 'tiếp tục', 'có trách nhiệm',
  'phát huy', 'tuyên truyền', 'đôn đốc', 'báo cáo', 'tổng hợp', 'căn cứ', 'giúp',
];
const VERB = new RegExp(String.raw`(?<!\s(?:các|những|và|của))\s(${VERBS.join('|')})(?=[\s,])`, 'u');
const AGENCY_HEAD = /^(?:các\s+|Các\s+)?(?:Ủy ban|Uỷ ban|UBND|Sở|Ban|Công an|Lực lượng|Chính quyền|Đài|Báo|Cổng|Văn phòng|Liên đoàn|Đoàn|Hội|Mặt trận|Bộ|Cục|Phòng|Trung tâm|Viện|Tòa án|Ủy ban Mặt trận|cơ quan|sở|ban|đơn vị|địa phương)/u;
const LEAD = /^(?:Căn cứ\s+[Kk]ế hoạch này(?:\s+và[^,]*)?,\s*|Nhận\s+[Kk]ế hoạch này,\s*)?(?:Đề nghị\s+|đề nghị\s+|Giao\s+|giao\s+|[Yy]êu cầu\s+)?/u;

/** "Đề nghị Sở Nội vụ phối hợp với …" → agency "Sở Nội vụ", duty "Phối hợp với …". */
export function splitAgency(text: string): { agency: string; duty: string } | undefined {
  const t = stripEmphasis(text).replace(LEAD, '');
  if (!AGENCY_HEAD.test(t)) return undefined;
  const m = VERB.exec(t);
  if (!m || m.index > 160) return undefined;
  const agency = t.slice(0, m.index).replace(/[,:]\s*$/u, '').trim();
  if (!agency) return undefined;
  return { agency: capitalize(agency), duty: t.slice(m.index + 1) };
}

const LEAD_SENTENCE = /(?:^|[,\s])(?:Đề nghị|đề nghị|Giao|giao|[Yy]êu cầu)\s+(.*)$/u;
const splitSentences = (text: string) => stripEmphasis(text).split(/(?<=[.…])\s+(?=\p{Lu})/u);

/** Whether some sentence of the text gives a duty to a named agency ("Giao Công an tỉnh theo dõi …"). */
function namesAgency(text: string): boolean {
  return splitSentences(text).some((s) => {
    const m = LEAD_SENTENCE.exec(s);
    return Boolean(m && splitAgency(m[1]));
  });
}

/** Duties as separate items: split at ";" and between sentences, trailing punctuation removed. */
export function splitDuties(text: string): string[] {
  return stripEmphasis(text)
    .split(/;\s+|\.\s+(?=\p{Lu})|:\s+(?=Báo cáo)/u)
    .map((s) => capitalize(cleanEnd(s)))
    .filter((s) => s.length > 2);
}

function isAssignmentSection(n: Node): boolean {
  return /to ch\S{1,3}c th\S{1,4}c hi\S{1,2}n|phan cong|trach nhiem|nhiem vu cua cac/u.test(foldedHeading(n));
}

/** Agencies and duties from the "Tổ chức thực hiện" / "Phân công nhiệm vụ" sections (or a whole article). */
export function findAssignments(tree: readonly Node[], options: { article?: boolean } = {}): Assignment[] {
  const out: Assignment[] = [];
  const add = (agencies: string, duties: string[]) => {
    for (const raw of agencies.split(/;\s*/u)) {
      const agency = capitalize(cleanEnd(raw));
      if (!agency || duties.length === 0) continue;
      const key = (name: string) => fold(name.replace(/\s*\([^)]*\)/gu, ''));
      const seen = out.find((a) => key(a.agency) === key(agency));
      if (seen) for (const d of duties) { if (!seen.duties.includes(d)) seen.duties.push(d); }
      else out.push({ agency, duties: [...duties] });
    }
  };
  /**
   * "…, yêu cầu các cơ quan … triển khai thực hiện. Giao Công an tỉnh theo dõi …": each such
   * sentence names an agency; the sentences after it in the paragraph are more of its duties.
   * Returns how many agencies were found.
   */
  const sentences = (text: string): number => {
    let found = 0;
    let current: string | undefined;
    for (const s of splitSentences(text)) {
      const m = LEAD_SENTENCE.exec(s);
      const split = m && splitAgency(m[1]);
      if (split) {
        add(split.agency, splitDuties(split.duty));
        current = split.agency;
        found++;
      } else if (/^(?:Đề nghị|Giao|Yêu cầu)\s/u.test(s)) {
        current = undefined;
      } else if (current) {
        add(current, splitDuties(s));
      }
    }
    return found;
  };
  if (options.article) {
    for (const n of walk(tree)) {
      const direct = /^(?:Ủy ban nhân dân|UBND|Lực lượng Công an|Chính quyền)/u.test(n.block.text) ? splitAgency(n.block.text) : undefined;
      if (direct) add(direct.agency, splitDuties(direct.duty));
      else sentences(n.block.text);
    }
    return out;
  }
  for (const section of tree.filter((n) => n.block.kind === 'section' && isAssignmentSection(n))) {
    for (const item of section.children) {
      if (item.block.kind !== 'item') {
        sentences(item.block.text);
        continue;
      }
      const own = stripEmphasis(item.block.text);
      const colon = /^([^:]{3,80}):\s+(\S.*)$/u.exec(own);
      const split = splitAgency(own);
      let agency: string | undefined;
      let duties: string[] = [];
      if (colon && AGENCY_HEAD.test(colon[1].replace(LEAD, '')) && (!split || split.agency.length > colon[1].length)) {
        agency = colon[1].replace(LEAD, '');
        duties = splitDuties(colon[2]);
      } else if (split) {
        agency = split.agency;
        duties = splitDuties(split.duty);
      } else if (own.length <= 160 && AGENCY_HEAD.test(own.replace(LEAD, ''))) {
        agency = own.replace(LEAD, '');
      }
      if (agency === undefined) {
        sentences(own);
        continue;
      }
      // Paragraphs that name other agencies are read after this item's own agency.
      const later: (() => void)[] = [];
      for (const child of item.children) {
        const text = stripEmphasis(child.block.text);
        if (child.block.kind === 'para' && /(?:^|[,.]\s*)(?:Đề nghị|Giao|[Yy]êu cầu)\s/u.test(text) && namesAgency(text)) {
          later.push(() => sentences(text));
          continue;
        }
        const other = child.block.kind === 'para' ? splitAgency(text) : undefined;
        if (other && !/^(?:Kết thúc|Hằng năm|Hàng năm)/u.test(text) && fold(other.agency) !== fold(agency) && /^(?:Công an|Sở|Ban|Ủy ban|UBND)/u.test(text)) {
          later.push(() => add(other.agency, splitDuties(other.duty)));
        } else if (child.block.kind === 'bullet') {
          duties.push(capitalize(cleanEnd(text)));
        } else {
          duties.push(...splitDuties(text));
        }
      }
      add(agency, duties);
      for (const read of later) read();
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Deadlines

export interface Deadline {
  what: string;
  date?: string;
  yearly?: string;
}

const DEADLINE_DATE = String.raw`(\d{1,2})(?:\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?|\s+thang\s+(\d{1,2})(?:\s+nam\s+(\d{4}))?)`;
const DEADLINE = new RegExp(String.raw`tr(?:\S{1,2}c|ude)\s+ngay\s+${DEADLINE_DATE}(\s+h\S{1,2}ng\s+nam)?(?:\s*\(([^)]*)\))?`, 'gu');
const AND_DATE = new RegExp(String.raw`^\s*(?:,|va)\s+${DEADLINE_DATE}(\s+h\S{1,2}ng\s+nam)?(?:\s*\(([^)]*)\))?`, 'u');

function deadlineOf(m: RegExpExecArray, original: string, offset: number): Omit<Deadline, 'what'> & { qualifier?: string } {
  const [, d, m1, y1, m2, y2, yearly] = m;
  const month = Number(m1 ?? m2);
  const year = y1 ?? y2;
  const qualifierAt = m[7] !== undefined ? m.index + m[0].lastIndexOf(m[7]) : -1;
  const qualifier = qualifierAt >= 0 ? original.slice(offset + qualifierAt, offset + qualifierAt + m[7].length) : undefined;
  if (year && !yearly) return { date: isoDate(Number(year), month, Number(d)), qualifier };
  return { yearly: `${String(month).padStart(2, '0')}-${String(Number(d)).padStart(2, '0')}`, qualifier };
}

/**
 * "… trước ngày 03/02/2025 (đợt 1) và 19/8/2025 (đợt 2)", "trước ngày 05 tháng 01 hằng năm".
 * The same deadline set for several agencies (the same words before the same date) is one
 * deadline naming them all.
 */
export function findDeadlines(texts: readonly { text: string; agency?: string }[]): Deadline[] {
  const found = new Map<string, { clause: string; agencies: string[]; date?: string; yearly?: string; qualifier?: string; many: boolean }>();
  for (const { text, agency } of texts) {
    const clean = stripEmphasis(text);
    for (const clause of clean.split(/;\s*|:\s+(?=\p{Lu})|\.\s+(?=\p{Lu})/u)) {
      const folded = foldSameLength(clause);
      const here: { at: number; d: Omit<Deadline, 'what'> & { qualifier?: string } }[] = [];
      DEADLINE.lastIndex = 0;
      for (let m = DEADLINE.exec(folded); m; m = DEADLINE.exec(folded)) {
        here.push({ at: m.index, d: deadlineOf(m, clause, 0) });
        let rest = m.index + m[0].length;
        for (let more = AND_DATE.exec(folded.slice(rest)); more; more = AND_DATE.exec(folded.slice(rest))) {
          const shifted = Object.assign([...more], { index: 0, input: more.input, groups: undefined }) as unknown as RegExpExecArray;
          here.push({ at: m.index, d: deadlineOf(shifted, clause, rest) });
          rest += more[0].length;
        }
      }
      for (const { at, d } of here) {
        if (!d.date && !d.yearly) continue;
        const key = [d.date ?? d.yearly, d.qualifier ?? '', folded.slice(Math.max(0, at - 40), at).replace(/\s+/g, ' ').trim()].join('|');
        const seen = found.get(key);
        if (seen) {
          if (agency && !seen.agencies.includes(agency)) seen.agencies.push(agency);
          continue;
        }
        found.set(key, { clause: cleanEnd(clause), agencies: agency ? [agency] : [], date: d.date, yearly: d.yearly, qualifier: d.qualifier, many: here.length > 1 });
      }
    }
  }
  return [...found.values()].map((f) => {
    const who = f.agencies.filter((a) => !fold(f.clause).startsWith(fold(a)));
    const base = who.length ? `${who.join('; ')}: ${f.clause}` : capitalize(f.clause);
    const item: Deadline = { what: f.many && f.qualifier ? `${base} (${f.qualifier})` : base };
    if (f.date) item.date = f.date;
    if (f.yearly) item.yearly = f.yearly;
    return item;
  });
}
