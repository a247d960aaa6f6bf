/**
 * Pure helpers that lay out good-deed stories ("Người tốt, việc tốt") for pages: who, when,
 * where, which campaign, and the static list pages by competition content, year and locality.
 * The .astro files stay thin. Consent records are never read here: nothing from `consent`
 * can reach a page.
 */
import type { Campaign, CompetitionContent, Phase } from '../schemas/campaigns.ts';
import type { Locality } from '../schemas/localities.ts';
import type { Story, Subject } from '../schemas/stories.ts';
import { describePlace, fullName, provinceOf, shortName, successorOn, type LocalityIndex } from './localities.ts';
import { partial } from './partial-date.ts';
import { periodText } from './plan-view.ts';
import { compareVietnamese } from './text.ts';
import { formatListDate } from './vietnamese-dates.ts';

/** The part of a site-model entry these helpers need. */
export interface StoryLike { id: string; data: Story }
export interface CampaignLike { id: string; data: Campaign }
export interface PlanLike { id: string; data: { locality: string } }

export const STORIES_PATH = '/nguoi-tot-viec-tot/';
export const storyHref = (id: string) => `${STORIES_PATH}${id}/`;
export const yearHref = (year: number | string) => `${STORIES_PATH}nam/${year}/`;
export const contentHref = (slug: string) => `${STORIES_PATH}linh-vuc/${slug}/`;
export const localityHref = (id: string) => `/dia-ban/${id}/`;
export const campaignHref = (id: string) => `/phong-trao/${id}/`;

// ---------------------------------------------------------------------------------------------
// One story

/** "Nguyễn Văn An" or, without consent to the name, "N.V.A.". */
export function subjectName(s: Subject): string {
  return s.name ?? s.initials ?? '';
}

/**
 * What is said about a subject besides the name, in reading order: age (only when the entry
 * has one, which the schema allows only with consent), role, unit. Never the consent record.
 */
export function subjectDetails(s: Subject): string[] {
  const out: string[] = [];
  if (s.age !== undefined) out.push(`${s.age} tuổi`);
  else if (s.birthYear !== undefined) out.push(`sinh năm ${s.birthYear}`);
  if (s.role) out.push(s.role);
  if (s.unit) out.push(s.unit);
  return out;
}

/** "Nguyễn Văn An, 45 tuổi, Tổ trưởng …": one line per subject. */
export function subjectLine(s: Subject): string {
  return [subjectName(s), ...subjectDetails(s)].join(', ');
}

/** Deed date in list style: "12/03/2025", "03/2025", "2025". */
export function deedDateText(story: Story): string {
  return formatListDate(partial(story.deedDate));
}

/** "Đăng ngày 15/03/2025". */
export function publishedText(story: Story): string {
  return `Đăng ngày ${formatListDate(partial(story.published))}`;
}

/** "Cập nhật 20/03/2025", or undefined when the story was never updated after publication. */
export function updatedText(story: Story): string | undefined {
  return story.updated && story.updated !== story.published ? `Cập nhật ${formatListDate(partial(story.updated))}` : undefined;
}

/** Where it happened, named as on the deed date, with "(nay thuộc …)" for today's reader. */
export function placeText(localities: LocalityIndex, story: Story, today: string): string {
  return describePlace(localities, story.locality, today);
}

/** The words after "Theo <outlet>": "bài của Minh Hải, đăng ngày 12/03/2025". */
export function sourceDetails(source: NonNullable<Story['source']>): string | undefined {
  const parts: string[] = [];
  if (source.author) parts.push(`bài của ${source.author}`);
  if (source.published) parts.push(`đăng ngày ${formatListDate(partial(source.published))}`);
  return parts.length ? parts.join(', ') : undefined;
}

/** "Giấy khen của Giám đốc Công an tỉnh (Công an tỉnh Kiên Giang, 20/03/2025)". */
export function recognitionText(r: Story['recognition'][number]): string {
  const extra = [r.by, r.date && formatListDate(partial(r.date))].filter(Boolean).join(', ');
  return extra ? `${r.text} (${extra})` : r.text;
}

/**
 * The credit line under a photo: "Ảnh: Công an xã Bình Phước". Editors may already have
 * written "Ảnh: …" (the schema's own example does), so it is never doubled.
 */
export function photoCredit(credit: string): string {
  return `Ảnh: ${credit.replace(/^\s*ảnh\s*:\s*/iu, '')}`;
}

/** "20/03/2025". */
export function correctionDate(c: Story['corrections'][number]): string {
  return formatListDate(partial(c.date));
}

/**
 * URL slug of a competition content. Content ids are unique only within their campaign, so an
 * id that two campaigns share gets the campaign id appended; any other id is used as is.
 */
export function contentSlug(campaigns: readonly CampaignLike[], campaignId: string, contentId: string): string {
  const owners = campaigns.filter((c) => c.data.contents.some((k) => k.id === contentId)).length;
  return owners > 1 ? `${contentId}-${campaignId}` : contentId;
}

/** "4.7. Thi đua xây dựng, phát huy, nhân rộng những hình ảnh đẹp …". */
export function contentLabel(k: CompetitionContent): string {
  return `${k.number}. ${k.title}`;
}

export interface StoryCampaignLinks {
  campaign?: { name: string; href: string };
  phase?: { name: string; period: string; theme?: string };
  content?: { label: string; listHref: string; anchorHref: string };
}

/** The campaign, phase and competition content a story is filed under, with their links. */
export function campaignLinks(story: Story, campaigns: readonly CampaignLike[]): StoryCampaignLinks {
  const c = story.campaign ? campaigns.find((x) => x.id === story.campaign) : undefined;
  if (!c) return {};
  const out: StoryCampaignLinks = { campaign: { name: c.data.name, href: campaignHref(c.id) } };
  const phase: Phase | undefined = story.phase ? c.data.phases.find((p) => p.id === story.phase) : undefined;
  if (phase) out.phase = { name: phase.name, period: periodText(phase.period), theme: phase.theme };
  const k = story.content ? c.data.contents.find((x) => x.id === story.content) : undefined;
  if (k) {
    out.content = {
      label: contentLabel(k),
      listHref: contentHref(contentSlug(campaigns, c.id, k.id)),
      anchorHref: `${campaignHref(c.id)}#${k.id}`,
    };
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// List pages

export interface ContentGroup<S extends StoryLike = StoryLike> {
  slug: string;
  campaign: CampaignLike;
  content: CompetitionContent;
  label: string;
  stories: S[];
}

// The list pages' filter bar asks for the same groups on every page: they are computed once per
// story list (the site model's lives for the whole build) and handed out as fresh copies, so
// callers may still change what they get. Computing them per page made the list pages O(n²)
// (docs/performance.md).
const contentGroups = new WeakMap<readonly StoryLike[], { campaigns: readonly CampaignLike[]; length: number; groups: ContentGroup[] }>();
const yearGroups = new WeakMap<readonly StoryLike[], { length: number; groups: YearGroup[] }>();

/**
 * One group per competition content that has at least one story, in the campaigns' order and
 * then the document's numbering; stories keep the order they came in (newest first).
 */
export function byContent<S extends StoryLike>(stories: readonly S[], campaigns: readonly CampaignLike[]): ContentGroup<S>[] {
  let cached = contentGroups.get(stories);
  if (!cached || cached.campaigns !== campaigns || cached.length !== stories.length) {
    const byKey = new Map<string, S[]>();
    for (const s of stories) {
      if (s.data.campaign === undefined || s.data.content === undefined) continue;
      const key = `${s.data.campaign}\u0000${s.data.content}`;
      const list = byKey.get(key);
      if (list) list.push(s);
      else byKey.set(key, [s]);
    }
    const groups: ContentGroup<S>[] = [];
    for (const c of campaigns) {
      for (const k of c.data.contents) {
        const list = byKey.get(`${c.id}\u0000${k.id}`) ?? [];
        if (list.length) groups.push({ slug: contentSlug(campaigns, c.id, k.id), campaign: c, content: k, label: contentLabel(k), stories: list });
      }
    }
    cached = { campaigns, length: stories.length, groups };
    contentGroups.set(stories, cached);
  }
  return (cached.groups as ContentGroup<S>[]).map((g) => ({ ...g, stories: [...g.stories] }));
}

export interface YearGroup<S extends StoryLike = StoryLike> { year: number; stories: S[] }

/** Stories by the year of the deed, newest year first. */
export function byDeedYear<S extends StoryLike>(stories: readonly S[]): YearGroup<S>[] {
  let cached = yearGroups.get(stories);
  if (!cached || cached.length !== stories.length) {
    const groups = new Map<number, S[]>();
    for (const s of stories) {
      const year = partial(s.data.deedDate).year;
      const list = groups.get(year);
      if (list) list.push(s);
      else groups.set(year, [s]);
    }
    cached = { length: stories.length, groups: [...groups.entries()].sort((a, b) => b[0] - a[0]).map(([year, list]) => ({ year, stories: list })) };
    yearGroups.set(stories, cached);
  }
  return (cached.groups as YearGroup<S>[]).map((g) => ({ year: g.year, stories: [...g.stories] }));
}

/** The unit and every unit above it, nearest first. */
export function ancestry(localities: LocalityIndex, id: string): Locality[] {
  const out: Locality[] = [];
  const seen = new Set<string>();
  for (let l = localities.get(id); l && !seen.has(l.id); l = l.parent ? localities.get(l.parent) : undefined) {
    seen.add(l.id);
    out.push(l);
  }
  return out;
}

/** True when unit `id` is `ancestorId` or lies within it. */
export function isWithin(localities: LocalityIndex, id: string, ancestorId: string): boolean {
  return ancestry(localities, id).some((l) => l.id === ancestorId);
}

/**
 * "(nay thuộc tỉnh An Giang)" or "(nay là …)": what describePlace adds after the unit's
 * full name for a reader today; empty when the name is still current or the successor unknown.
 */
export function nowNote(localities: LocalityIndex, id: string, today: string): string {
  return describePlace(localities, id, today).slice(fullName(localities, id).length).trim();
}

/** Capitalises the first letter: "tỉnh Kiên Giang" → "Tỉnh Kiên Giang". */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

export interface LocalityPage<S extends StoryLike = StoryLike, P extends PlanLike = PlanLike> {
  locality: Locality;
  /** "thành phố Rạch Giá, tỉnh Kiên Giang (nay thuộc tỉnh An Giang)". */
  label: string;
  /** "thành phố Rạch Giá". */
  name: string;
  /** "(nay thuộc tỉnh An Giang)", or "". */
  note: string;
  /** Stories located in the unit or in any unit within it, newest first. */
  stories: S[];
  /** The province the unit belongs to (itself for a province). */
  province?: Locality;
  /** Plans of that province, newest first. */
  plans: P[];
  /** Units directly within it that have a page. */
  children: Locality[];
  /** The unit above it, when that has a page. */
  parent?: Locality;
  /** Today's unit, when it is another one and has a page (e.g. Kiên Giang → An Giang). */
  successor?: Locality;
  /** Earlier units that now belong to it and have a page. */
  predecessors: Locality[];
}

/**
 * One page per unit that has a public story or plan in it or below it: stories located in the
 * unit or its child units, and the plans of its province. Sorted province by province in
 * Vietnamese order, each province followed by its units (a tree walked depth first).
 */
export function localityPages<S extends StoryLike, P extends PlanLike>(
  stories: readonly S[],
  plans: readonly P[],
  localities: LocalityIndex,
  today: string,
): LocalityPage<S, P>[] {
  const ids = new Set<string>();
  for (const x of [...stories.map((s) => s.data.locality), ...plans.map((p) => p.data.locality)]) {
    for (const l of ancestry(localities, x)) ids.add(l.id);
  }
  // Each story is filed under its unit and every unit above it, in one pass and in the given
  // order: the same lists as filtering all stories per unit (which was O(units × stories)).
  const within = new Map<string, S[]>();
  const ancestors = new Map<string, string[]>();
  for (const s of stories) {
    let up = ancestors.get(s.data.locality);
    if (!up) ancestors.set(s.data.locality, (up = [...new Set(ancestry(localities, s.data.locality).map((l) => l.id))]));
    for (const id of up) {
      const list = within.get(id);
      if (list) list.push(s);
      else within.set(id, [s]);
    }
  }
  const pages = new Map<string, LocalityPage<S, P>>();
  for (const id of ids) {
    const locality = localities.get(id)!;
    const province = provinceOf(localities, id);
    pages.set(id, {
      locality,
      label: describePlace(localities, id, today),
      name: shortName(locality),
      note: nowNote(localities, id, today),
      stories: [...(within.get(id) ?? [])],
      province,
      plans: province ? plans.filter((p) => provinceOf(localities, p.data.locality)?.id === province.id) : [],
      children: [],
      predecessors: [],
    });
  }
  const byName = (a: Locality, b: Locality) => compareVietnamese(a.name, b.name) || compareVietnamese(shortName(a), shortName(b));
  for (const page of pages.values()) {
    const l = page.locality;
    if (l.parent && pages.has(l.parent)) {
      page.parent = pages.get(l.parent)!.locality;
      pages.get(l.parent)!.children.push(l);
    }
    const now = successorOn(localities, l.id, today);
    if (now && now.id !== l.id && pages.has(now.id)) {
      page.successor = now;
      pages.get(now.id)!.predecessors.push(l);
    }
  }
  for (const page of pages.values()) {
    page.children.sort(byName);
    page.predecessors.sort(byName);
  }
  const out: LocalityPage<S, P>[] = [];
  const visit = (l: Locality) => {
    const page = pages.get(l.id)!;
    out.push(page);
    page.children.forEach(visit);
  };
  [...pages.values()].filter((p) => !p.parent).map((p) => p.locality).sort(byName).forEach(visit);
  return out;
}
