/**
 * "Cập nhật: dd/mm/yyyy" under every content page (NĐ 42/2022 practice: show when a page last
 * changed). Only dates already in the content are used, never the build date:
 *
 * - plan: its last recorded change (`updated`, when the schema carries one), else the issue date;
 * - story: `updated`, else `published`;
 * - decision: the revocation date when revoked, else the decision date;
 * - honoree: the newest decision that names them;
 * - campaign: the newest dated thing the campaign page lists (its launching document, plans,
 *   stories, decisions);
 * - model: since / its recognising decision;
 * - home: the newest of everything.
 *
 * A partial date stays partial ("12/2023"): nothing is invented. Pure: the layout passes the path.
 */
import type { SiteModel } from '../model/site-model.ts';
import { earliestDay, parsePartialDate, toIsoText } from './partial-date.ts';
import { formatListDate } from './vietnamese-dates.ts';

export interface PageUpdated {
  /** For <time datetime>: "2024-08-20", "2023-12" or "2023". */
  iso: string;
  /** "20/08/2024", "12/2023" or "2023". */
  text: string;
}

type Model = Pick<SiteModel, 'plans' | 'planById' | 'campaignById' | 'stories' | 'storyById' | 'honors' | 'honorById' | 'honorees' | 'models'>;

/** The newest of some (possibly partial) dates, compared by the first day each can mean. */
export function newest(dates: readonly (string | undefined)[]): PageUpdated | undefined {
  let best: { key: string; iso: string; text: string } | undefined;
  for (const d of dates) {
    const p = d ? parsePartialDate(d) : undefined;
    if (!p) continue;
    const key = earliestDay(p);
    if (!best || key > best.key) best = { key, iso: toIsoText(p), text: formatListDate(p) };
  }
  return best && { iso: best.iso, text: best.text };
}

/** A field the schema may or may not carry (read defensively, so schema additions just work). */
const field = (data: object, name: string): string | undefined => {
  const v = (data as Record<string, unknown>)[name];
  return typeof v === 'string' ? v : undefined;
};

const planDate = (data: object) => field(data, 'updated') ?? field(data, 'issued');
const storyDate = (data: object) => field(data, 'updated') ?? field(data, 'published');
function honorDate(data: object): string | undefined {
  const status = (data as { status?: unknown }).status;
  const revoked = status && typeof status === 'object' ? field(status, 'revoked') : undefined;
  return revoked ?? field(data, 'date');
}

const ROUTES: [RegExp, (m: Model, id: string) => (string | undefined)[]][] = [
  [/^\/ke-hoach\/([^/]+)\/$/, (m, id) => { const e = m.planById.get(id); return e ? [planDate(e.data)] : []; }],
  [/^\/nguoi-tot-viec-tot\/([^/]+)\/$/, (m, id) => { const e = m.storyById.get(id); return e ? [storyDate(e.data)] : []; }],
  [/^\/vinh-danh\/quyet-dinh\/([^/]+)\/$/, (m, id) => { const e = m.honorById.get(id); return e ? [honorDate(e.data)] : []; }],
  [/^\/vinh-danh\/nguoi\/([^/]+)\/$/, (m, id) => m.honorees.get(id)?.awards.map((a) => honorDate(a.honor.data)) ?? []],
  [/^\/mo-hinh\/([^/]+)\/$/, (m, id) => {
    const x = m.models.find((e) => e.id === id)?.data;
    if (!x) return [];
    const honor = x.recognisedBy ? m.honorById.get(x.recognisedBy)?.data : undefined;
    return [x.since, honor && honorDate(honor)];
  }],
  [/^\/phong-trao\/([^/]+)\/$/, (m, id) => {
    const c = m.campaignById.get(id)?.data;
    if (!c) return [];
    return [
      c.launchedBy?.date,
      ...m.plans.filter((p) => p.data.campaign === id).map((p) => planDate(p.data)),
      ...m.stories.filter((s) => s.data.campaign === id).map((s) => storyDate(s.data)),
      ...m.honors.filter((h) => h.data.campaign === id).map((h) => honorDate(h.data)),
    ];
  }],
  [/^\/$/, (m) => [
    ...m.plans.map((p) => planDate(p.data)),
    ...m.stories.map((s) => storyDate(s.data)),
    ...m.honors.map((h) => honorDate(h.data)),
  ]],
];

/** When the page at `path` last changed, from its content; undefined for pages without a date. */
export function pageUpdatedFor(path: string, m: Model): PageUpdated | undefined {
  const p = path.endsWith('/') ? path : `${path}/`;
  for (const [re, dates] of ROUTES) {
    const match = re.exec(p);
    if (match) return newest(dates(m, decodeURIComponent(match[1] ?? '')));
  }
  return undefined;
}
