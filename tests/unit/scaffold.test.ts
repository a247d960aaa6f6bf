// `npm run new`: the text of a new entry, its place, and its default values.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  ScaffoldError, bodyOfAuthority, defaultCampaign, defaultLocality, entryPath, formsGrantableToday, scaffold, type ScaffoldContext,
} from '../../src/lib/scaffold.ts';
import { campaignSchema } from '../../src/schemas/campaigns.ts';
import { honorSchema, modelSchema } from '../../src/schemas/honors.ts';
import { planSchema } from '../../src/schemas/plans.ts';
import { storyFileSchema } from '../../src/schemas/stories.ts';
import type { AwardForm } from '../../src/schemas/award-forms.ts';
import type { Campaign } from '../../src/schemas/campaigns.ts';
import type { Locality } from '../../src/schemas/localities.ts';

const LOCALITIES: Locality[] = [
  { id: 'kien-giang', name: 'Kiên Giang', kind: 'tinh', validTo: '2025-06-30', successor: 'an-giang', change: 'merged' },
  { id: 'an-giang', name: 'An Giang', kind: 'tinh', change: 'merged' },
  { id: 'rach-gia', name: 'Rạch Giá', kind: 'thanh-pho-thuoc-tinh', parent: 'kien-giang', validTo: '2025-06-30', change: 'merged' },
];
const FORMS: AwardForm[] = [
  { id: 'giay-khen-chu-tich-ubnd-huyen', name: 'Giấy khen của Chủ tịch Ủy ban nhân dân huyện', category: 'hinh-thuc', authority: 'Chủ tịch Ủy ban nhân dân cấp huyện', grantedBy: ['chu-tich-ubnd-huyen'], level: 'huyen', recipientKinds: ['individual', 'collective'], rank: 31, validTo: '2025-06-30' },
  { id: 'giay-khen-giam-doc-cong-an-tinh', name: 'Giấy khen của Giám đốc Công an tỉnh', category: 'hinh-thuc', authority: 'Giám đốc Công an tỉnh', grantedBy: ['giam-doc-cong-an-tinh'], level: 'tinh', recipientKinds: ['individual', 'collective'], rank: 30 },
];
const CAMPAIGN = (from: string, to?: string): Campaign => ({ name: 'Phong trào', summary: 'Tóm tắt.', scope: 'national', period: { from, to }, phases: [], contents: [] });
const ctx = (today: string, extra: Partial<ScaffoldContext> = {}): ScaffoldContext => ({
  today,
  settings: { siteName: 'Bảng vàng', tagline: 'Thử', owner: { name: 'Ban Chỉ đạo 138 tỉnh An Giang', contacts: [] }, baseUrl: 'https://x.example', license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }, province: 'kien-giang' },
  localities: LOCALITIES,
  campaigns: [{ id: 'cu', data: CAMPAIGN('2023-01-01', '2023-12-31') }, { id: 'dang-chay', data: CAMPAIGN('2025-01-01') }],
  awardForms: FORMS,
  ...extra,
});

/** Frontmatter (or the whole YAML file) of a scaffold, parsed. */
function data(text: string): unknown {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  return parse(m ? m[1] : text);
}

describe('entryPath', () => {
  it('puts each kind where the loader looks for it', () => {
    expect(entryPath('story', 'a', 2025)).toBe('stories/2025/a/index.md');
    expect(entryPath('plan', 'a', 2025)).toBe('plans/2025/a.md');
    expect(entryPath('honor', 'a', 2025)).toBe('honors/2025/a.yaml');
    expect(entryPath('model', 'a', 2025)).toBe('models/a.md');
    expect(entryPath('campaign', 'a', 2025)).toBe('campaigns/a.md');
  });
});

describe('defaults', () => {
  it('uses the site province, or the unit that took it over once it no longer exists', () => {
    expect(defaultLocality(ctx('2025-03-01'))?.id).toBe('kien-giang');
    expect(defaultLocality(ctx('2026-11-22'))?.id).toBe('an-giang');
    expect(defaultLocality(ctx('2026-11-22', { settings: undefined }))?.id).toBe('an-giang');
    expect(defaultLocality(ctx('2026-11-22'), 'rach-gia')?.id).toBe('rach-gia');
  });

  it('chooses a running campaign, else the latest, else none', () => {
    expect(defaultCampaign(ctx('2025-03-01'))?.id).toBe('dang-chay');
    expect(defaultCampaign(ctx('2024-06-01'))?.id).toBe('dang-chay');
    expect(defaultCampaign(ctx('2025-03-01', { campaigns: [] }))).toBeUndefined();
  });

  it('offers only award forms that may still be granted, and names the deciding body', () => {
    expect(formsGrantableToday(ctx('2025-03-01')).map((f) => f.id)).toEqual(['giay-khen-chu-tich-ubnd-huyen', 'giay-khen-giam-doc-cong-an-tinh']);
    expect(formsGrantableToday(ctx('2026-11-22')).map((f) => f.id)).toEqual(['giay-khen-giam-doc-cong-an-tinh']);
    expect(bodyOfAuthority('Giám đốc Công an tỉnh', LOCALITIES[1])).toBe('Công an tỉnh An Giang');
    expect(bodyOfAuthority('Bộ trưởng Bộ Công an', LOCALITIES[1])).toBe('Bộ Công an');
  });
});

describe('scaffold', () => {
  const today = '2026-11-22';

  it('makes a story: a draft, initials only, today, the province, valid for the schema', () => {
    const s = scaffold({ kind: 'story', title: 'Người dân xã Mỹ Long trả lại dây chuyền vàng', year: 2025 }, ctx(today));
    expect(s.path).toBe('stories/2025/nguoi-dan-xa-my-long-tra-lai-day-chuyen-vang/index.md');
    const d = data(s.text) as Record<string, unknown>;
    expect(d).toMatchObject({ title: 'Người dân xã Mỹ Long trả lại dây chuyền vàng', deedDate: today, published: today, draft: true, locality: 'an-giang', subjects: [{ kind: 'individual', initials: 'N.V.A.' }] });
    expect(storyFileSchema.safeParse(d).success).toBe(true);
    expect(s.placeholders).toEqual([]);
  });

  it('explains every field with a Vietnamese comment', () => {
    const s = scaffold({ kind: 'plan', title: 'Kế hoạch thử' }, ctx(today));
    const lines = s.text.split('\n');
    const fields = lines.map((l, i) => [l, lines[i - 1]] as const).filter(([l]) => /^[a-zA-Z]+:/.test(l));
    for (const [field, before] of fields) expect(before, field).toMatch(/^# \p{Lu}/u);
  });

  it('makes a plan with the running campaign, a blank number and today, valid for the schema', () => {
    const s = scaffold({ kind: 'plan', title: 'Phát động phong trào thi đua năm 2026' }, ctx(today));
    expect(s.path).toBe('plans/2026/phat-dong-phong-trao-thi-dua-nam-2026.md');
    const d = data(s.text) as Record<string, unknown>;
    expect(d).toMatchObject({ number: { status: 'blank' }, type: 'KH', issuer: { name: 'Ban Chỉ đạo 138 tỉnh An Giang' }, place: 'An Giang', locality: 'an-giang', issued: today, campaign: 'dang-chay' });
    expect(planSchema.safeParse(d).success).toBe(true);
    expect(s.notes).toContain('Phong trào đặt tạm là "dang-chay"; sửa nếu kế hoạch thuộc phong trào khác.');
  });

  it('leaves a marked placeholder for a plan\'s campaign when there is no campaign, and says so', () => {
    const s = scaffold({ kind: 'plan', title: 'Kế hoạch thử' }, ctx(today, { campaigns: [] }));
    expect(s.text).toMatch(/^campaign: "<<CẦN ĐIỀN: mã phong trào>>"/mu);
    expect(s.placeholders.map((p) => p.field)).toEqual(['campaign']);
    expect(planSchema.safeParse(data(s.text)).success).toBe(false);
  });

  it('makes an honor decision with a form grantable today and a recipient kind it allows', () => {
    const s = scaffold({ kind: 'honor', title: 'Giấy khen cho tổ bảo vệ ấp Bình Tịnh B', recipient: 'Tổ bảo vệ an ninh, trật tự ấp Bình Tịnh B' }, ctx(today));
    expect(s.path).toBe('honors/2026/giay-khen-cho-to-bao-ve-ap-binh-tinh-b.yaml');
    const d = data(s.text) as Record<string, unknown>;
    expect(d).toMatchObject({ number: { status: 'blank' }, date: today, authority: 'giam-doc-cong-an-tinh', locality: 'an-giang', body: 'Công an tỉnh An Giang', form: 'giay-khen-giam-doc-cong-an-tinh', recipients: [{ kind: 'individual', name: 'Tổ bảo vệ an ninh, trật tự ấp Bình Tịnh B' }] });
    expect(honorSchema.safeParse(d).success).toBe(true);
  });

  it('makes a model and a campaign valid for their schemas', () => {
    const m = scaffold({ kind: 'model', title: 'Camera an ninh' }, ctx(today));
    expect(m.path).toBe('models/camera-an-ninh.md');
    expect(modelSchema.safeParse(data(m.text)).success).toBe(true);
    const c = scaffold({ kind: 'campaign', title: 'Thi đua đặc biệt' }, ctx(today));
    expect(c.path).toBe('campaigns/thi-dua-dac-biet.md');
    expect(campaignSchema.safeParse(data(c.text)).success).toBe(true);
  });

  it('makes the slug from the Vietnamese title, NFD or not', () => {
    expect(scaffold({ kind: 'model', title: 'Đội xe ôm tự quản'.normalize('NFD') }, ctx(today)).id).toBe('doi-xe-om-tu-quan');
  });

  it('refuses what it cannot make, in Vietnamese', () => {
    expect(() => scaffold({ kind: 'story', title: '  ' }, ctx(today))).toThrow(ScaffoldError);
    expect(() => scaffold({ kind: 'story', title: 'Bài', year: 99 }, ctx(today))).toThrow(/Năm "99" không hợp lệ/u);
    expect(() => scaffold({ kind: 'plan', title: 'Kế hoạch', campaign: 'khong-co' }, ctx(today))).toThrow(/Không có phong trào "khong-co"/u);
    expect(() => scaffold({ kind: 'honor', title: 'Khen', form: 'khong-co' }, ctx(today))).toThrow(/Không có hình thức khen thưởng "khong-co"/u);
    expect(() => scaffold({ kind: 'story', title: 'Bài', locality: 'khong-co' }, ctx(today))).toThrow(/Không có địa bàn "khong-co"/u);
  });
});
