/**
 * Cross-checks for the honor roll: legality of each grant, plan quotas across decisions,
 * dates against campaigns and phases, duplicate recipients, and links to stories and models.
 */
import { grantProblems, quotaMessage } from '../lib/award-legality.ts';
import { honoreeId, isRevoked } from '../lib/honorees.ts';
import { existsDuring, type LocalityIndex } from '../lib/localities.ts';
import { earliestDay, latestDay, partial } from '../lib/partial-date.ts';
import { formatListDate } from '../lib/vietnamese-dates.ts';
import type { LoadedContent } from './load-content.ts';
import { fieldPath, type Problem } from './problems.ts';

type Where = { file: string; locate: (path: readonly PropertyKey[]) => { line: number; column: number } };
const at = (w: Where, path: readonly PropertyKey[], message: string): Problem => ({
  file: w.file, ...w.locate(path), field: fieldPath(path) || undefined, message, severity: 'error',
});

export function checkHonors(c: LoadedContent, localities: LocalityIndex): Problem[] {
  const out: Problem[] = [];
  const forms = new Map(c.awardForms.map((f) => [f.data.id, f.data]));
  const campaigns = new Map(c.campaigns.map((x) => [x.id, x.data]));
  const plans = new Map(c.plans.map((x) => [x.id, x.data]));
  const stories = new Map(c.stories.map((x) => [x.id, x]));
  const honors = new Map(c.honors.map((x) => [x.id, x]));
  const placeAt = (w: Where, path: PropertyKey[], id: string, from: string, to: string, when: string) => {
    const l = localities.get(id);
    if (!l) out.push(at(w, path, `Không có địa bàn "${id}" trong localities.yaml. Thêm địa bàn đó hoặc sửa mã`));
    else if (!existsDuring(l, from, to)) out.push(at(w, path, `Địa bàn "${l.name}" không tồn tại vào ${when}. Ghi địa bàn theo tên gọi tại thời điểm đó`));
  };

  for (const h of c.honors) {
    const d = h.data;
    const date = partial(d.date);
    const [from, to] = [earliestDay(date), latestDay(date)];
    placeAt(h, ['locality'], d.locality, from, to, `ngày quyết định (${formatListDate(date)})`);
    const form = forms.get(d.form);
    if (!form) out.push(at(h, ['form'], `Không có hình thức khen thưởng "${d.form}" trong award-forms.yaml. Chọn một mã có trong danh sách hoặc thêm hình thức đó`));
    const seen = new Map<string, number>();
    d.recipients.forEach((r, i) => {
      if (form) {
        for (const p of grantProblems(form, { authority: d.authority, kind: r.kind, date })) {
          out.push(at(h, p.code === 'kind' ? ['recipients', i, 'kind'] : p.code === 'authority' ? ['authority'] : ['date'], p.message));
        }
      }
      const id = honoreeId(r);
      const first = seen.get(id);
      if (first !== undefined) out.push(at(h, ['recipients', i, 'name'], `"${r.name}" đã có trong danh sách này (mục ${first + 1}). Mỗi người, tập thể chỉ ghi một lần trong một quyết định`));
      else seen.set(id, i);
      if (r.locality) placeAt(h, ['recipients', i, 'locality'], r.locality, from, to, `ngày quyết định (${formatListDate(date)})`);
      r.stories.forEach((s, j) => {
        const story = stories.get(s);
        if (!story) out.push(at(h, ['recipients', i, 'stories', j], `Không có bài viết "${s}". Sửa mã bài viết (tên thư mục của bài)`));
        // A link to a story without a page (draft, scheduled, removed): publication-model.ts.
      });
    });
    if (d.campaign) {
      const campaign = campaigns.get(d.campaign);
      if (!campaign) {
        out.push(at(h, ['campaign'], `Không có phong trào "${d.campaign}". Ghi mã của một phong trào đã có`));
      } else {
        if (campaign.period && latestDay(date) < earliestDay(partial(campaign.period.from))) {
          out.push(at(h, ['date'], `Quyết định (${formatListDate(date)}) có trước khi phong trào "${campaign.name}" bắt đầu (${formatListDate(partial(campaign.period.from))}). Kiểm tra lại ngày hoặc phong trào`));
        }
        if (d.phase) {
          const phase = campaign.phases.find((p) => p.id === d.phase);
          if (!phase) out.push(at(h, ['phase'], `Phong trào "${d.campaign}" không có đợt "${d.phase}". Chọn một trong: ${campaign.phases.map((p) => p.id).join(', ') || '(chưa khai báo đợt)'}`));
          else if (latestDay(date) < earliestDay(partial(phase.period.from))) {
            out.push(at(h, ['date'], `Quyết định (${formatListDate(date)}) có trước khi ${phase.name} bắt đầu (${formatListDate(partial(phase.period.from))}): không thể khen thưởng cho đợt chưa diễn ra. Kiểm tra lại ngày hoặc đợt`));
          }
        }
      }
    }
    if (d.plan) {
      const plan = plans.get(d.plan);
      if (!plan) out.push(at(h, ['plan'], `Không có kế hoạch "${d.plan}". Ghi mã của một kế hoạch đã có`));
      else if (d.campaign && plan.campaign !== d.campaign) out.push(at(h, ['plan'], `Kế hoạch "${d.plan}" thuộc phong trào "${plan.campaign}", không phải "${d.campaign}". Sửa một trong hai`));
    }
  }

  // Quotas: in-force recipients of each form under each plan, against the plan's limit.
  const used = new Map<string, { count: number; last: (typeof c.honors)[number] }>();
  for (const h of c.honors) {
    if (!h.data.plan || isRevoked(h.data)) continue;
    const key = `${h.data.plan}\u0000${h.data.form}`;
    const u = used.get(key) ?? { count: 0, last: h };
    used.set(key, { count: u.count + h.data.recipients.length, last: h });
  }
  for (const [key, u] of used) {
    const [planId, formId] = key.split('\u0000');
    const award = plans.get(planId)?.awards.find((a) => a.form === formId);
    const message = award && quotaMessage(forms.get(formId)?.name ?? formId, { plan: planId, form: formId, used: u.count, max: award.max, count: award.count });
    if (message) out.push(at(u.last, ['recipients'], message));
  }

  c.stories.forEach((s) => s.data.recognition.forEach((r, i) => {
    if (r.honor && !honors.has(r.honor)) out.push(at(s, ['recognition', i, 'honor'], `Không có quyết định khen thưởng "${r.honor}" trong bảng vàng. Sửa mã (tên tệp quyết định) hoặc xóa dòng honor`));
  }));
  for (const m of c.models) {
    if (!localities.has(m.data.locality)) out.push(at(m, ['locality'], `Không có địa bàn "${m.data.locality}" trong localities.yaml. Thêm địa bàn đó hoặc sửa mã`));
    if (m.data.recognisedBy && !honors.has(m.data.recognisedBy)) out.push(at(m, ['recognisedBy'], `Không có quyết định "${m.data.recognisedBy}" trong bảng vàng. Sửa mã hoặc xóa dòng này`));
  }
  return out;
}
