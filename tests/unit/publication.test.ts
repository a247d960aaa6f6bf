// One rule for what is public: not a draft, the publishAt moment has come by the build clock, and
// the GOV.UK-style state (published, withdrawn, gone) with expiresAt (src/lib/publication.ts).
import { describe, expect, it } from 'vitest';
import { hasPage, isHidden, isListed, isPublic, isRemoved, publicationStatus, publishInstant, removalNotice } from '../../src/lib/publication.ts';

/** The build clock used by the matrix: 2025-09-01 07:00 in Vietnam. */
const CLOCK = new Date('2025-09-01T00:00:00Z');

describe('isPublic', () => {
  // publishAt values relative to CLOCK: absent, a day before, exactly equal, a day after.
  const moments = {
    absent: undefined,
    'a day before': '2025-08-31T07:00:00+07:00',
    'equal to the clock': '2025-09-01T07:00:00+07:00',
    'a day after': '2025-09-02T07:00:00+07:00',
  } as const;
  const expected: Record<keyof typeof moments, boolean> = {
    absent: true,
    'a day before': true,
    'equal to the clock': true,
    'a day after': false,
  };

  for (const draft of [false, true]) {
    for (const [label, publishAt] of Object.entries(moments) as [keyof typeof moments, string | undefined][]) {
      const want = draft ? false : expected[label];
      it(`draft ${draft}, publishAt ${label} → ${want ? 'public' : 'not public'}`, () => {
        expect(isPublic({ draft, publishAt }, CLOCK)).toBe(want);
      });
    }
  }

  it('treats a missing draft flag as not a draft', () => {
    expect(isPublic({}, CLOCK)).toBe(true);
    expect(isPublic({ publishAt: '2025-09-02' }, CLOCK)).toBe(false);
  });

  describe('a bare day starts at 00:00 in Vietnam (+07:00)', () => {
    it('is public at 2025-08-31T17:00:00Z, already 1 September in Vietnam', () => {
      expect(isPublic({ publishAt: '2025-09-01' }, new Date('2025-08-31T17:00:00Z'))).toBe(true);
    });
    it('is not public one second earlier, still 31 August in Vietnam', () => {
      expect(isPublic({ publishAt: '2025-09-01' }, new Date('2025-08-31T16:59:59Z'))).toBe(false);
    });
    it('is not public at UTC midnight of the day before (already the day before in Vietnam, 07:00)', () => {
      expect(isPublic({ publishAt: '2025-09-01' }, new Date('2025-08-31T00:00:00Z'))).toBe(false);
    });
    it('a draft stays hidden even long after its day', () => {
      expect(isPublic({ draft: true, publishAt: '2025-09-01' }, new Date('2030-01-01T00:00:00Z'))).toBe(false);
    });
  });

  describe('a date-time with its zone is taken as written', () => {
    it('honours +07:00', () => {
      const entry = { publishAt: '2025-09-01T07:00:00+07:00' };
      expect(isPublic(entry, new Date('2025-09-01T00:00:00Z'))).toBe(true);
      expect(isPublic(entry, new Date('2025-08-31T23:59:59Z'))).toBe(false);
    });
    it('honours Z', () => {
      const entry = { publishAt: '2025-09-01T07:00:00Z' };
      expect(isPublic(entry, new Date('2025-09-01T07:00:00Z'))).toBe(true);
      expect(isPublic(entry, new Date('2025-09-01T06:59:59Z'))).toBe(false);
    });
    it('honours a zone without seconds', () => {
      const entry = { publishAt: '2025-09-01T08:30-05:00' };
      expect(isPublic(entry, new Date('2025-09-01T13:30:00Z'))).toBe(true);
      expect(isPublic(entry, new Date('2025-09-01T13:29:59Z'))).toBe(false);
    });
  });
});

describe('publishInstant', () => {
  it('reads a bare day as midnight in Vietnam', () => {
    expect(publishInstant('2025-09-01').toISOString()).toBe('2025-08-31T17:00:00.000Z');
  });
  it('reads a date-time with its zone as given', () => {
    expect(publishInstant('2025-09-01T07:00:00+07:00').toISOString()).toBe('2025-09-01T00:00:00.000Z');
  });
});

describe('publicationStatus: GOV.UK states against the build clock', () => {
  const day = (d: string) => new Date(`${d}T00:00:00+07:00`);
  const clock = day('2025-09-01');
  const cases: [string, Parameters<typeof publicationStatus>[0], ReturnType<typeof publicationStatus>][] = [
    ['nothing set', {}, 'published'],
    ['state published', { state: 'published' }, 'published'],
    ['a draft', { draft: true }, 'draft'],
    ['a draft that is also gone', { draft: true, state: 'gone' }, 'draft'],
    ['publishAt ahead', { publishAt: '2025-09-02' }, 'scheduled'],
    ['publishAt ahead, withdrawn', { publishAt: '2025-09-02', state: 'withdrawn', withdrawn: { date: '2025-08-01', reason: 'x' } }, 'scheduled'],
    ['withdrawn', { state: 'withdrawn', withdrawn: { date: '2025-08-01', reason: 'x' } }, 'withdrawn'],
    ['gone', { state: 'gone' }, 'gone'],
    ['expiresAt passed', { expiresAt: '2025-09-01' }, 'expired'],
    ['expiresAt ahead', { expiresAt: '2025-09-02' }, 'published'],
    ['withdrawn, then expired', { state: 'withdrawn', withdrawn: { date: '2025-08-01', reason: 'x' }, expiresAt: '2025-08-15' }, 'expired'],
    ['gone before it would expire', { state: 'gone', expiresAt: '2030-01-01' }, 'gone'],
  ];
  for (const [label, entry, want] of cases) {
    it(`${label} → ${want}`, () => expect(publicationStatus(entry, clock)).toBe(want));
  }

  it('expiresAt is a moment like publishAt: a bare day at 00:00 in Vietnam', () => {
    expect(publicationStatus({ expiresAt: '2025-09-01' }, new Date('2025-08-31T16:59:59Z'))).toBe('published');
    expect(publicationStatus({ expiresAt: '2025-09-01' }, new Date('2025-08-31T17:00:00Z'))).toBe('expired');
  });

  it('sorts statuses into listed, page-bearing, removed and hidden, as every output reads them', () => {
    const all = ['draft', 'scheduled', 'published', 'withdrawn', 'gone', 'expired'] as const;
    expect(all.filter(isListed)).toEqual(['published']);
    expect(all.filter(hasPage)).toEqual(['published', 'withdrawn']);
    expect(all.filter(isRemoved)).toEqual(['gone', 'expired']);
    expect(all.filter(isHidden)).toEqual(['draft', 'scheduled']);
    expect(isPublic({ state: 'withdrawn', withdrawn: { date: '2025-08-01', reason: 'x' } }, clock)).toBe(true);
    expect(isPublic({ state: 'gone' }, clock)).toBe(false);
  });

  it('a removal notice says when and why: gone gives its own, an expiry its day and a default reason', () => {
    expect(removalNotice({ state: 'gone', gone: { date: '2025-07-01', reason: 'Theo yêu cầu' } }, 'gone')).toEqual({ date: '2025-07-01', reason: 'Theo yêu cầu' });
    expect(removalNotice({ state: 'gone' }, 'gone')).toEqual({ date: undefined, reason: undefined });
    expect(removalNotice({ expiresAt: '2025-09-01T07:00:00+07:00' }, 'expired')).toEqual({ date: '2025-09-01', reason: 'Nội dung đã hết thời hạn đăng' });
  });
});
