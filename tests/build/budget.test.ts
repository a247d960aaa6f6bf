// The weight budget (scripts/check-budget.ts, `npm run check:budget`) on real builds: the
// shipped site passes with its table printed; a story with a photo is weighed with the photo a
// phone downloads; and each rule really fails the run (exit 1) when broken in a copy of dist/.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot, type BuiltSite } from '../helpers/build-site.ts';
import { LIMITS, inlineCodeProblems, weighSite } from '../../scripts/check-budget.ts';

const runBudget = (dir: string) => spawnSync(process.execPath, [join(projectRoot, 'scripts/check-budget.ts'), dir], { encoding: 'utf8' });
const copyOf = (dir: string) => {
  const copy = mkdtempSync(join(tmpdir(), 'bang-vang-budget-'));
  cpSync(dir, copy, { recursive: true });
  return copy;
};

let shipped: BuiltSite;
let withPhoto: BuiltSite;
const STORY_ID = 'ba-nguoi-dan-xa-binh-phuoc-truy-duoi-chan-bat-doi-tuong-trom-xe-tai';
const PHOTO_STORY = `/nguoi-tot-viec-tot/${STORY_ID}/`;

/** A detailed 2400 × 1600 "photo" (gradients and strong grain, no metadata), JPEG as a camera gives it. */
async function detailedPhoto(): Promise<Buffer> {
  const w = 2400;
  const h = 1600;
  const raw = Buffer.alloc(w * h * 3);
  let seed = 1;
  const grain = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff - 0.5) * 90;
  const clamp = (v: number) => Math.max(0, Math.min(255, v));
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 3;
      const n = grain();
      raw[i] = clamp(60 + (150 * x) / w + 30 * Math.sin(y / 37) + n);
      raw[i + 1] = clamp(90 + (100 * y) / h + 25 * Math.cos(x / 53) + n);
      raw[i + 2] = clamp(120 + 60 * Math.sin((x + y) / 90) + n);
    }
  }
  return sharp(raw, { raw: { width: w, height: h, channels: 3 } }).jpeg({ quality: 85 }).toBuffer();
}

beforeAll(async () => {
  shipped = buildSite('content', { BUILD_CLOCK: '2026-11-22' });
  expect(shipped.result.status, shipped.result.stderr).toBe(0);
  // The shipped content, with a photo (no face shown, so no consent needed) on one story.
  const content = mkdtempSync(join(tmpdir(), 'bang-vang-budget-content-'));
  cpSync(join(projectRoot, 'content'), content, { recursive: true });
  const dir = join(content, 'stories/2025', STORY_ID);
  writeFileSync(join(dir, 'anh-1.jpg'), await detailedPhoto());
  const index = join(dir, 'index.md');
  const text = readFileSync(index, 'utf8');
  expect(text).toContain('photos: []');
  writeFileSync(index, text.replace('photos: []', ['photos:', '  - src: ./anh-1.jpg', '    alt: Chiếc xe tải bị lấy trộm đỗ bên đường sau khi được chặn lại', '    credit: "Ảnh: minh họa cho kiểm thử"', '    use: site-only'].join('\n')));
  withPhoto = buildSite(content, { BUILD_CLOCK: '2026-11-22' });
  expect(withPhoto.result.status, withPhoto.result.stderr).toBe(0);
});

describe('the shipped site', () => {
  it('passes, and the table is printed', () => {
    const run = runBudget(shipped.outDir);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^\| Loại trang +\| Số trang/m);
    expect(run.stdout).toMatch(/\| bài người tốt, việc tốt +\| \d+/);
    expect(run.stdout).toMatch(/Tất cả \d+ trang đạt\./);
  });

  it('loads only the display controls everywhere, search only on /tim-kiem/, the republish copy button only on stories', () => {
    const pages = weighSite(shipped.outDir);
    expect(pages.length).toBeGreaterThan(100);
    for (const p of pages) {
      const roles = p.scripts.map((s) => s.split(':')[0]).sort();
      // Story pages also load the republish kit's copy button (src/scripts/republish-copy.ts).
      expect(roles, p.url).toEqual(p.url === '/tim-kiem/' ? ['hiển thị', 'tìm kiếm'] : p.type === 'bài người tốt, việc tốt' ? ['hiển thị', 'đăng lại'] : ['hiển thị']);
      expect(p.problems, p.url).toEqual([]);
      expect(p.css, p.url).toBeLessThanOrEqual(LIMITS.css);
    }
    expect(pages.find((p) => p.url === '/admin/')).toBeUndefined();
  });
});

describe('a story with its first photo', () => {
  it('counts the AVIF a phone downloads, within 250 KB in all', () => {
    const story = weighSite(withPhoto.outDir).find((p) => p.url === PHOTO_STORY)!;
    expect(story.photo).toBeGreaterThan(0);
    expect(story.fonts).toBeGreaterThan(0);
    expect(story.total).toBe(story.html + story.css + story.js + story.fonts + story.photo);
    expect(story.total).toBeLessThanOrEqual(LIMITS.storyTotal);
    expect(story.js).toBeLessThanOrEqual(LIMITS.storyJs);
  });

  it('a photo too heavy for the budget fails the run', () => {
    const copy = copyOf(withPhoto.outDir);
    const html = readFileSync(join(copy, PHOTO_STORY, 'index.html'), 'utf8');
    const source = [...html.matchAll(/<source\b[^>]*>/g)].map((m) => m[0]).find((tag) => tag.includes('type="image/avif"'));
    const avif = source && /\ssrcset="([^"]+)"/.exec(source)?.[1];
    expect(avif).toBeTruthy();
    for (const candidate of avif!.split(',')) writeFileSync(join(copy, candidate.trim().split(/\s+/)[0]), Buffer.alloc(300 * 1024));
    const run = runBudget(copy);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${PHOTO_STORY}: bài kèm ảnh đầu`);
  });
});

describe('each rule fails the run when broken', () => {
  it('inline script, <style>, style="…", onclick and javascript: are refused; JSON-LD is allowed', () => {
    expect(inlineCodeProblems('<script type="application/ld+json">{"@type":"Article"}</script>')).toEqual([]);
    expect(inlineCodeProblems('<script src="/_astro/a.js"></script>')).toEqual([]);
    const problems = inlineCodeProblems('<script>alert(1)</script><style>p{}</style><p style="color:red" onclick="x()"><a href="javascript:alert(1)">x</a></p>');
    expect(problems).toHaveLength(5);
  });

  it('an inline script in a built page', () => {
    const copy = copyOf(shipped.outDir);
    const file = join(copy, 'gioi-thieu/index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('</body>', '<script>document.title="x"</script></body>'));
    const run = runBudget(copy);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('/gioi-thieu/: <script> nội tuyến');
  });

  it('another script on a story page, and too much CSS', () => {
    const copy = copyOf(shipped.outDir);
    const story = weighSite(copy).find((p) => p.type === 'bài người tốt, việc tốt')!;
    const file = join(copy, story.url, 'index.html');
    writeFileSync(join(copy, '_astro/extra.js'), 'console.log(1);');
    const css = /<link rel="stylesheet" href="([^"]+)"/.exec(readFileSync(file, 'utf8'))![1];
    // Random bytes do not compress: about 45 KB gzip of CSS.
    appendFileSync(join(copy, css), `/*${randomBytes(45 * 1024).toString('base64')}*/`);
    writeFileSync(file, readFileSync(file, 'utf8').replace('</head>', '<script type="module" src="/_astro/extra.js"></script></head>'));
    const run = runBudget(copy);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${story.url}: JavaScript không được phép`);
    expect(run.stdout).toMatch(/CSS [\d,]+ KB gzip > 30,0 KB/);
  });
});
