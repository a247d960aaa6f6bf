import { describe, expect, it } from 'vitest';
import { heldBuildModel, holdBuildModel } from '../../src/model/build-model.ts';
import type { SiteModel } from '../../src/model/site-model.ts';

describe('the build model slot', () => {
  const model = { settings: { siteName: 'x' } } as unknown as SiteModel;
  const instant = new Date('2026-11-22T00:00:00+07:00');

  it('hands the gate’s model and clock to any copy of the module, for the same content folder only', async () => {
    holdBuildModel('tests/fixtures/valid-minimal', '/work/p', { model, instant });
    expect(heldBuildModel('tests/fixtures/valid-minimal', '/work/p')).toEqual({ model, instant });
    // The same folder spelled differently is the same folder.
    expect(heldBuildModel('/work/p/tests/fixtures/valid-minimal/', '/elsewhere')?.model).toBe(model);
    expect(heldBuildModel('content', '/work/p')).toBeUndefined();
    // A second copy of the module (as Astro's page chunks have) sees the same slot.
    const copy: typeof import('../../src/model/build-model.ts') = await import(/* @vite-ignore */ `../../src/model/build-model.ts?copy=${Date.now()}`);
    expect(copy.heldBuildModel('tests/fixtures/valid-minimal', '/work/p')?.instant).toBe(instant);
  });
});
