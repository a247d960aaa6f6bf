/**
 * Reading feeds back the way a consumer would: RSS through a real XML parser (fast-xml-parser,
 * entities decoded), JSON Feed checked against the JSON Feed 1.1 schema with ajv, and clean
 * HTML checked with html-validate.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { HtmlValidate } from 'html-validate';
import { projectRoot } from './build-site.ts';

export interface RssItem {
  title: string;
  link: string;
  guid: { '#text': string; '@_isPermaLink': string };
  pubDate: string;
  'dc:creator': string;
  category: string[];
  description?: string;
  'content:encoded': string;
  enclosure?: { '@_url': string; '@_length': string; '@_type': string };
  'media:content'?: {
    '@_url': string;
    '@_type': string;
    '@_fileSize': string;
    '@_width'?: string;
    '@_height'?: string;
    'media:description'?: { '#text': string };
    'media:credit': { '#text': string; '@_role': string };
    'media:license'?: { '#text': string; '@_href': string };
  };
}

export interface RssChannel {
  title: string;
  link: string;
  description: string;
  language: string;
  copyright: string;
  lastBuildDate?: string;
  pubDate?: string;
  'atom:link': { '@_href': string; '@_rel': string; '@_type'?: string }[];
  item: RssItem[];
}

/** Parses an RSS document (and fails on XML that is not well formed). */
export function parseRss(xml: string): { '@_version': string; channel: RssChannel } {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`XML không hợp lệ: ${JSON.stringify(valid.err)}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    textNodeName: '#text',
    alwaysCreateTextNode: false,
    isArray: (name) => ['item', 'category', 'atom:link'].includes(name),
  });
  const doc = parser.parse(xml) as { rss: { '@_version': string; channel: RssChannel } };
  doc.rss.channel.item ??= [];
  for (const i of doc.rss.channel.item) i.category ??= [];
  return doc.rss;
}

/** Parses any XML (sitemaps) with arrays where asked. */
export function parseXml(xml: string, arrays: string[] = []): any {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`XML không hợp lệ: ${JSON.stringify(valid.err)}`);
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, isArray: (name) => arrays.includes(name) }).parse(xml);
}

const schema = JSON.parse(readFileSync(join(projectRoot, 'tests/fixtures/jsonfeed-1.1.schema.json'), 'utf8'));
// strictRequired is off: the schema's anyOf branches name properties defined beside them, as the spec words it.
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
addFormats(ajv);
const validate = ajv.compile(schema);

/** Errors of a JSON Feed against the 1.1 schema; empty when valid. */
export function jsonFeedErrors(feed: unknown): string[] {
  return validate(feed) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

const htmlvalidate = new HtmlValidate({ extends: ['html-validate:recommended'] });

/** html-validate's messages for an HTML fragment; empty when valid. */
export async function htmlProblems(html: string): Promise<string[]> {
  const report = await htmlvalidate.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (${m.line}:${m.column})`));
}

/** Every tag name used in some HTML, with its attributes' names. */
export function tagsOf(html: string): { tag: string; attrs: string[] }[] {
  return [...html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>/]+(?:="[^"]*"|='[^']*'|=[^\s>]+)?)*)\s*\/?>/g)].map((m) => ({
    tag: m[1].toLowerCase(),
    attrs: [...m[2].matchAll(/\s+([^\s=>/]+)(?:="[^"]*"|='[^']*'|=[^\s>]+)?/g)].map((a) => a[1].toLowerCase()),
  }));
}
