/**
 * The admin's own field types (`CMS.registerFieldType`, the Decap/Sveltia custom widget API) for
 * the two fields that hold a text or an object: a document number (plans, honors) and a
 * decision's status (honors). React elements through `window.h`, which the CMS provides; no
 * inline styles or scripts. State logic lives in union-values.ts (unit-tested).
 */
import {
  describeNumber,
  describeStatus,
  isRevoked,
  NUMBER_STATES,
  numberState,
  setNumberPart,
  setStatusPart,
  switchNumber,
  switchStatus,
} from './union-values.ts';

type H = (type: string, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

interface ControlProps {
  value: unknown;
  field?: { get?: (key: string) => unknown } & Record<string, unknown>;
  forID: string;
  classNameWrapper: string;
  onChange: (value: unknown) => void;
}

interface CmsApi {
  registerFieldType(name: string, control: unknown, preview?: unknown): void;
}

const h: H = (...args) => (window as unknown as { h: H }).h(...args);
const option = (field: ControlProps['field'], key: string) => (typeof field?.get === 'function' ? field.get(key) : field?.[key]);

function labelled(id: string, label: string, input: unknown) {
  return h('div', { className: 'bv-part' }, h('label', { htmlFor: id }, label), input);
}

function DocumentNumberControl({ value, field, forID, classNameWrapper, onChange }: ControlProps) {
  const state = numberState(value);
  const states = NUMBER_STATES.filter((s) => s.value !== 'unknown' || option(field, 'allow_unknown'));
  const select = h(
    'select',
    { id: `${forID}-trang-thai`, value: state, onChange: (e: Event) => onChange(switchNumber(value, (e.target as HTMLSelectElement).value as never)) },
    ...states.map((s) => h('option', { key: s.value, value: s.value }, s.label)),
  );
  const parts: unknown[] = [labelled(`${forID}-trang-thai`, 'Tình trạng số', select)];
  if (state === 'known') {
    parts.push(labelled(forID, 'Số, ký hiệu', h('input', {
      key: 'known', id: forID, className: classNameWrapper, defaultValue: typeof value === 'string' ? value : '', placeholder: '350/KH-BCĐ',
      onInput: (e: Event) => onChange((e.target as HTMLInputElement).value),
    })));
  } else if (state !== 'unknown') {
    const o = value as Record<string, string>;
    parts.push(labelled(forID, 'Ký hiệu (nếu đọc được)', h('input', {
      key: `${state}-symbol`, id: forID, className: classNameWrapper, defaultValue: o.symbol ?? '', placeholder: 'KH-BCĐ',
      onInput: (e: Event) => onChange(setNumberPart(value, 'symbol', (e.target as HTMLInputElement).value)),
    })));
    parts.push(labelled(`${forID}-ban-sao`, 'Số như trên bản sao', h('input', {
      key: `${state}-printed`, id: `${forID}-ban-sao`, className: classNameWrapper, defaultValue: o.asPrinted ?? '', placeholder: 'Số: /KH-BCĐ',
      onInput: (e: Event) => onChange(setNumberPart(value, 'asPrinted', (e.target as HTMLInputElement).value)),
    })));
  }
  return h('div', { className: 'bv-union' }, ...parts);
}

function DecisionStatusControl({ value, forID, classNameWrapper, onChange }: ControlProps) {
  const revoked = isRevoked(value);
  const select = h(
    'select',
    { id: forID, value: revoked ? 'revoked' : 'in-force', onChange: (e: Event) => onChange(switchStatus(value, (e.target as HTMLSelectElement).value === 'revoked')) },
    h('option', { value: 'in-force' }, 'Còn hiệu lực'),
    h('option', { value: 'revoked' }, 'Đã thu hồi'),
  );
  const parts: unknown[] = [labelled(forID, 'Hiệu lực', select)];
  if (revoked) {
    parts.push(labelled(`${forID}-ngay`, 'Ngày thu hồi', h('input', {
      key: 'date', id: `${forID}-ngay`, type: 'date', className: classNameWrapper, defaultValue: value.revoked ?? '',
      onInput: (e: Event) => onChange(setStatusPart(value, 'revoked', (e.target as HTMLInputElement).value)),
    })));
    parts.push(labelled(`${forID}-ly-do`, 'Lý do thu hồi', h('input', {
      key: 'reason', id: `${forID}-ly-do`, className: classNameWrapper, defaultValue: value.reason ?? '',
      onInput: (e: Event) => onChange(setStatusPart(value, 'reason', (e.target as HTMLInputElement).value)),
    })));
  }
  return h('div', { className: 'bv-union' }, ...parts);
}

const preview = (describe: (v: unknown) => string) => ({ value }: { value: unknown }) => h('p', null, describe(value));

export function registerWidgets(cms: CmsApi): void {
  cms.registerFieldType('document-number', DocumentNumberControl, preview(describeNumber));
  cms.registerFieldType('decision-status', DecisionStatusControl, preview(describeStatus));
}
