// The security check of a built site (scripts/check-dist.ts, src/lib/dist-security.ts): third-
// party resources, inline code, event handlers, javascript: URLs, inline styles, photo metadata.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDist, htmlProblems, isForeign } from '../../src/lib/dist-security.ts';
import { projectRoot } from '../helpers/build-site.ts';

const OWN = ['https://bang-vang.example'];
const page = (head: string, body = '') => `<!doctype html><html lang="vi"><head>${head}</head><body>${body}</body></html>`;
const messages = (html: string) => htmlProblems('x.html', html, OWN).map((p) => p.message);

describe('third-party resources', () => {
  it('flags scripts, styles, fonts, images, frames and media from another host', () => {
    const html = page(
      '<script src="https://cdn.example.com/a.js"></script><link rel="stylesheet" href="//fonts.example.com/f.css"><link rel="preload" as="font" href="https://fonts.example.com/f.woff2">',
      '<img src="https://img.example.com/a.jpg" alt=""><img srcset="/a.jpg 1x, https://img.example.com/b.jpg 2x" alt=""><iframe src="https://www.youtube.com/embed/x"></iframe><video poster="https://v.example.com/p.jpg"></video><object data="https://x.example.com/o.swf"></object>',
    );
    expect(messages(html)).toEqual([
      expect.stringContaining('<script src="https://cdn.example.com/a.js">'),
      expect.stringContaining('<link href="//fonts.example.com/f.css">'),
      expect.stringContaining('<link href="https://fonts.example.com/f.woff2">'),
      expect.stringContaining('<img src="https://img.example.com/a.jpg">'),
      expect.stringContaining('https://img.example.com/b.jpg'),
      expect.stringContaining('<iframe src="https://www.youtube.com/embed/x">'),
      expect.stringContaining('<video poster="https://v.example.com/p.jpg">'),
      expect.stringContaining('<object data="https://x.example.com/o.swf">'),
    ]);
  });

  it('accepts the site’s own absolute URLs, relative ones, data: images, and links to other sites', () => {
    const html = page(
      '<link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="https://bang-vang.example/favicon.svg"><link rel="canonical" href="https://bang-vang.example/"><link rel="alternate" href="https://other.example/rss.xml"><meta property="og:image" content="https://cdn.example.com/x.png">',
      '<a href="https://baochinhphu.vn/">Báo</a><img src="data:image/png;base64,AAAA" alt=""><img src="../anh.webp" alt=""><script type="module" src="/_astro/s.js"></script>',
    );
    expect(messages(html)).toEqual([]);
  });

  it('isForeign: protocol-relative and absolute URLs of other origins only', () => {
    expect(isForeign('https://bang-vang.example/a.js', OWN)).toBe(false);
    expect(isForeign('//bang-vang.example/a.js', OWN)).toBe(false);
    expect(isForeign('http://bang-vang.example/a.js', OWN)).toBe(true);
    expect(isForeign('/a.js', OWN)).toBe(false);
    expect(isForeign('mailto:a@b.gov.vn', OWN)).toBe(false);
  });
});

describe('inline code', () => {
  it('allows JSON-LD only', () => {
    expect(messages(page('<script type="application/ld+json">{"@type":"Article"}</script>'))).toEqual([]);
    expect(messages(page('<script>alert(1)</script>'))).toEqual([expect.stringContaining('mã script nội tuyến')]);
    expect(messages(page('<script type="module">import "/x.js"</script>'))).toEqual([expect.stringContaining('(type="module")')]);
    expect(messages(page('<script type="importmap">{}</script>'))).toEqual([expect.stringContaining('(type="importmap")')]);
  });

  it('flags event handlers, javascript: URLs, <style> and style=""', () => {
    const html = page('<style>p{color:red}</style>', '<img src="/a.jpg" alt="" onerror="alert(1)"><a href="javascript:alert(1)">x</a><p style="color:red">x</p><button onClick=go()>x</button>');
    expect(messages(html)).toEqual([
      expect.stringContaining('thẻ <style> nội tuyến'),
      expect.stringContaining('onerror="alert(1)" trên <img>'),
      expect.stringContaining('href="javascript:alert(1)" chạy mã'),
      expect.stringContaining('style="" trên <p>'),
      expect.stringContaining('onclick="go()" trên <button>'),
    ]);
  });

  it('is not fooled by attribute-like text, comments or quoted values', () => {
    const html = page('', '<p title="x onclick=y">Gõ onclick="a" vào đây</p><!-- <script>x()</script> --><code>&lt;script&gt;alert(1)&lt;/script&gt;</code>');
    expect(messages(html)).toEqual([]);
  });
});

describe('a whole output folder (npm run check:dist)', () => {
  const make = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'bang-vang-dist-check-'));
    for (const [f, text] of Object.entries(files)) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), text);
    }
    return dir;
  };

  it('finds foreign url() in CSS, a script in an SVG and a photo that kept GPS', async () => {
    const dir = make({
      'index.html': page('<link rel="stylesheet" href="/a.css">'),
      'a.css': 'body{background:url(https://img.example.com/bg.png)} @import "https://fonts.example.com/x.css";',
      'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    });
    copyFileSync(join(projectRoot, 'tests/fixtures/stories-leak/stories/2025/tra-lai-vi-tien/anh-1.jpg'), join(dir, 'anh.jpg'));
    const problems = await checkDist(dir, { site: OWN[0], contentDir: join(projectRoot, 'tests/fixtures/valid-minimal') });
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      'a.css: CSS tải tài nguyên từ máy chủ khác: https://img.example.com/bg.png',
      'a.css: CSS tải tài nguyên từ máy chủ khác: https://fonts.example.com/x.css',
      'logo.svg: ảnh SVG chứa <script>',
      'logo.svg: mã script nội tuyến: "alert(1)…" (chỉ cho phép dữ liệu JSON-LD)',
      expect.stringMatching(/^anh\.jpg: anh\.jpg còn thông tin vị trí hoặc máy chụp \(EXIF\)/),
    ]);
  });

  it('the command exits 1 with the problems, and 0 on a clean folder', () => {
    const run = (dir: string) => spawnSync(process.execPath, [join(projectRoot, 'scripts/check-dist.ts'), dir], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: 'tests/fixtures/valid-minimal' } });
    const bad = run(make({ 'index.html': page('<script src="https://cdn.example.com/a.js"></script>') }));
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('index.html: <script src="https://cdn.example.com/a.js"> tải tài nguyên từ máy chủ khác');
    const good = run(make({ 'index.html': page('<link rel="stylesheet" href="/a.css">', '<p>Xin chào</p>') }));
    expect(good.status, good.stdout + good.stderr).toBe(0);
    expect(good.stdout).toContain('Không có vấn đề an toàn nào');
  });
});
