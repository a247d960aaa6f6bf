/**
 * What goes into each feed, as FeedItems: stories (the site feed, per campaign, per province),
 * award decisions, and corrections (story corrections and revoked decisions). Pure over the
 * site model, whose stories are public only; images and rendered bodies come in from the
 * endpoints (src/lib/seo/assets.ts).
 */
import type { SiteModel } from '../../model/site-model.ts';
import type { Story } from '../../schemas/stories.ts';
import { ENTRY_NOUNS, type CollectionKind } from '../../model/entry-paths.ts';
import type { Honor } from '../../schemas/honors.ts';
import { decisionTitle, decisionView, type HonorLike } from '../honor-roll.ts';
import { provinceOf, shortName, successorOn, type LocalityIndex } from '../localities.ts';
import { partial } from '../partial-date.ts';
import { cleanHtml } from '../republish/clean-html.ts';
import { creditHtml } from '../republish/kit.ts';
import { vnDateTime, storyModified, storyPublished } from '../seo/dates.ts';
import { absolute } from '../seo/urls.ts';
import { campaignLinks, correctionDate, sourceDetails, storyHref, type StoryLike } from '../story-view.ts';
import { formatListDate } from '../vietnamese-dates.ts';
import type { FeedImage, FeedItem } from './types.ts';

/** At most this many items per feed (newest first): enough for any newsroom's polling. */
export const FEED_LIMIT = 50;
export const STORIES_CATEGORY = 'Người tốt, việc tốt';

export interface FeedSite {
  /** Absolute home page URL ("https://…/"). */
  siteUrl: string;
  siteName: string;
  /** The body that runs the site: dc:creator of its stories. */
  ownerName: string;
  license: { name: string; url: string };
  /** The republish terms page (absolute). */
  termsUrl: string;
}

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const unique = (list: (string | undefined)[]) => [...new Set(list.filter((x): x is string => !!x && !!x.trim()))];

/** The province a story happened in, as named then. */
export function storyProvince(localities: LocalityIndex, story: Story) {
  return provinceOf(localities, story.locality);
}

/** Feed categories of a story: the section, its campaign and competition content, its province, its tags. */
export function storyCategories(story: Story, model: Pick<SiteModel, 'campaigns' | 'localities'>): string[] {
  const links = campaignLinks(story, model.campaigns);
  const province = storyProvince(model.localities, story);
  return unique([STORIES_CATEGORY, links.campaign?.name, links.content?.label, province && shortName(province), ...story.tags]);
}

/** Full content of a story for feeds: the body, the source, the corrections and the credit line. */
export function storyContentHtml(story: StoryLike, bodyHtml: string, site: FeedSite): string {
  const url = absolute(site.siteUrl, storyHref(story.id));
  const s = story.data;
  const extra = s.source && sourceDetails(s.source);
  return cleanHtml(
    [
      cleanHtml(bodyHtml, { pageUrl: url }),
      s.source && `<p>Theo <a href="${esc(s.source.url)}">${esc(s.source.outlet)}</a>${extra ? ` (${esc(extra)})` : ''}.</p>`,
      s.corrections.length > 0 && `<h3>Đính chính</h3><ul>${s.corrections.map((c) => `<li>${correctionDate(c)}: ${esc(c.text)}</li>`).join('')}</ul>`,
      creditHtml({ siteName: site.siteName, siteUrl: site.siteUrl, license: site.license }, url),
    ].filter(Boolean).join('\n'),
    { pageUrl: url },
  );
}

export function storyItem(
  story: StoryLike,
  extras: { bodyHtml: string; image?: FeedImage },
  model: Pick<SiteModel, 'campaigns' | 'localities'>,
  site: FeedSite,
): FeedItem {
  const url = absolute(site.siteUrl, storyHref(story.id));
  const s = story.data;
  return {
    id: url,
    idIsPermalink: true,
    url,
    title: s.title,
    summary: s.summary,
    contentHtml: storyContentHtml(story, extras.bodyHtml, site),
    published: storyPublished(s),
    modified: storyModified(s),
    categories: storyCategories(s, model),
    creator: site.ownerName,
    image: extras.image,
  };
}

/** Newest first (by first publication, then id), at most FEED_LIMIT: the order of every story feed. */
export function newestStories<S extends StoryLike>(stories: readonly S[], limit = FEED_LIMIT): S[] {
  const at = (s: S) => new Date(storyPublished(s.data)).getTime();
  return [...stories].sort((a, b) => at(b) - at(a) || a.id.localeCompare(b.id)).slice(0, limit);
}

export function campaignStories<S extends StoryLike>(stories: readonly S[], campaignId: string): S[] {
  return stories.filter((s) => s.data.campaign === campaignId);
}

/** The province a story's place belongs to today (itself when it still exists). */
function provinceToday(localities: LocalityIndex, story: Story, today: string): string | undefined {
  const province = provinceOf(localities, story.locality);
  return province && (successorOn(localities, province.id, today) ?? province).id;
}

/**
 * Stories of a province: those that happened in it, and those from provinces merged into it
 * since (a 2024 story from Kiên Giang is in An Giang's feed after 01/07/2025).
 */
export function provinceStories<S extends StoryLike>(stories: readonly S[], localities: LocalityIndex, provinceId: string, today: string): S[] {
  return stories.filter((s) => provinceOf(localities, s.data.locality)?.id === provinceId || provinceToday(localities, s.data, today) === provinceId);
}

// ---------------------------------------------------------------------------------------------
// Award decisions

export function decisionItem(model: SiteModel, h: HonorLike, today: string, site: FeedSite): FeedItem {
  const v = decisionView(model, h, today);
  const url = absolute(site.siteUrl, `/vinh-danh/quyet-dinh/${h.id}/`);
  const count = v.rows.length;
  const rows = v.rows.map(({ row }) => {
    const details = [row.unit, row.commune || row.province].filter(Boolean).join(', ');
    return `<li><strong>${esc(row.honoree)}</strong>${details ? `, ${esc(details)}` : ''}${row.achievement ? `: ${esc(row.achievement)}` : ''}</li>`;
  });
  const html = [
    v.revoked && `<p><strong>Quyết định này đã bị thu hồi ngày ${esc(v.revoked.date)}.</strong> Lý do: ${esc(v.revoked.reason)}.</p>`,
    `<p>${esc(v.body)} (${esc(v.authority)}) tặng ${esc(v.form)} cho ${count} người, tập thể. Ngày quyết định: ${esc(v.date)}. Số quyết định: ${esc(v.number)}.</p>`,
    `<h3>${esc(v.listHeading)}</h3>`,
    `<ol>${rows.join('')}</ol>`,
    v.source && `<p>Theo <a href="${esc(v.source.url)}">${esc(v.source.outlet)}</a>.</p>`,
  ].filter(Boolean).join('\n');
  const province = provinceOf(model.localities, h.data.locality);
  return {
    id: url,
    idIsPermalink: true,
    url,
    title: `${v.revoked ? '[Đã thu hồi] ' : ''}${v.title}: ${v.form} (${count} người, tập thể)`,
    summary: `${v.body} tặng ${v.form} cho ${count} người, tập thể.`,
    contentHtml: cleanHtml(html, { pageUrl: url }),
    published: vnDateTime(h.data.date),
    modified: h.data.status === 'in-force' ? undefined : vnDateTime(h.data.status.revoked),
    categories: unique(['Vinh danh', v.form, v.campaign?.text, province && shortName(province)]),
    creator: h.data.body,
  };
}

// ---------------------------------------------------------------------------------------------
// Corrections and withdrawals

/**
 * One item per correction of a listed story, per revoked decision and per withdrawn entry:
 * what a newsroom that republished must follow. Removed entries are not mentioned (their URL
 * explains the removal; a personal-data takedown must not be repeated anywhere).
 */
export function correctionItems(model: SiteModel, today: string, site: FeedSite): FeedItem[] {
  const stories = model.stories.flatMap((story) => {
    const url = absolute(site.siteUrl, storyHref(story.id));
    return story.data.corrections.map((c, i): FeedItem => ({
      id: `${url}#dinh-chinh-${i + 1}`,
      idIsPermalink: false,
      url: `${url}#dinh-chinh`,
      title: `Đính chính: ${story.data.title}`,
      summary: c.text,
      contentHtml: cleanHtml(
        `<p>Ngày ${esc(correctionDate(c))}, bài <a href="${esc(url)}">${esc(story.data.title)}</a> được đính chính: ${esc(c.text)}</p><p>Báo đã đăng lại bài này xin cập nhật theo bản gốc.</p>`,
        { pageUrl: url },
      ),
      published: vnDateTime(c.date),
      categories: ['Đính chính', STORIES_CATEGORY],
      creator: site.ownerName,
    }));
  });
  const decisions = model.honors.flatMap((h): FeedItem[] => {
    if (h.data.status === 'in-force') return [];
    const v = decisionView(model, h, today);
    const url = absolute(site.siteUrl, `/vinh-danh/quyet-dinh/${h.id}/`);
    const when = formatListDate(partial(h.data.status.revoked));
    return [{
      id: `${url}#thu-hoi`,
      idIsPermalink: false,
      url,
      title: `Thu hồi: ${v.title} (${v.body})`,
      summary: `Thu hồi ngày ${when}: ${h.data.status.reason}`,
      contentHtml: cleanHtml(`<p>Ngày ${esc(when)}, <a href="${esc(url)}">${esc(v.title)}</a> của ${esc(v.body)} (${esc(v.form)}) đã bị thu hồi. Lý do: ${esc(h.data.status.reason)}.</p>`, { pageUrl: url }),
      published: vnDateTime(h.data.status.revoked),
      categories: ['Thu hồi', 'Vinh danh'],
      creator: h.data.body,
    }];
  });
  // Withdrawn entries keep their page with a banner: the corrections feed is the only feed that says so.
  const withdrawn = model.withdrawn.flatMap((item): FeedItem[] => {
    const w = item.entry.data.withdrawn as { date: string; reason: string } | undefined;
    if (!w) return [];
    const url = absolute(site.siteUrl, item.path);
    const title = entryTitle(item.kind, item.entry.data as Record<string, unknown>);
    const when = formatListDate(partial(w.date));
    return [{
      id: `${url}#rut-lai`,
      idIsPermalink: false,
      url,
      title: `Rút lại: ${title}`,
      summary: `Rút lại ngày ${when}: ${w.reason}`,
      contentHtml: cleanHtml(`<p>Ngày ${esc(when)}, ${esc(ENTRY_NOUNS[item.kind])} <a href="${esc(url)}">${esc(title)}</a> đã được rút lại. Lý do: ${esc(w.reason)}.</p><p>Trang vẫn giữ để tra cứu nhưng không còn được giới thiệu. Báo đã đăng lại xin gỡ hoặc ghi chú tương tự.</p>`, { pageUrl: url }),
      published: vnDateTime(w.date),
      categories: ['Rút lại', ENTRY_NOUNS[item.kind]],
      creator: site.ownerName,
    }];
  });
  // Removed entries (gone, expired) appear nowhere, feeds included: their own URL explains the removal.
  return [...stories, ...decisions, ...withdrawn];
}

/** The name an entry goes by, whatever its collection. */
function entryTitle(kind: CollectionKind, data: Record<string, unknown>): string {
  if (kind === 'honors') return decisionTitle(data as unknown as Honor);
  return String(data.title ?? data.name ?? '');
}
