// The shipped stories are reachable the ways a reader looks for them: the list, the content
// area, the place and the campaign; and nothing from a consent record reaches a page.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSite } from '../../src/model/site-model.ts';
import { buildSite, visibleText, type BuiltSite } from '../helpers/build-site.ts';

const clock = '2026-11-22';
const { model } = checkSite('content', process.cwd(), new Date(`${clock}T12:00:00+07:00`));
let site: BuiltSite;

/** Every page of a paginated list: /x/, /x/2/, … */
function listPages(path: string): string {
  const pages = [site.page(path)];
  for (let n = 2; existsSync(join(site.outDir, path, String(n), 'index.html')); n++) pages.push(site.page(`${path}/${n}`));
  return pages.join('\n');
}

beforeAll(() => {
  site = buildSite('content', { BUILD_CLOCK: clock });
  expect(site.result.status, site.result.stderr).toBe(0);
});

describe('shipped stories', () => {
  it('has at least eight real stories, each crediting and linking its press source', () => {
    expect(model!.stories.length).toBeGreaterThanOrEqual(8);
    for (const s of model!.stories) {
      expect(s.data.source, s.id).toBeDefined();
      const page = site.page(`nguoi-tot-viec-tot/${s.id}`);
      expect(page).toContain(`href="${s.data.source!.url.replaceAll('&', '&amp;')}"`);
      expect(visibleText(page)).toContain(`Theo ${s.data.source!.outlet}`);
    }
  });

  it('links every story from the list, its place, its content area and its campaign', () => {
    const list = listPages('nguoi-tot-viec-tot');
    for (const s of model!.stories) {
      const href = `href="/nguoi-tot-viec-tot/${s.id}/"`;
      expect(list, s.id).toContain(href);
      expect(site.page(`dia-ban/${s.data.locality}`), s.id).toContain(href);
      if (s.data.campaign) expect(site.page(`phong-trao/${s.data.campaign}`), s.id).toContain(href);
      if (s.data.content) {
        const dirs = readdirSync(join(site.outDir, 'nguoi-tot-viec-tot/linh-vuc')).filter((d) => d.startsWith(s.data.content!));
        expect(dirs.some((d) => site.page(`nguoi-tot-viec-tot/linh-vuc/${d}`).includes(href)), s.id).toBe(true);
      }
    }
  });

  it('never prints a consent reference', () => {
    for (const s of model!.stories) {
      const page = site.page(`nguoi-tot-viec-tot/${s.id}`);
      for (const subject of s.data.subjects) {
        for (const record of Object.values(subject.consent)) if (record) expect(page).not.toContain(record.reference);
      }
    }
  });

  it('links each story to the decisions that recognised it and to the honorees\' profiles, and back', () => {
    let linked = 0;
    for (const honoree of model!.honorees.values()) {
      for (const storyId of honoree.stories) {
        if (!model!.storyById.has(storyId)) continue;
        linked++;
        expect(site.page(`nguoi-tot-viec-tot/${storyId}`), storyId).toContain(`href="/vinh-danh/nguoi/${honoree.id}/"`);
        expect(site.page(`vinh-danh/nguoi/${honoree.id}`), honoree.id).toContain(`href="/nguoi-tot-viec-tot/${storyId}/"`);
      }
    }
    expect(linked).toBeGreaterThan(0);
    for (const s of model!.stories) {
      for (const r of s.data.recognition) if (r.honor) expect(site.page(`nguoi-tot-viec-tot/${s.id}`)).toContain(`href="/vinh-danh/quyet-dinh/${r.honor}/"`);
    }
  });

  it('shows the place as it was, with its present-day province', () => {
    const brvt = model!.stories.find((s) => s.data.locality === 'ngai-giao-chau-duc');
    expect(brvt).toBeDefined();
    expect(site.page(`nguoi-tot-viec-tot/${brvt!.id}`)).toContain('tỉnh Bà Rịa - Vũng Tàu (nay thuộc thành phố Hồ Chí Minh)');
  });
});
