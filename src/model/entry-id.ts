/**
 * Entry ids, shared by our loader and Astro's glob() loader so both agree: the file name
 * without extension, or the folder name for `<slug>/index.md`. The year folders only sort
 * files; they are not part of the id, so the same slug in two years is a duplicate.
 */
import { posix } from 'node:path';

export const MARKDOWN_EXTENSIONS = ['.md', '.mdx'] as const;

export function entryId(relativePath: string): string {
  const path = relativePath.replaceAll('\\', '/');
  const ext = posix.extname(path);
  const base = posix.basename(path, ext);
  return base === 'index' ? posix.basename(posix.dirname(path)) : base;
}

/** ASCII kebab-case, as URL segments and file names must be. */
export function isKebabCase(name: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name);
}
