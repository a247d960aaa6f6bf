// The honor roll's rows, orders, groups and totals: what every page, board and export shares.
import { describe, expect, it } from 'vitest';
import {
  alphabeticalSections,
  boardPaths,
  boardView,
  campaignRollView,
  campaignsWithDecisions,
  compareByGivenName,
  decisionTitle,
  decisionView,
  givenName,
  groupByForm,
  honorRows,
  listHeading,
  modelView,
  overview,
  placeColumns,
  profileView,
  rowsOf,
  totalsByCampaign,
  totalsByForm,
  totalsByProvince,
  totalsByYear,
  type HonorLike,
  type RollContext,
} from '../../src/lib/honor-roll.ts';
import { indexLocalities } from '../../src/lib/localities.ts';
import { compareVietnamese } from '../../src/lib/text.ts';
import { awardFormSchema, type AwardForm } from '../../src/schemas/award-forms.ts';
import { honorSchema } from '../../src/schemas/honors.ts';
import { localitySchema } from '../../src/schemas/localities.ts';
import { checkSite } from '../../src/model/site-model.ts';

const forms: AwardForm[] = [
  { id: 'bang-khen', name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', authority: 'Chủ tịch Ủy ban nhân dân tỉnh', grantedBy: ['chu-tich-ubnd-tinh'], rank: 21 },
  { id: 'giay-khen', name: 'Giấy khen của Giám đốc Công an tỉnh', authority: 'Giám đốc Công an tỉnh', grantedBy: ['giam-doc-cong-an-tinh'], rank: 30 },
  { id: 'co-thi-dua', name: 'Cờ thi đua của Ủy ban nhân dân tỉnh', authority: 'Chủ tịch Ủy ban nhân dân tỉnh', grantedBy: ['chu-tich-ubnd-tinh'], rank: 10 },
].map((f) => awardFormSchema.parse({ category: 'hinh-thuc', level: 'tinh', recipientKinds: ['individual', 'collective', 'household'], ...f }));

const localities = indexLocalities([
  { id: 'kien-giang', name: 'Kiên Giang', kind: 'tinh', validTo: '2025-06-30', successor: 'an-giang' },
  { id: 'an-giang', name: 'An Giang', kind: 'tinh' },
  { id: 'tay-ninh', name: 'Tây Ninh', kind: 'tinh' },
  { id: 'tan-hiep', name: 'Tân Hiệp', kind: 'huyen', parent: 'kien-giang', validTo: '2025-06-30' },
  { id: 'thanh-dong', name: 'Thạnh Đông', kind: 'xa', parent: 'tan-hiep', validTo: '2025-06-30', successor: 'tan-hiep-moi' },
  { id: 'tan-hiep-moi', name: 'Tân Hiệp', kind: 'xa', parent: 'an-giang', validFrom: '2025-07-01' },
  { id: 'phuong-cu', name: 'Một', kind: 'phuong', parent: 'tay-ninh', validTo: '2025-06-30', successor: 'phuong-moi', change: 'renamed' },
  { id: 'phuong-moi', name: 'Hai', kind: 'phuong', parent: 'tay-ninh', validFrom: '2025-07-01' },
].map((l) => localitySchema.parse(l)));

const ctx: RollContext = { awardForms: new Map(forms.map((f) => [f.id, f])), localities, today: '2026-01-15' };

/** A validated decision (through the real schema, so numbers and defaults are as on the site). */
function honor(id: string, over: Record<string, unknown>, names: (string | Record<string, unknown>)[]): HonorLike {
  const data = honorSchema.parse({
    number: '12/QĐ-UBND',
    date: '2025-03-01',
    authority: 'chu-tich-ubnd-tinh',
    locality: 'kien-giang',
    body: 'Ủy ban nhân dân tỉnh Kiên Giang',
    form: 'bang-khen',
    campaign: 'thi-dua',
    recipients: names.map((n) => (typeof n === 'string' ? { kind: 'individual', name: n, locality: 'thanh-dong' } : n)),
    ...over,
  });
  return { id, data };
}

describe('honorRows', () => {
  it('gives one row per recipient in the decision order, every cell in words', () => {
    const h = honor('qd-1', { number: '1250/QĐ-CAT', date: '2024-12-20', authority: 'giam-doc-cong-an-tinh', body: 'Công an tỉnh Kiên Giang', form: 'giay-khen' }, [
      { kind: 'individual', name: 'Lê Thị Bình', role: 'Tổ trưởng Tổ tự quản', unit: 'Ấp Kinh Làng', locality: 'thanh-dong', achievement: 'Đã có thành tích xuất sắc', stories: ['s-1'] },
      { kind: 'collective', name: 'Công an xã Thạnh Đông', locality: 'thanh-dong' },
    ]);
    const rows = honorRows(h, ctx);
    expect(rows.map((r) => r.index)).toEqual([0, 1]);
    expect(rows[0]).toMatchObject({
      decisionId: 'qd-1',
      honoree: 'Lê Thị Bình',
      honoreeId: 'le-thi-binh-ap-kinh-lang',
      kindLabel: 'cá nhân',
      form: 'Giấy khen của Giám đốc Công an tỉnh',
      rank: 30,
      authority: 'Giám đốc Công an tỉnh (Công an tỉnh Kiên Giang)',
      decisionNumber: '1250/QĐ-CAT',
      decisionDate: '20/12/2024',
      year: 2024,
      unit: 'Tổ trưởng Tổ tự quản, Ấp Kinh Làng',
      commune: 'xã Thạnh Đông, huyện Tân Hiệp (nay thuộc xã Tân Hiệp)',
      province: 'tỉnh Kiên Giang (nay thuộc tỉnh An Giang)',
      provinceId: 'kien-giang',
      achievement: 'Đã có thành tích xuất sắc',
      revoked: false,
      status: 'Còn hiệu lực',
      stories: ['s-1'],
    });
    expect(rows[1]).toMatchObject({ kindLabel: 'tập thể', unit: '', achievement: '' });
  });

  it('says "chưa rõ số" for a decision known only from the press, and keeps a blank number visible', () => {
    const unknown = honor('qd-2', { number: { status: 'unknown' }, source: { outlet: 'Báo A', url: 'https://example.vn/a' } }, ['Trần Văn An']);
    expect(honorRows(unknown, ctx)[0].decisionNumber).toBe('chưa rõ số');
    expect(decisionTitle(unknown.data)).toBe('Quyết định (chưa rõ số) ngày 01/03/2025');
    const blank = honor('qd-3', { number: { status: 'blank', symbol: 'QĐ-UBND' }, date: '2023-12' }, ['Trần Văn An']);
    expect(honorRows(blank, ctx)[0]).toMatchObject({ decisionNumber: '…/QĐ-UBND', decisionDate: '12/2023' });
    expect(listHeading(blank.data)).toBe('Danh sách kèm theo Quyết định số …/QĐ-UBND tháng 12/2023');
  });

  it('marks every row of a revoked decision with the date and the reason', () => {
    const h = honor('qd-4', { status: { revoked: '2025-05-01', reason: 'Khai không đúng thành tích' } }, ['Phạm Văn Cường']);
    expect(honorRows(h, ctx)[0]).toMatchObject({ revoked: true, status: 'Đã thu hồi ngày 01/05/2025: Khai không đúng thành tích' });
  });

  it('falls back to the deciding authority\'s place when the recipient has none', () => {
    const h = honor('qd-5', {}, [{ kind: 'collective', name: 'Tổ A' }]);
    expect(honorRows(h, ctx)[0]).toMatchObject({ commune: '', province: 'tỉnh Kiên Giang (nay thuộc tỉnh An Giang)' });
  });
});

describe('placeColumns', () => {
  it('names the province alone when the place is a province, and today\'s name only when it changed', () => {
    expect(placeColumns(localities, 'tay-ninh', '2026-01-15')).toEqual({ commune: '', province: 'tỉnh Tây Ninh', provinceId: 'tay-ninh' });
    expect(placeColumns(localities, 'kien-giang', '2025-01-01').province).toBe('tỉnh Kiên Giang');
  });
  it('says "nay là" after a rename and "nay thuộc" after a merger', () => {
    expect(placeColumns(localities, 'phuong-cu', '2026-01-15').commune).toBe('phường Một (nay là phường Hai)');
    expect(placeColumns(localities, 'thanh-dong', '2026-01-15').commune).toContain('(nay thuộc xã Tân Hiệp)');
  });
  it('leaves both empty for an unknown place', () => {
    expect(placeColumns(localities, undefined, '2026-01-15')).toEqual({ commune: '', province: '' });
  });
});

describe('grouping for a campaign', () => {
  // The Giấy khen decision is older, the Bằng khen one newer: legal rank still puts Bằng khen first.
  const older = honor('qd-a', { number: '01/QĐ-CAT', date: '2024-12-20', authority: 'giam-doc-cong-an-tinh', form: 'giay-khen' }, ['Người Một', 'Người Hai']);
  const newer = honor('qd-b', { date: '2025-03-10' }, ['Người Ba', 'Người Bốn']);
  const sameDayLater = honor('qd-c', { number: '02/QĐ-CAT', date: '2025-01-05', authority: 'giam-doc-cong-an-tinh', form: 'giay-khen' }, ['Người Năm']);
  const top = honor('qd-d', { date: '2025-06-01', form: 'co-thi-dua' }, [{ kind: 'collective', name: 'Tập thể Sáu' }]);

  it('orders forms by legal rank (lower first), then each by decision date and position in the list', () => {
    const groups = groupByForm(rowsOf([newer, sameDayLater, top, older], ctx));
    expect(groups.map((g) => [g.rank, g.form])).toEqual([
      [10, 'Cờ thi đua của Ủy ban nhân dân tỉnh'],
      [21, 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh'],
      [30, 'Giấy khen của Giám đốc Công an tỉnh'],
    ]);
    expect(groups[1].rows.map((r) => r.honoree)).toEqual(['Người Ba', 'Người Bốn']);
    expect(groups[2].rows.map((r) => r.honoree)).toEqual(['Người Một', 'Người Hai', 'Người Năm']);
  });
});

describe('A → Z', () => {
  it('takes the last word as the given name', () => {
    expect(givenName('Trần Văn An')).toBe('An');
    expect(givenName('  Lê Thị  Bình ')).toBe('Bình');
  });

  it('sorts by given name first: "Trần Văn An" before "Lê Thị Bình"', () => {
    expect(compareByGivenName('Trần Văn An', 'Lê Thị Bình')).toBeLessThan(0);
    expect(['Lê Thị Bình', 'Trần Văn An'].sort(compareByGivenName)).toEqual(['Trần Văn An', 'Lê Thị Bình']);
  });

  it('breaks a tie on the given name with the full name, in Vietnamese order (Ă, Â and Đ are letters of their own: An < Anh < Ăn < Ân, D < Đ)', () => {
    const names = ['Trần Văn An', 'Nguyễn Văn An', 'Đỗ Thị Ân', 'Lê Văn Dũng', 'Phan Văn Đức', 'Vũ Thị Ăn', 'Ngô Anh'];
    expect([...names].sort(compareByGivenName)).toEqual(['Nguyễn Văn An', 'Trần Văn An', 'Ngô Anh', 'Vũ Thị Ăn', 'Đỗ Thị Ân', 'Lê Văn Dũng', 'Phan Văn Đức']);
    expect(compareVietnamese('Dũng', 'Đức')).toBeLessThan(0);
  });

  it('gives one section per kind: people by given name, collectives by their full name', () => {
    const h = honor('qd-z', {}, [
      'Lê Thị Bình',
      { kind: 'collective', name: 'Tổ tự quản ấp A' },
      'Trần Văn An',
      { kind: 'collective', name: 'Công an xã B' },
      { kind: 'household', name: 'Hộ ông Nguyễn Văn Cư' },
    ]);
    const sections = alphabeticalSections(honorRows(h, ctx));
    expect(sections.map((s) => [s.label, s.rows.map((r) => r.honoree)])).toEqual([
      ['Cá nhân', ['Trần Văn An', 'Lê Thị Bình']],
      ['Hộ gia đình', ['Hộ ông Nguyễn Văn Cư']],
      ['Tập thể', ['Công an xã B', 'Tổ tự quản ấp A']],
    ]);
  });
});

describe('totals', () => {
  const a = honor('qd-1', { date: '2024-05-01', form: 'giay-khen', authority: 'giam-doc-cong-an-tinh' }, ['A Một', 'A Hai', 'A Ba']);
  const b = honor('qd-2', { date: '2025-02-01', campaign: undefined }, [{ kind: 'individual', name: 'B Một', locality: 'tay-ninh' }]);
  const revoked = honor('qd-3', { date: '2025-03-01', status: { revoked: '2025-04-01', reason: 'Sai' } }, [{ kind: 'individual', name: 'C Một', locality: 'tay-ninh' }, 'C Hai']);
  const rows = rowsOf([a, b, revoked], ctx);

  it('leaves revoked decisions out of every total', () => {
    for (const totals of [totalsByForm(rows), totalsByYear(rows), totalsByProvince(rows), totalsByCampaign(rows, (id) => id)]) {
      expect(totals.reduce((s, t) => s + t.value, 0)).toBe(4);
    }
  });

  it('counts by form in legal rank and by year oldest first', () => {
    expect(totalsByForm(rows).map((t) => [t.label, t.value])).toEqual([['Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 1], ['Giấy khen của Giám đốc Công an tỉnh', 3]]);
    expect(totalsByYear(rows).map((t) => [t.label, t.value])).toEqual([['2024', 3], ['2025', 1]]);
  });

  it('counts by province as named on the decision date, with today\'s name noted, most first', () => {
    expect(totalsByProvince(rows).map((t) => [t.key, t.label, t.value])).toEqual([
      ['kien-giang', 'Tỉnh Kiên Giang (nay thuộc tỉnh An Giang)', 3],
      ['tay-ninh', 'Tỉnh Tây Ninh', 1],
    ]);
  });

  it('counts by campaign, with decisions outside any campaign apart', () => {
    expect(totalsByCampaign(rows, (id) => `Phong trào ${id}`).map((t) => [t.label, t.value])).toEqual([['Phong trào thi-dua', 3], ['Không gắn với phong trào nào', 1]]);
  });
});

describe('page views over the fixture site', () => {
  const result = checkSite('tests/fixtures/honors-roll', process.cwd(), new Date('2026-01-15T00:00:00+07:00'));
  const model = result.model!;
  const today = '2026-01-15';

  it('loads the fixture without problems', () => {
    expect(result.problems).toEqual([]);
    expect(model.honors.map((h) => h.id)).toEqual(['45-qd-cat', 'qd-bang-khen-kien-giang', '1250-qd-cat']);
  });

  it('links only public stories from a decision (the embargoed one is left out)', () => {
    const v = decisionView(model, model.honorById.get('1250-qd-cat')!, today);
    expect(v.rows[0].row.stories).toEqual(['to-an-ninh-thanh-dong-bat-trom', 'bai-cho-dang-honorxq']);
    expect(v.rows[0].stories).toEqual([{ href: '/nguoi-tot-viec-tot/to-an-ninh-thanh-dong-bat-trom/', text: 'Tổ tự quản ấp Kinh Làng giúp bắt kẻ trộm' }]);
    expect(v.listHeading).toBe('Danh sách kèm theo Quyết định số 1250/QĐ-CAT ngày 20/12/2024');
    expect(v.phase).toEqual({ href: '/vinh-danh/phong-trao/thi-dua-mau/bang-vang/dot-1/', text: 'Đợt 1: Thi đua chào mừng năm mới an toàn' });
  });

  it('gathers a profile across two decisions, newest first', () => {
    const p = profileView(model, model.honorees.get('le-thi-binh-ap-kinh-lang')!, today);
    expect(p.awards.map((a) => a.row.decisionId)).toEqual(['qd-bang-khen-kien-giang', '1250-qd-cat']);
    expect(p.inForceCount).toBe(2);
    expect(p.years).toEqual([2024, 2025]);
    expect(p.stories.map((s) => s.href)).toEqual(['/nguoi-tot-viec-tot/to-an-ninh-thanh-dong-bat-trom/']);
  });

  it('groups the campaign roll by rank, keeps the revoked row marked, and counts only in-force awards', () => {
    const v = campaignRollView(model, model.campaignById.get('thi-dua-mau')!, today);
    expect(v.groups.map((g) => [g.form, g.rows.map((r) => r.row.honoree)])).toEqual([
      ['Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', ['Trần Văn An', 'Lê Thị Bình']],
      ['Giấy khen của Giám đốc Công an tỉnh', ['Lê Thị Bình', 'Công an xã Thạnh Đông', 'Tổ "Camera an ninh" ấp Kinh Làng', 'Phạm Văn Cường']],
    ]);
    expect(v.rows.filter((r) => r.revoked).map((r) => r.honoree)).toEqual(['Phạm Văn Cường']);
    expect(v.awardCount).toBe(5);
    expect(v.phases.map((p) => [p.id, p.count])).toEqual([['dot-1', 3], ['dot-2', 2]]);
  });

  it('puts only in-force awards on a board, with the phase theme on a phase board', () => {
    const campaign = model.campaignById.get('thi-dua-mau')!;
    const all = boardView(model, campaign, undefined, today);
    expect(all.theme).toBe('Toàn dân chung sức giữ bình yên thôn xóm');
    expect(all.count).toBe(5);
    expect(all.revokedLeftOut).toBe(1);
    const phase = boardView(model, campaign, 'dot-2', today);
    expect(phase.theme).toBe('Thi đua lập thành tích chào mừng ngày hội toàn dân');
    expect(phase.groups.flatMap((g) => g.rows.map((r) => r.honoree))).toEqual(['Trần Văn An', 'Lê Thị Bình']);
    expect(boardPaths(model).map((p) => p.phase ?? '')).toEqual(['', 'dot-1', 'dot-2']);
  });

  it('names a model\'s place with today\'s unit and links the decision that recognised it', () => {
    const m = modelView(model, model.models[0], today);
    expect(m.place).toContain('(nay thuộc xã Tân Hiệp)');
    expect(m.since).toBe('tháng 05/2023');
    expect(m.recognisedBy?.href).toBe('/vinh-danh/quyet-dinh/1250-qd-cat/');
    expect(m.paragraphs).toHaveLength(2);
  });

  it('has nothing to group when there are no decisions', () => {
    const empty = checkSite('tests/fixtures/valid-minimal').model!;
    const o = overview(empty, today);
    expect(o.decisionCount).toBe(0);
    expect(o.decisions).toEqual([]);
    expect(campaignsWithDecisions(empty)).toEqual([]);
    expect(boardPaths(empty)).toEqual([]);
  });
});

describe('honoreesOfStory', () => {
  it('links a story to the profiles of the honorees whose awards cite it', async () => {
    const { honoreesOfStory } = await import('../../src/lib/honor-roll.ts');
    const honorees = new Map([
      ['a', { id: 'a', name: 'Tổ A', kind: 'collective', awards: [], stories: ['s1'] }],
      ['b', { id: 'b', name: 'Tổ B', kind: 'collective', awards: [], stories: ['s2'] }],
    ]) as never;
    expect(honoreesOfStory(honorees, 's1')).toEqual([{ href: '/vinh-danh/nguoi/a/', text: 'Tổ A' }]);
    expect(honoreesOfStory(honorees, 's3')).toEqual([]);
  });
});
