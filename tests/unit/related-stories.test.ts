import { describe, expect, it } from 'vitest';
import { indexLocalities } from '../../src/lib/localities.ts';
import { RELATED_MAX, relatedStories } from '../../src/lib/related-stories.ts';
import type { Locality } from '../../src/schemas/localities.ts';

const l = (x: Omit<Locality, 'change'>): Locality => ({ change: 'merged', ...x });
const localities = indexLocalities([
  l({ id: 'kien-giang', name: 'Kiên Giang', kind: 'tinh', validTo: '2025-06-30', successor: 'an-giang' }),
  l({ id: 'an-giang', name: 'An Giang', kind: 'tinh' }),
  l({ id: 'rach-gia', name: 'Rạch Giá', kind: 'thanh-pho-thuoc-tinh', parent: 'kien-giang', validTo: '2025-06-30' }),
  l({ id: 'vinh-thanh', name: 'Vĩnh Thanh', kind: 'phuong', parent: 'rach-gia' }),
  l({ id: 'dong-nai', name: 'Đồng Nai', kind: 'tinh' }),
  l({ id: 'dong-thap', name: 'Đồng Tháp', kind: 'tinh' }),
]);
const TODAY = '2026-11-22';

const story = (id: string, locality: string, campaign?: string, content?: string) => ({ id, data: { locality, campaign, content } });

describe('relatedStories', () => {
  const me = story('me', 'vinh-thanh', 'dac-biet', 'hinh-anh-dep');

  it('puts the same competition content first, then the same province, keeping the given order', () => {
    const all = [
      story('province-new', 'kien-giang'),
      story('content-far', 'dong-nai', 'dac-biet', 'hinh-anh-dep'),
      me,
      story('unrelated', 'dong-thap', 'dac-biet', 'pccc'),
      story('content-near', 'rach-gia', 'dac-biet', 'hinh-anh-dep'),
      story('province-old', 'rach-gia', 'dac-biet', 'pccc'),
    ];
    expect(relatedStories(me, all, localities, TODAY).map((s) => s.id)).toEqual(['content-far', 'content-near', 'province-new', 'province-old']);
  });

  it('never returns the story itself and never repeats a story', () => {
    const all = [me, story('both', 'rach-gia', 'dac-biet', 'hinh-anh-dep')];
    expect(relatedStories(me, all, localities, TODAY).map((s) => s.id)).toEqual(['both']);
  });

  it('stops at four', () => {
    const all = Array.from({ length: 9 }, (_, i) => story(`s${i}`, 'kien-giang', 'dac-biet', i % 2 ? 'hinh-anh-dep' : 'pccc'));
    const got = relatedStories(me, all, localities, TODAY);
    expect(RELATED_MAX).toBe(4);
    expect(got.map((s) => s.id)).toEqual(['s1', 's3', 's5', 's7']);
    expect(relatedStories(me, all, localities, TODAY, 2)).toHaveLength(2);
  });

  it('needs both campaign and content to match, not the content id alone', () => {
    const all = [story('other-campaign', 'dong-nai', 'khac', 'hinh-anh-dep')];
    expect(relatedStories(me, all, localities, TODAY)).toEqual([]);
  });

  it('treats a merged province as the province that took it over today', () => {
    const all = [story('an-giang-2026', 'an-giang'), story('dong-nai', 'dong-nai')];
    expect(relatedStories(me, all, localities, TODAY).map((s) => s.id)).toEqual(['an-giang-2026']);
    // Before the merger the two provinces were apart.
    expect(relatedStories(me, all, localities, '2025-01-01')).toEqual([]);
  });

  it('returns nothing for a story without campaign whose locality is unknown', () => {
    expect(relatedStories(story('x', 'missing'), [story('y', 'missing')], localities, TODAY)).toEqual([]);
  });
});
