// Search records of the shipped content: what a result shows and which filters find it.
import { describe, expect, it } from 'vitest';
import { checkSite } from '../../src/model/site-model.ts';
import { filterTotals, recordPaths, searchRecordFor } from '../../src/lib/search-record.ts';

const TODAY = '2026-11-22';
const model = checkSite('content', process.cwd(), new Date(`${TODAY}T00:00:00+07:00`)).model!;
const record = (path: string) => searchRecordFor(path, model, TODAY);

describe('searchRecordFor: which pages are records', () => {
  it.each([
    '/ke-hoach/350-kh-bcd-kien-giang/',
    '/phong-trao/toan-dan-bao-ve-an-ninh-to-quoc/',
    '/nguoi-tot-viec-tot/doi-sos-thi-xa-cai-lay-nhan-giay-khen-vi-gop-suc-bat-5-doi-tuong/',
    '/vinh-danh/quyet-dinh/giay-khen-gd-ca-tien-giang-2023-doi-sos-cai-lay/',
    '/mo-hinh/camera-an-ninh-phuoc-hai/',
  ])('%s is a record', (path) => {
    expect(record(path)).toBeDefined();
  });

  it('an honoree profile is a record', () => {
    const id = [...model.honorees.keys()][0];
    expect(record(`/vinh-danh/nguoi/${id}/`)?.type).toBe('Vinh danh');
  });

  it.each([
    '/',
    '/ke-hoach/',
    '/ke-hoach/nam/2024/',
    '/ke-hoach/tinh/kien-giang/',
    '/nguoi-tot-viec-tot/',
    '/nguoi-tot-viec-tot/2/',
    '/nguoi-tot-viec-tot/nam/2025/',
    '/dia-ban/dong-thap/',
    '/phong-trao/',
    '/vinh-danh/',
    '/vinh-danh/phong-trao/toan-dan-bao-ve-an-ninh-to-quoc/',
    '/mo-hinh/',
    '/tim-kiem/',
    '/ke-hoach/khong-co/',
  ])('%s is not a record (a list, the search page, or unknown)', (path) => {
    expect(record(path)).toBeUndefined();
  });
});

describe('a plan', () => {
  const r = record('/ke-hoach/350-kh-bcd-kien-giang/')!;

  it('shows type, date and place as named then and now', () => {
    expect(r.type).toBe('Kế hoạch');
    expect(r.dateText).toBe('20/08/2024');
    expect(r.sortDate).toBe('2024-08-20');
    expect(r.place).toBe('tỉnh Kiên Giang (nay thuộc tỉnh An Giang)');
  });

  it('is found by province then and now, year and campaign', () => {
    expect(r.filters.loai).toEqual(['Kế hoạch']);
    expect(r.filters.tinh).toEqual(['Kiên Giang']);
    expect(r.filters.tinh_nay).toEqual(['An Giang']);
    expect(r.filters.nam).toEqual(['2024']);
    expect(r.filters.phong_trao).toHaveLength(1);
  });

  it('a plan with only a year sorts on the first day of that year', () => {
    const p = record('/ke-hoach/kh-bcd138-dong-thap/')!;
    expect(p.dateText).toBe('2023');
    expect(p.sortDate).toBe('2023-01-01');
  });
});

describe('a story', () => {
  const r = record('/nguoi-tot-viec-tot/doi-sos-thi-xa-cai-lay-nhan-giay-khen-vi-gop-suc-bat-5-doi-tuong/')!;

  it('is filed under the province of the deed, then (Tiền Giang) and now (Đồng Tháp)', () => {
    expect(r.type).toBe('Người tốt, việc tốt');
    expect(r.filters.tinh).toEqual(['Tiền Giang']);
    expect(r.filters.tinh_nay).toEqual(['Đồng Tháp']);
    expect(r.filters.nam).toEqual(['2023']);
  });

  it('carries the award form of the decision it links to', () => {
    expect(r.filters.khen_thuong).toEqual(['Giấy khen của Giám đốc Công an tỉnh']);
  });

  it('a story filed under a competition content carries it', () => {
    const withContent = model.stories.find((s) => s.data.content)!;
    expect(record(`/nguoi-tot-viec-tot/${withContent.id}/`)!.filters.noi_dung?.[0]).toMatch(/^\d+\.\d+\. /);
  });
});

describe('campaigns, decisions and models', () => {
  it('a campaign is dated by its start and found under each year it ran', () => {
    const c = model.campaigns.find((x) => x.data.period?.from)!;
    const r = record(`/phong-trao/${c.id}/`)!;
    expect(r.type).toBe('Phong trào');
    expect(r.sortDate?.slice(0, 4)).toBe(c.data.period!.from.slice(0, 4));
    expect(r.filters.nam![0]).toBe(c.data.period!.from.slice(0, 4));
    expect(r.filters.phong_trao).toEqual([c.data.name]);
  });

  it('a decision carries its award form and year', () => {
    const r = record('/vinh-danh/quyet-dinh/giay-khen-gd-ca-tien-giang-2023-doi-sos-cai-lay/')!;
    expect(r.type).toBe('Vinh danh');
    expect(r.filters.khen_thuong).toEqual(['Giấy khen của Giám đốc Công an tỉnh']);
    expect(r.filters.nam).toEqual(['2023']);
    expect(r.filters.tinh_nay).toEqual(['Đồng Tháp']);
  });

  it('a model without any date has no date to show and sorts last', () => {
    const r = record('/mo-hinh/camera-an-ninh-phuoc-hai/')!;
    expect(r.type).toBe('Mô hình');
    expect(r.sortDate).toBeUndefined();
    expect(r.dateText).toBeUndefined();
    expect(r.filters.tinh_nay).toEqual(['Hồ Chí Minh']);
  });
});

it('every filter value is a non-empty string and no value repeats', () => {
  const paths = [
    ...model.plans.map((p) => `/ke-hoach/${p.id}/`),
    ...model.stories.map((s) => `/nguoi-tot-viec-tot/${s.id}/`),
    ...model.honors.map((h) => `/vinh-danh/quyet-dinh/${h.id}/`),
    ...model.models.map((m) => `/mo-hinh/${m.id}/`),
    ...model.campaigns.map((c) => `/phong-trao/${c.id}/`),
  ];
  for (const path of paths) {
    const r = record(path)!;
    for (const values of Object.values(r.filters)) {
      expect(values.every((v) => typeof v === 'string' && v.trim() === v && v !== '')).toBe(true);
      expect(new Set(values).size).toBe(values.length);
    }
  }
});

describe('a revoked decision', () => {
  const fixture = checkSite('tests/fixtures/honors-roll', process.cwd(), new Date('2026-01-15T00:00:00+07:00')).model!;

  it('stays findable, but no longer counts under its award form', () => {
    const r = searchRecordFor('/vinh-danh/quyet-dinh/45-qd-cat/', fixture, '2026-01-15')!;
    expect(r.type).toBe('Vinh danh');
    expect(r.filters.nam).toEqual(['2025']);
    expect(r.filters.khen_thuong).toBeUndefined();
  });

  it('an honoree whose only award was revoked is not listed under that form', () => {
    const [id] = [...fixture.honorees].find(([, h]) => h.awards.every((a) => a.honor.id === '45-qd-cat'))!;
    expect(searchRecordFor(`/vinh-danh/nguoi/${id}/`, fixture, '2026-01-15')!.filters.khen_thuong).toBeUndefined();
  });
});

describe('filterTotals: the filter values the search page lists, counted at build time', () => {
  it('counts each record once per value, over every record page', () => {
    const paths = recordPaths(model);
    expect(new Set(paths).size).toBe(paths.length);
    const records = paths.map(record).filter((r) => r !== undefined);
    const totals = filterTotals(model, TODAY);
    // Every record has a type: the type counts add up to the number of records.
    expect(Object.values(totals.loai).reduce((a, b) => a + b, 0)).toBe(records.length);
    expect(totals.loai['Kế hoạch']).toBe(model.planById.size);
    expect(totals.loai['Người tốt, việc tốt']).toBe(records.filter((r) => r.kind === 'story').length);
    expect(totals.tinh_nay['Đồng Tháp']).toBe(records.filter((r) => r.filters.tinh_nay?.includes('Đồng Tháp')).length);
    expect(totals.tinh_nay['Đồng Tháp']).toBeGreaterThan(1);
  });

  it('leaves out a withdrawn entry, which has a page but no record', () => {
    const withdrawn = { ...model, unlisted: new Set(['/ke-hoach/350-kh-bcd-kien-giang/']) };
    expect(filterTotals(withdrawn, TODAY).loai['Kế hoạch']).toBe(filterTotals(model, TODAY).loai['Kế hoạch'] - 1);
  });
});
