/**
 * Atomic releases on a deploy target (GOV.UK / Capistrano style):
 *
 *   <target>/releases/<UTC time>-<commit>/   one full copy of dist/ per deploy
 *   <target>/current -> releases/<…>          the live site (nginx root)
 *
 * A release is copied under a hidden name and renamed into place, then `current` is switched
 * by renaming a new symlink over it (rename(2) is atomic: a reader sees the old site or the
 * new one, never a mix). The last N releases are kept, so a rollback is one symlink swap.
 */
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { basename, join } from 'node:path';

export const RELEASES = 'releases';
export const CURRENT = 'current';

const RELEASE_NAME = /^\d{8}T\d{6}Z(?:-[0-9a-z]+)?(?:-\d+)?$/;

/** "20261122T143000Z-4ec06b3": sorts by time; the commit says what was deployed. */
export function releaseName(when: Date, commit?: string): string {
  const stamp = when.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
  return commit ? `${stamp}-${commit}` : stamp;
}

/** Release names on the target, oldest first. */
export function listReleases(target: string): string[] {
  const dir = join(target, RELEASES);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((n) => RELEASE_NAME.test(n)).sort();
}

/** The release `current` points to, or undefined before the first deploy. */
export function currentRelease(target: string): string | undefined {
  const link = join(target, CURRENT);
  try {
    if (!lstatSync(link).isSymbolicLink()) return undefined;
  } catch {
    return undefined;
  }
  return basename(readlinkSync(link));
}

/** Points `current` at a release, atomically. */
export function switchTo(target: string, name: string): void {
  if (!existsSync(join(target, RELEASES, name))) throw new Error(`Không có bản phát hành "${name}" trong ${join(target, RELEASES)}.`);
  const link = join(target, CURRENT);
  if (existsSync(link) && !lstatSync(link).isSymbolicLink()) {
    throw new Error(`${link} là thư mục hoặc tệp thật, không phải liên kết: dời nó đi trước khi phát hành (nginx phải trỏ vào liên kết "current").`);
  }
  const temp = join(target, `.${CURRENT}-${process.pid}-${Date.now()}`);
  symlinkSync(join(RELEASES, name), temp);
  renameSync(temp, link);
}

/** Copies `dist` into a new release (not live yet) and returns its name. */
export function addRelease(target: string, dist: string, name: string): string {
  const dir = join(target, RELEASES);
  mkdirSync(dir, { recursive: true });
  let unique = name;
  for (let n = 2; existsSync(join(dir, unique)); n++) unique = `${name}-${n}`;
  const partial = join(dir, `.${unique}.dang-chep`);
  rmSync(partial, { recursive: true, force: true });
  cpSync(dist, partial, { recursive: true, preserveTimestamps: true });
  renameSync(partial, join(dir, unique));
  return unique;
}

/** The release before the current one (the rollback target). */
export function previousRelease(target: string): string | undefined {
  const all = listReleases(target);
  const current = currentRelease(target);
  const at = current ? all.indexOf(current) : all.length;
  return at > 0 ? all[at - 1] : undefined;
}

/**
 * Sets a release that failed its smoke test aside (hidden as ".<name>.loi", kept for a look),
 * so neither a rollback nor the pruning counts it as a release.
 */
export function markFailed(target: string, name: string): string {
  const failed = `.${name}.loi`;
  renameSync(join(target, RELEASES, name), join(target, RELEASES, failed));
  return failed;
}

/**
 * Removes all but the newest `keep` releases, never the current one, and all but the newest
 * failed release. Returns what was removed.
 */
export function pruneReleases(target: string, keep: number): string[] {
  const all = listReleases(target);
  const current = currentRelease(target);
  const failed = readdirSync(join(target, RELEASES)).filter((n) => n.endsWith('.loi')).sort();
  const removed = [...all.slice(0, Math.max(0, all.length - keep)).filter((n) => n !== current), ...failed.slice(0, -1)];
  for (const n of removed) rmSync(join(target, RELEASES, n), { recursive: true, force: true });
  return removed;
}
