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

export function relatedStories<S extends StoryLike>(
  story: StoryLike,
  all: readonly S[],
  localities: LocalityIndex,
  today: string,
  max = RELATED_MAX,
): S[] {
  const others = all.filter((s) => s.id !== story.id);
  const { campaign, content } = story.data;
  const sameContent = campaign && content ? others.filter((s) => s.data.campaign === campaign && s.data.content === content) : [];
  const province = provinceToday(localities, story.data.locality, today);
  const sameProvince = province
    ? others.filter((s) => !sameContent.includes(s) && provinceToday(localities, s.data.locality, today) === province)
    : [];
  return [...sameContent, ...sameProvince].slice(0, Math.max(0, max));
}
