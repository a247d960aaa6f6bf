/**
 * Checks a schema cannot see, because they span files: references resolve, ids are unique,
 * phases lie inside their campaign, places existed on the date they are used, award forms
 * were grantable on the document's date. Used by the build, `npm run check` and the tests.
 */
import { existsDuring, indexLocalities } from '../lib/localities.ts';
import { earliestDay, latestDay, overlaps, partial } from '../lib/partial-date.ts';
import { formatListDate } from '../lib/vietnamese-dates.ts';
import type { Entry, Item, LoadedContent } from './load-content.ts';
import { fieldPath, type Problem } from './problems.ts';
import { checkHonors } from './honor-checks.ts';

type Located = Pick<Entry<unknown>, 'file' | 'locate'>;

function problemAt(where: Located, path: readonly PropertyKey[], message: string, severity: Problem['severity'] = 'error'): Problem {
  return { file: where.file, ...where.locate(path), field: fieldPath(path) || undefined, message, severity };
}

/** The same id twice is an error even on a cold build (Astro would silently keep one). */
function duplicateIds(label: string, list: readonly { id: string; where: Located; path: PropertyKey[] }[]): Problem[] {
  const seen = new Map<string, Located>();
  const out: Problem[] = [];
  for (const { id, where, path } of list) {
    const first = seen.get(id);
    if (first) out.push(problemAt(where, path, `Mã ${label} "${id}" bị trùng với ${first.file}. Hai mục không được dùng chung một mã (tên tệp): đổi tên một trong hai`));
    else seen.set(id, where);
  }
  return out;
}


const range = (p: { from: string; to?: string }) => ({ from: earliestDay(partial(p.from)), to: p.to ? latestDay(partial(p.to)) : undefined });
const show = (iso: string) => formatListDate(partial(iso));

export function crossCheck(c: LoadedContent): Problem[] {
  const out: Problem[] = [];
  const localities = indexLocalities(c.localities.map((l) => l.data));
  const forms = new Map(c.awardForms.map((f) => [f.data.id, f.data]));
  const campaigns = new Map(c.campaigns.map((x) => [x.id, x]));
  const plans = new Map(c.plans.map((x) => [x.id, x]));

  const item = (i: Item<unknown>): Located => ({ file: i.file, locate: i.locate });
  out.push(...duplicateIds('địa bàn', c.localities.map((l) => ({ id: l.data.id, where: item(l), path: ['id'] }))));
  out.push(...duplicateIds('hình thức khen thưởng', c.awardForms.map((f) => ({ id: f.data.id, where: item(f), path: ['id'] }))));
  out.push(...duplicateIds('phong trào', c.campaigns.map((x) => ({ id: x.id, where: x, path: [] }))));
  out.push(...duplicateIds('kế hoạch', c.plans.map((x) => ({ id: x.id, where: x, path: [] }))));
  out.push(...duplicateIds('bài viết', c.stories.map((x) => ({ id: x.id, where: x, path: [] }))));

  if (c.settings?.data.province && !localities.has(c.settings.data.province)) {
    out.push(problemAt(item(c.settings), ['province'], `Không có địa bàn "${c.settings.data.province}" trong localities.yaml. Ghi mã một tỉnh có trong danh sách địa bàn`));
  }

  for (const l of c.localities) {
    const d = l.data;
    for (const key of ['parent', 'successor'] as const) {
      const target = d[key];
      if (target && !localities.has(target)) out.push(problemAt(item(l), [key], `Không có địa bàn "${target}" trong localities.yaml. Thêm địa bàn đó hoặc sửa mã`));
    }
    if (d.successor && !d.validTo) out.push(problemAt(item(l), ['validTo'], `Địa bàn "${d.id}" có địa bàn kế thừa nhưng chưa ghi ngày chấm dứt (validTo). Thêm validTo, ví dụ "2025-06-30"`));
    if (d.validFrom && d.validTo && d.validTo < d.validFrom) out.push(problemAt(item(l), ['validTo'], 'Ngày chấm dứt đứng trước ngày bắt đầu tồn tại. Kiểm tra lại validFrom và validTo'));
  }

  for (const x of c.campaigns) {
    const d = x.data;
    const outer = d.period ? range(d.period) : undefined;
    const phaseIds = new Set<string>();
    d.phases.forEach((phase, i) => {
      if (phaseIds.has(phase.id)) out.push(problemAt(x, ['phases', i, 'id'], `Mã đợt "${phase.id}" bị trùng trong phong trào này. Mỗi đợt cần một mã riêng`));
      phaseIds.add(phase.id);
      const inner = range(phase.period);
      if (outer && (inner.from < outer.from || (outer.to && (!inner.to || inner.to > outer.to)))) {
        out.push(problemAt(x, ['phases', i, 'period', inner.from < outer.from ? 'from' : 'to'], `${phase.name} (${show(phase.period.from)}–${phase.period.to ? show(phase.period.to) : '…'}) nằm ngoài thời gian phong trào (${show(d.period!.from)}–${d.period!.to ? show(d.period!.to) : '…'}). Sửa ngày của đợt hoặc của phong trào`));
      }
      const previous = d.phases[i - 1];
      if (previous?.period.to && earliestDay(partial(phase.period.from)) <= latestDay(partial(previous.period.to)) && earliestDay(partial(phase.period.from)) !== latestDay(partial(previous.period.to))) {
        out.push(problemAt(x, ['phases', i, 'period', 'from'], `${phase.name} bắt đầu trước khi ${previous.name} kết thúc. Các đợt phải nối tiếp nhau theo thứ tự`));
      }
    });
    const contentIds = new Set<string>();
    d.contents.forEach((content, i) => {
      if (contentIds.has(content.id)) out.push(problemAt(x, ['contents', i, 'id'], `Mã nội dung thi đua "${content.id}" bị trùng. Mỗi nội dung cần một mã riêng`));
      contentIds.add(content.id);
    });
    if (d.launchedBy?.plan && !plans.has(d.launchedBy.plan)) out.push(problemAt(x, ['launchedBy', 'plan'], `Không có kế hoạch "${d.launchedBy.plan}". Sửa mã hoặc xóa dòng plan`));
  }

  for (const x of c.plans) {
    const d = x.data;
    const issued = partial(d.issued);
    const campaign = campaigns.get(d.campaign);
    if (!campaign) {
      out.push(problemAt(x, ['campaign'], `Không có phong trào "${d.campaign}" trong thư mục phong trào (campaigns). Ghi mã (tên tệp) của một phong trào đã có, hoặc tạo phong trào đó trước`));
    } else {
      d.phases.forEach((id, i) => {
        if (!campaign.data.phases.some((p) => p.id === id)) {
          out.push(problemAt(x, ['phases', i], `Phong trào "${d.campaign}" không có đợt "${id}". Chọn một trong: ${campaign.data.phases.map((p) => p.id).join(', ') || '(phong trào chưa khai báo đợt nào)'}`));
        }
      });
      const cp = campaign.data.period;
      if (d.period && cp) {
        const inner = range(d.period);
        const outer = range(cp);
        if (inner.from < outer.from || (outer.to && inner.to && inner.to > outer.to)) {
          out.push(problemAt(x, ['period'], `Thời gian thực hiện nằm ngoài thời gian của phong trào "${campaign.data.name}" (${show(cp.from)}–${cp.to ? show(cp.to) : '…'}). Kiểm tra lại ngày`));
        }
      }
    }
    const place = localities.get(d.locality);
    if (!place) {
      out.push(problemAt(x, ['locality'], `Không có địa bàn "${d.locality}" trong localities.yaml. Thêm địa bàn đó hoặc sửa mã`));
    } else if (!existsDuring(place, earliestDay(issued), latestDay(issued))) {
      out.push(problemAt(x, ['locality'], `Địa bàn "${place.name}" không tồn tại vào ngày ban hành (${formatListDate(issued)}). Dùng tên địa bàn đúng vào thời điểm đó`));
    }
    d.awards.forEach((award, i) => {
      const form = forms.get(award.form);
      if (!form) {
        out.push(problemAt(x, ['awards', i, 'form'], `Không có hình thức khen thưởng "${award.form}" trong award-forms.yaml. Chọn một mã có trong danh sách hoặc thêm hình thức đó`));
      } else if ((form.validTo && earliestDay(issued) > form.validTo) || (form.validFrom && latestDay(issued) < form.validFrom)) {
        out.push(problemAt(x, ['awards', i, 'form'], `"${form.name}" không còn (hoặc chưa) áp dụng vào ngày ban hành ${formatListDate(issued)} (áp dụng ${form.validFrom ? `từ ${show(form.validFrom)} ` : ''}${form.validTo ? `đến ${show(form.validTo)}` : ''}). Chọn hình thức khen thưởng đúng thời điểm`));
      }
      if (award.max !== undefined && award.count !== undefined) out.push(problemAt(x, ['awards', i], 'Chỉ ghi một trong hai: "max" (tối đa) hoặc "count" (đúng bằng)'));
    });
    d.basis.forEach((b, i) => {
      if (b.plan && !plans.has(b.plan)) out.push(problemAt(x, ['basis', i, 'plan'], `Không có kế hoạch "${b.plan}". Sửa mã hoặc xóa dòng plan`));
    });
  }
  for (const x of c.stories) out.push(...checkStory(x, localities, campaigns));
  out.push(...duplicateIds('quyết định khen thưởng', c.honors.map((x) => ({ id: x.id, where: x, path: [] }))));
  out.push(...duplicateIds('mô hình', c.models.map((x) => ({ id: x.id, where: x, path: [] }))));
  out.push(...checkHonors(c, localities));
  return out;
}

/** A story's place existed on the deed date; its campaign, phase and content fit together. */
function checkStory(
  x: Entry<import('../schemas/stories.ts').Story>,
  localities: ReturnType<typeof indexLocalities>,
  campaigns: ReadonlyMap<string, Entry<import('../schemas/campaigns.ts').Campaign>>,
): Problem[] {
  const out: Problem[] = [];
  const d = x.data;
  const deed = partial(d.deedDate);
  const place = localities.get(d.locality);
  if (!place) {
    out.push(problemAt(x, ['locality'], `Không có địa bàn "${d.locality}" trong localities.yaml. Thêm địa bàn đó hoặc sửa mã`));
  } else if (!existsDuring(place, earliestDay(deed), latestDay(deed))) {
    out.push(problemAt(x, ['locality'], `Địa bàn "${place.name}" không tồn tại vào ngày xảy ra việc tốt (${formatListDate(deed)}). Ghi địa bàn theo tên gọi tại thời điểm đó`));
  }
  if (!d.campaign) return out;
  const campaign = campaigns.get(d.campaign);
  if (!campaign) {
    out.push(problemAt(x, ['campaign'], `Không có phong trào "${d.campaign}" trong thư mục phong trào (campaigns). Ghi mã của một phong trào đã có`));
    return out;
  }
  if (d.phase) {
    const phase = campaign.data.phases.find((p) => p.id === d.phase);
    if (!phase) {
      out.push(problemAt(x, ['phase'], `Phong trào "${d.campaign}" không có đợt "${d.phase}". Chọn một trong: ${campaign.data.phases.map((p) => p.id).join(', ') || '(phong trào chưa khai báo đợt nào)'}`));
    } else if (!overlaps(deed, earliestDay(partial(phase.period.from)), phase.period.to ? latestDay(partial(phase.period.to)) : undefined)) {
      out.push(problemAt(x, ['phase'], `Ngày xảy ra việc tốt (${formatListDate(deed)}) nằm ngoài ${phase.name} (${show(phase.period.from)}–${phase.period.to ? show(phase.period.to) : '…'}). Chọn đúng đợt hoặc sửa ngày`));
    }
  }
  if (d.content && !campaign.data.contents.some((k) => k.id === d.content)) {
    out.push(problemAt(x, ['content'], `Phong trào "${d.campaign}" không có nội dung thi đua "${d.content}". Chọn một trong: ${campaign.data.contents.map((k) => k.id).join(', ') || '(phong trào chưa khai báo nội dung nào)'}`));
  }
  return out;
}
