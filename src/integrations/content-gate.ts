/**
 * Astro integration: before anything is built, load and cross-check all content with the same
 * site model as `npm run check`. Any error stops the build with the same Vietnamese report,
 * so the build never accepts what the checker refuses and never writes a half-built site.
 */
import type { AstroIntegration } from 'astro';
import { formatProblem, summarize } from '../model/problems.ts';
import { checkAll, contentDirFromEnv } from '../model/site-model.ts';
import { buildInstant } from '../lib/clock.ts';
import { fileURLToPath } from 'node:url';
import { findImageLeaks } from './output-guard.ts';
import { holdBuildModel, markContentChanged } from '../model/build-model.ts';
import { resolve, sep } from 'node:path';

export function contentGate(): AstroIntegration {
  return {
    name: 'bang-vang:content-gate',
    hooks: {
      'astro:config:setup': async ({ command, updateConfig, logger }) => {
        const dir = contentDirFromEnv();
        const instant = buildInstant();
        const result = await checkAll(dir, process.cwd(), instant);
        const report = [...result.problems.map(formatProblem), summarize(result.problems, result.fileCount)].join('\n');
        if (!result.model) {
          if (command === 'build') {
            // Printed plainly and exit: an editor should see our message, not a stack trace.
            console.error(`\nNội dung trong "${dir}" có lỗi, không dựng trang:\n\n${report}\n`);
            process.exit(1);
          }
          // In dev too: nothing is compiled (and no editor MDX runs) while content is broken.
          throw new Error(`Nội dung trong "${dir}" có lỗi:\n${report}`);
        }
        if (result.problems.length) logger.warn(`\n${report}`);
        // A dev server keeps running while files change: only a build may reuse this model.
        if (command === 'build') holdBuildModel(dir, process.cwd(), { model: result.model, instant });
        updateConfig({ site: process.env.SITE_URL?.trim() || result.model.settings.baseUrl });
      },
      // The dev server: pages reload the site model after any change in the content folder.
      'astro:server:setup': ({ server }) => {
        const root = resolve(contentDirFromEnv()) + sep;
        server.watcher.add(root);
        server.watcher.on('all', (_event, file) => {
          if (!resolve(file).startsWith(root)) return;
          markContentChanged();
          // Again a moment later: a request served while the editor's program was still writing
          // the file would otherwise keep the half-written state until the next save.
          setTimeout(markContentChanged, 300);
        });
      },
      'astro:build:done': async ({ dir }) => {
        const leaks = await findImageLeaks(contentDirFromEnv(), fileURLToPath(dir));
        if (leaks.length) {
          console.error(`\nBản dựng chứa ảnh gốc hoặc thông tin ảnh không được phép công bố:\n${leaks.map((l) => `  ${l}`).join('\n')}\n`);
          process.exit(1);
        }
      },
    },
  };
}
