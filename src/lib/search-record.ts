/**
 * What the search index knows about a page besides its text: the record type, the date it is
 * sorted by, what a result shows (type, date, place), and the filter values (type, province as
 * named then and now, year, campaign, competition content, award form).
 *
 * Only pages that stand for one record are searchable: a plan, a campaign, a story, an award
 * decision or honoree, a model. List pages (home, years, provinces, localities, boards) only
 * repeat those records' titles and summaries, so they stay out of the index, where they would
 * outrank the records they list. Pure: the layout passes the path and the site model.
 */
import type { Entry } from '../model/load-content.ts';
import type { SiteModel } from '../model/site-model.ts';
import type { Honor, SecurityModel } from '../schemas/honors.ts';
import type { Plan } from '../schemas/plans.ts';
import type { Story } from '../schemas/stories.ts';
import type { Campaign } from '../schemas/campaigns.ts';
import { isRevoked, type Honoree } from './honorees.ts';
import { describePlace, provinceOf, successorOn, type LocalityIndex } from './localities.ts';
import { earliestDay, partial } from './partial-date.ts';
import { periodText } from './plan-view.ts';
import { contentLabel } from './story-view.ts';
import { formatListDate } from './vietnamese-dates.ts';
import { RECORD_TYPES, type FilterKey, type RecordKind } from './search-fields.ts';

export interface SearchRecord {
  kind: RecordKind;
  /** "Kế hoạch", "Người tốt, việc tốt" … */
  type: string;
  /** Earliest ISO day the record's date can mean, for sorting; undefined when it has none. */
  sortDate?: string;
  /** The date as a result shows it: "20/08/2024", "03/2025", "01/2023 – 12/2025". */
  dateText?: string;
  /** Where: "xã Bình Châu, huyện Xuyên Mộc, tỉnh Bà Rịa - Vũng Tàu (nay thuộc …)". */
  place?: string;
  /** Story whose first photo illustrates the result. */
  photoOf?: string;
  /** Filter values by key; every record has at least `loai`. */
  filters: Partial<Record<FilterKey, string[]>>;
}

type Model = Pick<SiteModel, 'localities' | 'awardForms' | 'campaigns' | 'plans' | 'planById' | 'campaignById' | 'stories' | 'storyById' | 'honors' | 'honorById' | 'honorees' | 'models'> & Partial<Pick<SiteModel, 'unlisted'>>;

const unique = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))];

/** Province names for a set of localities: as named on the record's date, and today's unit. */
function provinces(localities: LocalityIndex, ids: (string | undefined)[], today: string): { tinh: string[]; tinh_nay: string[] } {
  const then = unique(ids).map((id) => provinceOf(localities, id)).filter((l) => l !== undefined);
  return {
    tinh: unique(then.map((p) => p.name)),
    tinh_nay: unique(then.map((p) => successorOn(localities, p.id, today)?.name)),
  };
}

const yearOf = (d: string) => String(partial(d).year);

type RawFilters = Partial<Record<FilterKey, (string | undefined)[]>>;

/** The record with its filters: `loai` from the type, empty values and repeats dropped. */
function withFilters(record: Omit<SearchRecord, 'filters'>, filters: RawFilters): SearchRecord {
  const clean: Partial<Record<FilterKey, string[]>> = { loai: [record.type] };
  for (const [k, v] of Object.entries(filters) as [FilterKey, (string | undefined)[] | undefined][]) {
    const values = unique(v ?? []);
    if (k !== 'loai' && values.length) clean[k] = values;
  }
  return { ...record, filters: clean };
}

export function planRecord(m: Model, entry: Entry<Plan>, today: string): SearchRecord {
  const p = entry.data;
  return withFilters(
    { kind: 'plan', type: RECORD_TYPES.plan, sortDate: earliestDay(partial(p.issued)), dateText: formatListDate(partial(p.issued)), place: describePlace(m.localities, p.locality, today) },
    { ...provinces(m.localities, [p.locality], today), nam: [yearOf(p.issued)], phong_trao: [m.campaignById.get(p.campaign)?.data.name] },
  );
}

export function campaignRecord(_m: Model, entry: Entry<Campaign>, today: string): SearchRecord {
  const c = entry.data;
  const start = c.period?.from ?? c.launchedBy?.date;
  const years: string[] = [];
  if (c.period) {
    const last = Math.min(partial(c.period.to ?? today).year, partial(today).year);
    for (let y = partial(c.period.from).year; y <= last; y++) years.push(String(y));
  } else if (start) years.push(yearOf(start));
  return withFilters(
    { kind: 'campaign', type: RECORD_TYPES.campaign, sortDate: start && earliestDay(partial(start)), dateText: c.period ? periodText(c.period) : start && formatListDate(partial(start)) },
    { nam: years, phong_trao: [c.name] },
  );
}

export function storyRecord(m: Model, entry: Entry<Story>, today: string): SearchRecord {
  const s = entry.data;
  const campaign = s.campaign ? m.campaignById.get(s.campaign) : undefined;
  const content = campaign && s.content ? campaign.data.contents.find((k) => k.id === s.content) : undefined;
  const forms = s.recognition.map((r) => (r.honor ? m.honorById.get(r.honor) : undefined)).map((h) => h && awardForm(m, h.data));
  return withFilters(
    { kind: 'story', type: RECORD_TYPES.story, sortDate: earliestDay(partial(s.deedDate)), dateText: formatListDate(partial(s.deedDate)), place: describePlace(m.localities, s.locality, today), photoOf: s.photos.length ? entry.id : undefined },
    { ...provinces(m.localities, [s.locality], today), nam: [yearOf(s.deedDate)], phong_trao: [campaign?.data.name], noi_dung: [content && contentLabel(content)], khen_thuong: forms },
  );
}

/** The award form a decision grants; none for a revoked decision, which no longer counts. */
function awardForm(m: Model, h: Honor): string | undefined {
  return isRevoked(h) ? undefined : m.awardForms.get(h.form)?.name;
}

function honorFilters(m: Model, honors: readonly Honor[], localities: (string | undefined)[], today: string): RawFilters {
  return {
    ...provinces(m.localities, localities, today),
    nam: honors.map((h) => yearOf(h.date)),
    phong_trao: honors.map((h) => (h.campaign ? m.campaignById.get(h.campaign)?.data.name : undefined)),
    khen_thuong: honors.map((h) => awardForm(m, h)),
  };
}

export function honorRecord(m: Model, entry: Entry<Honor>, today: string): SearchRecord {
  const h = entry.data;
  return withFilters(
    { kind: 'honor', type: RECORD_TYPES.honor, sortDate: earliestDay(partial(h.date)), dateText: formatListDate(partial(h.date)), place: describePlace(m.localities, h.locality, today) },
    honorFilters(m, [h], [h.locality, ...h.recipients.map((r) => r.locality)], today),
  );
}

export function honoreeRecord(m: Model, honoree: Honoree<Entry<Honor>>, today: string): SearchRecord {
  // The newest award dates and places the profile.
  const latest = [...honoree.awards].sort((a, b) => earliestDay(partial(b.honor.data.date)).localeCompare(earliestDay(partial(a.honor.data.date))))[0];
  const place = latest && (latest.recipient.locality ?? latest.honor.data.locality);
  return withFilters(
    { kind: 'honor', type: RECORD_TYPES.honor, sortDate: latest && earliestDay(partial(latest.honor.data.date)), dateText: latest && formatListDate(partial(latest.honor.data.date)), place: place && describePlace(m.localities, place, today) },
    honorFilters(m, honoree.awards.map((a) => a.honor.data), honoree.awards.map((a) => a.recipient.locality ?? a.honor.data.locality), today),
  );
}

export function modelRecord(m: Model, entry: Entry<SecurityModel>, today: string): SearchRecord {
  const x = entry.data;
  const honor = x.recognisedBy ? m.honorById.get(x.recognisedBy)?.data : undefined;
  const date = x.since ?? honor?.date;
  return withFilters(
    { kind: 'model', type: RECORD_TYPES.model, sortDate: date && earliestDay(partial(date)), dateText: date && formatListDate(partial(date)), place: describePlace(m.localities, x.locality, today) },
    { ...provinces(m.localities, [x.locality], today), nam: [date && yearOf(date)], phong_trao: [honor?.campaign && m.campaignById.get(honor.campaign)?.data.name], khen_thuong: [honor && awardForm(m, honor)] },
  );
}

/** Routes of the record pages: `/ke-hoach/<id>/` … The capture is the record id. */
const ROUTES: [RegExp, (m: Model, id: string, today: string) => SearchRecord | undefined][] = [
  [/^\/ke-hoach\/([^/]+)\/$/, (m, id, t) => { const e = m.planById.get(id); return e && planRecord(m, e, t); }],
  [/^\/phong-trao\/([^/]+)\/$/, (m, id, t) => { const e = m.campaignById.get(id); return e && campaignRecord(m, e, t); }],
  [/^\/nguoi-tot-viec-tot\/([^/]+)\/$/, (m, id, t) => { const e = m.storyById.get(id); return e && storyRecord(m, e, t); }],
  [/^\/vinh-danh\/quyet-dinh\/([^/]+)\/$/, (m, id, t) => { const e = m.honorById.get(id); return e && honorRecord(m, e, t); }],
  [/^\/vinh-danh\/nguoi\/([^/]+)\/$/, (m, id, t) => { const e = m.honorees.get(id); return e && honoreeRecord(m, e, t); }],
  [/^\/mo-hinh\/([^/]+)\/$/, (m, id, t) => { const e = m.models.find((x) => x.id === id); return e && modelRecord(m, e, t); }],
];

/**
 * The path of every page that may be a record: one per plan, campaign, story and decision that
 * has a page, per honoree and per listed model. searchRecordFor still decides (a withdrawn
 * entry has a page but no record).
 */
export function recordPaths(m: Model): string[] {
  const under = (prefix: string, ids: Iterable<string>) => [...ids].map((id) => `${prefix}${encodeURIComponent(id)}/`);
  return [
    ...under('/ke-hoach/', m.planById.keys()),
    ...under('/phong-trao/', m.campaignById.keys()),
    ...under('/nguoi-tot-viec-tot/', m.storyById.keys()),
    ...under('/vinh-danh/quyet-dinh/', m.honorById.keys()),
    ...under('/vinh-danh/nguoi/', m.honorees.keys()),
    ...under('/mo-hinh/', m.models.map((x) => x.id)),
  ];
}

/**
 * How many records carry each filter value, by filter key: what Pagefind's `filters()` answers
 * for the whole index, known when the site is built. The search page lists these values without
 * downloading every filter chunk of the index (tests/build/search.test.ts compares the two).
 */
export function filterTotals(m: Model, today: string): Record<string, Record<string, number>> {
  const totals: Record<string, Record<string, number>> = {};
  for (const path of recordPaths(m)) {
    const record = searchRecordFor(path, m, today);
    for (const [key, values] of Object.entries(record?.filters ?? {})) {
      const counts = (totals[key] ??= {});
      for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
    }
  }
  return totals;
}

/** The search record of the page at `path`, or undefined for a page that is not one record. */
export function searchRecordFor(path: string, m: Model, today: string): SearchRecord | undefined {
  const p = path.endsWith('/') ? path : `${path}/`;
  // A withdrawn entry keeps its page but leaves search (src/lib/publication.ts).
  if (m.unlisted?.has(p)) return undefined;
  for (const [re, make] of ROUTES) {
    const match = re.exec(p);
    if (match) return make(m, decodeURIComponent(match[1]), today);
  }
  return undefined;
}
