// Publication states in the schemas and the site model: the fields' rules (withdrawn needs a day
// and a reason, expiresAt after publishAt, old paths well formed and claimed once), references
// from public entries to entries without a page, links written in bodies, and how the model
// splits entries into listed, page-bearing, removed and redirected.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSite } from '../../src/model/site-model.ts';
import { checkWith, edit, original, validMinimal } from '../helpers/temp-content.ts';

const CLOCK = new Date('2025-10-01T00:00:00+07:00');

function story(id: string, front: string[] = [], body = 'Tổ đã trả lại chiếc ví cho người đánh rơi ngay trong buổi tối.'): Record<string, string> {
  return {
    [`stories/2025/${id}/index.md`]: [
      '---',
      `title: Bài ${id} về một việc tốt`,
      'summary: Tổ bảo vệ an ninh, trật tự trả lại ví tiền cho người đánh rơi.',
      'deedDate: "2025-08-10"',
      'published: "2025-08-28"',
      'subjects:',
      '  - kind: collective',
      '    name: Tổ bảo vệ an ninh, trật tự ấp A',
      'locality: an-giang',
      ...front,
      '---',
      '',
      body,
      '',
    ].join('\n'),
  };
}

const PLAN = 'plans/2024/01-kh-bcd-mau.md';
const CAMPAIGN = 'campaigns/thi-dua-mau.md';
const withFront = (file: string, lines: string[]) => edit(original(file), '\n---\n', `\n${lines.join('\n')}\n---\n`);
const errors = (r: ReturnType<typeof checkWith>) => r.problems.filter((p) => p.severity === 'error');

describe('publication fields in the schemas', () => {
  it('accepts every state with its details, and none at all', () => {
    const r = checkWith({
      ...story('bai-dang'),
      ...story('bai-rut', ['state: withdrawn', 'withdrawn:', '  date: "2025-09-01"', '  reason: Thông tin chưa được xác minh']),
      ...story('bai-go', ['state: gone', 'gone:', '  date: "2025-09-02"']),
      ...story('bai-go-im-lang', ['state: gone']),
      ...story('bai-het-han', ['publishAt: "2025-08-28"', 'expiresAt: "2025-09-30T17:00:00+07:00"']),
    });
    expect(r.problems).toEqual([]);
  });

  it('a withdrawal needs its day and reason, shown in the banner', () => {
    const r = checkWith(story('bai-rut', ['state: withdrawn']));
    expect(errors(r)).toMatchObject([{ field: 'withdrawn', message: expect.stringContaining('phải ghi ngày và lý do') }]);
  });

  it('withdrawal or removal details need the matching state', () => {
    const r = checkWith({
      ...story('bai-a', ['withdrawn:', '  date: "2025-09-01"', '  reason: Lý do']),
      ...story('bai-b', ['gone:', '  reason: Lý do']),
    });
    expect(errors(r).map((p) => p.message)).toEqual([
      expect.stringContaining('state không phải "withdrawn"'),
      expect.stringContaining('state không phải "gone"'),
    ]);
  });

  it('names the three states when the value is wrong, in Vietnamese', () => {
    const r = checkWith(story('bai-a', ['state: deleted']));
    expect(errors(r)[0]).toMatchObject({ field: 'state', message: expect.stringContaining('"published" (đang đăng), "withdrawn"') });
  });

  it('expiresAt must come after publishAt, and both must be real moments', () => {
    const r = checkWith({
      ...story('bai-a', ['publishAt: "2025-09-10"', 'expiresAt: "2025-09-01"']),
      ...story('bai-b', ['expiresAt: "2025-02-30"']),
    });
    expect(errors(r).map((p) => [p.field, p.message])).toEqual([
      ['expiresAt', expect.stringContaining('phải sau thời điểm đăng')],
      ['expiresAt', expect.stringContaining('không phải thời điểm có thật')],
    ]);
  });

  it('an old path is a path of this site, lower case, ending in "/"', () => {
    const r = checkWith(story('bai-a', ['redirectFrom:', '  - https://bang-vang.example/tin/cu/', '  - /Tin/Cu', '  - /tin/cu/', '  - /tin/cu/']));
    expect(errors(r).map((p) => p.field)).toEqual(['redirectFrom[0]', 'redirectFrom[1]', 'redirectFrom[3]']);
    expect(errors(r)[0].message).toContain('không ghi https://');
    expect(errors(r)[2].message).toContain('ghi hai lần');
  });

  it('every collection has the fields: plans, campaigns, honors and models too', () => {
    const r = checkWith({
      [PLAN]: withFront(PLAN, ['state: withdrawn', 'withdrawn:', '  date: "2025-01-01"', '  reason: Đã có kế hoạch thay thế', 'redirectFrom: [/ke-hoach/ten-cu/]']),
      [CAMPAIGN]: withFront(CAMPAIGN, ['expiresAt: "2099-01-01"']),
      'models/mo-hinh-a.md': '---\nname: Mô hình A\nunit: Tổ A\nlocality: an-giang\nstate: gone\n---\n\nMô hình A.\n',
    });
    expect(r.problems).toEqual([]);
    const model = r.model!;
    expect(model.plans).toEqual([]);
    expect(model.pages.plans.map((p) => p.id)).toEqual(['01-kh-bcd-mau']);
    expect(model.redirects).toEqual([{ from: '/ke-hoach/ten-cu/', to: '/ke-hoach/01-kh-bcd-mau/' }]);
    expect(model.removed).toMatchObject([{ path: '/mo-hinh/mo-hinh-a/', kind: 'models' }]);
  });
});

describe('the site model splits entries by status at the build clock', () => {
  const project = mkdtempSync(join(tmpdir(), 'bang-vang-states-'));
  cpSync(validMinimal, join(project, 'content'), { recursive: true });
  const files = {
    ...story('bai-dang', ['redirectFrom: [/tin/bai-dang-cu/]']),
    ...story('bai-rut', ['state: withdrawn', 'withdrawn:', '  date: "2025-09-01"', '  reason: Chưa xác minh']),
    ...story('bai-go', ['state: gone', 'gone:', '  date: "2025-09-02"', '  reason: Theo yêu cầu', 'redirectFrom: [/tin/bai-go-cu/]']),
    ...story('bai-het-han', ['expiresAt: "2025-09-15"']),
    ...story('bai-nhap', ['draft: true', 'redirectFrom: [/tin/bai-nhap-cu/]']),
    ...story('bai-hen-gio', ['publishAt: "2025-12-01"', 'redirectFrom: [/tin/bai-hen-gio-cu/]']),
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(project, 'content', file)), { recursive: true });
    writeFileSync(join(project, 'content', file), text);
  }
  const { model, problems } = checkSite('content', project, CLOCK);

  it('loads without problems', () => expect(problems).toEqual([]));
  it('lists only the published story', () => expect(model!.stories.map((s) => s.id)).toEqual(['bai-dang']));
  it('gives pages to the published and the withdrawn story', () => {
    expect(model!.pages.stories.map((s) => s.id).sort()).toEqual(['bai-dang', 'bai-rut']);
    expect([...model!.storyById.keys()].sort()).toEqual(['bai-dang', 'bai-rut']);
    expect([...model!.unlisted]).toEqual(['/nguoi-tot-viec-tot/bai-rut/']);
    expect(model!.withdrawn.map((w) => w.id)).toEqual(['bai-rut']);
  });
  it('explains the removal at the gone and the expired story, and at the gone story’s old path', () => {
    expect(model!.removed).toEqual([
      { path: '/nguoi-tot-viec-tot/bai-go/', kind: 'stories', id: 'bai-go', date: '2025-09-02', reason: 'Theo yêu cầu' },
      { path: '/tin/bai-go-cu/', kind: 'stories', id: 'bai-go', date: '2025-09-02', reason: 'Theo yêu cầu' },
      { path: '/nguoi-tot-viec-tot/bai-het-han/', kind: 'stories', id: 'bai-het-han', date: '2025-09-15', reason: 'Nội dung đã hết thời hạn đăng' },
    ]);
  });
  it('redirects only the old paths of entries with a page: a draft’s or a scheduled entry’s leave no trace', () => {
    expect(model!.redirects).toEqual([{ from: '/tin/bai-dang-cu/', to: '/nguoi-tot-viec-tot/bai-dang/' }]);
  });
  it('keeps every file in the inventory with its status', () => {
    expect(Object.fromEntries(model!.inventory.map((i) => [i.id, i.status]))).toMatchObject({
      'bai-dang': 'published', 'bai-rut': 'withdrawn', 'bai-go': 'gone', 'bai-het-han': 'expired', 'bai-nhap': 'draft', 'bai-hen-gio': 'scheduled', '01-kh-bcd-mau': 'published', 'thi-dua-mau': 'published',
    });
  });
});

describe('references to entries without a page', () => {
  it('a story linking (in its body) to a draft, a scheduled or an unknown story is refused; to a withdrawn one or an old path, fine', () => {
    const r = checkWith({
      ...story('bai-nhap', ['draft: true']),
      ...story('bai-hen-gio', ['publishAt: "2099-01-01"']),
      ...story('bai-rut', ['state: withdrawn', 'withdrawn:', '  date: "2025-09-01"', '  reason: Chưa xác minh']),
      ...story('bai-moi', ['redirectFrom: [/nguoi-tot-viec-tot/bai-cu/]']),
      ...story('bai-dang', [], [
        'Xem [bản nháp](/nguoi-tot-viec-tot/bai-nhap/) và [bài sắp đăng](https://bang-vang.example/nguoi-tot-viec-tot/bai-hen-gio/).',
        '',
        'Xem thêm [bài không có](/nguoi-tot-viec-tot/bai-khong-co), [bài rút lại](/nguoi-tot-viec-tot/bai-rut/) và [bài cũ](/nguoi-tot-viec-tot/bai-cu/).',
      ].join('\n')),
    });
    const file = 'content/stories/2025/bai-dang/index.md';
    expect(errors(r).map((p) => [p.file, p.line, p.message])).toEqual([
      [file, 12, expect.stringContaining('Liên kết "/nguoi-tot-viec-tot/bai-nhap/": bài viết "bai-nhap" đang là bản nháp (draft)')],
      [file, 12, expect.stringContaining('bài viết "bai-hen-gio" chưa đến giờ đăng (publishAt) nên chưa có trang')],
      [file, 14, expect.stringContaining('Liên kết "/nguoi-tot-viec-tot/bai-khong-co/" trỏ tới bài viết không có trên trang')],
    ]);
  });

  it('a decision listing a draft story is refused with the checker’s message; a scheduled one is fine (linked once it is live)', () => {
    const honor = (stories: string) => ({
      'honors/2025/qd-a.yaml': [
        'number: 12/QĐ-UBND', 'date: "2024-12-20"', 'authority: chu-tich-ubnd-tinh', 'locality: kien-giang', 'body: Ủy ban nhân dân tỉnh Kiên Giang',
        'form: bang-khen-chu-tich-ubnd-tinh', 'recipients:', '  - kind: collective', '    name: Tổ A', `    stories: [${stories}]`, '',
      ].join('\n'),
    });
    const draft = checkWith({ ...story('bai-nhap', ['draft: true']), ...honor('bai-nhap') });
    expect(errors(draft)).toMatchObject([{ field: 'recipients[0].stories[0]', message: expect.stringContaining('Bài viết "bai-nhap" đang là bản nháp (draft), nên liên kết sẽ hỏng') }]);
    const scheduled = checkWith({ ...story('bai-hen-gio', ['publishAt: "2099-01-01"']), ...honor('bai-hen-gio') });
    expect(scheduled.problems).toEqual([]);
    const gone = checkWith({ ...story('bai-go', ['state: gone']), ...honor('bai-go') });
    expect(errors(gone)).toMatchObject([{ message: expect.stringContaining('đã bị gỡ bỏ (state: gone)') }]);
  });

  it('a story’s recognition pointing at a removed decision is refused', () => {
    const r = checkWith({
      'honors/2025/qd-go.yaml': ['number: 13/QĐ-UBND', 'date: "2024-12-20"', 'authority: chu-tich-ubnd-tinh', 'locality: kien-giang', 'body: Ủy ban nhân dân tỉnh Kiên Giang', 'form: bang-khen-chu-tich-ubnd-tinh', 'recipients:', '  - kind: collective', '    name: Tổ A', 'state: gone', ''].join('\n'),
      ...story('bai-dang', ['recognition:', '  - text: Bằng khen', '    honor: qd-go']),
    });
    expect(errors(r)).toMatchObject([{ field: 'recognition[0].honor', message: expect.stringContaining('Quyết định khen thưởng "qd-go" đã bị gỡ bỏ') }]);
  });

  it('a plan of a gone campaign is refused; of a withdrawn one, fine', () => {
    const gone = checkWith({ [CAMPAIGN]: withFront(CAMPAIGN, ['state: gone']) });
    expect(errors(gone)).toMatchObject([{ file: `content/${PLAN}`, field: 'campaign' }]);
    const withdrawn = checkWith({ [CAMPAIGN]: withFront(CAMPAIGN, ['state: withdrawn', 'withdrawn:', '  date: "2025-01-01"', '  reason: Đã kết thúc']) });
    expect(withdrawn.problems).toEqual([]);
  });

  it('an expired target is only a warning: time alone must not break the build', () => {
    const r = checkWith({ ...story('bai-het-han', ['expiresAt: "2025-01-01"']), ...story('bai-dang', [], 'Xem [bài cũ](/nguoi-tot-viec-tot/bai-het-han/) về việc này.') });
    expect(r.problems).toMatchObject([{ severity: 'warning', message: expect.stringContaining('đã hết hạn đăng (expiresAt)') }]);
    expect(r.model).toBeDefined();
  });

  it('an old path may not be a live page, nor be claimed by two entries', () => {
    const r = checkWith({
      ...story('bai-a', ['redirectFrom: [/nguoi-tot-viec-tot/bai-b/, /tin/chung/]']),
      ...story('bai-b', ['redirectFrom: [/tin/chung/]']),
    });
    expect(errors(r).map((p) => p.message)).toEqual([
      expect.stringContaining('đang là trang của bài viết "bai-b"'),
      expect.stringContaining('đã được content/stories/2025/bai-a/index.md dùng'),
    ]);
  });
});
