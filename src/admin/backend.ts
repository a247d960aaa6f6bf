/**
 * The Git host the CMS saves to when an editor signs in with a token (docs/cms.md, "cách 2").
 * The repository is the deploying agency's own, so it is not written in the code or in the
 * committed public/admin/config.yml: that file carries a placeholder nobody can own (GitHub owner
 * names have no "_") that names the variable to set, and the build and `astro dev` write the real
 * backend into /admin/config.yml from the environment (src/integrations/cms.ts):
 *
 *   CMS_REPO      owner/repo on GitHub, group/…/project on GitLab (needed to sign in)
 *   CMS_BACKEND   github (default) or gitlab
 *   CMS_BRANCH    the branch each save is committed to (default main)
 *   CMS_API_ROOT  the API of a self-hosted GitLab or GitHub Enterprise, e.g. https://git.example/api/v4
 *
 * Working with a local repository (the File System Access API) needs none of them.
 */
import { isDeepStrictEqual } from 'node:util';
import { parse, stringify } from 'yaml';

export interface CmsBackend {
  name: 'github' | 'gitlab';
  repo: string;
  branch: string;
  api_root?: string;
}

/** In the committed config.yml: obviously unset, and a repository name GitHub cannot have. */
export const REPO_PLACEHOLDER = 'CHUA_CAU_HINH/CMS_REPO';

export const DEFAULT_BACKEND: CmsBackend = { name: 'github', repo: REPO_PLACEHOLDER, branch: 'main' };

export const BACKEND_ENV = ['CMS_BACKEND', 'CMS_REPO', 'CMS_BRANCH', 'CMS_API_ROOT'] as const;

/** Sveltia's own rule for `repo` (owner/name, GitLab subgroups allowed), without spaces. */
const REPO = /^[^/:\s]+(?:\/[^/:\s]+)+$/;
/** A branch name git accepts (the common cases: no spaces, no ~ ^ : ? * [ \, no "..", no leading "-"). */
const BRANCH = /^(?!-)(?!.*\.\.)[^\s~^:?*[\\]+$/;

/** The backend from CMS_* variables; throws a Vietnamese message naming the variable that is wrong. */
export function backendFromEnv(env: Record<string, string | undefined>): CmsBackend {
  const value = (key: (typeof BACKEND_ENV)[number]) => env[key]?.trim() || undefined;
  const others = BACKEND_ENV.filter((key) => key !== 'CMS_REPO' && value(key) !== undefined);
  if (others.length && value('CMS_REPO') === undefined) throw new Error(`Đã đặt ${others.join(', ')} nhưng chưa đặt CMS_REPO (kho mà trang biên tập lưu vào).`);
  const name = value('CMS_BACKEND') ?? DEFAULT_BACKEND.name;
  if (name !== 'github' && name !== 'gitlab') throw new Error(`CMS_BACKEND="${name}" không dùng được: chỉ "github" hoặc "gitlab".`);
  const repo = value('CMS_REPO') ?? REPO_PLACEHOLDER;
  if (!REPO.test(repo) || (name === 'github' && repo.split('/').length !== 2)) {
    throw new Error(`CMS_REPO="${repo}" không phải tên kho: viết "chủ/kho" (GitHub) hoặc "nhóm/dự án", "nhóm/nhóm con/dự án" (GitLab), không có dấu cách.`);
  }
  const branch = value('CMS_BRANCH') ?? DEFAULT_BACKEND.branch;
  if (!BRANCH.test(branch)) throw new Error(`CMS_BRANCH="${branch}" không phải tên nhánh git hợp lệ.`);
  const apiRoot = value('CMS_API_ROOT');
  if (apiRoot !== undefined && !/^https:\/\/[^\s/]+(?:\/\S*)?$/.test(apiRoot)) throw new Error(`CMS_API_ROOT="${apiRoot}" phải là địa chỉ https:// của API (ví dụ https://git.example/api/v4).`);
  return { name, repo, branch, ...(apiRoot ? { api_root: apiRoot } : {}) };
}

export const isConfigured = (backend: CmsBackend) => backend.repo !== REPO_PLACEHOLDER;

/** The `backend:` block of a config.yml as renderCmsConfig writes it. */
export const renderBackend = (backend: CmsBackend) => stringify({ backend }, { lineWidth: 0, singleQuote: true });

/** config.yml text with its top-level `backend:` block replaced; every other line stays as it is. */
export function withBackend(configText: string, backend: CmsBackend): string {
  const block = /^backend:\n(?: {2}.*\n)+/m;
  if (!block.test(configText)) throw new Error('config.yml không có khối "backend:" ở gốc: chạy lại npm run gen:cms.');
  const text = configText.replace(block, renderBackend(backend));
  const [before, after] = [parse(configText) as Record<string, unknown>, parse(text) as Record<string, unknown>];
  if (!isDeepStrictEqual(after.backend, backend) || !isDeepStrictEqual({ ...after, backend: null }, { ...before, backend: null })) {
    throw new Error('Không thay được khối "backend:" trong config.yml mà giữ nguyên phần còn lại.');
  }
  return text;
}
