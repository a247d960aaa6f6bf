// Importer: the YAML it writes, with placeholders the checker rejects.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { emitYaml, marker, placeholder, placeholders } from '../../src/lib/plan-import/emit.ts';
import { planSchema } from '../../src/schemas/plans.ts';

describe('emitYaml', () => {
  it('writes quoted strings, numbers, lists of strings and lists of objects that read back the same', () => {
    const data = {
      number: '350/KH-BCĐ',
      title: 'Nội dung có "ngoặc kép", dấu hai chấm: và # thăng',
      phases: ['dot-1', 'dot-2'],
      targets: [{ text: '80% nguồn tin', value: 80, unit: '%' }, { text: 'không có vụ nào' }],
      signer: { authority: 'KT.', titleLines: ['TRƯỞNG BAN'], name: 'Nguyễn Văn Hận', rank: undefined },
      basis: [],
    };
    const yaml = emitYaml(data);
    expect(parse(yaml)).toEqual({ ...data, signer: { authority: 'KT.', titleLines: ['TRƯỞNG BAN'], name: 'Nguyễn Văn Hận' } });
    expect(yaml).toContain('phases:\n  - "dot-1"\n  - "dot-2"\n');
    expect(yaml).toContain('targets:\n  - text: "80% nguồn tin"\n    value: 80\n    unit: "%"\n  - text: "không có vụ nào"\n');
    expect(yaml).toContain('basis: []\n');
  });

  it('puts comment lines before a field', () => {
    const yaml = emitYaml({ campaign: 'x', contents: [{ number: '4.1' }] }, new Map([['campaign', ['Gợi ý: y']], ['contents[0].number', ['số mục']]]));
    expect(yaml).toBe('# Gợi ý: y\ncampaign: "x"\ncontents:\n  # số mục\n  - number: "4.1"\n');
    expect(parse(yaml)).toEqual({ campaign: 'x', contents: [{ number: '4.1' }] });
  });

  it('writes a value placeholder as an invalid value and a text placeholder as an empty text with a comment', () => {
    const yaml = emitYaml({
      campaign: placeholder('mã phong trào'),
      title: placeholder('trích yếu', { text: true, hint: 'Phat dong phong trao' }),
      recipients: [placeholder('nơi nhận', { text: true })],
    });
    expect(yaml).toBe([
      'campaign: "<<CẦN ĐIỀN: mã phong trào>>"',
      'title: ""  # <<CẦN ĐIỀN: trích yếu>> bản sao ghi: “Phat dong phong trao”',
      'recipients:',
      '  - ""  # <<CẦN ĐIỀN: nơi nhận>>',
      '',
    ].join('\n'));
    expect(marker('x')).toBe('<<CẦN ĐIỀN: x>>');
  });

  it('writes placeholders the plan schema rejects, each at its own field', () => {
    const yaml = emitYaml({
      number: placeholder('số'), type: placeholder('mã loại'), issuer: { name: placeholder('tên', { text: true }) }, place: placeholder('địa danh', { text: true }),
      locality: placeholder('địa bàn'), issued: placeholder('ngày'), title: placeholder('trích yếu', { text: true }), summary: placeholder('tóm tắt', { text: true }),
      campaign: placeholder('phong trào'), signer: placeholder('chữ ký'), source: { kind: 'original' }, textStatus: placeholder('mức đầy đủ'),
    });
    const result = planSchema.safeParse(parse(yaml));
    const rejected = new Set(result.error?.issues.map((i) => i.path.join('.')));
    for (const field of ['number', 'type', 'issuer.name', 'place', 'locality', 'issued', 'title', 'summary', 'campaign', 'signer', 'textStatus']) {
      expect(rejected, field).toContain(field);
    }
  });

  it('lists every placeholder with its path', () => {
    expect(placeholders({ a: placeholder('x'), b: [{ c: placeholder('y', { hint: 'h' }) }], d: 'ok' })).toEqual([
      { field: 'a', label: 'x', hint: undefined },
      { field: 'b[0].c', label: 'y', hint: 'h' },
    ]);
  });
});
