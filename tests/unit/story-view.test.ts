import { describe, expect, it } from 'vitest';
import { indexLocalities } from '../../src/lib/localities.ts';
import {
  byContent,
  byDeedYear,
  campaignLinks,
  capitalize,
  contentSlug,
  correctionDate,
  deedDateText,
  isWithin,
  localityPages,
  nowNote,
  photoCredit,
  placeText,
  publishedText,
  recognitionText,
  sourceDetails,
  subjectDetails,
  subjectLine,
  subjectName,
  updatedText,
} from '../../src/lib/story-view.ts';
import { campaignSchema } from '../../src/schemas/campaigns.ts';
import type { Locality } from '../../src/schemas/localities.ts';
import { storyFileSchema } from '../../src/schemas/stories.ts';

const l = (x: Omit<Locality, 'change'>): Locality => ({ change: 'merged', ...x });
const localities = indexLocalities([
  l({ id: 'kien-giang', name: 'Kiên Giang', kind: 'tinh', validTo: '2025-06-30', successor: 'an-giang' }),
  l({ id: 'an-giang', name: 'An Giang', kind: 'tinh' }),
  l({ id: 'rach-gia', name: 'Rạch Giá', kind: 'thanh-pho-thuoc-tinh', parent: 'kien-giang', validTo: '2025-06-30' }),
  l({ id: 'vinh-thanh', name: 'Vĩnh Thanh', kind: 'phuong', parent: 'rach-gia' }),
  l({ id: 'dong-nai', name: 'Đồng Nai', kind: 'tinh' }),
  l({ id: 'bien-hoa', name: 'Biên Hòa', kind: 'thanh-pho-thuoc-tinh', parent: 'dong-nai', validTo: '2025-06-30' }),
]);
const TODAY = '2026-11-22';
const CONSENT = { date: '2025-03-01', reference: 'Phiếu số 1/2025' };

const parseStory = (extra: Record<string, unknown> = {}) =>
  storyFileSchema.parse({
    title: 'Tiêu đề',
    summary: 'Tóm tắt.',
    deedDate: '2025-03-12',
    published: '2025-03-15',
    subjects: [{ kind: 'individual', initials: 'N.V.A.' }],
    locality: 'vinh-thanh',
    ...extra,
  });
const entry = (id: string, extra: Record<string, unknown> = {}) => ({ id, data: parseStory(extra) });

const campaign = (id: string, contents: { number: string; id: string; title: string }[]) => ({
  id,
  data: campaignSchema.parse({
    name: `Phong trào ${id}`,
    summary: 'Tóm tắt.',
    scope: 'national',
    phases: [{ id: 'dot-1', name: 'Đợt 1', period: { from: '2024-08-19', to: '2025-02-03' }, theme: 'Chủ đề đợt 1' }],
    contents,
  }),
});
const special = campaign('dac-biet', [
  { number: '4.3', id: 'pccc', title: 'Phòng cháy, chữa cháy, cứu nạn' },
  { number: '4.7', id: 'hinh-anh-dep', title: 'Hình ảnh đẹp' },
]);
const other = campaign('khac', [{ number: '1', id: 'hinh-anh-dep', title: 'Hình ảnh đẹp khác' }]);

describe('subjects', () => {
  it('names a person by name with consent, otherwise by initials', () => {
    const s = parseStory({
      subjects: [
        { kind: 'individual', name: 'Nguyễn Văn An', consent: { name: CONSENT } },
        { kind: 'individual', initials: 'T.T.B.' },
      ],
    }).subjects;
    expect(subjectName(s[0])).toBe('Nguyễn Văn An');
    expect(subjectName(s[1])).toBe('T.T.B.');
  });

  it('gives the age only when the entry has one, then role and unit', () => {
    const [withAge, without] = parseStory({
      subjects: [
        { kind: 'individual', name: 'Nguyễn Văn An', age: 45, role: 'Tổ trưởng', unit: 'Tổ bảo vệ an ninh, trật tự ấp 3', consent: { name: CONSENT, age: CONSENT } },
        { kind: 'collective', name: 'Tổ bảo vệ an ninh, trật tự ấp 4', unit: 'xã Bình Phước' },
      ],
    }).subjects;
    expect(subjectDetails(withAge)).toEqual(['45 tuổi', 'Tổ trưởng', 'Tổ bảo vệ an ninh, trật tự ấp 3']);
    expect(subjectLine(withAge)).toBe('Nguyễn Văn An, 45 tuổi, Tổ trưởng, Tổ bảo vệ an ninh, trật tự ấp 3');
    expect(subjectLine(without)).toBe('Tổ bảo vệ an ninh, trật tự ấp 4, xã Bình Phước');
  });

  it('never shows anything from the consent record', () => {
    const [s] = parseStory({ subjects: [{ kind: 'individual', name: 'Lê Văn C', consent: { name: CONSENT, photo: CONSENT } }] }).subjects;
    expect(subjectLine(s)).not.toMatch(/Phiếu|2025-03-01|01\/03\/2025/);
  });

  it('shows a birth year with consent when no age is given', () => {
    const [s] = parseStory({ subjects: [{ kind: 'individual', initials: 'L.V.C.', birthYear: 1980, consent: { age: CONSENT } }] }).subjects;
    expect(subjectDetails(s)).toEqual(['sinh năm 1980']);
  });
});

describe('dates, place, source, recognition', () => {
  it('formats the deed date as precisely as it is known', () => {
    expect(deedDateText(parseStory())).toBe('12/03/2025');
    expect(deedDateText(parseStory({ deedDate: '2025-03' }))).toBe('03/2025');
    expect(deedDateText(parseStory({ deedDate: '2025' }))).toBe('2025');
  });

  it('says when it was published and updated', () => {
    expect(publishedText(parseStory())).toBe('Đăng ngày 15/03/2025');
    expect(updatedText(parseStory())).toBeUndefined();
    expect(updatedText(parseStory({ updated: '2025-03-15' }))).toBeUndefined();
    expect(updatedText(parseStory({ updated: '2025-04-02' }))).toBe('Cập nhật 02/04/2025');
  });

  it('names the place as on the deed date, with what it belongs to now', () => {
    expect(placeText(localities, parseStory(), TODAY)).toBe('phường Vĩnh Thanh, thành phố Rạch Giá, tỉnh Kiên Giang (nay thuộc tỉnh An Giang)');
    expect(nowNote(localities, 'vinh-thanh', TODAY)).toBe('(nay thuộc tỉnh An Giang)');
    expect(nowNote(localities, 'dong-nai', TODAY)).toBe('');
  });

  it('credits the press source with author and date when known', () => {
    expect(sourceDetails({ outlet: 'Báo A', url: 'https://a.vn/x', author: 'Minh Hải', published: '2025-03-12' })).toBe('bài của Minh Hải, đăng ngày 12/03/2025');
    expect(sourceDetails({ outlet: 'Báo A', url: 'https://a.vn/x', published: '2025-03' })).toBe('đăng ngày 03/2025');
    expect(sourceDetails({ outlet: 'Báo A', url: 'https://a.vn/x' })).toBeUndefined();
  });

  it('describes recognition and corrections', () => {
    expect(recognitionText({ text: 'Giấy khen', by: 'Công an tỉnh', date: '2025-03-20' })).toBe('Giấy khen (Công an tỉnh, 20/03/2025)');
    expect(recognitionText({ text: 'Thư khen' })).toBe('Thư khen');
    expect(correctionDate({ date: '2025-04-01', text: 'Sửa tên ấp.' })).toBe('01/04/2025');
  });

  it('credits a photo once, whether or not the editor wrote "Ảnh:"', () => {
    expect(photoCredit('Công an xã Bình Phước')).toBe('Ảnh: Công an xã Bình Phước');
    expect(photoCredit('Ảnh: Công an xã Bình Phước')).toBe('Ảnh: Công an xã Bình Phước');
    expect(photoCredit('ảnh:Minh Hải')).toBe('Ảnh: Minh Hải');
    expect(photoCredit('Ảnh chụp màn hình của Báo A')).toBe('Ảnh: Ảnh chụp màn hình của Báo A');
  });

  it('capitalises the first letter only', () => {
    expect(capitalize('tỉnh Kiên Giang')).toBe('Tỉnh Kiên Giang');
    expect(capitalize('đặc khu Phú Quốc')).toBe('Đặc khu Phú Quốc');
  });
});

describe('campaign links', () => {
  it('links the campaign, names the phase and links the content list and its anchor', () => {
    const links = campaignLinks(parseStory({ campaign: 'dac-biet', phase: 'dot-1', content: 'pccc', deedDate: '2024-10-01' }), [special, other]);
    expect(links.campaign).toEqual({ name: 'Phong trào dac-biet', href: '/phong-trao/dac-biet/' });
    expect(links.phase).toEqual({ name: 'Đợt 1', period: '19/08/2024 – 03/02/2025', theme: 'Chủ đề đợt 1' });
    expect(links.content).toEqual({ label: '4.3. Phòng cháy, chữa cháy, cứu nạn', listHref: '/nguoi-tot-viec-tot/linh-vuc/pccc/', anchorHref: '/phong-trao/dac-biet/#pccc' });
  });

  it('has nothing to link without a campaign', () => {
    expect(campaignLinks(parseStory(), [special])).toEqual({});
  });

  it('keeps content slugs unique when two campaigns use the same content id', () => {
    expect(contentSlug([special, other], 'dac-biet', 'pccc')).toBe('pccc');
    expect(contentSlug([special, other], 'dac-biet', 'hinh-anh-dep')).toBe('hinh-anh-dep-dac-biet');
    expect(contentSlug([special, other], 'khac', 'hinh-anh-dep')).toBe('hinh-anh-dep-khac');
  });
});

describe('list pages', () => {
  const stories = [
    entry('a', { campaign: 'dac-biet', content: 'hinh-anh-dep', deedDate: '2025-01-05', locality: 'vinh-thanh' }),
    entry('b', { campaign: 'dac-biet', content: 'pccc', deedDate: '2024-11', locality: 'bien-hoa' }),
    entry('c', { campaign: 'dac-biet', content: 'hinh-anh-dep', deedDate: '2024', locality: 'kien-giang' }),
    entry('d', { deedDate: '2026-02-01', locality: 'an-giang' }),
  ];

  it('groups by competition content in document order, only contents with stories', () => {
    const groups = byContent(stories, [special, other]);
    expect(groups.map((g) => [g.slug, g.label, g.stories.map((s) => s.id)])).toEqual([
      ['pccc', '4.3. Phòng cháy, chữa cháy, cứu nạn', ['b']],
      ['hinh-anh-dep-dac-biet', '4.7. Hình ảnh đẹp', ['a', 'c']],
    ]);
  });

  it('groups by year of the deed, newest year first', () => {
    expect(byDeedYear(stories).map((g) => [g.year, g.stories.map((s) => s.id)])).toEqual([
      [2026, ['d']],
      [2025, ['a']],
      [2024, ['b', 'c']],
    ]);
  });

  it('knows which units lie within which', () => {
    expect(isWithin(localities, 'vinh-thanh', 'kien-giang')).toBe(true);
    expect(isWithin(localities, 'vinh-thanh', 'vinh-thanh')).toBe(true);
    expect(isWithin(localities, 'kien-giang', 'vinh-thanh')).toBe(false);
  });

  it('makes a page for every unit with a story or plan in or below it, province by province', () => {
    const plans = [{ id: 'kh-dong-nai', data: { locality: 'dong-nai' } }, { id: 'kh-rach-gia', data: { locality: 'rach-gia' } }];
    const pages = localityPages(stories, plans, localities, TODAY);
    expect(pages.map((p) => p.locality.id)).toEqual(['an-giang', 'dong-nai', 'bien-hoa', 'kien-giang', 'rach-gia', 'vinh-thanh']);
    const kg = pages.find((p) => p.locality.id === 'kien-giang')!;
    expect(kg.label).toBe('tỉnh Kiên Giang (nay thuộc tỉnh An Giang)');
    expect(kg.note).toBe('(nay thuộc tỉnh An Giang)');
    expect(kg.stories.map((s) => s.id)).toEqual(['a', 'c']);
    expect(kg.plans.map((p) => p.id)).toEqual(['kh-rach-gia']);
    expect(kg.children.map((c) => c.id)).toEqual(['rach-gia']);
    expect(kg.successor?.id).toBe('an-giang');
    const ward = pages.find((p) => p.locality.id === 'vinh-thanh')!;
    expect(ward.stories.map((s) => s.id)).toEqual(['a']);
    expect(ward.plans.map((p) => p.id)).toEqual(['kh-rach-gia']);
    expect(ward.parent?.id).toBe('rach-gia');
    const ag = pages.find((p) => p.locality.id === 'an-giang')!;
    expect(ag.stories.map((s) => s.id)).toEqual(['d']);
    expect(ag.predecessors.map((x) => x.id)).toEqual(['kien-giang']);
    const dn = pages.find((p) => p.locality.id === 'dong-nai')!;
    expect(dn.stories.map((s) => s.id)).toEqual(['b']);
    expect(dn.plans.map((p) => p.id)).toEqual(['kh-dong-nai']);
  });

  it('makes no pages when there is nothing to show', () => {
    expect(localityPages([], [], localities, TODAY)).toEqual([]);
  });
});
