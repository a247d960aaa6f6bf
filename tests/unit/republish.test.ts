// The republish kit and its allow-list sanitiser: only the allowed tags and attributes, absolute
// URLs, no script or style, only reusable photos, the credit line; valid for html-validate.
import { describe, expect, it } from 'vitest';
import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS, cleanHtml, wrapLooseText } from '../../src/lib/republish/clean-html.ts';
import { creditText, republishHtml } from '../../src/lib/republish/kit.ts';
import { htmlProblems, tagsOf } from '../helpers/feeds.ts';

const pageUrl = 'https://bang-vang.example/nguoi-tot-viec-tot/bai/';
const site = { siteName: 'Bảng vàng', siteUrl: 'https://bang-vang.example/', license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.vi' } };
const hostile = `<h1 class="x">Tiêu đề</h1><p style="color:red" onclick="x()" id="p1">Xin <b>chào</b> <i>bạn</i> <a href="/ke-hoach/a/" class="k" target="_blank">KH</a>
<a href="javascript:alert(1)">xấu</a> <a href="#dinh-chinh">đính chính</a> <a href="data:text/html,x">dữ liệu</a></p>
<figure class="story-photo"><picture><source srcset="/a.avif"><img src="/_astro/a.jpg" alt="A" onerror="x()"></picture><figcaption>Chú thích</figcaption></figure>
<aside class="callout" role="note"><p><strong>Lưu ý</strong></p>Ghi chú lẻ.</aside><script>alert(1)</script><style>p{}</style><iframe src="https://x.example"></iframe>
<table><tr><td>ô</td></tr></table><p></p><h5>nhỏ</h5><ul><li>a</li><li><code>mã</code></li></ul><img src="https://tracker.example/pixel.gif" width="1" height="1">`;

function assertAllowed(html: string, images: boolean) {
  for (const { tag, attrs } of tagsOf(html)) {
    expect(images ? ALLOWED_TAGS : ALLOWED_TAGS.filter((t) => !['figure', 'img', 'figcaption'].includes(t)), tag).toContain(tag);
    for (const a of attrs) expect(ALLOWED_ATTRIBUTES[tag] ?? [], `${tag}[${a}]`).toContain(a);
  }
  for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) expect(m[1]).toMatch(/^(https?:\/\/|mailto:)/);
}

describe('cleanHtml', () => {
  const out = cleanHtml(hostile, { pageUrl });

  it('keeps only allow-listed tags and attributes, with absolute URLs', () => {
    assertAllowed(out, false);
    expect(out).toContain('<a href="https://bang-vang.example/ke-hoach/a/">KH</a>');
    expect(out).toContain('<a href="https://bang-vang.example/nguoi-tot-viec-tot/bai/#dinh-chinh">đính chính</a>');
  });

  it('drops scripts, styles, frames, handlers and unsafe links but keeps their words where harmless', () => {
    expect(out).not.toMatch(/script|alert|onclick|onerror|style|iframe|javascript:|data:|class=|id=/);
    expect(out).toContain('xấu');
    expect(out).toContain('<strong>chào</strong> <em>bạn</em>');
  });

  it('drops images unless asked (and a tracking pixel never survives without images)', () => {
    expect(out).not.toContain('<img');
    expect(out).not.toContain('tracker.example');
  });

  it('maps headings to h2/h3 and wraps loose text in paragraphs', () => {
    expect(out).toContain('<h2>Tiêu đề</h2>');
    expect(out).toContain('<h3>nhỏ</h3>');
    expect(out).toContain('<p>Ghi chú lẻ.');
    expect(wrapLooseText('chữ <strong>đậm</strong><p>đoạn</p>sau')).toBe('<p>chữ <strong>đậm</strong></p><p>đoạn</p><p>sau</p>');
  });

  it('is valid HTML for html-validate', async () => {
    expect(await htmlProblems(out)).toEqual([]);
  });
});

describe('republish kit', () => {
  const photo = (use: 'reuse' | 'site-only', n: number) => ({ src: `https://bang-vang.example/_astro/anh-${n}.jpg`, width: 1200, alt: `Ảnh ${n}`, caption: `Chú thích ${n}`, credit: `Ảnh: Tác giả ${n}`, use });
  const html = republishHtml({
    title: 'Trả lại ví & giấy tờ', summary: 'Tóm tắt', url: pageUrl, bodyHtml: hostile,
    photos: [photo('site-only', 1), photo('reuse', 2), photo('reuse', 3)],
    source: { outlet: 'Báo mẫu', url: 'https://bao.example/a', author: 'Minh Hải' },
    corrections: [{ date: '2025-09-02', text: 'Sửa số tiền.' }],
  }, site);

  it('starts with the credit line linking the original', () => {
    expect(html.split('\n')[0]).toBe(`<p>Bài viết đăng lại từ <a href="https://bang-vang.example/">Bảng vàng</a> theo giấy phép <a href="${site.license.url}">CC BY 4.0</a>. Bản gốc và cập nhật: <a href="${pageUrl}">${pageUrl}</a></p>`);
    expect(creditText(site, pageUrl)).toBe(`Bài viết đăng lại từ Bảng vàng theo giấy phép CC BY 4.0. Bản gốc và cập nhật: ${pageUrl}`);
  });

  it('has only reusable photos, each with caption and credit', () => {
    expect(html).not.toContain('anh-1.jpg');
    expect(html).toContain('<img src="https://bang-vang.example/_astro/anh-2.jpg" alt="Ảnh 2">');
    expect(html).toContain('<figcaption>Chú thích 3. Ảnh: Tác giả 3</figcaption>');
    expect(html).not.toContain('tracker.example');
  });

  it('keeps the source and the corrections', () => {
    expect(html).toContain('<p>Theo <a href="https://bao.example/a">Báo mẫu</a> (bài của Minh Hải).</p>');
    expect(html).toContain('<h3>Đính chính</h3>');
    expect(html).toContain('<li>02/09/2025: Sửa số tiền.</li>');
  });

  it('uses only the allowed tags and attributes and validates', async () => {
    assertAllowed(html, true);
    expect(html).toContain('<h2>Trả lại ví &amp; giấy tờ</h2>');
    expect(await htmlProblems(html)).toEqual([]);
  });
});
