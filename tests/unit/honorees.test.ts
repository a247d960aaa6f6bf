// Honoree identity: one profile gathers every honor of a person or collective across decisions.
import { describe, expect, it } from 'vitest';
import { collectHonorees, honoreeId } from '../../src/lib/honorees.ts';
import type { Honor, Recipient } from '../../src/schemas/honors.ts';

const recipient = (over: Partial<Recipient>): Recipient => ({ kind: 'individual', name: 'Nguyễn Văn A', stories: [], ...over });
const decision = (id: string, recipients: Recipient[]) => ({
  id,
  data: { recipients, status: 'in-force' } as unknown as Honor,
});

describe('honoreeId', () => {
  it('derives a kebab-case id from name and unit, folding đ', () => {
    expect(honoreeId(recipient({ name: 'Đội Hỗ trợ ATGT SOS', unit: 'thị xã Cai Lậy', kind: 'collective' }))).toBe('doi-ho-tro-atgt-sos-thi-xa-cai-lay');
  });
  it('keeps namesakes in different units apart, and lets an explicit id merge two spellings', () => {
    expect(honoreeId(recipient({ unit: 'xã X' }))).not.toBe(honoreeId(recipient({ unit: 'xã Y' })));
    expect(honoreeId(recipient({ id: 'nguyen-van-a-x', name: 'Nguyễn Văn A.' }))).toBe('nguyen-van-a-x');
  });
});

describe('collectHonorees', () => {
  it('accumulates awards and stories of one honoree across two decisions, in decision order', () => {
    const first = decision('qd-1', [recipient({ unit: 'xã X', stories: ['s1'] }), recipient({ name: 'Trần Thị B', unit: 'xã X' })]);
    const second = decision('qd-2', [recipient({ unit: 'xã X', stories: ['s1', 's2'] })]);
    const all = collectHonorees([first, second]);
    const a = all.get('nguyen-van-a-xa-x')!;
    expect(a.awards.map((x) => [x.honor.id, x.index])).toEqual([['qd-1', 0], ['qd-2', 0]]);
    expect(a.stories).toEqual(['s1', 's2']);
    expect(all.get('tran-thi-b-xa-x')!.awards).toHaveLength(1);
    expect([...all.keys()]).toEqual(['nguyen-van-a-xa-x', 'tran-thi-b-xa-x']);
  });
});
