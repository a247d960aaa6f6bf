// URL continuity: a build fails when an address from the manifest (urls.json) is neither built,
// nor redirected, nor a removal notice; a list page that vanished is redirected to the nearest
// list; `npm run urls:update` records the build's pages and writes the nginx maps from the
// same redirect and removal pages.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { atomicBuild, testParent, type AtomicBuild } from '../helpers/atomic-build.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { manifestFor, pageKind, redirectTarget, type UrlManifest } from '../../src/integrations/url-manifest.ts';
import { checkSite } from '../../src/model/site-model.ts';

const FIXTURE = 'tests/fixtures/states';
const ENV = { BUILD_CLOCK: '2025-10-01' };
const KEPT = [
  '/',
  '/tin/to-tu-quan-bat-trom/',
  '/nguoi-tot-viec-tot/bai-go-bo-goneqz/',
  '/ke-hoach/02-kh-bcd-planwq/',
  '/nguoi-tot-viec-tot/nam/2019/',
  '/vinh-danh/nguoi/tran-van-an-cong-an-xa-thanh-dong/',
];

function manifest(dir: string, urls: string[]): string {
  const path = join(dir, 'urls.json');
  writeFileSync(path, JSON.stringify({ contentDir: FIXTURE, urls } satisfies UrlManifest));
  return path;
}

function urlsUpdate(args: string[]) {
  const r = spawnSync(process.execPath, [join(projectRoot, 'scripts/urls-update.ts'), ...args], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: FIXTURE } });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

describe('a build whose published addresses all still answer', () => {
  let site: AtomicBuild;
  let dir: string;
  beforeAll(() => {
    dir = testParent();
    site = atomicBuild(FIXTURE, { ...ENV, URL_MANIFEST: manifest(dir, KEPT) }, dir);
  });

  it('is accepted, and says how many addresses it checked', () => {
    expect(site.status, site.output).toBe(0);
    expect(site.output).toContain(`Đường dẫn đã công bố: ${KEPT.length} đường dẫn`);
  });

  it('redirects list pages that are gone to the nearest list, and says so', () => {
    expect(site.output).toContain('Trang danh sách "/nguoi-tot-viec-tot/nam/2019/" không còn: chuyển hướng về "/nguoi-tot-viec-tot/".');
    expect(site.output).toContain('Trang danh sách "/vinh-danh/nguoi/tran-van-an-cong-an-xa-thanh-dong/" không còn: chuyển hướng về "/vinh-danh/".');
    const html = site.page('nguoi-tot-viec-tot/nam/2019');
    expect(pageKind(html)).toBe('redirect');
    expect(redirectTarget(html)).toBe('/nguoi-tot-viec-tot/');
    expect(html).not.toMatch(/<script/i);
  });

  describe('npm run urls:update', () => {
    const out = () => join(dir, 'recorded');
    beforeAll(() => {
      mkdirSync(join(out(), 'maps'), { recursive: true });
      writeFileSync(join(out(), 'urls.json'), JSON.stringify({ contentDir: FIXTURE, urls: ['/tin/dia-chi-rat-cu/'] }));
    });

    it('records every page of the build, keeps the addresses it had, and writes both nginx maps', () => {
      const r = urlsUpdate(['--dist', site.dist, '--manifest', join(out(), 'urls.json'), '--maps', join(out(), 'maps')]);
      expect(r.status, r.output).toBe(0);
      const m = JSON.parse(readFileSync(join(out(), 'urls.json'), 'utf8')) as UrlManifest;
      expect(m.contentDir).toBe(FIXTURE);
      expect(m.urls).toEqual([...m.urls].sort());
      expect(m.urls).toEqual(expect.arrayContaining(['/tin/dia-chi-rat-cu/', ...KEPT, '/nguoi-tot-viec-tot/to-an-ninh-thanh-dong-bat-trom/', '/nguoi-tot-viec-tot/bai-rut-lai-statewq/']));
      expect(m.urls).not.toContain('/nguoi-tot-viec-tot/bai-nhap-draftzq/');
      const redirects = readFileSync(join(out(), 'maps/redirects.map'), 'utf8');
      expect(redirects).toContain('/tin/to-tu-quan-bat-trom/ /nguoi-tot-viec-tot/to-an-ninh-thanh-dong-bat-trom/;');
      expect(redirects).toContain('/nguoi-tot-viec-tot/nam/2019/ /nguoi-tot-viec-tot/;');
      expect(readFileSync(join(out(), 'maps/gone.map'), 'utf8')).toContain('/nguoi-tot-viec-tot/bai-go-bo-goneqz/ 1;');
    });

    it('--check passes on what it wrote and fails, naming the file, when a map is stale', () => {
      const args = ['--dist', site.dist, '--manifest', join(out(), 'urls.json'), '--maps', join(out(), 'maps'), '--check'];
      expect(urlsUpdate(args).status).toBe(0);
      writeFileSync(join(out(), 'maps/redirects.map'), '# cũ\n');
      const r = urlsUpdate(args);
      expect(r.status).toBe(1);
      expect(r.output).toContain('Bảng chuyển hướng cho nginx chưa khớp bản dựng');
      expect(r.output).toContain('redirects.map');
    });

    it('--forget drops an address on purpose', () => {
      const r = urlsUpdate(['--dist', site.dist, '--manifest', join(out(), 'urls.json'), '--maps', join(out(), 'maps'), '--forget', '/tin/dia-chi-rat-cu/']);
      expect(r.status, r.output).toBe(0);
      expect((JSON.parse(readFileSync(join(out(), 'urls.json'), 'utf8')) as UrlManifest).urls).not.toContain('/tin/dia-chi-rat-cu/');
    });
  });
});

describe('a build that loses a published entry page', () => {
  let site: AtomicBuild;
  let dir: string;
  beforeAll(() => {
    dir = testParent();
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'index.html'), 'bản dựng trước');
    site = atomicBuild(FIXTURE, { ...ENV, URL_MANIFEST: manifest(dir, [...KEPT, '/nguoi-tot-viec-tot/bai-da-xoa-mat/']) }, dir);
  });

  it('fails after the build, saying what to do (redirectFrom or state: gone)', () => {
    expect(site.status).not.toBe(0);
    expect(site.output).toContain('Đường dẫn đã công bố bị mất');
    expect(site.output).toContain('"/nguoi-tot-viec-tot/bai-da-xoa-mat/" (bài viết "bai-da-xoa-mat") đã được công bố nhưng bản dựng này không còn trang đó');
    expect(site.output).toContain('thêm "/nguoi-tot-viec-tot/bai-da-xoa-mat/" vào redirectFrom của mục mới');
    expect(site.output).toContain('đặt state: gone');
  });

  it('leaves the previous dist/ as it was, and no staging folder', () => {
    expect(readFileSync(join(dir, 'dist', 'index.html'), 'utf8')).toBe('bản dựng trước');
    expect(existsSync(join(dir, 'dist', 'nguoi-tot-viec-tot'))).toBe(false);
    expect(site.output).toContain('giữ nguyên bản dựng trước');
  });
});

describe('the committed manifest of the shipped content', () => {
  const found = manifestFor('content', projectRoot, {});
  it('belongs to content/ and is used for it only', () => {
    expect(found?.manifest.contentDir).toBe('content');
    expect(manifestFor(FIXTURE, projectRoot, {})).toBeUndefined();
  });

  it('lists the home page and every published entry of the shipped content', () => {
    const { model } = checkSite('content', projectRoot, new Date());
    const urls = new Set(found!.manifest.urls);
    expect(urls.has('/')).toBe(true);
    const missing = model!.inventory.filter((i) => i.status === 'published').map((i) => i.path).filter((p) => !urls.has(p));
    expect(missing, 'run npm run build && npm run urls:update').toEqual([]);
  });
});
