/** The share card of each page that has one: stories, campaigns, award decisions. Pure over the site model. */
import type { SiteModel } from '../../model/site-model.ts';
import { decisionTitle } from '../honor-roll.ts';
import type { ShareKind } from '../seo/urls.ts';
import type { ShareCard } from './layout.ts';

export const SHARE_KIND_LABELS: Record<ShareKind, string> = {
  'nguoi-tot-viec-tot': 'Người tốt, việc tốt',
  'phong-trao': 'Phong trào thi đua',
  'vinh-danh': 'Vinh danh',
};

/** Every (kind, id) with a page (published or withdrawn), in a stable order: the share-image endpoint's paths. */
export function shareTargets(model: Pick<SiteModel, 'pages'>): { kind: ShareKind; id: string }[] {
  return [
    ...model.pages.stories.map((s) => ({ kind: 'nguoi-tot-viec-tot' as const, id: s.id })),
    ...model.pages.campaigns.map((c) => ({ kind: 'phong-trao' as const, id: c.id })),
    ...model.pages.honors.map((h) => ({ kind: 'vinh-danh' as const, id: h.id })),
  ];
}

/** The card for one page, or undefined when there is no such public entry. */
export function shareCard(model: SiteModel, kind: ShareKind, id: string, siteUrl: string): ShareCard | undefined {
  const base = { kind: SHARE_KIND_LABELS[kind], siteName: model.settings.siteName, host: new URL(siteUrl).host };
  if (kind === 'nguoi-tot-viec-tot') {
    const s = model.storyById.get(id);
    if (!s) return undefined;
    const campaign = s.data.campaign ? model.campaignById.get(s.data.campaign) : undefined;
    return { ...base, title: s.data.title, subtitle: campaign?.data.name };
  }
  if (kind === 'phong-trao') {
    const c = model.campaignById.get(id);
    return c && { ...base, title: c.data.name, subtitle: c.data.theme ? `Chủ đề: “${c.data.theme}”` : undefined };
  }
  const h = model.honorById.get(id);
  if (!h) return undefined;
  const form = model.awardForms.get(h.data.form)?.name ?? h.data.form;
  const campaign = h.data.campaign ? model.campaignById.get(h.data.campaign) : undefined;
  const revoked = h.data.status === 'in-force' ? '' : ' (đã thu hồi)';
  return {
    ...base,
    title: `${form}: ${h.data.recipients.length} người, tập thể${revoked}`,
    subtitle: [`${decisionTitle(h.data)} của ${h.data.body}`, campaign?.data.name].filter(Boolean).join(' · '),
  };
}
