/**
 * `npm run import -- plan FILE.txt`: the plain text of an official plan (pasted from a PDF, Word
 * or an OCR scan) → a plan entry in the shape of content/plans/**. Pure: the caller reads the
 * file and the content folder and writes the result. Whatever cannot be found is left as a
 * marked placeholder (`<<CẦN ĐIỀN: …>>`) that the checker rejects, and listed for the editor.
 */
import type { AwardForm } from '../../schemas/award-forms.ts';
import type { Campaign } from '../../schemas/campaigns.ts';
import type { Locality } from '../../schemas/localities.ts';
import { TYPE_CODES, parseSymbol } from '../document-number.ts';
import { partial } from '../partial-date.ts';
import { slugify } from '../text.ts';
import { formatListDate } from '../vietnamese-dates.ts';
import { findCitations, type Citation } from './citations.ts';
import { bodyLines, closingNotes, parseClosing, type Closing } from './closing.ts';
import { anyDate } from './dates.ts';
import { emitYaml, marker, placeholder, placeholders, type Placeholder } from './emit.ts';
import {
  findAssignments, findAwards, findContents, findDeadlines, findParticipants, findPeriod, findPhases, findTargets,
  type Target,
} from './fields.ts';
import { headerNotes, parseHeader } from './header.ts';
import { issuerFromText, matchLocality, nameFromPrinted, placeInText, restoreHeaderLine, type PlaceMatch } from './names.ts';
import { normalizeText, ocrDamage, quoteList } from './normalize.ts';
import { renderMarkdown, toBlocks, toTree, walk, type Block } from './structure.ts';

export { MARK, marker } from './emit.ts';

export interface ImportOptions {
  localities: readonly Locality[];
  awardForms: readonly AwardForm[];
  campaigns: readonly { id: string; data: Campaign }[];
  /** Recorded in source.file, e.g. "seeds/000_5f36d0547b95f16f.txt". */
  sourceFile?: string;
  /** Year folder for a document without a date. */
  fallbackYear: number;
}

export type SourceKind = 'original' | 'ocr' | 'press-article';

export interface Missing {
  /** Field path: "campaign", "signer.name", "contents[2].title". */
  field: string;
  label: string;
  hint?: string;
}

export interface ImportResult {
  /** Frontmatter, in the plan schema's field order, with placeholders where nothing was found. */
  data: Record<string, unknown>;
  /** Comment lines before a field, by field path. */
  comments: Map<string, string[]>;
  /** The body as Markdown. */
  body: string;
  /** Placeholders the checker will reject: the editor fills them in. */
  missing: Missing[];
  /** Fields that look valid but the editor should check (blank number, partial date …). */
  review: { field: string; reason: string }[];
  /** Optional fields that were not found (nothing written). */
  absent: string[];
  kind: SourceKind;
  /** Where the entry goes inside the content folder: "plans/2024/350-kh-bcd-kien-giang.md". */
  path: string;
}

/** OCR damage above which text fields are not trusted (the Đồng Nai scan scores 0.14, clean text 0). */
const OCR_THRESHOLD = 0.05;

const TYPE_NAMES: Readonly<Record<string, string>> = TYPE_CODES;

export function importPlan(raw: string, options: ImportOptions): ImportResult {
  const normalized = normalizeText(raw);
  const lines = normalized.lines;
  const notes = [...normalized.notes];
  const review: ImportResult['review'] = [];
  const comments = new Map<string, string[]>();
  const comment = (path: string, text: string) => comments.set(path, [...(comments.get(path) ?? []), text]);

  const ocr = ocrDamage(lines) > OCR_THRESHOLD;
  const header = parseHeader(lines);
  const article = header.type === undefined && header.number === undefined;
  const kind: SourceKind = article ? 'press-article' : ocr ? 'ocr' : 'original';
  /** Free text: as found, or a placeholder (nothing found, or an OCR text to be restored). */
  const text = (value: string | undefined, label: string): string | Placeholder =>
    value === undefined || value === '' ? placeholder(label, { text: true }) : ocr ? placeholder(`khôi phục chữ — ${label}`, { text: true, hint: value }) : value;

  // Parts of the document.
  let rest = lines.slice(header.bodyStart);
  let headline: string | undefined;
  let author: string | undefined;
  let closing: Closing | undefined;
  if (article) {
    const first = rest.findIndex((l) => l !== '');
    headline = first >= 0 ? rest[first] : undefined;
    rest = rest.slice(first + 1);
    const by = rest.findIndex((l) => /^Tác giả\s*:/u.test(l));
    if (by >= 0) {
      author = rest[by].replace(/^Tác giả\s*:\s*/u, '').trim();
      rest = rest.filter((_, i) => i !== by);
    }
  } else {
    closing = parseClosing(rest);
    rest = bodyLines(rest, closing);
  }
  const { blocks, notes: blockNotes } = toBlocks(rest, { ocr });
  const tree = toTree(blocks);
  notes.push(...headerNotes(header), ...(closing ? closingNotes(closing) : []), ...blockNotes);

  // Place, locality, date.
  const lede = blocks.filter((b) => b.kind === 'para').slice(0, 3).map((b) => b.text).join(' ');
  const facts = article ? articleFacts(lede) : undefined;
  const issued = header.dateLine?.date ?? facts?.date;
  const issuedRange = issued ? { from: isoFirst(issued), to: isoLast(issued) } : {};
  let place: string | undefined = header.dateLine?.place;
  let placeMatch: PlaceMatch | undefined = place ? matchLocality(place, options.localities, issuedRange.from, issuedRange.to) : undefined;
  if (placeMatch?.fuzzy) {
    notes.push(`Địa danh in trên bản sao là “${place}” (nhận dạng sai), đọc là “${placeMatch.locality.name}”.`);
    place = placeMatch.locality.name;
  }
  if (!place && article) {
    placeMatch = placeInText(`${headline ?? ''} ${lede}`, options.localities);
    if (placeMatch) {
      place = placeMatch.locality.name;
      notes.push(`Bài báo không có dòng địa danh, ngày tháng của văn bản; địa danh “${place}” suy từ bài báo.`);
    }
  }

  // Number and type.
  let number: unknown;
  let typeCode = header.type;
  if (header.number?.status === 'known') {
    number = header.number.text;
  } else if (header.number) {
    const n = header.number;
    number = { status: n.status, ...(n.symbol ? { symbol: n.symbol } : {}), asPrinted: n.asPrinted };
    review.push({ field: 'number', reason: n.status === 'blank' ? `bản sao để trống số (“${n.asPrinted}”)` : `không đọc được số (“${n.asPrinted}”)` });
    comment('number', n.status === 'blank' ? `${markReview('bản sao để trống số')}: điền số nếu có bản đã ghi số, nếu không giữ nguyên` : `${markReview('không đọc được số trên bản quét')}: đối chiếu bản gốc`);
    notes.push(n.status === 'blank' ? `Bản sao để trống số (“${n.asPrinted}”).` : `Không đọc được số văn bản; bản sao ghi “${n.asPrinted}”.`);
  } else if (facts?.number) {
    number = facts.number;
  } else {
    number = placeholder('số, ký hiệu, ví dụ 350/KH-BCĐ; nếu bản gốc để trống số: { status: blank, symbol: KH-BCĐ }');
  }
  const symbol = typeof number === 'string' ? number.split('/').at(-1) : (number as { symbol?: string }).symbol;
  typeCode ??= (symbol && parseSymbol(symbol)?.typeCode) ?? (facts?.typeCode);

  // Bodies.
  const restore = (l: string) => (ocr ? restoreHeaderLine(l, options.localities) : l);
  const issuerPrinted = header.issuerPrinted.map(restore);
  const parentPrinted = header.parentPrinted.map(restore);
  const printedOk = (list: (string | undefined)[]): list is string[] => list.length > 0 && list.every((l) => l !== undefined);
  const preamble = blocks.slice(0, Math.max(1, blocks.findIndex((b) => b.kind === 'section'))).filter((b) => b.kind === 'para').map((b) => b.text).join(' ');
  const issuerName = (ocr ? undefined : issuerFromText(article ? lede : preamble, place)) ?? (printedOk(issuerPrinted) ? nameFromPrinted(issuerPrinted, place) : undefined);
  if (ocr && printedOk(issuerPrinted) && issuerPrinted.join() !== header.issuerPrinted.join()) {
    notes.push(`Tên cơ quan in trên bản quét (${quoteList(header.issuerPrinted)}) được khôi phục dấu thành ${quoteList(issuerPrinted)}.`);
  }
  const issuer: Record<string, unknown> = {
    name: issuerName ?? (ocr && header.issuerPrinted.length ? placeholder('tên đầy đủ của cơ quan ban hành', { text: true, hint: header.issuerPrinted.join(' ') }) : placeholder('tên đầy đủ của cơ quan ban hành', { text: true })),
  };
  if (header.issuerPrinted.length) issuer.printed = printedOk(issuerPrinted) ? issuerPrinted : header.issuerPrinted.map((l) => text(l, 'dòng tên cơ quan'));
  else if (!article) notes.push('Bản sao không in khối tên cơ quan ở đầu văn bản (cơ quan chủ quản, cơ quan ban hành): tên đầy đủ của cơ quan ban hành lấy từ câu mở đầu.');
  const parentBody = header.parentPrinted.length
    ? { name: printedOk(parentPrinted) ? nameFromPrinted(parentPrinted, place) : text(header.parentPrinted.join(' '), 'tên cơ quan chủ quản'), printed: printedOk(parentPrinted) ? parentPrinted : header.parentPrinted.map((l) => text(l, 'dòng tên cơ quan chủ quản')) }
    : undefined;

  // Date.
  let issuedValue: unknown = issued ?? placeholder('ngày ban hành, ví dụ "2024-08-20" (hoặc "2023-12" nếu bản gốc để trống ngày)');
  if (header.dateLine && issued) {
    const d = header.dateLine;
    if (d.blank.day) {
      const reason = d.illegibleDay ? `không đọc được ngày (bản sao ghi “${d.illegibleDay}”)` : d.blank.month ? 'bản sao để trống ngày và tháng' : 'bản sao để trống ngày';
      review.push({ field: 'issued', reason: `${reason}: “${d.printed}”` });
      comment('issued', `${markReview(reason)}: giữ phần đã biết, điền ngày nếu có bản đầy đủ`);
      notes.push(d.illegibleDay ? `Ngày ban hành không đọc được đầy đủ; bản sao ghi “${d.printed}”, nên chỉ ghi ${d.blank.month ? 'năm' : 'tháng và năm'}.` : `Bản sao để trống ${d.blank.month ? 'ngày, tháng' : 'ngày'} (“${d.printed}”).`);
    }
  }
  if (issued === undefined && header.dateLine) issuedValue = placeholder('ngày ban hành', { hint: header.dateLine.printed });

  // Title and the documents it cites.
  const title = article ? headline : header.title;
  const ownNumber = typeof number === 'string' ? [number.toLocaleUpperCase('vi')] : [];
  const citations = findCitations(blocks.map((b) => b.text).join('\n'), ownNumber);
  const hint = campaignHint(citations, options.campaigns);

  // Body fields.
  const { period, fromTitle } = findPeriod(tree, title);
  if (fromTitle) notes.push('Thời gian thực hiện suy từ năm ghi trong trích yếu.');
  const phases = findPhases(tree);
  const contentIds = new Map((hint?.data.contents ?? []).map((c) => [c.number, c.id]));
  const contents = findContents(tree, contentIds);
  const targets = findTargets(tree);
  const participants = findParticipants(tree);
  const awards = findAwards(tree, options.awardForms);
  const assignments = findAssignments(tree, { article });
  const deadlineTexts = [
    ...assignments.flatMap((a) => a.duties.map((d) => ({ text: d, agency: a.agency }))),
    ...walk(tree).map((n) => ({ text: n.block.text })),
  ];
  const deadlines = findDeadlines(deadlineTexts);

  // Signature block and recipients.
  let signer: unknown;
  if (closing?.signer) {
    const s = closing.signer;
    signer = {
      authority: s.authority,
      titleLines: s.titleLines.length ? s.titleLines.map((l) => text(l, 'dòng chức vụ')) : [placeholder('dòng chức vụ người ký', { text: true })],
      rank: s.rank,
      name: text(s.name, 'họ tên người ký'),
    };
  } else if (!article) {
    signer = placeholder('khối chữ ký (authority, titleLines, name); nếu bản sao không có thì xóa dòng này và ghi vào source.notes');
  }
  if (article) notes.push('Bài báo không nêu người ký và nơi nhận của văn bản.');
  const recipients = (closing?.recipients ?? []).map((r) => text(r, 'nơi nhận'));

  // Campaign: never guessed; a hint is given.
  const campaign = placeholder('mã phong trào (tên tệp trong content/campaigns)');
  if (hint) comment('campaign', `Gợi ý: ${hint.id} (phong trào do ${hint.data.launchedBy?.type ?? 'văn bản'} ${hint.data.launchedBy?.number} phát động, văn bản này dẫn văn bản đó)`);
  else if (options.campaigns.length) comment('campaign', `Các phong trào đang có: ${options.campaigns.map((c) => c.id).join(', ')}`);
  else comment('campaign', 'Chưa có phong trào nào: tạo bằng "npm run new -- campaign --title …"');
  if (phases.length) {
    comment('phases', 'Các đợt như văn bản ghi (đối chiếu với các đợt của phong trào):');
    for (const p of phases) {
      const when = p.period ? `${p.period.from} → ${p.period.to ?? '…'}` : 'không rõ ngày';
      comment('phases', `${p.id} (${ocr ? p.id.replace('dot-', 'Đợt ') : p.name}): ${when}${p.theme && !ocr ? `; chủ đề: “${p.theme}”` : ''}`);
    }
    if (hint && phases.some((p) => !hint.data.phases.some((q) => q.id === p.id))) comment('phases', `Kiểm tra: phong trào ${hint.id} có các đợt ${hint.data.phases.map((q) => q.id).join(', ') || '(chưa có)'}`);
  }

  const summary = ocr || !title || !issuerName ? placeholder('tóm tắt một, hai câu', { text: true }) : makeSummary({ typeCode, number, issued, issuer: issuerName, title, period, article, author });
  if (typeof summary === 'string') comment('summary', 'Tóm tắt do công cụ nhập ghép từ số, ngày, cơ quan, trích yếu: viết lại cho gọn nếu cần');

  const targetOut = (t: Target) => ({ text: text(t.text, 'nội dung chỉ tiêu'), value: t.value, unit: t.unit });
  const data: Record<string, unknown> = {
    number,
    type: typeCode ?? placeholder('mã loại văn bản, ví dụ KH'),
    issuer,
    parentBody,
    place: place ?? placeholder('địa danh ở dòng ngày tháng, ví dụ Kiên Giang', { text: true }),
    locality: placeMatch?.locality.id ?? placeholder('mã địa bàn trong localities.yaml', place ? { hint: place } : {}),
    issued: issuedValue,
    title: text(title, 'trích yếu'),
    summary,
    basis: citations.length ? citations.map((c) => citationOut(c, text)) : undefined,
    campaign,
    period,
    phases: phases.length ? phases.map((p) => p.id) : undefined,
    targets: targets.length ? targets.map(targetOut) : undefined,
    contents: contents.length
      ? contents.map((c) => ({ number: c.number, id: c.id, title: text(c.title, 'tên nội dung thi đua'), description: c.description === undefined ? undefined : text(c.description, 'mô tả'), targets: c.targets.length ? c.targets.map(targetOut) : undefined }))
      : undefined,
    participants: participants.length ? participants.map((p) => text(p, 'đối tượng tham gia')) : undefined,
    awards: awards.length
      ? awards.map((a) => ({ form: a.form ?? placeholder('mã hình thức khen thưởng trong award-forms.yaml', { hint: a.text }), text: text(a.text, 'nội dung khen thưởng'), max: a.max, count: a.count }))
      : undefined,
    assignments: assignments.length ? assignments.map((a) => ({ agency: text(a.agency, 'cơ quan được giao'), duties: a.duties.map((d) => text(d, 'nhiệm vụ')) })) : undefined,
    deadlines: deadlines.length ? deadlines.map((d) => ({ what: text(d.what, 'nội dung phải báo cáo'), date: d.date, yearly: d.yearly })) : undefined,
    signer,
    recipients: recipients.length ? recipients : undefined,
    source: {
      kind,
      file: options.sourceFile,
      author,
      notes: notes.length ? notes : undefined,
    },
    textStatus: kind === 'press-article' ? 'summary' : ocr ? placeholder('restored (sau khi khôi phục toàn bộ chữ của bản OCR) hoặc full') : 'full',
  };
  if (ocr) {
    comment('number', 'Bản quét OCR mất dấu tiếng Việt: các trường chữ để trống kèm chữ của bản quét trong ghi chú; khôi phục từng trường và phần thân');
  }
  if (kind === 'press-article' && !author) data.source = { ...(data.source as object), author: placeholder('tác giả bài báo', { text: true }) };

  const absent = (['parentBody', 'basis', 'period', 'phases', 'targets', 'contents', 'participants', 'awards', 'assignments', 'deadlines', 'recipients'] as const).filter((k) => data[k] === undefined);
  const year = issued ? issued.slice(0, 4) : String(options.fallbackYear);
  return {
    data,
    comments,
    body: renderMarkdown(blocks),
    missing: placeholders(data),
    review,
    absent,
    kind,
    path: `plans/${year}/${fileSlug(number, place, year)}.md`,
  };
}

/** The file as written: frontmatter, then the body. */
export function renderPlanFile(result: Pick<ImportResult, 'data' | 'comments' | 'body'>): string {
  return `---\n${emitYaml(result.data, result.comments)}---\n\n${result.body}`;
}

function markReview(reason: string): string {
  return `<<KIỂM TRA: ${reason}>>`;
}

const isoFirst = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
const isoLast = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-28` : d);

function fileSlug(number: unknown, place: string | undefined, year: string): string {
  const where = place ? slugify(place) : 'khong-ro-noi';
  if (typeof number === 'string' && !number.includes(marker(''))) return `${slugify(number)}-${where}`;
  const symbol = typeof number === 'object' && number && 'symbol' in number ? String((number as { symbol?: string }).symbol ?? '') : '';
  return [slugify(symbol) || 'ke-hoach', where, year].join('-');
}

function citationOut(c: Citation, text: (v: string | undefined, label: string) => string | Placeholder) {
  return {
    type: c.type,
    number: c.number,
    date: c.date,
    issuer: c.issuer === undefined ? undefined : text(c.issuer, 'cơ quan ban hành văn bản được dẫn'),
    title: c.title === undefined ? undefined : text(c.title, 'trích yếu văn bản được dẫn'),
  };
}

/** The campaign a plan most likely belongs to: the one launched by a document it cites. */
function campaignHint(citations: readonly Citation[], campaigns: ImportOptions['campaigns']) {
  const numbers = new Set(citations.map((c) => c.number.toLocaleUpperCase('vi')));
  return campaigns.find((c) => c.data.launchedBy?.number && numbers.has(c.data.launchedBy.number.toLocaleUpperCase('vi')));
}

interface ArticleFacts {
  date?: string;
  number?: string;
  typeCode?: string;
}

/** "ngày 22 tháng 02 năm 2023, Ban Chỉ đạo … đã ban hành Kế hoạch số 439/KH-BCĐ". */
function articleFacts(lede: string): ArticleFacts {
  const m = /ngày\s+(\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{4})\s*,[^.]*?ban hành\s+(Kế hoạch|Quyết định|Chỉ thị|Hướng dẫn|Chương trình)\s+số\s+(\d+(?:\/\d{4})?\/[\p{L}\d]+(?:-[\p{L}\d]+)+)/u.exec(lede);
  if (!m) return {};
  const typeCode = Object.entries(TYPE_NAMES).find(([, name]) => name === m[2])?.[0];
  return { date: anyDate(m[1]), number: m[3], typeCode };
}

function makeSummary(p: { typeCode?: string; number: unknown; issued?: string; issuer: string; title: string; period?: { from: string; to?: string }; article: boolean; author?: string }): string {
  const typeName = p.typeCode ? TYPE_NAMES[p.typeCode] ?? 'Văn bản' : 'Văn bản';
  const num = typeof p.number === 'string' ? ` số ${p.number}` : '';
  const date = p.issued ? ` ${dateWords(p.issued)}` : '';
  const lower = p.title.charAt(0).toLocaleLowerCase('vi') + p.title.slice(1);
  const during = p.period ? ` Thời gian thực hiện: ${p.period.to && p.period.to !== p.period.from ? `từ ${dateWords(p.period.from, false)} đến ${dateWords(p.period.to, false)}` : dateWords(p.period.from, false)}.` : '';
  const lead = `${typeName}${num}${date} của ${p.issuer} về ${lower}.${during}`;
  return p.article ? `${lead} Nội dung ở đây là bài tóm tắt${p.author ? ` của tác giả ${p.author}` : ''}, không phải toàn văn.` : lead;
}

function dateWords(iso: string, withNgay = true): string {
  const d = partial(iso);
  if (d.precision === 'day') return `${withNgay ? 'ngày ' : ''}${formatListDate(d)}`;
  if (d.precision === 'month') return `tháng ${formatListDate(d)}`;
  return `năm ${d.year}`;
}

/** The report for stderr: every placeholder, what to check, what was not found. */
export function describeResult(result: ImportResult): string[] {
  const out: string[] = [];
  if (result.missing.length) {
    out.push(`Chưa tìm thấy ${result.missing.length} trường; đã để chỗ trống đánh dấu “${marker('…')}” trong tệp (công cụ kiểm tra sẽ báo lỗi ở đó cho tới khi điền):`);
    for (const m of result.missing) out.push(`  - ${m.field}: ${m.label}${m.hint ? ` (bản sao ghi: “${m.hint.length > 80 ? `${m.hint.slice(0, 79)}…` : m.hint}”)` : ''}`);
  }
  if (result.review.length) {
    out.push('Cần kiểm tra (đã ghi đúng như bản sao, đánh dấu “<<KIỂM TRA: …>>” trong tệp):');
    for (const r of result.review) out.push(`  - ${r.field}: ${r.reason}`);
  }
  if (result.absent.length) out.push(`Không tìm thấy trong văn bản (trường không bắt buộc, không ghi): ${result.absent.join(', ')}.`);
  if (result.kind === 'ocr') out.push('Văn bản là bản quét OCR mất dấu tiếng Việt: khôi phục chữ ở các trường đánh dấu và ở phần thân, rồi ghi textStatus: restored.');
  return out;
}

/** For tests and callers that only need the plain fields: the block list of a text. */
export function blocksOf(raw: string): Block[] {
  const n = normalizeText(raw);
  return toBlocks(n.lines, { ocr: ocrDamage(n.lines) > OCR_THRESHOLD }).blocks;
}
