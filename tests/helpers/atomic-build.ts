/**
 * Runs the production build (`npm run build`, i.e. scripts/build.ts) into a dist/ of its own,
 * inside the project (Astro keeps its prerender chunks beside an output folder that lies inside
 * the project, but in the shared .astro/ for one outside it, where concurrent builds collide).
 * Folders are removed after the test file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { projectRoot } from './build-site.ts';

const made: string[] = [];
afterAll(() => {
  if (!process.env.KEEP_TEST_BUILDS) for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

export interface AtomicBuild {
  /** The folder holding dist/ (and nothing else once the build is over). */
  parent: string;
  dist: string;
  status: number | null;
  output: string;
  page(path: string): string;
}

/** A fresh folder inside the project for a dist/ (ignored by git: .dist-test-*). */
export function testParent(): string {
  const parent = mkdtempSync(join(projectRoot, '.dist-test-'));
  made.push(parent);
  return parent;
}

/**
 * `bareEnv`: start from an empty environment (only PATH and a throwaway HOME), to show the build
 * needs no secret, token or user setting.
 */
export function atomicBuild(contentDir: string, env: Record<string, string> = {}, parent = testParent(), bareEnv = false): AtomicBuild {
  const dist = join(parent, 'dist');
  const base = bareEnv ? { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: parent } : process.env;
  const result = spawnSync(process.execPath, [join(projectRoot, 'scripts/build.ts'), '--dist', dist], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...base, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: join(parent, '.cache'), ...env },
    timeout: 280_000,
  });
  rmSync(join(parent, '.cache'), { recursive: true, force: true });
  return {
    parent,
    dist,
    status: result.status,
    output: `${result.stdout}${result.stderr}`,
    page: (path) => readFileSync(join(dist, path, 'index.html'), 'utf8'),
  };
}
