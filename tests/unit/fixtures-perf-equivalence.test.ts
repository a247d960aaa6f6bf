/**
 * The speed-ups found with the fixtures bench (docs/performance.md) must not change a single
 * result. Each is compared with the code it replaced, kept here as the reference, on generated
 * stories and on inputs built to hit every branch.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { guardMarkdown } from '../../src/lib/content-guard.ts';
import { createRng } from '../../src/lib/fixtures/prng.ts';
import { planLocalities, localityRecord } from '../../src/lib/fixtures/localities.ts';
import { planStories, storyBody } from '../../src/lib/fixtures/stories.ts';
import { indexLocalities, provinceOf, successorOn, type LocalityIndex } from '../../src/lib/localities.ts';
import { findMojibake } from '../../src/lib/mojibake.ts';
import { findPersonalData } from '../../src/lib/personal-data.ts';
import { relatedStories } from '../../src/lib/related-stories.ts';
import { byContent, byDeedYear, isWithin, localityPages, type CampaignLike, type StoryLike as ViewStory } from '../../src/lib/story-view.ts';
import { honoreesOfStory } from '../../src/lib/honor-roll.ts';
import { honoreeHref } from '../../src/lib/honor-roll.ts';
import { partial } from '../../src/lib/partial-date.ts';
import { localitySchema } from '../../src/schemas/localities.ts';

// ---------------------------------------------------------------------------------------------
// References: the code before the change.

function provinceTodayRef(localities: LocalityIndex, localityId: string, today: string): string | undefined {
  const province = provinceOf(localities, localityId);
  if (!province) return undefined;
  return (successorOn(localities, province.id, today) ?? province).id;
}

interface StoryLike { id: string; data: { campaign?: string; content?: string; locality: string } }

function relatedRef<S extends StoryLike>(story: StoryLike, all: readonly S[], localities: LocalityIndex, today: string, max = 4): S[] {
  const others = all.filter((s) => s.id !== story.id);
  const { campaign, content } = story.data;
  const sameContent = campaign && content ? others.filter((s) => s.data.campaign === campaign && s.data.content === content) : [];
  const province = provinceTodayRef(localities, story.data.locality, today);
  const sameProvince = province ? others.filter((s) => !sameContent.includes(s) && provinceTodayRef(localities, s.data.locality, today) === province) : [];
  return [...sameContent, ...sameProvince].slice(0, Math.max(0, max));
}

const SUSPICIOUS = /[µ¸¶¨»¼½¾ÆÇËÑÜÝðø÷¬¦§®¯±´¥¤¢ÖöñÏïÄäËëÜüÛÎ]/g;
function mojibakeRef(text: string) {
  const hits: { line: number; sample: string }[] = [];
  text.split('\n').forEach((lineText, i) => {
    const count = lineText.match(SUSPICIOUS)?.length ?? 0;
    const word = lineText.split(/\s+/).find((w) => (w.match(SUSPICIOUS)?.length ?? 0) >= 2);
    if (count >= 3 || word) {
      const sample = word ?? lineText.split(/\s+/).find((w) => SUSPICIOUS.test(w)) ?? lineText.trim();
      SUSPICIOUS.lastIndex = 0;
      hits.push({ line: i + 1, sample: sample.slice(0, 30) });
    }
  });
  return hits;
}

const ID_NUMBER = /(?<![\d.,/:-])(?:\d{12}|\d{9})(?![\d.,/:-]?\d)/g;
const PHONE = /(?<![\d/.])(?:\(\s*(?:\+84|0)\s?\d{2,3}\s*\)|(?:\+84|0084|0)[\s.-]?[1-9]\d{1,2})(?:[\s.-]?\d){6,8}(?![\d/])/g;
const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d.-]+\.[a-z]{2,}/giu;
function personalRef(text: string) {
  const hits: { kind: string; index: number; match: string }[] = [];
  for (const m of text.matchAll(EMAIL)) if (!/\.gov\.vn$|@gov\.vn$/i.test(m[0])) hits.push({ kind: 'email', index: m.index, match: m[0] });
  const inEmail = (i: number) => hits.some((h) => h.kind === 'email' && i >= h.index && i < h.index + h.match.length);
  const phoneLength = (match: string) => {
    const digits = match.replace(/\D/g, '');
    const national = /^\+|^00/.test(match.trim().replace(/^\(\s*/, '')) ? `0${digits.replace(/^0{0,2}84/, '')}` : digits;
    return national.length === 10 || national.length === 11;
  };
  for (const m of text.matchAll(PHONE)) if (!inEmail(m.index) && phoneLength(m[0])) hits.push({ kind: 'phone', index: m.index, match: m[0] });
  const inPhone = (i: number) => hits.some((h) => h.kind === 'phone' && i >= h.index && i < h.index + h.match.length);
  for (const m of text.matchAll(ID_NUMBER)) if (!inEmail(m.index) && !inPhone(m.index)) hits.push({ kind: 'id-number', index: m.index, match: m[0] });
  return hits.sort((a, b) => a.index - b.index);
}

/** Whether the full Markdown parse finds anything the guard reports in a .md file. */
function guardRefFindsSomething(text: string): boolean {
  const DANGEROUS_URL = /^\s*(?:javascript|vbscript|data\s*:\s*text\/html)\s*:?/i;
  const HTML_DANGER = /<\s*script\b|\son[a-z]+\s*=|javascript\s*:/i;
  let found = false;
  const walk = (node: { type: string; value?: string; url?: string; children?: unknown[] }) => {
    if (node.type === 'html' && HTML_DANGER.test(String(node.value))) found = true;
    if (['link', 'image', 'definition'].includes(node.type) && DANGEROUS_URL.test(String(node.url))) found = true;
    for (const c of node.children ?? []) walk(c as typeof node);
  };
  walk(fromMarkdown(text) as never);
  return found;
}

// ---------------------------------------------------------------------------------------------
// Inputs: a generated site and hand-made edge cases.

const rng = createRng('equivalence');
const places = planLocalities(rng.fork('places'));
const campaigns = [{ id: 'dac-biet', from: '2024-08-19', to: '2025-08-19', phases: [{ id: 'dot-1', from: '2024-08-19', to: '2025-02-03' }, { id: 'dot-2', from: '2025-02-04', to: '2025-08-19' }], contents: ['hinh-anh-dep', 'ho-tro-nam-tinh-hinh', 'tuan-tra-an-toan-giao-thong'] }, { id: 'toan-dan', phases: [], contents: [] }];
const stories = planStories(rng.fork('stories'), places, campaigns, { count: 400, photoShare: 0, lastDay: '2026-09-30' });
const localities = indexLocalities(places.all.map((l) => localitySchema.parse(localityRecord(l))));
const storyLikes = stories.map((s) => ({ id: s.id, data: { campaign: s.campaign, content: s.content, locality: s.locality.id } }));
const bodies = stories.slice(0, 60).map((s) => storyBody(rng.fork(`b-${s.index}`), s));

const EDGE_TEXTS = [
  'Gọi 0912 345 678 hoặc (028) 3829 1234, +84 912.345.678, 0084-912-345-678.',
  'CCCD 079123456789, CMND 123456789; số 16/2022/QĐ-UBND, 50.000.000 đồng, ngày 03/02/2025.',
  'Thư: nguyen.van.a@gmail.com và tiepnhan@congan.gov.vn; 12345678 và 1 2 3 4 5 6 7 8 9.',
  '(  0  28   )   38291234 và 0 9 1 2 3 4 5 6 7 8',
  'Céng hoµ x· héi chñ nghÜa ViÖt Nam',
  'Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam',
  'Dòng có µ một ký tự lạ.',
  '[bấm](javascript:alert(1)) và [x](&#106;avascript:alert(1)) và [y](javascript&colon;alert(1))',
  '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>',
  '[a]: vbscript:msgbox\n\n[b](data:text/html;base64,xx) <javascript:alert(1)>',
  'Chữ thường, không có gì đặc biệt. Ngày 17/8/2025 tại ấp 3.',
  '![ảnh](DATA:text/html,abc) và [c](  JavaScript:void(0))',
];

function byContentRef(stories: readonly ViewStory[], campaigns: readonly CampaignLike[]) {
  return campaigns.flatMap((c) => c.data.contents.flatMap((k) => {
    const list = stories.filter((s) => s.data.campaign === c.id && s.data.content === k.id);
    return list.length ? [{ id: `${c.id}/${k.id}`, stories: list.map((s) => s.id) }] : [];
  }));
}

function byDeedYearRef(stories: readonly ViewStory[]) {
  const groups = new Map<number, ViewStory[]>();
  for (const s of stories) groups.set(partial(s.data.deedDate).year, [...(groups.get(partial(s.data.deedDate).year) ?? []), s]);
  return [...groups.entries()].sort((a, b) => b[0] - a[0]).map(([year, list]) => ({ year, stories: list.map((s) => s.id) }));
}

describe('speed-ups give the same results as before', () => {
  it('relatedStories: same stories in the same order, for every story and several limits', () => {
    for (const today of ['2026-11-22', '2025-01-01']) {
      for (const story of storyLikes) {
        for (const max of [4, 1, 0, 10]) {
          expect(relatedStories(story, storyLikes, localities, today, max).map((s) => s.id)).toEqual(relatedRef(story, storyLikes, localities, today, max).map((s) => s.id));
        }
      }
    }
    // A story outside the list, and a list that changed (a new array gets a new index).
    const outsider = { id: 'ngoai', data: { campaign: 'dac-biet', content: 'hinh-anh-dep', locality: storyLikes[0].data.locality } };
    expect(relatedStories(outsider, storyLikes, localities, '2026-11-22')).toEqual(relatedRef(outsider, storyLikes, localities, '2026-11-22'));
    const fewer = storyLikes.slice(0, 50);
    expect(relatedStories(outsider, fewer, localities, '2026-11-22')).toEqual(relatedRef(outsider, fewer, localities, '2026-11-22'));
  });

  it('byContent, byDeedYear, localityPages: same groups, same stories in the same order', () => {
    const views = stories.map((s) => ({ id: s.id, data: { campaign: s.campaign, content: s.content, deedDate: s.deedDate, locality: s.locality.id } })) as unknown as ViewStory[];
    const campaignLikes = campaigns.map((c) => ({ id: c.id, data: { contents: c.contents.map((id, i) => ({ id, number: `4.${i + 1}`, title: id, targets: [] })) } })) as unknown as CampaignLike[];
    for (let round = 0; round < 2; round++) {
      // Twice: the second call is answered from the cache, and must not share arrays with the first.
      const groups = byContent(views, campaignLikes);
      expect(groups.map((g) => ({ id: `${g.campaign.id}/${g.content.id}`, stories: g.stories.map((s) => s.id) }))).toEqual(byContentRef(views, campaignLikes));
      groups[0].stories.length = 0;
      const years = byDeedYear(views);
      expect(years.map((g) => ({ year: g.year, stories: g.stories.map((s) => s.id) }))).toEqual(byDeedYearRef(views));
      years[0].stories.reverse();
    }
    const pages = localityPages(views, [], localities, '2026-11-22');
    expect(pages.length).toBeGreaterThan(100);
    for (const page of pages) {
      expect(page.stories.map((s) => s.id)).toEqual(views.filter((s) => isWithin(localities, s.data.locality, page.locality.id)).map((s) => s.id));
    }
  });

  it('honoreesOfStory: same honorees in the map order', () => {
    const honorees = new Map(Array.from({ length: 300 }, (_, i) => {
      const linked = stories.filter((_, j) => (i * 7 + j) % 97 === 0).map((s) => s.id);
      return [`h-${i}`, { id: `h-${i}`, name: `Người ${i}`, kind: 'individual', awards: [], stories: linked }] as const;
    }));
    for (const s of stories) {
      const ref = [...honorees.values()].filter((h) => h.stories.includes(s.id)).map((h) => ({ href: honoreeHref(h.id), text: h.name }));
      expect(honoreesOfStory(honorees as never, s.id)).toEqual(ref);
    }
  });

  it('findPersonalData and findMojibake: same hits on stories and on edge cases', () => {
    for (const text of [...bodies, ...EDGE_TEXTS]) {
      expect(findPersonalData(text)).toEqual(personalRef(text));
      expect(findMojibake(text)).toEqual(mojibakeRef(text));
    }
    // The edge cases do reach every kind of hit.
    const kinds = new Set(EDGE_TEXTS.flatMap((t) => personalRef(t).map((h) => h.kind)));
    expect([...kinds].sort()).toEqual(['email', 'id-number', 'phone']);
    expect(EDGE_TEXTS.filter((t) => mojibakeRef(t).length > 0).length).toBeGreaterThanOrEqual(2);
  });

  it('guardMarkdown (.md): finds something exactly when the full parse does', () => {
    for (const text of [...bodies, ...EDGE_TEXTS]) {
      expect(guardMarkdown(text, 'md').length > 0, text.slice(0, 60)).toBe(guardRefFindsSomething(text));
    }
    expect(EDGE_TEXTS.filter(guardRefFindsSomething).length).toBeGreaterThanOrEqual(4);
  });
});
