import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/lib/fixtures/prng.ts';
import { existsThroughout, localityRecord, planLocalities, PROVINCES, unitOn } from '../../src/lib/fixtures/localities.ts';
import { photoJpeg } from '../../src/lib/fixtures/photos.ts';
import { initialsOf } from '../../src/lib/fixtures/vietnamese.ts';
import { tidy } from '../../src/lib/fixtures/stories.ts';
import { localitySchema } from '../../src/schemas/localities.ts';

describe('fixtures: seeded generator', () => {
  it('repeats its sequence for a seed, differs for another, and forks independently', () => {
    const seq = (seed: string) => { const r = createRng(seed); return Array.from({ length: 5 }, () => r.int(0, 1_000_000)); };
    expect(seq('a')).toEqual(seq('a'));
    expect(seq('a')).not.toEqual(seq('b'));
    const r = createRng('x');
    const before = r.fork('story-1').next();
    r.next();
    expect(r.fork('story-1').next()).toBe(before);
  });

  it('keeps int, pick, zipf and sample in range', () => {
    const r = createRng('range');
    for (let i = 0; i < 1000; i++) {
      const n = r.int(3, 7);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(7);
      expect(r.zipf(10)).toBeLessThan(10);
    }
    expect(new Set(r.sample([1, 2, 3, 4, 5], 5)).size).toBe(5);
  });
});

describe('fixtures: localities', () => {
  const plan = planLocalities(createRng('places'));

  it('has the 63 old provinces and 34 after 1 July 2025, each unit valid against the schema', () => {
    // Thừa Thiên Huế (renamed to the city of Huế on 1 January 2025) is added beside the list.
    expect(PROVINCES).toHaveLength(62);
    expect(plan.oldProvinces).toHaveLength(63);
    expect(plan.newProvinces).toHaveLength(34);
    for (const l of plan.all) expect(localitySchema.safeParse(localityRecord(l)).success, l.id).toBe(true);
    expect(new Set(plan.all.map((l) => l.id)).size).toBe(plan.all.length);
  });

  it('gives every old commune a successor commune that exists from 1 July 2025', () => {
    for (const c of plan.oldCommunes) {
      expect(c.validTo).toBe('2025-06-30');
      const next = unitOn(plan, c, '2025-07-01');
      expect(next?.commune, c.id).toBe(true);
      expect(existsThroughout(next!, '2025-07-01', '2026-12-31')).toBe(true);
    }
  });
});

describe('fixtures: photos and names', () => {
  it('draws a different JPEG for each number, the same bytes for the same number', async () => {
    const [a, a2, b, c] = await Promise.all([photoJpeg(1), photoJpeg(1), photoJpeg(2), photoJpeg(3)]);
    expect(a.equals(a2)).toBe(true);
    expect(a.equals(b)).toBe(false);
    expect(b.equals(c)).toBe(false);
    expect(a.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
  });

  it('makes initials and does not double the dot after them', () => {
    expect(initialsOf('Nguyễn Hữu Duy')).toBe('N.H.D.');
    expect(initialsOf('Đặng Thị Ánh')).toBe('Đ.T.Á.');
    expect(tidy('khen thưởng N.V.P.. Sau đó')).toBe('khen thưởng N.V.P. Sau đó');
  });
});
