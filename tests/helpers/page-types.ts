/**
 * One built page of every type, picked from the built site itself (the first record of each
 * kind), so the browser gates follow the content instead of hard-coding ids.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './build-site.ts';

export interface PageOfType {
  /** Short name used in test titles and screenshot file names. */
  type: string;
  path: string;
}

/** Subfolders of `dir` that hold an index.html, sorted. */
function pageDirs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'index.html')))
    .map((e) => e.name)
    .sort();
}

function first(outDir: string, base: string, skip: string[] = []): string {
  const found = pageDirs(join(outDir, base)).find((d) => !skip.includes(d) && !/^\d+$/.test(d));
  if (!found) throw new Error(`Bản dựng không có trang nào dưới /${base}/`);
  return `/${base}/${found}/`;
}

/** Home, plan, campaign, story list, story, decision, profile, board, model, search, about, privacy, accessibility, 404, locality. */
export function pagesOfEveryType(outDir: string): PageOfType[] {
  const campaignWithBoard = pageDirs(join(outDir, 'vinh-danh/phong-trao')).find((c) => existsSync(join(outDir, 'vinh-danh/phong-trao', c, 'bang-vang/index.html')));
  if (!campaignWithBoard) throw new Error('Bản dựng không có bảng vàng nào');
  return [
    { type: 'home', path: '/' },
    { type: 'plan', path: first(outDir, 'ke-hoach', ['nam', 'tinh']) },
    { type: 'campaign', path: first(outDir, 'phong-trao') },
    { type: 'story-list', path: '/nguoi-tot-viec-tot/' },
    { type: 'story', path: first(outDir, 'nguoi-tot-viec-tot', ['nam', 'linh-vuc']) },
    { type: 'decision', path: first(outDir, 'vinh-danh/quyet-dinh') },
    { type: 'profile', path: first(outDir, 'vinh-danh/nguoi') },
    { type: 'board', path: `/vinh-danh/phong-trao/${campaignWithBoard}/bang-vang/` },
    { type: 'model', path: first(outDir, 'mo-hinh') },
    { type: 'search', path: '/tim-kiem/?q=dong+thap' },
    { type: 'about', path: '/gioi-thieu/' },
    { type: 'privacy', path: '/chinh-sach-du-lieu/' },
    { type: 'accessibility', path: '/ho-tro-tiep-can/' },
    { type: '404', path: '/404.html' },
    { type: 'locality', path: first(outDir, 'dia-ban') },
  ];
}

/** The Content-Security-Policy that public/_headers ships for every page: the browser tests serve exactly it. */
export function shippedCsp(): string {
  const text = readFileSync(join(projectRoot, 'public/_headers'), 'utf8');
  const policy = /^\s+Content-Security-Policy:\s*(.+?)\s*$/m.exec(text)?.[1];
  if (!policy) throw new Error('public/_headers has no Content-Security-Policy');
  return policy;
}
