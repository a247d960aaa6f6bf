/**
 * Structured data (schema.org, JSON-LD) for story, plan and decision pages. Pure builders over
 * plain inputs; pages resolve URLs and images first. Google documents no required property for
 * articles; `requiredFields` lists what this site promises per type, and the tests assert it.
 */
import type { Settings } from '../../schemas/settings.ts';

export type JsonLd = Record<string, unknown>;

export const SCHEMA_CONTEXT = 'https://schema.org';

/** What each page type's JSON-LD must carry (asserted in tests, documented in docs/syndication.md). */
export const REQUIRED_FIELDS = {
  NewsArticle: ['headline', 'description', 'image', 'datePublished', 'dateModified', 'author', 'publisher', 'inLanguage', 'license', 'mainEntityOfPage', 'url'],
  plan: ['name', 'headline', 'identifier', 'dateCreated', 'creator', 'publisher', 'inLanguage', 'url', 'genre'],
  decision: ['name', 'headline', 'identifier', 'dateCreated', 'creator', 'publisher', 'inLanguage', 'url', 'genre', 'about', 'creativeWorkStatus'],
} as const;

/** The body that runs the site, from settings.yaml: the publisher (and author) of every page. */
export function publisherOf(settings: Settings, siteUrl: string): JsonLd {
  const o = settings.owner;
  const email = o.contacts.find((c) => c.email)?.email;
  return {
    '@type': 'GovernmentOrganization',
    '@id': `${siteUrl}#co-quan-chu-quan`,
    name: o.name,
    url: siteUrl,
    ...(o.parent && { parentOrganization: { '@type': 'GovernmentOrganization', name: o.parent } }),
    ...(o.address && { address: o.address }),
    ...(email && { email }),
  };
}

export interface ImageInput {
  url: string;
  width: number;
  height: number;
  caption?: string;
  /** Credit, without "Ảnh:". */
  credit?: string;
  /** Licence URL, only when the image may be reused under it. */
  license?: string;
  /** Where the reuse terms are explained. */
  acquireLicensePage?: string;
}

export function imageObject(i: ImageInput): JsonLd {
  return {
    '@type': 'ImageObject',
    url: i.url,
    contentUrl: i.url,
    width: i.width,
    height: i.height,
    ...(i.caption && { caption: i.caption }),
    ...(i.credit && { creditText: i.credit, creator: { '@type': 'Organization', name: i.credit }, copyrightNotice: i.credit }),
    ...(i.license && { license: i.license }),
    ...(i.acquireLicensePage && { acquireLicensePage: i.acquireLicensePage }),
  };
}

export interface ArticleInput {
  url: string;
  headline: string;
  description: string;
  /** The lead image in several aspect ratios (1:1, 4:3, 16:9), or the share image. */
  images: ImageInput[];
  /** RFC 3339 with +07:00. */
  datePublished: string;
  dateModified: string;
  section?: string;
  keywords: string[];
  place?: string;
  corrections: { date: string; text: string }[];
  /** The press report the story retells. */
  basedOn?: { url: string; outlet: string; author?: string };
  license: string;
}

export function newsArticle(a: ArticleInput, publisher: JsonLd): JsonLd {
  const org = { '@type': publisher['@type'], '@id': publisher['@id'], name: publisher.name, url: publisher.url };
  return {
    '@context': SCHEMA_CONTEXT,
    '@type': 'NewsArticle',
    '@id': `${a.url}#bai-viet`,
    mainEntityOfPage: { '@type': 'WebPage', '@id': a.url },
    url: a.url,
    headline: a.headline,
    description: a.description,
    image: a.images.map(imageObject),
    datePublished: a.datePublished,
    dateModified: a.dateModified,
    author: [org],
    publisher,
    inLanguage: 'vi',
    license: a.license,
    isAccessibleForFree: true,
    ...(a.section && { articleSection: a.section }),
    ...(a.keywords.length > 0 && { keywords: a.keywords.join(', ') }),
    ...(a.place && { contentLocation: { '@type': 'Place', name: a.place } }),
    ...(a.corrections.length > 0 && {
      correction: a.corrections.map((c) => ({ '@type': 'CorrectionComment', text: c.text, datePublished: c.date })),
    }),
    ...(a.basedOn && {
      isBasedOn: {
        '@type': 'NewsArticle',
        url: a.basedOn.url,
        publisher: { '@type': 'Organization', name: a.basedOn.outlet },
        ...(a.basedOn.author && { author: { '@type': 'Person', name: a.basedOn.author } }),
      },
    }),
  };
}

const identifier = (number: string) => ({ '@type': 'PropertyValue', propertyID: 'Số, ký hiệu văn bản', value: number });

export interface PlanInput {
  url: string;
  /** Trích yếu. */
  title: string;
  /** "Kế hoạch 350/KH-BCĐ: …", as the page title. */
  headline: string;
  summary: string;
  /** "KẾ HOẠCH" → "Kế hoạch". */
  genre: string;
  /** "350/KH-BCĐ" or "…/KH-BCĐ" when the copy leaves it blank. */
  number: string;
  /** As precise as the copy: "2024-08-20", "2023-12". */
  issued: string;
  period?: { from: string; to?: string };
  issuer: string;
  place?: string;
  campaign?: { name: string; url: string };
  /** Plans it implements (absolute URLs of their pages). */
  basis: string[];
}

/** A plan: an administrative document (not legislation), so a CreativeWork with its number and dates. */
export function planJsonLd(p: PlanInput, publisher: JsonLd): JsonLd {
  return {
    '@context': SCHEMA_CONTEXT,
    '@type': 'CreativeWork',
    '@id': `${p.url}#van-ban`,
    mainEntityOfPage: { '@type': 'WebPage', '@id': p.url },
    url: p.url,
    genre: p.genre,
    name: p.title,
    headline: p.headline,
    abstract: p.summary,
    identifier: identifier(p.number),
    dateCreated: p.issued,
    ...(p.period && { temporalCoverage: `${p.period.from}/${p.period.to ?? '..'}` }),
    creator: { '@type': 'GovernmentOrganization', name: p.issuer },
    publisher,
    inLanguage: 'vi',
    ...(p.place && { spatialCoverage: { '@type': 'Place', name: p.place } }),
    ...(p.campaign && { about: { '@type': 'Thing', name: p.campaign.name, url: p.campaign.url } }),
    ...(p.basis.length > 0 && { isBasedOn: p.basis }),
  };
}

export interface DecisionInput {
  url: string;
  /** "Quyết định số 1250/QĐ-CAT ngày 20/12/2024". */
  headline: string;
  /** "1250/QĐ-CAT" or "chưa rõ số". */
  number: string;
  /** As precise as known. */
  date: string;
  body: string;
  form: string;
  place?: string;
  recipients: { name: string; kind: 'individual' | 'collective' | 'household' }[];
  campaign?: { name: string; url: string };
  /** Revoked: day and reason. */
  revoked?: { date: string; reason: string };
  source?: string;
}

/** An award decision: a CreativeWork whose subjects carry the award (schema.org `award`). */
export function decisionJsonLd(d: DecisionInput, publisher: JsonLd): JsonLd {
  return {
    '@context': SCHEMA_CONTEXT,
    '@type': 'CreativeWork',
    '@id': `${d.url}#quyet-dinh`,
    mainEntityOfPage: { '@type': 'WebPage', '@id': d.url },
    url: d.url,
    genre: 'Quyết định khen thưởng',
    name: d.headline,
    headline: d.headline,
    identifier: identifier(d.number),
    dateCreated: d.date,
    creator: { '@type': 'GovernmentOrganization', name: d.body },
    publisher,
    inLanguage: 'vi',
    creativeWorkStatus: d.revoked ? `Đã thu hồi ngày ${d.revoked.date}: ${d.revoked.reason}` : 'Còn hiệu lực',
    about: d.recipients.map((r) => ({ '@type': r.kind === 'individual' ? 'Person' : 'Organization', name: r.name, award: d.form })),
    ...(d.place && { spatialCoverage: { '@type': 'Place', name: d.place } }),
    ...(d.campaign && { isPartOf: { '@type': 'CreativeWork', name: d.campaign.name, url: d.campaign.url } }),
    ...(d.source && { isBasedOn: d.source }),
  };
}

/** JSON for a <script type="application/ld+json">: "<", ">", "&" and line separators escaped. */
export function jsonLdText(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
