/** Grouping plans for the static filter pages: by province (as named then, and now) and by year. */
import type { Entry } from '../model/load-content.ts';
import type { Plan } from '../schemas/plans.ts';
import { provinceOf, successorOn, type LocalityIndex } from './localities.ts';
import { partial } from './partial-date.ts';
import type { Locality } from '../schemas/localities.ts';

export interface Group { slug: string; label: string; plans: Entry<Plan>[] }

/** Province of each plan as named on its date, e.g. "tỉnh Kiên Giang". */
export function byProvince(plans: readonly Entry<Plan>[], localities: LocalityIndex, today: string): Group[] {
  const groups = new Map<string, Group & { province: Locality }>();
  for (const p of plans) {
    const province = provinceOf(localities, p.data.locality);
    if (!province) continue;
    const now = successorOn(localities, province.id, today);
    const label = now && now.id !== province.id ? `${province.name} (nay thuộc ${now.name})` : province.name;
    const g = groups.get(province.id) ?? { slug: province.id, label, plans: [], province };
    g.plans.push(p);
    groups.set(province.id, g);
  }
  return [...groups.values()].sort((a, b) => a.province.name.localeCompare(b.province.name, 'vi'));
}

export function byYear(plans: readonly Entry<Plan>[]): Group[] {
  const groups = new Map<number, Group>();
  for (const p of plans) {
    const year = partial(p.data.issued).year;
    const g = groups.get(year) ?? { slug: String(year), label: `Năm ${year}`, plans: [] };
    g.plans.push(p);
    groups.set(year, g);
  }
  return [...groups.values()].sort((a, b) => Number(b.slug) - Number(a.slug));
}
