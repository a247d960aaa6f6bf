// `npm run new` and `npm run import`, run as an editor runs them (process.execPath is vitest's
// Node 24), in temporary content folders: what they create, what they refuse, and what the
// checker says about the result.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSite } from '../../src/model/site-model.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const VALID = join(root, 'tests/fixtures/valid-minimal');
const IMPORT_CONTENT = join(root, 'tests/fixtures/import/content');
const SEEDS = '../shared/seeds';

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of a fixture content folder in a fresh temp dir. */
function copyOf(fixture: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bang-vang-new-'));
  temps.push(dir);
  const content = join(dir, 'content');
  cpSync(fixture, content, { recursive: true });
  return content;
}

function run(script: 'new' | 'import', args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: '', BUILD_CLOCK: '2025-03-01', ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Errors of the checker, as "relative/file:line field". */
function errors(content: string): string[] {
  return checkSite(content, '/', new Date('2025-03-01T00:00:00+07:00')).problems.filter((p) => p.severity === 'error').map((p) => `${p.file.split('/content/')[1]}:${p.line ?? 0} ${p.field ?? ''}`);
}

describe('npm run new', () => {
  const KINDS = {
    story: 'stories/2025/nguoi-dan-tra-lai-cua-roi/index.md',
    honor: 'honors/2025/nguoi-dan-tra-lai-cua-roi.yaml',
    plan: 'plans/2025/nguoi-dan-tra-lai-cua-roi.md',
    model: 'models/nguoi-dan-tra-lai-cua-roi.md',
    campaign: 'campaigns/nguoi-dan-tra-lai-cua-roi.md',
  } as const;

  for (const [kind, path] of Object.entries(KINDS)) {
    it(`creates a ${kind} that passes the checker as created (--out)`, () => {
      const content = copyOf(VALID);
      const r = run('new', [kind, '--title', 'Người dân trả lại của rơi', '--year', '2025', '--out', content]);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(existsSync(join(content, path))).toBe(true);
      expect(r.out).toContain(`: ${join(content, path)}\n`);
      expect(r.out).toMatch(/^Đã kiểm tra \d+ tệp: không có lỗi\.$/mu);
      expect(errors(content)).toEqual([]);
      const text = readFileSync(join(content, path), 'utf8');
      expect(text).toBe(text.normalize('NFC'));
      expect(text).toMatch(/^# \p{Lu}/mu);
    });
  }

  it('respects CONTENT_DIR, uses today\'s date and the unit that took over a merged province', () => {
    const content = copyOf(VALID);
    const r = run('new', ['story', '--title', 'Bài mới'], { CONTENT_DIR: content, BUILD_CLOCK: '2026-11-22' });
    expect(r.code).toBe(0);
    const text = readFileSync(join(content, 'stories/2026/bai-moi/index.md'), 'utf8');
    expect(text).toContain('deedDate: "2026-11-22"');
    expect(text).toContain('locality: an-giang');
    expect(errors(content)).toEqual([]);
  });

  it('leaves a plan\'s campaign as a marked placeholder when there is no campaign, says so, and the checker points at it', () => {
    const content = copyOf(VALID);
    rmSync(join(content, 'campaigns'), { recursive: true });
    rmSync(join(content, 'plans'), { recursive: true });
    const r = run('new', ['plan', '--title', 'Kế hoạch mới', '--out', content]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Chưa điền được campaign: chưa có phong trào nào');
    const text = readFileSync(join(content, 'plans/2025/ke-hoach-moi.md'), 'utf8');
    const line = text.split('\n').findIndex((l) => l.startsWith('campaign: "<<CẦN ĐIỀN: mã phong trào>>"')) + 1;
    expect(line).toBeGreaterThan(0);
    expect(errors(content)).toEqual([`plans/2025/ke-hoach-moi.md:${line} campaign`]);
    expect(r.out).toMatch(/ke-hoach-moi\.md:\d+:\d+ {2}campaign — /u);
  });

  it('refuses to overwrite an entry, or to reuse its id in another year', () => {
    const content = copyOf(VALID);
    expect(run('new', ['model', '--title', 'Camera an ninh', '--out', content]).code).toBe(0);
    const again = run('new', ['model', '--title', 'Camera an ninh', '--out', content]);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/^Đã có mục "camera-an-ninh" .*không ghi đè/u);
    expect(run('new', ['story', '--title', 'Bài một', '--year', '2024', '--out', content]).code).toBe(0);
    const otherYear = run('new', ['story', '--title', 'Bài một', '--year', '2025', '--out', content]);
    expect(otherYear.code).toBe(2);
    expect(existsSync(join(content, 'stories/2025/bai-mot'))).toBe(false);
  });

  it('asks for the title only at a keyboard: without one it names the missing flag, in Vietnamese', () => {
    const content = copyOf(VALID);
    const r = run('new', ['story', '--out', content]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Thiếu tiêu đề: thêm --title "…"/u);
    expect(existsSync(join(content, 'stories'))).toBe(false);
  });

  it('rejects an unknown kind or flag', () => {
    const kind = run('new', ['bai', '--title', 'X']);
    expect(kind.code).toBe(2);
    expect(kind.err).toMatch(/^Không có loại nội dung "bai"\. Chọn một trong: story/u);
    const flag = run('new', ['story', '--ten', 'X']);
    expect(flag.code).toBe(2);
    expect(flag.err).toMatch(/^Không hiểu tùy chọn "--ten"/u);
  });
});

describe('npm run import -- plan', () => {
  const SEED_FILES = {
    '000_5f36d0547b95f16f': 'plans/2024/350-kh-bcd-kien-giang.md',
    '001_e6e3aae60ceb8631': 'plans/2023/kh-bcd-thai-binh-2023.md',
    '002_bf5a66706a998eeb': 'plans/2024/kh-ubnd-dong-nai-2024.md',
    '003_88497b224597ae2a': 'plans/2023/439-kh-bcd-kon-tum.md',
    '004_9cffd885b15c40f4': 'plans/2023/kh-bcd138-dong-thap-2023.md',
  } as const;

  for (const [seed, path] of Object.entries(SEED_FILES)) {
    it(`imports ${seed}: the checker rejects exactly the placeholders, each listed on stderr`, () => {
      const content = copyOf(IMPORT_CONTENT);
      const r = run('import', ['plan', `${SEEDS}/${seed}.txt`], { CONTENT_DIR: content });
      expect(r.code).toBe(0);
      expect(r.out).toContain(`Đã tạo ${join(content, path)}\n`);
      expect(r.err).toMatch(/^Chưa tìm thấy \d+ trường/u);
      const text = readFileSync(join(content, path), 'utf8');
      const marked = text.split('\n').flatMap((l, i) => (/^\s*(?:- )?(?:[\w]+: )?("<<CẦN ĐIỀN|"")/u.test(l) && l.includes('<<CẦN ĐIỀN') ? [i + 1] : []));
      expect(marked.length).toBeGreaterThan(0);
      const rejected = errors(content).map((e) => Number(/:(\d+) /.exec(e)![1]));
      expect(rejected).toEqual(marked);
      for (const field of errors(content).map((e) => e.split(' ')[1])) expect(r.err).toContain(`  - ${field}: `);
      expect(r.out).toMatch(/^Đã kiểm tra \d+ tệp: \d+ lỗi/mu);
    });
  }

  it('imports the Kiên Giang plan so that it passes the checker once the campaign is filled in', () => {
    const content = copyOf(IMPORT_CONTENT);
    expect(run('import', ['plan', `${SEEDS}/000_5f36d0547b95f16f.txt`], { CONTENT_DIR: content }).code).toBe(0);
    const file = join(content, 'plans/2024/350-kh-bcd-kien-giang.md');
    const text = readFileSync(file, 'utf8');
    expect(errors(content)).toEqual([`plans/2024/350-kh-bcd-kien-giang.md:${text.split('\n').findIndex((l) => l.startsWith('campaign:')) + 1} campaign`]);
    writeFileSync(file, text.replace(/^campaign: "<<CẦN ĐIỀN: [^"]*>>"/mu, 'campaign: thi-dua-dac-biet-luc-luong-antt-co-so'));
    expect(errors(content)).toEqual([]);
    const check = spawnSync(process.execPath, ['scripts/check.ts', content], { cwd: root, encoding: 'utf8', env: { ...process.env, BUILD_CLOCK: '2025-03-01' } });
    expect(check.stdout.trim()).toMatch(/^Đã kiểm tra 7 tệp: không có lỗi\.$/u);
    expect(check.status).toBe(0);
  });

  it('writes where --out says, without running the checker outside the content folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bang-vang-import-'));
    temps.push(dir);
    const r = run('import', ['plan', `${SEEDS}/001_e6e3aae60ceb8631.txt`, '--out', join(dir, 'tb.md')], { CONTENT_DIR: IMPORT_CONTENT });
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(`Đã tạo ${join(dir, 'tb.md')}`);
    expect(r.err).toContain('  - campaign: mã phong trào');
    expect(r.err).toContain('  - number: bản sao để trống số (“Số: /KH-BCĐ”)');
    expect(readFileSync(join(dir, 'tb.md'), 'utf8')).toMatch(/^---\n# <<KIỂM TRA: bản sao để trống số>>/u);
  });

  it('refuses to overwrite or to duplicate a plan id, and explains a wrong kind or a missing file in Vietnamese', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bang-vang-import-'));
    temps.push(dir);
    const out = join(dir, 'kg.md');
    expect(run('import', ['plan', `${SEEDS}/000_5f36d0547b95f16f.txt`, '--out', out], { CONTENT_DIR: IMPORT_CONTENT }).code).toBe(0);
    const again = run('import', ['plan', `${SEEDS}/000_5f36d0547b95f16f.txt`, '--out', out], { CONTENT_DIR: IMPORT_CONTENT });
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/^Đã có tệp .*không ghi đè/u);
    const content = copyOf(IMPORT_CONTENT);
    expect(run('import', ['plan', `${SEEDS}/000_5f36d0547b95f16f.txt`], { CONTENT_DIR: content }).code).toBe(0);
    const imported = readFileSync(join(content, 'plans/2024/350-kh-bcd-kien-giang.md'), 'utf8');
    rmSync(join(content, 'plans/2024'), { recursive: true });
    mkdirSync(join(content, 'plans/2023'), { recursive: true });
    writeFileSync(join(content, 'plans/2023/350-kh-bcd-kien-giang.md'), imported.replace(/^campaign: .*$/mu, 'campaign: thi-dua-dac-biet-luc-luong-antt-co-so'));
    const twin = run('import', ['plan', `${SEEDS}/000_5f36d0547b95f16f.txt`], { CONTENT_DIR: content });
    expect(twin.code).toBe(2);
    expect(twin.err).toMatch(/^Đã có kế hoạch "350-kh-bcd-kien-giang" \(.*plans\/2023\/350-kh-bcd-kien-giang\.md\): không tạo bản trùng mã/u);
    expect(existsSync(join(content, 'plans/2024/350-kh-bcd-kien-giang.md'))).toBe(false);
    expect(run('import', ['story', 'x.txt']).err).toMatch(/^Hiện chỉ nhập được kế hoạch \("plan"\)/u);
    expect(run('import', ['plan', 'khong-co.txt']).err).toMatch(/^Không có tệp "khong-co\.txt"/u);
  });
});
