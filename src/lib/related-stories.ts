/**
 * "Bài liên quan" under a story: first stories filed under the same competition content of the
 * same campaign, then stories from the same province, at most four. Provinces merged on
 * 01/07/2025 count as the province that took them over, so a 2024 story from Kiên Giang and a
 * 2026 story from An Giang are neighbours. Within each tier the given order is kept (the site
 * model lists stories newest first).
 */
import type { Story } from '../schemas/stories.ts';
import { provinceOf, successorOn, type LocalityIndex } from './localities.ts';

export const RELATED_MAX = 4;

interface StoryLike { id: string; data: Pick<Story, 'campaign' | 'content' | 'locality'> }

/** The province of a unit as it stands today (itself when it still exists). */
function provinceToday(localities: LocalityIndex, localityId: string, today: string): string | undefined {
  const province = provinceOf(localities, localityId);
  if (!province) return undefined;
  return (successorOn(localities, province.id, today) ?? province).id;
}

interface RelatedIndex<S> {
  localities: LocalityIndex;
  today: string;
  length: number;
  /** Stories by "campaign\u0000content", in the given order. */
  byContent: Map<string, S[]>;
  /** Stories by today's province id, in the given order. */
  byProvince: Map<string, S[]>;
  provinceOf: (localityId: string) => string | undefined;
}

// One index per story list (the site model's list lives for the whole build): every page then
// reads two short lists instead of scanning all stories, which made the build O(n²)
// (docs/performance.md).
const indexes = new WeakMap<readonly StoryLike[], RelatedIndex<StoryLike>>();

const contentKey = (campaign: string, content: string) => `${campaign}\u0000${content}`;

function indexOf<S extends StoryLike>(all: readonly S[], localities: LocalityIndex, today: string): RelatedIndex<S> {
  const cached = indexes.get(all) as RelatedIndex<S> | undefined;
  if (cached && cached.localities === localities && cached.today === today && cached.length === all.length) return cached;
  const provinces = new Map<string, string | undefined>();
  const provinceOf = (localityId: string) => {
    if (!provinces.has(localityId)) provinces.set(localityId, provinceToday(localities, localityId, today));
    return provinces.get(localityId);
  };
  const byContent = new Map<string, S[]>();
  const byProvince = new Map<string, S[]>();
  const add = (map: Map<string, S[]>, key: string, s: S) => {
    const list = map.get(key);
    if (list) list.push(s);
    else map.set(key, [s]);
  };
  for (const s of all) {
    if (s.data.campaign && s.data.content) add(byContent, contentKey(s.data.campaign, s.data.content), s);
    const province = provinceOf(s.data.locality);
    if (province) add(byProvince, province, s);
  }
  const index: RelatedIndex<S> = { localities, today, length: all.length, byContent, byProvince, provinceOf };
  indexes.set(all, index as RelatedIndex<StoryLike>);
  return index;
}

export function relatedStories<S extends StoryLike>(
  story: StoryLike,
  all: readonly S[],
  localities: LocalityIndex,
  today: string,
  max = RELATED_MAX,
): S[] {
  const limit = Math.max(0, max);
  const index = indexOf(all, localities, today);
  const { campaign, content } = story.data;
  const sameContent = (s: S) => Boolean(campaign && content) && s.data.campaign === campaign && s.data.content === content;
  const out: S[] = [];
  if (campaign && content) {
    for (const s of index.byContent.get(contentKey(campaign, content)) ?? []) {
      if (out.length >= limit) break;
      if (s.id !== story.id) out.push(s);
    }
  }
  const province = index.provinceOf(story.data.locality);
  if (province) {
    for (const s of index.byProvince.get(province) ?? []) {
      if (out.length >= limit) break;
      if (s.id !== story.id && !sameContent(s)) out.push(s);
    }
  }
  return out.slice(0, limit);
}
