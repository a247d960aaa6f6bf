// Every internal link of the built shipped site resolves: each href, src, srcset candidate and
// form action that stays on this site (a path, or an absolute URL on the site's own baseUrl)
// names a file or a folder with index.html in dist/, and each #fragment names an id (or an
// <a name>) in the page it points to.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/build-site.ts';
import { distFiles } from '../helpers/dist-scan.ts';
import { getSite } from '../../src/model/site.ts';

let site: BuiltSite;
let pages: string[];
const BASE = new URL(getSite().model.settings.baseUrl);

beforeAll(() => {
  site = buildSite('content', { BUILD_CLOCK: '2026-11-22' });
  expect(site.result.status, site.result.stderr).toBe(0);
  pages = distFiles(site.outDir).filter((f) => f.endsWith('.html'));
});

const urlOfFile = (file: string) => (file === 'index.html' ? '/' : `/${file.replace(/index\.html$/, '')}`);

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** Every URL a page points at, with the attribute it came from. */
export function linksOf(html: string): { attr: string; url: string }[] {
  const out: { attr: string; url: string }[] = [];
  for (const m of html.matchAll(/<[a-z][\w-]*\b[^>]*>/gi)) {
    const tag = m[0];
    for (const a of tag.matchAll(/\s(href|src|action|poster)\s*=\s*"([^"]*)"/gi)) out.push({ attr: a[1].toLowerCase(), url: decode(a[2]) });
    for (const a of tag.matchAll(/\s(srcset)\s*=\s*"([^"]*)"/gi)) {
      for (const c of decode(a[2]).split(',')) if (c.trim()) out.push({ attr: 'srcset', url: c.trim().split(/\s+/)[0] });
    }
  }
  return out;
}

/** Ids and <a name> anchors of a page. */
function anchorsOf(html: string): Set<string> {
  const ids = [...html.matchAll(/\sid\s*=\s*"([^"]*)"/g)].map((m) => decode(m[1]));
  const names = [...html.matchAll(/<a\b[^>]*\sname\s*=\s*"([^"]*)"/g)].map((m) => decode(m[1]));
  return new Set([...ids, ...names]);
}

/** The file a site path is served from, or undefined. */
function fileFor(dir: string, pathname: string): string | undefined {
  const path = decodeURIComponent(pathname);
  const file = join(dir, path);
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  if (path.endsWith('/') && existsSync(index)) return index;
  return undefined;
}

describe('internal links', () => {
  it('every internal link and #fragment resolves', () => {
    const broken = new Map<string, string[]>();
    const anchors = new Map<string, Set<string>>();
    const anchorsIn = (file: string) => {
      if (!anchors.has(file)) anchors.set(file, anchorsOf(readFileSync(file, 'utf8')));
      return anchors.get(file)!;
    };
    let checked = 0;
    for (const page of pages) {
      const from = urlOfFile(page);
      const html = readFileSync(join(site.outDir, page), 'utf8');
      for (const { attr, url } of linksOf(html)) {
        if (/^(mailto|tel|data|javascript):/i.test(url)) continue;
        const target = new URL(url, `${BASE.origin}${from}`);
        if (target.origin !== BASE.origin) continue;
        checked++;
        const file = fileFor(site.outDir, target.pathname);
        let problem: string | undefined;
        if (!file) problem = `${attr}="${url}": không có trang hoặc tệp ${target.pathname}`;
        else if (target.hash.length > 1 && file.endsWith('.html') && !anchorsIn(file).has(decodeURIComponent(target.hash.slice(1)))) {
          problem = `${attr}="${url}": không có id "${decodeURIComponent(target.hash.slice(1))}" trong ${target.pathname}`;
        }
        if (problem) broken.set(from, [...(broken.get(from) ?? []), problem]);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(Object.fromEntries(broken)).toEqual({});
  });

  it('the checker itself sees links, srcset candidates, fragments and the site’s own absolute URLs', () => {
    const links = linksOf('<a href="/a/#x">a</a><img src="/i.webp" srcset="/i-480.webp 480w, /i-960.webp 960w" alt=""><form action="/tim-kiem/"></form><link rel="canonical" href="https://bang-vang.example/b/">');
    expect(links.map((l) => l.url)).toEqual(['/a/#x', '/i.webp', '/i-480.webp', '/i-960.webp', '/tim-kiem/', 'https://bang-vang.example/b/']);
  });
});
