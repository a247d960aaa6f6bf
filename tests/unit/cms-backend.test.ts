// Where the CMS saves when an editor signs in with a token (src/admin/backend.ts): the committed
// config.yml names no repository, and the build or `astro dev` writes the one given in CMS_REPO
// (and CMS_BACKEND, CMS_BRANCH, CMS_API_ROOT) into /admin/config.yml, changing nothing else.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { backendFromEnv, DEFAULT_BACKEND, isConfigured, REPO_PLACEHOLDER, withBackend } from '../../src/admin/backend.ts';
import { CONFIG_PATH } from '../../src/admin/cms-config.ts';
import { servedConfig } from '../../src/integrations/cms.ts';

const committed = readFileSync(CONFIG_PATH, 'utf8');

describe('the committed configuration', () => {
  it('holds the placeholder, which no GitHub account can own (owner names have no "_") and which names the variable', () => {
    expect((parse(committed) as { backend: unknown }).backend).toEqual({ name: 'github', repo: REPO_PLACEHOLDER, branch: 'main' });
    const [owner] = REPO_PLACEHOLDER.split('/');
    expect(owner).not.toMatch(/^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i);
    expect(REPO_PLACEHOLDER).toContain('CMS_REPO');
    expect(committed).toContain('CMS_REPO (docs/cms.md)');
  });

  it('without CMS_REPO nothing is set, and the file is served as committed', () => {
    const backend = backendFromEnv({});
    expect(backend).toEqual(DEFAULT_BACKEND);
    expect(isConfigured(backend)).toBe(false);
    expect(servedConfig(committed, backend)).toBe(committed);
    expect(backendFromEnv({ CMS_REPO: '  ', CMS_BRANCH: '' })).toEqual(DEFAULT_BACKEND);
  });
});

describe('CMS_* variables', () => {
  it('GitHub: owner/repo on main unless CMS_BRANCH says otherwise', () => {
    expect(backendFromEnv({ CMS_REPO: 'so-ca-tinh/bang-vang-trang' })).toEqual({ name: 'github', repo: 'so-ca-tinh/bang-vang-trang', branch: 'main' });
    expect(backendFromEnv({ CMS_REPO: 'a/b', CMS_BRANCH: 'noi-dung/2026' }).branch).toBe('noi-dung/2026');
  });

  it('GitLab: subgroups and a self-hosted API', () => {
    expect(backendFromEnv({ CMS_BACKEND: 'gitlab', CMS_REPO: 'nhom/nhom-con/du-an', CMS_API_ROOT: 'https://git.example/api/v4' })).toEqual({
      name: 'gitlab',
      repo: 'nhom/nhom-con/du-an',
      branch: 'main',
      api_root: 'https://git.example/api/v4',
    });
  });

  it('refuses what Sveltia or git would refuse, naming the variable', () => {
    expect(() => backendFromEnv({ CMS_BACKEND: 'bitbucket', CMS_REPO: 'a/b' })).toThrow(/^CMS_BACKEND="bitbucket"/);
    for (const repo of ['bang-vang', 'a/b c', 'https://github.com/a/b', 'a/b/c']) expect(() => backendFromEnv({ CMS_REPO: repo }), repo).toThrow(/^CMS_REPO=/);
    for (const branch of ['a b', '-x', 'a..b', 'a:b']) expect(() => backendFromEnv({ CMS_REPO: 'a/b', CMS_BRANCH: branch }), branch).toThrow(/^CMS_BRANCH=/);
    expect(() => backendFromEnv({ CMS_REPO: 'a/b', CMS_API_ROOT: 'http://git.example/api/v4' })).toThrow(/^CMS_API_ROOT=/);
    expect(() => backendFromEnv({ CMS_BACKEND: 'gitlab' })).toThrow('Đã đặt CMS_BACKEND nhưng chưa đặt CMS_REPO');
  });
});

describe('the served configuration', () => {
  it('changes the backend lines and nothing else', () => {
    const backend = backendFromEnv({ CMS_BACKEND: 'gitlab', CMS_REPO: 'nhom/du-an', CMS_BRANCH: 'noi-dung', CMS_API_ROOT: 'https://git.example/api/v4' });
    const served = servedConfig(committed, backend);
    expect((parse(served) as { backend: unknown }).backend).toEqual(backend);
    const a = committed.split('\n');
    const b = served.split('\n');
    expect(a.filter((l) => !b.includes(l))).toEqual(['  name: github', `  repo: ${REPO_PLACEHOLDER}`, '  branch: main']);
    expect(b.filter((l) => !a.includes(l))).toEqual(['  name: gitlab', '  repo: nhom/du-an', '  branch: noi-dung', '  api_root: https://git.example/api/v4']);
    expect(served.startsWith(committed.slice(0, committed.indexOf('backend:')))).toBe(true);
    expect(served.slice(served.indexOf('app_title:'))).toBe(committed.slice(committed.indexOf('app_title:')));
  });

  it('a configuration without a backend block is refused, not served half-changed', () => {
    expect(() => withBackend('app_title: x\n', backendFromEnv({ CMS_REPO: 'a/b' }))).toThrow(/backend/);
  });
});
