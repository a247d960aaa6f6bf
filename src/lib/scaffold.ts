/**
 * `npm run new -- story|honor|plan|model|campaign`: the text of a new entry with every required
 * field, each explained by a Vietnamese comment, and values that pass the checker as created
 * (initials for a person, the site's province, a blank decision number, a story kept as a
 * draft). Only a field that cannot have a valid value (a plan's campaign when there is none)
 * is left as a marked placeholder. Pure: the caller reads the content folder and writes.
 */
import type { AwardForm } from '../schemas/award-forms.ts';
import type { Campaign } from '../schemas/campaigns.ts';
import { PROVINCE_KINDS, type Locality } from '../schemas/localities.ts';
import type { Settings } from '../schemas/settings.ts';
import { existsOn, indexLocalities, successorOn } from './localities.ts';
import { earliestDay, latestDay, partial } from './partial-date.ts';
import { slugify } from './text.ts';

export const SCAFFOLD_KINDS = ['story', 'honor', 'plan', 'model', 'campaign'] as const;
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];

/** Vietnamese names of the kinds, for prompts and messages. */
export const KIND_NAMES: Record<ScaffoldKind, string> = {
  story: 'gương người tốt, việc tốt',
  honor: 'quyết định khen thưởng',
  plan: 'kế hoạch',
  model: 'mô hình',
  campaign: 'phong trào thi đua',
};

/** The placeholder mark the checker rejects; the same as the importer's. */
export const PLACEHOLDER_MARK = 'CẦN ĐIỀN';

export interface ScaffoldContext {
  /** "YYYY-MM-DD" in Vietnam (the build clock). */
  today: string;
  settings?: Settings;
  localities: readonly Locality[];
  campaigns: readonly { id: string; data: Campaign }[];
  awardForms: readonly AwardForm[];
}

export interface ScaffoldRequest {
  kind: ScaffoldKind;
  title: string;
  /** Year folder for stories, plans and honors; defaults to this year. */
  year?: number;
  /** Chosen campaign id (plans; optional for stories). */
  campaign?: string;
  /** Chosen locality id. */
  locality?: string;
  /** Chosen award form id (honors). */
  form?: string;
  /** Recipient name as the decision writes it (honors). */
  recipient?: string;
}

export interface Scaffold {
  /** Path inside the content folder: "stories/2025/<slug>/index.md". */
  path: string;
  /** The entry id (slug). */
  id: string;
  text: string;
  /** Fields left with a placeholder the checker rejects, with why. */
  placeholders: { field: string; reason: string }[];
  /** What was filled in by default and should be checked, in Vietnamese. */
  notes: string[];
}

/** Why a request cannot be scaffolded, in Vietnamese. */
export class ScaffoldError extends Error {}

/** Where an entry of this kind and id lives. */
export function entryPath(kind: ScaffoldKind, id: string, year: number): string {
  switch (kind) {
    case 'story':
      return `stories/${year}/${id}/index.md`;
    case 'plan':
      return `plans/${year}/${id}.md`;
    case 'honor':
      return `honors/${year}/${id}.yaml`;
    case 'model':
      return `models/${id}.md`;
    case 'campaign':
      return `campaigns/${id}.md`;
  }
}

/** The collection folder of a kind ("stories"). */
export function collectionFolder(kind: ScaffoldKind): string {
  return { story: 'stories', honor: 'honors', plan: 'plans', model: 'models', campaign: 'campaigns' }[kind];
}

/**
 * The locality a new entry defaults to: the requested one, else the site's province, else the
 * first province in localities.yaml; if that unit no longer exists today (merged on 1 July
 * 2025), the unit that took it over.
 */
export function defaultLocality(ctx: ScaffoldContext, requested?: string): Locality | undefined {
  const index = indexLocalities(ctx.localities);
  if (requested) return index.get(requested);
  const start = ctx.settings?.province ?? ctx.localities.find((l) => PROVINCE_KINDS.includes(l.kind))?.id;
  const found = start ? successorOn(index, start, ctx.today) : undefined;
  return found ?? ctx.localities.find((l) => PROVINCE_KINDS.includes(l.kind) && existsOn(l, ctx.today));
}

/** A campaign running today, else the one that started last; undefined when there is none. */
export function defaultCampaign(ctx: ScaffoldContext): { id: string; data: Campaign } | undefined {
  const running = ctx.campaigns.filter((c) => {
    const p = c.data.period;
    return p && earliestDay(partial(p.from)) <= ctx.today && (!p.to || latestDay(partial(p.to)) >= ctx.today);
  });
  if (running.length) return running[0];
  const dated = ctx.campaigns.filter((c) => c.data.period).sort((a, b) => b.data.period!.from.localeCompare(a.data.period!.from));
  return dated[0] ?? ctx.campaigns[0];
}

/** Award forms that may be granted today. */
export function formsGrantableToday(ctx: ScaffoldContext): AwardForm[] {
  return ctx.awardForms.filter((f) => (!f.validFrom || f.validFrom <= ctx.today) && (!f.validTo || f.validTo >= ctx.today));
}

const q = (s: string) => JSON.stringify(s);

/** "Chủ tịch Ủy ban nhân dân tỉnh" + An Giang → "Ủy ban nhân dân tỉnh An Giang". */
export function bodyOfAuthority(authority: string, province?: Locality): string {
  const body = authority.replace(/^(?:Chủ tịch|Giám đốc|Bộ trưởng|Thủ tướng|Trưởng ban|Tổng cục trưởng|Cục trưởng)\s+/u, '').replace(/\s*\(.*\)\s*$/u, '');
  return /\b(?:tỉnh|cấp tỉnh)$/u.test(body) && province ? `${body.replace(/cấp tỉnh$/u, 'tỉnh')} ${province.name}` : body;
}

export function scaffold(request: ScaffoldRequest, ctx: ScaffoldContext): Scaffold {
  const title = request.title.normalize('NFC').trim().replace(/\s+/g, ' ');
  const id = slugify(title);
  if (!title || !id) throw new ScaffoldError('Tiêu đề đang trống hoặc không có chữ nào dùng được cho tên tệp. Ghi một tiêu đề tiếng Việt, ví dụ --title "Người dân xã Mỹ Long trả lại của rơi"');
  const year = request.year ?? Number(ctx.today.slice(0, 4));
  if (!Number.isInteger(year) || year < 1900 || year > 2200) throw new ScaffoldError(`Năm "${request.year}" không hợp lệ. Ghi năm bốn chữ số, ví dụ --year 2025`);
  const placeholders: Scaffold['placeholders'] = [];
  const notes: string[] = [];
  const locality = defaultLocality(ctx, request.locality);
  if (request.locality && !locality) throw new ScaffoldError(`Không có địa bàn "${request.locality}" trong localities.yaml. Chọn một mã có trong danh sách`);
  if (!locality && request.kind !== 'campaign') throw new ScaffoldError('Chưa có địa bàn nào trong localities.yaml. Thêm ít nhất một tỉnh trước');
  if (locality && !request.locality && request.kind !== 'campaign') notes.push(`Địa bàn đặt tạm là "${locality.id}" (${locality.name}); sửa cho đúng nơi của mục này.`);
  const where = locality?.id ?? '';
  let text: string;
  switch (request.kind) {
    case 'story':
      text = storyText(title, ctx.today, where, request.campaign);
      notes.push('Bài được tạo ở dạng nháp (draft: true) với tên viết tắt mẫu "N.V.A." và ngày xảy ra là hôm nay: sửa rồi đổi draft thành false.');
      break;
    case 'plan': {
      const campaign = request.campaign ? ctx.campaigns.find((c) => c.id === request.campaign) : defaultCampaign(ctx);
      if (request.campaign && !campaign) throw new ScaffoldError(`Không có phong trào "${request.campaign}". Chọn một trong: ${ctx.campaigns.map((c) => c.id).join(', ') || '(chưa có phong trào nào)'}`);
      if (!campaign) placeholders.push({ field: 'campaign', reason: 'chưa có phong trào nào trong content/campaigns: tạo bằng "npm run new -- campaign" rồi ghi mã vào đây' });
      else if (!request.campaign) notes.push(`Phong trào đặt tạm là "${campaign.id}"; sửa nếu kế hoạch thuộc phong trào khác.`);
      text = planText(title, ctx, where, locality?.name ?? '', campaign?.id);
      break;
    }
    case 'honor': {
      const forms = formsGrantableToday(ctx);
      const form = request.form ? ctx.awardForms.find((f) => f.id === request.form) : forms[0];
      if (request.form && !form) throw new ScaffoldError(`Không có hình thức khen thưởng "${request.form}" trong award-forms.yaml. Chọn một trong: ${forms.map((f) => f.id).join(', ')}`);
      if (!form) throw new ScaffoldError('Không có hình thức khen thưởng nào còn áp dụng hôm nay trong award-forms.yaml. Thêm hình thức khen thưởng trước');
      if (!request.form) notes.push(`Hình thức khen thưởng đặt tạm là "${form.id}"; sửa cho đúng quyết định.`);
      if (!request.recipient) notes.push('Tên người, tập thể được khen đang là chữ mẫu: ghi đúng như quyết định.');
      text = honorText(title, ctx.today, form, locality!, request.recipient);
      break;
    }
    case 'model':
      text = modelText(title, where);
      notes.push('Đơn vị thực hiện (unit) đang là chữ mẫu: ghi đúng tên đơn vị.');
      break;
    case 'campaign':
      text = campaignText(title);
      break;
  }
  return { path: entryPath(request.kind, id, year), id, text, placeholders, notes };
}

function storyText(title: string, today: string, locality: string, campaign?: string): string {
  return `---
# Tiêu đề: một câu nói ai làm việc tốt gì, ở đâu.
title: ${q(title)}
# Tóm tắt (sapo): một, hai câu cho danh sách và kết quả tìm kiếm. Sửa câu mẫu dưới đây.
summary: ${q(`Tóm tắt bài “${title}”: ai đã làm việc tốt gì, ở đâu, khi nào.`)}
# Ngày xảy ra việc tốt: "2025-08-20"; chỉ biết tháng thì "2025-08". Đang để ngày tạo bài: sửa cho đúng.
deedDate: ${q(today)}
# Ngày đăng lần đầu trên trang (dạng "2025-08-20").
published: ${q(today)}
# Bản nháp: khi là true, bài không xuất hiện ở bất cứ đâu. Đổi thành false khi bài đã xong.
draft: true
# Người, tập thể làm việc tốt, theo thứ tự bài kể.
subjects:
  # kind: individual (cá nhân), collective (tập thể) hoặc household (hộ gia đình).
  - kind: individual
    # Tên viết tắt, mỗi chữ một dấu chấm. Chỉ ghi họ tên đầy đủ (name) khi đã có phiếu đồng ý (consent.name).
    initials: "N.V.A."
# Địa bàn nơi xảy ra việc tốt (mã trong localities.yaml), theo tên gọi vào ngày đó.
locality: ${locality}
${campaign ? `# Phong trào (mã trong content/campaigns); có thể thêm phase (đợt) và content (nội dung thi đua).\ncampaign: ${campaign}\n` : '# Phong trào (mã trong content/campaigns), đợt (phase) và nội dung thi đua (content): thêm khi biết, ví dụ\n# campaign: thi-dua-dac-biet-luc-luong-antt-co-so\n'}# Ảnh đặt cạnh tệp này, ví dụ "- src: ./anh-1.jpg" kèm alt, credit, use. Chưa có ảnh thì để trống.
photos: []
---

Viết nội dung bài ở đây: việc gì, ở đâu, khi nào, ai ghi nhận. Nạn nhân, đối tượng chỉ ghi tên viết tắt;
không ghi số điện thoại, số căn cước của ai.
`;
}

function planText(title: string, ctx: ScaffoldContext, locality: string, place: string, campaign?: string): string {
  const owner = ctx.settings?.owner.name ?? 'Cơ quan ban hành';
  const campaignLine = campaign
    ? `campaign: ${campaign}`
    : `campaign: ${q(`<<${PLACEHOLDER_MARK}: mã phong trào>>`)}  # chưa có phong trào nào: tạo bằng "npm run new -- campaign" rồi ghi mã vào đây`;
  return `---
# Số, ký hiệu như trên văn bản, ví dụ "350/KH-BCĐ". Bản gốc để trống số thì giữ dạng dưới đây.
number: { status: blank }
# Mã loại văn bản theo Nghị định 30/2020: KH là Kế hoạch.
type: KH
# Cơ quan ban hành: tên đầy đủ (name); có thể thêm các dòng tên in trên văn bản (printed). Đang là cơ quan chủ quản của trang: sửa cho đúng.
issuer:
  name: ${q(owner)}
# Địa danh ở dòng ngày tháng, như văn bản ghi.
place: ${q(place)}
# Địa bàn kế hoạch áp dụng (mã trong localities.yaml), còn tồn tại vào ngày ban hành.
locality: ${locality}
# Ngày ban hành: "2024-08-20"; bản gốc để trống ngày thì "2024-08", để trống cả tháng thì "2024". Đang để ngày tạo: sửa cho đúng.
issued: ${q(ctx.today)}
# Trích yếu: dòng dưới chữ "KẾ HOẠCH".
title: ${q(title)}
# Tóm tắt một, hai câu cho danh sách và kết quả tìm kiếm. Sửa câu mẫu dưới đây.
summary: ${q(`Kế hoạch ${title.charAt(0).toLocaleLowerCase('vi')}${title.slice(1)}.`)}
# Phong trào mà kế hoạch phát động hoặc thực hiện (mã, tức tên tệp trong content/campaigns).
${campaignLine}
# Nguồn: original (bản gốc), ocr (bản quét), press-article (bài báo, kèm author).
source:
  kind: original
# Mức đầy đủ của phần thân: full (toàn văn), restored (khôi phục từ bản OCR), summary (bài tóm tắt).
textStatus: full
---

## I. MỤC ĐÍCH, YÊU CẦU

Dán toàn văn ở đây: mục lớn "## I. …", mục nhỏ "### 1. …", gạch đầu dòng "- …".
`;
}

function honorText(title: string, today: string, form: AwardForm, locality: Locality, recipient?: string): string {
  const kind = form.recipientKinds[0];
  return `# ${title}
# Số, ký hiệu của quyết định, ví dụ "123/QĐ-CAT". Bản sao để trống số thì giữ dạng dưới đây.
number: { status: blank }
# Ngày quyết định ("2025-07-25"). Đang để ngày tạo: sửa cho đúng.
date: ${q(today)}
# Người có thẩm quyền (mã trong grantedBy của hình thức khen thưởng): ${form.authority}.
authority: ${form.grantedBy[0]}
# Địa bàn của cơ quan ra quyết định (mã trong localities.yaml), theo tên gọi vào ngày quyết định.
locality: ${locality.id}
# Cơ quan ra quyết định, như quyết định ghi.
body: ${q(bodyOfAuthority(form.authority, locality))}
# Hình thức khen thưởng (mã trong award-forms.yaml): ${form.name}.
form: ${form.id}
# Người, tập thể được khen, đúng thứ tự và cách ghi của quyết định.
recipients:
  # kind: individual (cá nhân), collective (tập thể) hoặc household (hộ gia đình); hình thức này tặng cho: ${form.recipientKinds.join(', ')}.
  - kind: ${kind}
    # Tên như trong quyết định.
    name: ${q(recipient ?? 'Tên người, tập thể được khen (ghi đúng như quyết định)')}
`;
}

function modelText(title: string, locality: string): string {
  return `---
# Tên mô hình, ví dụ "Camera an ninh".
name: ${q(title)}
# Đơn vị thực hiện mô hình. Sửa chữ mẫu dưới đây.
unit: ${q('Đơn vị thực hiện (ghi đúng tên)')}
# Địa bàn (mã trong localities.yaml), theo tên gọi khi mô hình được ghi nhận.
locality: ${locality}
# Kết quả đã đạt, mỗi dòng một ý, ví dụ - "Cung cấp 12 tin báo có giá trị".
results: []
# Cách làm để nơi khác nhân rộng, mỗi dòng một ý.
howTo: []
---

Mô tả mô hình ở đây: ai làm, làm gì, từ khi nào, kết quả ra sao.
`;
}

function campaignText(title: string): string {
  return `---
# Tên phong trào thi đua.
name: ${q(title)}
# Tóm tắt một, hai câu cho danh sách và trang chủ. Sửa câu mẫu dưới đây.
summary: ${q(`Phong trào ${title.charAt(0).toLocaleLowerCase('vi')}${title.slice(1)}.`)}
# Phạm vi: national (toàn quốc) hoặc provincial (cấp tỉnh).
scope: provincial
# Thời gian (from, to) và các đợt (phases: id, name, period) thêm khi biết, ví dụ
# period:
#   from: "2024-08-19"
#   to: "2025-08-19"
---

Giới thiệu phong trào ở đây: ai phát động, bằng văn bản nào, cho ai, trong thời gian nào.
`;
}
