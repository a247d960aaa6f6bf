import { describe, it, expect } from 'vitest';
import type { Locality } from '../../src/schemas/localities.ts';
import {
  describePlace,
  existsDuring,
  existsOn,
  fullName,
  indexLocalities,
  provinceOf,
  shortName,
  successorOn,
} from '../../src/lib/localities.ts';

const merged = (l: Omit<Locality, 'change'>): Locality => ({ change: 'merged', ...l });

const index = indexLocalities([
  merged({ id: 'kien-giang', name: 'Kiên Giang', kind: 'tinh', validTo: '2025-06-30', successor: 'an-giang' }),
  merged({ id: 'an-giang', name: 'An Giang', kind: 'tinh' }),
  // District level abolished, no successor.
  merged({ id: 'rach-gia', name: 'Rạch Giá', kind: 'thanh-pho-thuoc-tinh', parent: 'kien-giang', validTo: '2025-06-30' }),
  // Ward whose successor is not known.
  merged({ id: 'vinh-thanh', name: 'Vĩnh Thanh', kind: 'phuong', parent: 'rach-gia', validTo: '2025-06-30' }),
  { id: 'tp-phu-quoc', name: 'Phú Quốc', kind: 'thanh-pho-thuoc-tinh', parent: 'kien-giang', validTo: '2025-06-30', successor: 'dk-phu-quoc', change: 'renamed' },
  merged({ id: 'dk-phu-quoc', name: 'Phú Quốc', kind: 'dac-khu', parent: 'an-giang', validFrom: '2025-07-01' }),
  // A chain: xã renamed to phường in 2020, the phường merged in 2025.
  { id: 'xa-an-binh', name: 'An Bình', kind: 'xa', parent: 'an-giang', validTo: '2019-12-31', successor: 'phuong-an-binh', change: 'renamed' },
  merged({ id: 'phuong-an-binh', name: 'An Bình', kind: 'phuong', parent: 'an-giang', validFrom: '2020-01-01', validTo: '2025-06-30', successor: 'phuong-moi' }),
  merged({ id: 'phuong-moi', name: 'Mới', kind: 'phuong', parent: 'an-giang', validFrom: '2025-07-01' }),
  // Broken data: a cycle, and a dangling parent.
  merged({ id: 'loop-a', name: 'A', kind: 'xa', validTo: '2000-01-01', successor: 'loop-b' }),
  merged({ id: 'loop-b', name: 'B', kind: 'xa', validTo: '2000-01-01', successor: 'loop-a' }),
  merged({ id: 'orphan', name: 'Mồ Côi', kind: 'xa', parent: 'missing' }),
]);
const get = (id: string) => index.get(id)!;

describe('existsOn / existsDuring', () => {
  it('includes the last day and excludes the day after', () => {
    expect(existsOn(get('kien-giang'), '2025-06-30')).toBe(true);
    expect(existsOn(get('kien-giang'), '2025-07-01')).toBe(false);
  });

  it('starts on validFrom', () => {
    expect(existsOn(get('dk-phu-quoc'), '2025-06-30')).toBe(false);
    expect(existsOn(get('dk-phu-quoc'), '2025-07-01')).toBe(true);
    expect(existsOn(get('an-giang'), '1900-01-01')).toBe(true);
  });

  it('existsDuring is true when the ranges share a day', () => {
    expect(existsDuring(get('kien-giang'), '2025-06-30', '2025-12-31')).toBe(true);
    expect(existsDuring(get('kien-giang'), '2025-07-01', '2025-12-31')).toBe(false);
    expect(existsDuring(get('dk-phu-quoc'), '2025-01-01', '2025-06-30')).toBe(false);
  });
});

describe('successorOn', () => {
  it('returns the unit itself while it exists', () => {
    expect(successorOn(index, 'kien-giang', '2025-06-30')?.id).toBe('kien-giang');
  });

  it('follows the chain as far as the day requires', () => {
    expect(successorOn(index, 'kien-giang', '2025-07-01')?.id).toBe('an-giang');
    expect(successorOn(index, 'xa-an-binh', '2024-01-01')?.id).toBe('phuong-an-binh');
    expect(successorOn(index, 'xa-an-binh', '2025-07-01')?.id).toBe('phuong-moi');
  });

  it('returns undefined when the chain breaks, loops or the id is unknown', () => {
    expect(successorOn(index, 'vinh-thanh', '2025-07-01')).toBeUndefined();
    expect(successorOn(index, 'loop-a', '2025-01-01')).toBeUndefined();
    expect(successorOn(index, 'nowhere', '2025-01-01')).toBeUndefined();
  });
});

describe('names', () => {
  it('shortName puts the kind word first', () => {
    expect(shortName(get('kien-giang'))).toBe('tỉnh Kiên Giang');
    expect(shortName(get('dk-phu-quoc'))).toBe('đặc khu Phú Quốc');
  });

  it('fullName lists the unit and its parents', () => {
    expect(fullName(index, 'vinh-thanh')).toBe('phường Vĩnh Thanh, thành phố Rạch Giá, tỉnh Kiên Giang');
    expect(fullName(index, 'orphan')).toBe('xã Mồ Côi');
    expect(fullName(index, 'nowhere')).toBe('');
  });
});

describe('provinceOf', () => {
  it('walks up to the province', () => {
    expect(provinceOf(index, 'vinh-thanh')?.id).toBe('kien-giang');
    expect(provinceOf(index, 'kien-giang')?.id).toBe('kien-giang');
  });

  it('is undefined when a parent is missing', () => {
    expect(provinceOf(index, 'orphan')).toBeUndefined();
  });
});

describe('describePlace', () => {
  it('adds "nay thuộc" after the merger', () => {
    expect(describePlace(index, 'kien-giang', '2025-07-01')).toBe('tỉnh Kiên Giang (nay thuộc tỉnh An Giang)');
  });

  it('keeps the plain name before the merger', () => {
    expect(describePlace(index, 'kien-giang', '2025-06-01')).toBe('tỉnh Kiên Giang');
    expect(describePlace(index, 'kien-giang', '2025-06-30')).toBe('tỉnh Kiên Giang');
  });

  it('passes over units with unknown successors and notes the first known one', () => {
    expect(describePlace(index, 'vinh-thanh', '2025-08-01')).toBe(
      'phường Vĩnh Thanh, thành phố Rạch Giá, tỉnh Kiên Giang (nay thuộc tỉnh An Giang)',
    );
  });

  it('says "nay là" for a renamed unit', () => {
    expect(describePlace(index, 'tp-phu-quoc', '2025-08-01')).toBe(
      'thành phố Phú Quốc, tỉnh Kiên Giang (nay là đặc khu Phú Quốc)',
    );
  });

  it('adds nothing for a unit that still exists or has no known successor', () => {
    expect(describePlace(index, 'an-giang', '2025-08-01')).toBe('tỉnh An Giang');
    expect(describePlace(index, 'loop-a', '2025-08-01')).toBe('xã A');
  });

  // BUG: the wording comes from the first unit's `change` only. xã An Bình was renamed to
  // phường An Bình, which was then merged into phường Mới: it is now part of phường Mới, not phường Mới itself.
  it('says "nay thuộc" when a rename is followed by a merger', () => {
    expect(describePlace(index, 'xa-an-binh', '2025-08-01')).toBe('xã An Bình, tỉnh An Giang (nay thuộc phường Mới)');
  });
});
