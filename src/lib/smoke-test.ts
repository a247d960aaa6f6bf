/**
 * The deploy smoke test (a small Smokey, GOV.UK's): over HTTP against the live server, after
 * the `current` switch. The home page and a story answer 200 with the security headers; search
 * returns that story (Pagefind's own bundle, fetched over HTTP and run in Node); the feeds the
 * home page announces parse; hashed assets are cached as immutable; an old address answers 301
 * to its new page and a removed entry 410 with its notice (when the release has them).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { xmlProblem } from './xml-check.ts';

export const EXPECTED_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

export const REQUIRED_HEADERS: Record<string, string | RegExp> = {
  'content-security-policy': EXPECTED_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': /^strict-origin-when-cross-origin$|^no-referrer$|^same-origin$/,
  'x-frame-options': /^DENY$/i,
  'strict-transport-security': /max-age=\d+/,
  'permissions-policy': /geolocation=\(\)/,
};

export interface SmokeStep {
  name: string;
  ok: boolean;
  detail: string;
}

export interface SmokeOptions {
  /** A redirect the release must answer with a 301 (from the release's redirect pages). */
  redirect?: { from: string; to: string };
  /** A removed address the release must answer with a 410 and its notice. */
  gone?: string;
}

function headerProblems(res: Response): string[] {
  const out: string[] = [];
  for (const [name, want] of Object.entries(REQUIRED_HEADERS)) {
    const got = res.headers.get(name);
    if (got === null) out.push(`thiếu ${name}`);
    else if (typeof want === 'string' ? got !== want : !want.test(got)) out.push(`${name}: "${got}"`);
  }
  return out;
}

/** Runs every step (none stops the others) and returns them; the deploy fails if any is not ok. */
export async function smokeTest(base: string, options: SmokeOptions = {}): Promise<SmokeStep[]> {
  // Pages link to the site's public address (baseUrl); the server under test may have another.
  const url = (path: string) => {
    const u = new URL(path, base);
    return new URL(`${u.pathname}${u.search}`, base).href;
  };
  const steps: SmokeStep[] = [];
  const step = async (name: string, run: () => Promise<string>) => {
    try {
      steps.push({ name, ok: true, detail: await run() });
    } catch (error) {
      steps.push({ name, ok: false, detail: (error as Error).message });
    }
  };
  const get = async (path: string, init?: RequestInit) => {
    const res = await fetch(url(path), { redirect: 'manual', ...init, signal: AbortSignal.timeout(15_000) });
    return res;
  };
  const must = (cond: unknown, message: string) => {
    if (!cond) throw new Error(message);
  };

  let home = '';
  let storyPath: string | undefined;
  let storyTitle: string | undefined;
  await step('Trang chủ trả 200 kèm tiêu đề bảo mật', async () => {
    const res = await get('/');
    must(res.status === 200, `mã ${res.status}`);
    home = await res.text();
    must(/<html[\s>]/i.test(home), 'không phải trang HTML');
    const bad = headerProblems(res);
    must(bad.length === 0, `tiêu đề bảo mật sai: ${bad.join('; ')}`);
    return `${home.length} byte`;
  });
  await step('Một bài "Người tốt, việc tốt" trả 200', async () => {
    storyPath = [...home.matchAll(/href="(\/nguoi-tot-viec-tot\/[a-z0-9]+(?:-[a-z0-9]+)+\/)"/g)].map((m) => m[1])[0];
    must(storyPath, 'trang chủ không liên kết tới bài nào');
    const res = await get(storyPath!);
    must(res.status === 200, `${storyPath}: mã ${res.status}`);
    const bad = headerProblems(res);
    must(bad.length === 0, `tiêu đề bảo mật sai: ${bad.join('; ')}`);
    const html = await res.text();
    storyTitle = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1].replace(/<[^>]+>/g, '').trim();
    must(storyTitle, 'bài không có tiêu đề <h1>');
    return `${storyPath}: ${storyTitle}`;
  });
  await step('Tìm kiếm (Pagefind qua HTTP) tìm ra bài đó', async () => {
    must(storyPath && storyTitle, 'không có bài để tìm');
    const res = await get('/pagefind/pagefind.js');
    must(res.status === 200, `/pagefind/pagefind.js: mã ${res.status}`);
    const dir = mkdtempSync(join(tmpdir(), 'bang-vang-smoke-'));
    try {
      const file = join(dir, 'pagefind.mjs');
      writeFileSync(file, await res.text());
      const pf = await import(/* @vite-ignore */ pathToFileURL(file).href);
      await pf.options({ basePath: url('/pagefind/'), baseUrl: '/', noWorker: true });
      await pf.init();
      const query = storyTitle!.split(/\s+/).slice(0, 6).join(' ');
      const found = await pf.search(query);
      const urls: string[] = await Promise.all(found.results.slice(0, 10).map(async (r: { data: () => Promise<{ url: string }> }) => (await r.data()).url));
      await pf.destroy?.();
      must(found.results.length > 0, `không có kết quả cho "${query}"`);
      must(urls.includes(storyPath!), `"${query}": ${found.results.length} kết quả nhưng không có ${storyPath}`);
      return `"${query}": ${found.results.length} kết quả, có ${storyPath}`;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  await step('Nguồn tin (RSS, JSON Feed) đọc được', async () => {
    const links = [...home.matchAll(/<link[^>]+rel="alternate"[^>]*>/g)].map((m) => ({
      type: /type="([^"]+)"/.exec(m[0])?.[1] ?? '',
      href: /href="([^"]+)"/.exec(m[0])?.[1] ?? '',
    })).filter((l) => /rss|atom|feed\+json|json/.test(l.type) && l.href);
    if (links.length === 0) return 'trang chủ không công bố nguồn tin nào';
    const done: string[] = [];
    for (const l of links) {
      const res = await get(l.href);
      must(res.status === 200, `${l.href}: mã ${res.status}`);
      const text = await res.text();
      if (/json/.test(l.type)) {
        const feed = JSON.parse(text) as { version?: string; items?: unknown[] };
        must(String(feed.version).includes('jsonfeed.org') && Array.isArray(feed.items), `${l.href}: không phải JSON Feed`);
        done.push(`${l.href} (${feed.items!.length} mục)`);
      } else {
        const problem = xmlProblem(text);
        must(!problem, `${l.href}: XML hỏng: ${problem}`);
        must(/<(rss|feed)[\s>]/.test(text), `${l.href}: không phải RSS/Atom`);
        done.push(`${l.href} (${(text.match(/<item[\s>]|<entry[\s>]/g) ?? []).length} mục)`);
      }
    }
    return done.join(', ');
  });
  await step('Tệp /_astro/ được lưu đệm lâu dài (immutable)', async () => {
    const asset = /(?:href|src)="(\/_astro\/[^"]+)"/.exec(home)?.[1];
    if (!asset) return 'trang chủ không dùng tệp /_astro/ nào';
    const res = await get(asset);
    must(res.status === 200, `${asset}: mã ${res.status}`);
    must(/immutable/.test(res.headers.get('cache-control') ?? ''), `${asset}: Cache-Control "${res.headers.get('cache-control')}"`);
    return asset;
  });
  await step('Trang không có trả 404', async () => {
    const res = await get('/khong-co-trang-nay-3f9a/');
    must(res.status === 404, `mã ${res.status}`);
    return '404';
  });
  if (options.redirect) {
    const { from, to } = options.redirect;
    await step(`Đường dẫn cũ ${from} chuyển hướng 301`, async () => {
      const res = await get(from);
      must(res.status === 301, `mã ${res.status}`);
      const location = res.headers.get('location') ?? '';
      must(new URL(location, url(from)).pathname === to, `Location "${location}", cần ${to}`);
      return `→ ${to}`;
    });
  }
  if (options.gone) {
    const gone = options.gone;
    await step(`Trang đã gỡ ${gone} trả 410 kèm thông báo`, async () => {
      const res = await get(gone);
      must(res.status === 410, `mã ${res.status}`);
      must((await res.text()).includes('data-publication="gone"'), 'không có trang thông báo gỡ bỏ');
      return '410';
    });
  }
  return steps;
}
