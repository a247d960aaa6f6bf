/**
 * The honor roll (bảng vàng): one row per recipient of each award decision, and the orders,
 * groupings and totals that the pages, the charts, the printable boards and the exports
 * (CSV, XLSX, JSON, the `honor-roll` CLI) all share, so a list reads the same everywhere.
 *
 * Pure functions over the site model. A row says what the decision says and nothing more
 * personal: no consent record, no story subject, no cash amount.
 */
import { RECIPIENT_KIND_LABELS, type AwardForm, type RecipientKind } from '../schemas/award-forms.ts';
import type { Campaign, Phase } from '../schemas/campaigns.ts';
import { displayNumber } from '../schemas/document-number.ts';
import type { Honor, SecurityModel } from '../schemas/honors.ts';
import type { Plan } from '../schemas/plans.ts';
import { honoreeId, isRevoked, type Honoree } from './honorees.ts';
import { describePlace, existsOn, shortName, successorOn, type LocalityIndex } from './localities.ts';
import { compareDates, partial, type PartialDate } from './partial-date.ts';
import { periodText } from './plan-view.ts';
import { compareVietnamese } from './text.ts';
import { describePrecision, formatListDate } from './vietnamese-dates.ts';

// ---------------------------------------------------------------------------------------------
// Addresses

export const HONORS_PATH = '/vinh-danh/';
export const MODELS_PATH = '/mo-hinh/';
export const decisionHref = (id: string) => `${HONORS_PATH}quyet-dinh/${id}/`;
export const honoreeHref = (id: string) => `${HONORS_PATH}nguoi/${id}/`;
export const campaignRollHref = (id: string) => `${HONORS_PATH}phong-trao/${id}/`;
export const alphabeticalHref = (id: string) => `${campaignRollHref(id)}a-z/`;
export const boardHref = (campaign: string, phase?: string) => `${campaignRollHref(campaign)}bang-vang/${phase ? `${phase}/` : ''}`;
export const modelHref = (id: string) => `${MODELS_PATH}${id}/`;
/** Story, campaign and plan pages of the rest of the site. */
export const storyHref = (id: string) => `/nguoi-tot-viec-tot/${id}/`;
export const campaignPageHref = (id: string) => `/phong-trao/${id}/`;
export const planHref = (id: string) => `/ke-hoach/${id}/`;

export const EXPORT_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_LABELS: Record<ExportFormat, string> = {
  csv: 'CSV (mở bằng Excel, LibreOffice)',
  xlsx: 'Excel (.xlsx)',
  json: 'JSON (cho lập trình viên)',
};
/** `/vinh-danh/danh-sach.csv` (every decision) or `/vinh-danh/phong-trao/<id>/danh-sach.csv`. */
export const exportHref = (format: ExportFormat, campaign?: string) =>
  `${campaign ? campaignRollHref(campaign) : HONORS_PATH}danh-sach.${format}`;

// ---------------------------------------------------------------------------------------------
// The rows

/** The part of a site-model entry these helpers need. */
export interface HonorLike { id: string; data: Honor }

export interface RollContext {
  awardForms: ReadonlyMap<string, AwardForm>;
  localities: LocalityIndex;
  /** "Today" (build clock): decides the "(nay thuộc …)" notes. */
  today: string;
}

/** One recipient of one decision, with every cell already in words. */
export interface HonorRow {
  decisionId: string;
  /** Position in the decision's own list (0-based). */
  index: number;
  honoreeId: string;
  /** Name exactly as in the decision. */
  honoree: string;
  kind: RecipientKind;
  /** "cá nhân", "tập thể", "hộ gia đình". */
  kindLabel: string;
  formId: string;
  /** "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh". */
  form: string;
  /** Legal rank of the form (lower first). */
  rank: number;
  /** "Chủ tịch Ủy ban nhân dân tỉnh (Ủy ban nhân dân tỉnh Kiên Giang)". */
  authority: string;
  /** "1250/QĐ-CAT", "…/QĐ-UBND" (blank on the copy) or "chưa rõ số". */
  decisionNumber: string;
  /** "20/12/2024", "12/2024" or "2024". */
  decisionDate: string;
  /** The date as precise as it is known: "2024-12-20", "2024-12", "2024". */
  decisionDateIso: string;
  year: number;
  /** Role and unit as in the decision: "Tổ trưởng Tổ tự quản, Ấp Kinh Làng". */
  unit: string;
  /** Commune (and district, before 7/2025) as named then: "xã Thạnh Đông, huyện Tân Hiệp (nay thuộc xã Tân Hiệp)". */
  commune: string;
  /** Province as named then: "tỉnh Kiên Giang (nay thuộc tỉnh An Giang)". */
  province: string;
  /** Province id as named on the decision date (for totals); undefined when unknown. */
  provinceId?: string;
  achievement: string;
  campaignId?: string;
  phaseId?: string;
  revoked: boolean;
  /** "Còn hiệu lực" or "Đã thu hồi ngày 01/05/2025: <lý do>". */
  status: string;
  /** Linked story ids as the decision file lists them (pages keep only public ones). */
  stories: readonly string[];
}

export const UNKNOWN_NUMBER = 'chưa rõ số';
export const IN_FORCE_TEXT = 'Còn hiệu lực';

/** "1250/QĐ-CAT", "…/QĐ-UBND" when the copy leaves it blank, "chưa rõ số" when only the press reported it. */
export function decisionNumberText(h: Honor): string {
  return h.number.status === 'unknown' ? UNKNOWN_NUMBER : displayNumber(h.number);
}

/** "ngày 20/12/2024", "tháng 12/2024", "năm 2024". */
export function dateWords(d: PartialDate): string {
  if (d.precision === 'day') return `ngày ${formatListDate(d)}`;
  if (d.precision === 'month') return `tháng ${formatListDate(d)}`;
  return `năm ${d.year}`;
}

function titleOf(numberText: string, dateIso: string): string {
  const when = dateWords(partial(dateIso));
  return numberText === UNKNOWN_NUMBER ? `Quyết định (chưa rõ số) ${when}` : `Quyết định số ${numberText} ${when}`;
}

/** "Quyết định số 1250/QĐ-CAT ngày 20/12/2024" or "Quyết định (chưa rõ số) ngày 10/03/2025". */
export function decisionTitle(h: Honor): string {
  return titleOf(decisionNumberText(h), h.date);
}

/** The same title, from a row. */
export function rowDecisionTitle(r: Pick<HonorRow, 'decisionNumber' | 'decisionDateIso'>): string {
  return titleOf(r.decisionNumber, r.decisionDateIso);
}

/** "Danh sách kèm theo Quyết định số 1250/QĐ-CAT ngày 20/12/2024". */
export function listHeading(h: Honor): string {
  return `Danh sách kèm theo ${decisionTitle(h)}`;
}

/** "Đã thu hồi ngày 01/05/2025: Khai không đúng thành tích", or undefined when in force. */
export function revokedText(h: Honor): string | undefined {
  if (h.status === 'in-force') return undefined;
  return `Đã thu hồi ngày ${formatListDate(partial(h.status.revoked))}: ${h.status.reason}`;
}

/** Who decided, in words, with the deciding body so a reader knows which province. */
export function authorityText(h: Honor, form: AwardForm | undefined): string {
  return form ? `${form.authority} (${h.body})` : h.body;
}

/** True when every step from `fromId` to `toId` was a rename ("nay là"), not a merger ("nay thuộc"). */
function onlyRenamed(index: LocalityIndex, fromId: string, toId: string): boolean {
  const seen = new Set<string>();
  for (let l = index.get(fromId); l && l.id !== toId && !seen.has(l.id); l = l.successor ? index.get(l.successor) : undefined) {
    seen.add(l.id);
    if (l.change !== 'renamed') return false;
  }
  return true;
}

/** " (nay thuộc xã Tân Hiệp)" when the unit is gone today and its successor is known; else "". */
function todayNote(index: LocalityIndex, id: string, today: string): string {
  const l = index.get(id);
  if (!l || existsOn(l, today)) return '';
  const now = successorOn(index, id, today);
  return now ? ` (${onlyRenamed(index, id, now.id) ? 'nay là' : 'nay thuộc'} ${shortName(now)})` : '';
}

/**
 * Splits a place (as named on the decision date) into the commune part and the province part,
 * each with today's name when it changed.
 */
export function placeColumns(index: LocalityIndex, id: string | undefined, today: string): { commune: string; province: string; provinceId?: string } {
  if (!id || !index.has(id)) return { commune: '', province: '' };
  const chain = [];
  const seen = new Set<string>();
  for (let l = index.get(id); l && !seen.has(l.id); l = l.parent ? index.get(l.parent) : undefined) {
    seen.add(l.id);
    chain.push(l);
  }
  // The top of the chain is the province; below it the commune (and, before 7/2025, its
  // district). A district alone still says where; the note comes from the lowest unit.
  const province = chain[chain.length - 1];
  const below = chain.slice(0, -1);
  return {
    commune: below.length ? `${below.map((l) => shortName(l)).join(', ')}${todayNote(index, below[0].id, today)}` : '',
    province: `${shortName(province)}${todayNote(index, province.id, today)}`,
    provinceId: province.id,
  };
}

/** A cell on one line: a YAML block scalar's line breaks read as spaces, as on the page. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every recipient of one decision, in the decision's own order. */
export function honorRows(h: HonorLike, ctx: RollContext): HonorRow[] {
  const d = h.data;
  const form = ctx.awardForms.get(d.form);
  const date = partial(d.date);
  const revoked = isRevoked(d);
  const base = {
    decisionId: h.id,
    formId: d.form,
    form: form?.name ?? d.form,
    rank: form?.rank ?? Number.MAX_SAFE_INTEGER,
    authority: authorityText(d, form),
    decisionNumber: decisionNumberText(d),
    decisionDate: formatListDate(date),
    decisionDateIso: d.date,
    year: date.year,
    campaignId: d.campaign,
    phaseId: d.phase,
    revoked,
    status: revokedText(d) ?? IN_FORCE_TEXT,
  };
  return d.recipients.map((r, index) => ({
    ...base,
    index,
    honoreeId: honoreeId(r),
    honoree: oneLine(r.name),
    kind: r.kind,
    kindLabel: RECIPIENT_KIND_LABELS[r.kind],
    unit: oneLine([r.role, r.unit].filter(Boolean).join(', ')),
    ...placeColumns(ctx.localities, r.locality ?? d.locality, ctx.today),
    achievement: oneLine(r.achievement ?? ''),
    stories: r.stories,
  }));
}

/** Rows of many decisions, decision by decision in the given order. */
export function rowsOf(honors: readonly HonorLike[], ctx: RollContext): HonorRow[] {
  return honors.flatMap((h) => honorRows(h, ctx));
}

/** Rows whose decision is in force: the only ones that count. */
export function inForce(rows: readonly HonorRow[]): HonorRow[] {
  return rows.filter((r) => !r.revoked);
}

// ---------------------------------------------------------------------------------------------
// Orders and groups

/** Decision order: decision date (earliest day first), then decision id, then position in its list. */
export function compareDecisionOrder(a: HonorRow, b: HonorRow): number {
  return compareDates(partial(a.decisionDateIso), partial(b.decisionDateIso)) || a.decisionId.localeCompare(b.decisionId) || a.index - b.index;
}

export interface FormGroup {
  formId: string;
  form: string;
  rank: number;
  rows: HonorRow[];
}

/** Groups by award form in legal rank (lower rank first), each in decision order. */
export function groupByForm(rows: readonly HonorRow[]): FormGroup[] {
  const groups = new Map<string, FormGroup>();
  for (const r of rows) {
    const g = groups.get(r.formId) ?? { formId: r.formId, form: r.form, rank: r.rank, rows: [] };
    g.rows.push(r);
    groups.set(r.formId, g);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, rows: [...g.rows].sort(compareDecisionOrder) }))
    .sort((a, b) => a.rank - b.rank || compareVietnamese(a.form, b.form));
}

/** The given name: the last word of a Vietnamese full name ("Trần Văn An" → "An"). */
export function givenName(name: string): string {
  const words = name.trim().split(/\s+/);
  return words[words.length - 1] ?? '';
}

/** A→Z as Vietnamese lists go: by given name, then by the full name (Intl.Collator('vi')). */
export function compareByGivenName(a: string, b: string): number {
  return compareVietnamese(givenName(a), givenName(b)) || compareVietnamese(a, b);
}

/** A→Z order of rows: people and households by given name, collectives by their full name. */
export function compareAlphabetical(a: HonorRow, b: HonorRow): number {
  const byName = a.kind === 'collective' && b.kind === 'collective' ? compareVietnamese(a.honoree, b.honoree) : compareByGivenName(a.honoree, b.honoree);
  return byName || compareDecisionOrder(a, b);
}

export interface KindSection {
  kind: RecipientKind;
  /** "Cá nhân", "Hộ gia đình", "Tập thể". */
  label: string;
  rows: HonorRow[];
}

const SECTION_ORDER: readonly RecipientKind[] = ['individual', 'household', 'collective'];
const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** The A→Z view: one section per kind of recipient (empty ones left out), each sorted A→Z. */
export function alphabeticalSections(rows: readonly HonorRow[]): KindSection[] {
  return SECTION_ORDER.map((kind) => ({
    kind,
    label: capitalise(RECIPIENT_KIND_LABELS[kind]),
    rows: rows.filter((r) => r.kind === kind).sort(compareAlphabetical),
  })).filter((s) => s.rows.length > 0);
}

// ---------------------------------------------------------------------------------------------
// Totals (revoked decisions never count)

export interface Total {
  key: string;
  label: string;
  value: number;
}

function tally(rows: readonly HonorRow[], key: (r: HonorRow) => string, label: (r: HonorRow) => string): Total[] {
  const out = new Map<string, Total>();
  for (const r of inForce(rows)) {
    const k = key(r);
    const t = out.get(k) ?? { key: k, label: label(r), value: 0 };
    t.value++;
    out.set(k, t);
  }
  return [...out.values()];
}

const byValueThenLabel = (a: Total, b: Total) => b.value - a.value || compareVietnamese(a.label, b.label);

/** Awards per form, in legal rank. */
export function totalsByForm(rows: readonly HonorRow[]): Total[] {
  const rank = new Map(rows.map((r) => [r.formId, r.rank]));
  return tally(rows, (r) => r.formId, (r) => r.form).sort((a, b) => (rank.get(a.key) ?? 0) - (rank.get(b.key) ?? 0) || compareVietnamese(a.label, b.label));
}

/** Awards per year of decision, oldest year first. */
export function totalsByYear(rows: readonly HonorRow[]): Total[] {
  return tally(rows, (r) => String(r.year), (r) => String(r.year)).sort((a, b) => Number(a.key) - Number(b.key));
}

export const UNKNOWN_PROVINCE = 'Chưa rõ tỉnh, thành phố';

/** Awards per province as named on the decision date (with today's name noted), most first. */
export function totalsByProvince(rows: readonly HonorRow[]): Total[] {
  return tally(rows, (r) => r.provinceId ?? '', (r) => capitalise(r.province) || UNKNOWN_PROVINCE).sort(byValueThenLabel);
}

export const NO_CAMPAIGN = 'Không gắn với phong trào nào';

/** Awards per campaign, most first; decisions outside any campaign are counted apart. */
export function totalsByCampaign(rows: readonly HonorRow[], campaignName: (id: string) => string): Total[] {
  return tally(rows, (r) => r.campaignId ?? '', (r) => (r.campaignId ? campaignName(r.campaignId) : NO_CAMPAIGN)).sort(byValueThenLabel);
}

export const sumOf = (totals: readonly Total[]) => totals.reduce((s, t) => s + t.value, 0);

// ---------------------------------------------------------------------------------------------
// Page views over the site model

interface EntryLike<T> { id: string; data: T; body?: string }

/** What the honor-roll pages read from the site model (SiteModel satisfies it). */
export interface RollModel {
  awardForms: ReadonlyMap<string, AwardForm>;
  localities: LocalityIndex;
  campaigns: readonly EntryLike<Campaign>[];
  campaignById: ReadonlyMap<string, EntryLike<Campaign>>;
  planById: ReadonlyMap<string, EntryLike<Plan>>;
  /** Public stories only. */
  storyById: ReadonlyMap<string, EntryLike<{ title: string }>>;
  /** Newest first. */
  honors: readonly HonorLike[];
  honorById: ReadonlyMap<string, HonorLike>;
  honorees: ReadonlyMap<string, Honoree<HonorLike>>;
  models: readonly EntryLike<SecurityModel>[];
}

export interface Link { href: string; text: string }

const ctxOf = (model: RollModel, today: string): RollContext => ({ awardForms: model.awardForms, localities: model.localities, today });

export const campaignLabel = (c: Campaign) => c.shortName ?? c.name;

/** Links to the PUBLIC stories among the ids (drafts and embargoed stories are not in storyById). */
export function storyLinks(model: Pick<RollModel, 'storyById'>, ids: readonly string[]): Link[] {
  return ids.flatMap((id) => {
    const s = model.storyById.get(id);
    return s ? [{ href: storyHref(id), text: s.data.title }] : [];
  });
}

/** Every row of every decision, newest decision first, each in its own order: the overview export. */
export function allRows(model: RollModel, today: string): HonorRow[] {
  return rowsOf(model.honors, ctxOf(model, today));
}

export interface DecisionSummary {
  id: string;
  href: string;
  title: string;
  body: string;
  form: string;
  count: number;
  revoked?: string;
  campaign?: Link;
}

export function decisionSummary(model: RollModel, h: HonorLike): DecisionSummary {
  const campaign = h.data.campaign ? model.campaignById.get(h.data.campaign) : undefined;
  return {
    id: h.id,
    href: decisionHref(h.id),
    title: decisionTitle(h.data),
    body: h.data.body,
    form: model.awardForms.get(h.data.form)?.name ?? h.data.form,
    count: h.data.recipients.length,
    revoked: revokedText(h.data),
    campaign: campaign && { href: campaignRollHref(campaign.id), text: campaign.data.name },
  };
}

export interface Chart {
  id: string;
  title: string;
  description: string;
  labelHeader: string;
  totals: Total[];
}

/** The four overview charts: by form, year, province, campaign (in-force decisions only). */
export function overviewCharts(model: RollModel, rows: readonly HonorRow[]): Chart[] {
  const name = (id: string) => {
    const c = model.campaignById.get(id);
    return c ? campaignLabel(c.data) : id;
  };
  const note = 'Chỉ tính các quyết định còn hiệu lực.';
  return [
    { id: 'theo-hinh-thuc', title: 'Số lượt khen thưởng theo hình thức', description: `Xếp theo thứ bậc của hình thức khen thưởng. ${note}`, labelHeader: 'Hình thức khen thưởng', totals: totalsByForm(rows) },
    { id: 'theo-nam', title: 'Số lượt khen thưởng theo năm', description: `Theo năm ra quyết định. ${note}`, labelHeader: 'Năm', totals: totalsByYear(rows) },
    { id: 'theo-tinh', title: 'Số lượt khen thưởng theo tỉnh, thành phố', description: `Theo tên tỉnh, thành phố vào ngày ra quyết định. ${note}`, labelHeader: 'Tỉnh, thành phố', totals: totalsByProvince(rows) },
    { id: 'theo-phong-trao', title: 'Số lượt khen thưởng theo phong trào', description: note, labelHeader: 'Phong trào', totals: totalsByCampaign(rows, name) },
  ];
}

export interface Overview {
  rows: HonorRow[];
  decisions: DecisionSummary[];
  charts: Chart[];
  decisionCount: number;
  revokedCount: number;
  awardCount: number;
  honoreeCount: number;
  /** Campaigns with decisions: their roll and their printable board. */
  campaigns: (Link & { board: string })[];
}

export function overview(model: RollModel, today: string): Overview {
  const rows = allRows(model, today);
  const counted = inForce(rows);
  return {
    rows,
    decisions: model.honors.map((h) => decisionSummary(model, h)),
    charts: overviewCharts(model, rows),
    decisionCount: model.honors.length,
    revokedCount: model.honors.filter((h) => isRevoked(h.data)).length,
    awardCount: counted.length,
    honoreeCount: new Set(counted.map((r) => r.honoreeId)).size,
    campaigns: campaignsWithDecisions(model).map((c) => ({ href: campaignRollHref(c.id), text: c.data.name, board: boardHref(c.id) })),
  };
}

/**
 * Campaigns that have at least one (listed) decision, in the site model's order. A withdrawn
 * campaign keeps its roll while decisions under it are listed: they still link to it.
 */
export function campaignsWithDecisions(model: Pick<RollModel, 'campaigns' | 'honors'> & Partial<Pick<RollModel, 'campaignById'>>): EntryLike<Campaign>[] {
  const used = new Set(model.honors.map((h) => h.data.campaign).filter(Boolean));
  const all = model.campaignById ? [...model.campaignById.values()] : model.campaigns;
  return all.filter((c) => used.has(c.id));
}

export interface RowWithLinks {
  row: HonorRow;
  honoreeHref: string;
  decision: Link;
  stories: Link[];
}

export const withLinks = (model: Pick<RollModel, 'storyById'>, row: HonorRow): RowWithLinks => ({
  row,
  honoreeHref: honoreeHref(row.honoreeId),
  decision: { href: decisionHref(row.decisionId), text: rowDecisionTitle(row) },
  stories: storyLinks(model, row.stories),
});

export interface DecisionView {
  id: string;
  title: string;
  listHeading: string;
  number: string;
  date: string;
  dateIso: string;
  body: string;
  authority: string;
  form: string;
  place: string;
  signer?: string;
  campaign?: Link;
  campaignPage?: Link;
  phase?: Link;
  plan?: Link;
  revoked?: { date: string; dateIso: string; reason: string };
  /** published: "ngày 12/03/2025", "tháng 06/2025". */
  source?: { outlet: string; url: string; published?: string };
  rows: RowWithLinks[];
}

export function decisionView(model: RollModel, h: HonorLike, today: string): DecisionView {
  const d = h.data;
  const form = model.awardForms.get(d.form);
  const campaign = d.campaign ? model.campaignById.get(d.campaign) : undefined;
  const phase = campaign?.data.phases.find((p) => p.id === d.phase);
  const plan = d.plan ? model.planById.get(d.plan) : undefined;
  const signer = d.signer && [d.signer.authority, d.signer.titleLines.join(' '), '–', d.signer.rank, d.signer.name].filter(Boolean).join(' ');
  return {
    id: h.id,
    title: decisionTitle(d),
    listHeading: listHeading(d),
    number: d.number.status === 'unknown' ? 'Chưa rõ số (biết qua báo chí)' : displayNumber(d.number),
    date: describePrecision(partial(d.date)),
    dateIso: d.date,
    body: d.body,
    authority: form?.authority ?? d.authority,
    form: form?.name ?? d.form,
    place: describePlace(model.localities, d.locality, today),
    signer: signer || undefined,
    campaign: campaign && { href: campaignRollHref(campaign.id), text: campaign.data.name },
    campaignPage: campaign && { href: campaignPageHref(campaign.id), text: 'Giới thiệu phong trào' },
    phase: campaign && phase && { href: boardHref(campaign.id, phase.id), text: phase.theme ? `${phase.name}: ${phase.theme}` : phase.name },
    plan: plan && { href: planHref(plan.id), text: `${plan.data.title} (số ${displayNumber(plan.data.number)})` },
    revoked: d.status === 'in-force' ? undefined : { date: formatListDate(partial(d.status.revoked)), dateIso: d.status.revoked, reason: d.status.reason },
    source: d.source && { outlet: d.source.outlet, url: d.source.url, published: d.source.published && dateWords(partial(d.source.published)) },
    rows: honorRows(h, ctxOf(model, today)).map((r) => withLinks(model, r)),
  };
}

export interface ProfileView {
  id: string;
  name: string;
  /** Other spellings used by other decisions. */
  otherNames: string[];
  kindLabel: string;
  /** Newest decision first. */
  awards: RowWithLinks[];
  inForceCount: number;
  years: number[];
  stories: Link[];
}

export function profileView(model: RollModel, honoree: Honoree<HonorLike>, today: string): ProfileView {
  const ctx = ctxOf(model, today);
  const awards = honoree.awards
    .map((a) => honorRows(a.honor, ctx)[a.index])
    .sort((a, b) => compareDecisionOrder(b, a));
  return {
    id: honoree.id,
    name: honoree.name,
    otherNames: [...new Set(awards.map((r) => r.honoree))].filter((n) => n !== honoree.name),
    kindLabel: RECIPIENT_KIND_LABELS[honoree.kind],
    awards: awards.map((r) => withLinks(model, r)),
    inForceCount: inForce(awards).length,
    years: [...new Set(inForce(awards).map((r) => r.year))].sort((a, b) => a - b),
    stories: storyLinks(model, honoree.stories),
  };
}

export interface PhaseLink extends Link { id: string; name: string; theme?: string; count: number }

export interface CampaignRollView {
  id: string;
  name: string;
  theme?: string;
  summary: string;
  campaignPage: Link;
  /** Rank, then decision order; revoked rows stay in, marked. */
  groups: (Omit<FormGroup, 'rows'> & { rows: RowWithLinks[] })[];
  /** The same rows, flattened: what the exports carry. */
  rows: HonorRow[];
  decisions: DecisionSummary[];
  phases: PhaseLink[];
  totals: Total[];
  awardCount: number;
}

function campaignHonors(model: RollModel, campaignId: string): HonorLike[] {
  return model.honors
    .filter((h) => h.data.campaign === campaignId)
    .sort((a, b) => compareDates(partial(a.data.date), partial(b.data.date)) || a.id.localeCompare(b.id));
}

export function campaignRollView(model: RollModel, campaign: EntryLike<Campaign>, today: string): CampaignRollView {
  const honors = campaignHonors(model, campaign.id);
  const groups = groupByForm(rowsOf(honors, ctxOf(model, today)));
  const rows = groups.flatMap((g) => g.rows);
  const phases = campaign.data.phases.flatMap((p) => {
    const count = inForce(rows.filter((r) => r.phaseId === p.id)).length;
    return honors.some((h) => h.data.phase === p.id) ? [{ id: p.id, name: p.name, theme: p.theme, count, href: boardHref(campaign.id, p.id), text: `Bảng vàng ${p.name}` }] : [];
  });
  return {
    id: campaign.id,
    name: campaign.data.name,
    theme: campaign.data.theme,
    summary: campaign.data.summary,
    campaignPage: { href: campaignPageHref(campaign.id), text: `Giới thiệu phong trào, các đợt và nội dung thi đua` },
    groups: groups.map((g) => ({ ...g, rows: g.rows.map((r) => withLinks(model, r)) })),
    rows,
    decisions: [...honors].reverse().map((h) => decisionSummary(model, h)),
    phases,
    totals: totalsByForm(rows),
    awardCount: inForce(rows).length,
  };
}

/** Rows of the export for one campaign (its page's order) or for every decision (the overview's). */
export function exportRows(model: RollModel, campaignId: string | undefined, today: string): HonorRow[] {
  if (!campaignId) return allRows(model, today);
  const campaign = model.campaignById.get(campaignId);
  return campaign ? campaignRollView(model, campaign, today).rows : [];
}

/** "Danh sách khen thưởng: Phong trào …" or the whole roll. */
export function exportTitle(model: RollModel, campaignId?: string): string {
  const c = campaignId ? model.campaignById.get(campaignId) : undefined;
  return c ? `Danh sách khen thưởng – ${c.data.name}` : 'Danh sách khen thưởng – tất cả quyết định';
}

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

export interface BoardView {
  campaignId: string;
  campaignName: string;
  /** Campaign theme, or the phase's theme on a phase board. */
  theme?: string;
  phase?: Pick<Phase, 'id' | 'name' | 'theme'> & { period: string };
  /** In-force awards only: a revoked award does not belong on a board of honor. */
  groups: FormGroup[];
  count: number;
  revokedLeftOut: number;
  decisions: string[];
}

export function boardView(model: RollModel, campaign: EntryLike<Campaign>, phaseId: string | undefined, today: string): BoardView {
  const phase = phaseId ? campaign.data.phases.find((p) => p.id === phaseId) : undefined;
  const honors = campaignHonors(model, campaign.id).filter((h) => !phaseId || h.data.phase === phaseId);
  const rows = rowsOf(honors, ctxOf(model, today));
  const kept = inForce(rows);
  return {
    campaignId: campaign.id,
    campaignName: campaign.data.name,
    theme: phase ? phase.theme ?? campaign.data.theme : campaign.data.theme,
    phase: phase && { id: phase.id, name: phase.name, theme: phase.theme, period: periodText(phase.period) },
    groups: groupByForm(kept),
    count: kept.length,
    revokedLeftOut: rows.length - kept.length,
    decisions: honors.filter((h) => !isRevoked(h.data)).map((h) => decisionTitle(h.data)),
  };
}

/** Board paths: one per campaign with decisions, and one per phase that has decisions. */
export function boardPaths(model: RollModel): { campaign: EntryLike<Campaign>; phase?: string }[] {
  return campaignsWithDecisions(model).flatMap((campaign) => [
    { campaign },
    ...campaign.data.phases.filter((p) => model.honors.some((h) => h.data.campaign === campaign.id && h.data.phase === p.id)).map((p) => ({ campaign, phase: p.id })),
  ]);
}

/** "Trần Văn An, Công an viên, Công an xã Thạnh Đông": one board line under the name. */
export function boardDetails(r: HonorRow): string {
  return [r.unit, r.commune || r.province].filter(Boolean).join(' · ');
}

// ---------------------------------------------------------------------------------------------
// Security models (mô hình)

export interface ModelView {
  id: string;
  href: string;
  name: string;
  unit: string;
  place: string;
  since?: string;
  results: string[];
  howTo: string[];
  recognisedBy?: Link & { revoked?: string };
  source?: { outlet: string; url: string };
  paragraphs: string[];
}

/** Paragraphs of a plain Markdown body (blank-line separated), for a short model description. */
export function paragraphsOf(body: string): string[] {
  return body.split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
}

export function modelView(model: RollModel, entry: EntryLike<SecurityModel>, today: string): ModelView {
  const m = entry.data;
  const honor = m.recognisedBy ? model.honorById.get(m.recognisedBy) : undefined;
  return {
    id: entry.id,
    href: modelHref(entry.id),
    name: m.name,
    unit: m.unit,
    place: describePlace(model.localities, m.locality, today),
    since: m.since && dateWords(partial(m.since)),
    results: m.results,
    howTo: m.howTo,
    recognisedBy: honor && { href: decisionHref(honor.id), text: `${decisionTitle(honor.data)} của ${honor.data.body}`, revoked: revokedText(honor.data) },
    source: m.source,
    paragraphs: paragraphsOf(entry.body ?? ''),
  };
}

// Story id → honorees linking it, built once per honoree map (the site model's lives for the
// whole build), in the map's order: scanning every honoree on every story page was
// O(stories × honorees) (docs/performance.md).
const honoreesByStory = new WeakMap<RollModel['honorees'], { size: number; byStory: Map<string, Honoree<HonorLike>[]> }>();

/** Honorees whose awards link this story: the story page links to their profiles. */
export function honoreesOfStory(honorees: RollModel['honorees'], storyId: string): Link[] {
  let cached = honoreesByStory.get(honorees);
  if (!cached || cached.size !== honorees.size) {
    const byStory = new Map<string, Honoree<HonorLike>[]>();
    for (const h of honorees.values()) {
      for (const id of new Set(h.stories)) {
        const list = byStory.get(id);
        if (list) list.push(h);
        else byStory.set(id, [h]);
      }
    }
    cached = { size: honorees.size, byStory };
    honoreesByStory.set(honorees, cached);
  }
  return (cached.byStory.get(storyId) ?? []).map((h) => ({ href: honoreeHref(h.id), text: h.name }));
}
