/** Localities over time: which unit existed on a date, and how to name it for a reader today. */
import { LOCALITY_KINDS, type Locality } from '../schemas/localities.ts';

export type LocalityIndex = ReadonlyMap<string, Locality>;

export function indexLocalities(list: readonly Locality[]): LocalityIndex {
  return new Map(list.map((l) => [l.id, l]));
}

/** True when the unit existed on the ISO day. */
export function existsOn(l: Locality, day: string): boolean {
  return (l.validFrom === undefined || l.validFrom <= day) && (l.validTo === undefined || day <= l.validTo);
}

/** True when the unit existed on at least one day of [from, to]. */
export function existsDuring(l: Locality, from: string, to: string): boolean {
  return (l.validFrom === undefined || l.validFrom <= to) && (l.validTo === undefined || from <= l.validTo);
}

/** "tỉnh Kiên Giang". */
export function shortName(l: Locality): string {
  return `${LOCALITY_KINDS[l.kind]} ${l.name}`;
}

/** "phường Vĩnh Thanh, thành phố Rạch Giá, tỉnh Kiên Giang": the unit and its parents. */
export function fullName(index: LocalityIndex, id: string): string {
  const parts: string[] = [];
  const seen = new Set<string>();
  for (let l = index.get(id); l && !seen.has(l.id); l = l.parent ? index.get(l.parent) : undefined) {
    seen.add(l.id);
    parts.push(shortName(l));
  }
  return parts.join(', ');
}

/** The unit that stands for `id` on `day`, following successors; undefined if the chain breaks. */
export function successorOn(index: LocalityIndex, id: string, day: string): Locality | undefined {
  const seen = new Set<string>();
  let l = index.get(id);
  while (l && !existsOn(l, day)) {
    if (seen.has(l.id) || !l.successor) return undefined;
    seen.add(l.id);
    l = index.get(l.successor);
  }
  return l;
}

/** The province a unit belongs to (itself, if it is one). */
export function provinceOf(index: LocalityIndex, id: string): Locality | undefined {
  const seen = new Set<string>();
  let l = index.get(id);
  while (l?.parent && !seen.has(l.id)) {
    seen.add(l.id);
    l = index.get(l.parent);
  }
  return l;
}

/** True when every step from `fromId` to `toId` was a rename: only then is it "nay là". */
function onlyRenamed(index: LocalityIndex, fromId: string, toId: string): boolean {
  const seen = new Set<string>();
  for (let l = index.get(fromId); l && l.id !== toId && !seen.has(l.id); l = l.successor ? index.get(l.successor) : undefined) {
    seen.add(l.id);
    if (l.change !== 'renamed') return false;
  }
  return true;
}

/**
 * How to name a place that was `id` on the document's date, for a reader on `today`:
 * "tỉnh Kiên Giang (nay thuộc tỉnh An Giang)". Walking up from the unit, the first unit that
 * no longer exists and has a known successor gives the note; a unit whose successor is not
 * known for certain is passed over rather than guessed.
 */
export function describePlace(index: LocalityIndex, id: string, today: string): string {
  const name = fullName(index, id);
  const seen = new Set<string>();
  for (let l = index.get(id); l && !seen.has(l.id); l = l.parent ? index.get(l.parent) : undefined) {
    seen.add(l.id);
    if (existsOn(l, today)) continue;
    const now = successorOn(index, l.id, today);
    if (now) return `${name} (${onlyRenamed(index, l.id, now.id) ? 'nay là' : 'nay thuộc'} ${shortName(now)})`;
  }
  return name;
}
