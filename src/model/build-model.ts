/**
 * The site model of the running build, shared by every copy of this module in the process.
 *
 * Astro bundles the pages into their own chunks (`.astro/.prerender/`), which carry their own
 * copy of the model code: without one process-wide slot the content was loaded and checked three
 * times per build (the gate, the pages, the inventory) and held in memory twice (measured at 5,000
 * stories: about 10 s and 0.5 GB). The gate fills the slot once its checks pass; the pages and the
 * inventory read it. Holding the gate's clock as well fixes one instant for the whole build, so an
 * embargo that ends while the build runs cannot leave the pages and the inventory disagreeing.
 */
import { resolve } from 'node:path';
import { buildInstant } from '../lib/clock.ts';
import { checkSite, contentDirFromEnv, type SiteModel } from './site-model.ts';

export interface BuildModel {
  model: SiteModel;
  /** The instant every "is it public yet?" question of this build is answered at. */
  instant: Date;
}

const SLOT = Symbol.for('bang-vang.build-model');
type Holder = { [SLOT]?: { key: string; held: BuildModel } };

const keyOf = (contentDir: string, projectRoot: string) => `${resolve(projectRoot, contentDir)}`;

/** Keeps the checked model for the rest of this build (called by the content gate). */
export function holdBuildModel(contentDir: string, projectRoot: string, held: BuildModel): void {
  (globalThis as Holder)[SLOT] = { key: keyOf(contentDir, projectRoot), held };
}

/** The model the gate checked for this content folder, if this process is a build that ran it. */
export function heldBuildModel(contentDir: string, projectRoot: string): BuildModel | undefined {
  const slot = (globalThis as Holder)[SLOT];
  return slot && slot.key === keyOf(contentDir, projectRoot) ? slot.held : undefined;
}

/**
 * For build hooks after the gate (share images, inventory): the gate's model, or a fresh load when
 * the gate did not run in this process.
 */
export function modelOfThisBuild(): SiteModel {
  const dir = contentDirFromEnv();
  const model = heldBuildModel(dir, process.cwd())?.model ?? checkSite(dir, process.cwd(), buildInstant()).model;
  if (!model) throw new Error('Nội dung có lỗi: chạy "npm run check" để xem chi tiết.');
  return model;
}

// ---------------------------------------------------------------------------------------------
// The dev server: content changes while it runs.

const GENERATION = Symbol.for('bang-vang.content-generation');
type Counter = { [GENERATION]?: number };

/** Called by the dev server's file watcher when a file of the content folder changes. */
export function markContentChanged(): void {
  const g = globalThis as Counter;
  g[GENERATION] = (g[GENERATION] ?? 0) + 1;
}

/** How many content changes this process has seen: the dev server's pages reload the model when it moves. */
export function contentGeneration(): number {
  return (globalThis as Counter)[GENERATION] ?? 0;
}
