/**
 * The two fields whose value is either a text or an object, which no built-in CMS field can hold
 * (a built-in field would discard the other shape on save). Pure state logic for the admin's own
 * field types in src/admin/widgets.ts, unit-tested.
 */

/** Số, ký hiệu: a known number is the text itself; a missing one is an object with its status. */
export type NumberState = 'known' | 'blank' | 'illegible' | 'unknown';

export const NUMBER_STATES: { value: NumberState; label: string }[] = [
  { value: 'known', label: 'Đã có số (ví dụ 350/KH-BCĐ)' },
  { value: 'blank', label: 'Bản gốc để trống số' },
  { value: 'illegible', label: 'Không đọc được số' },
  { value: 'unknown', label: 'Chưa biết số (chỉ biết qua báo)' },
];

interface MissingNumber {
  status: 'blank' | 'illegible';
  symbol?: string;
  asPrinted?: string;
}

export type NumberValue = string | MissingNumber | { status: 'unknown' };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function numberState(value: unknown): NumberState {
  if (isObject(value) && (value.status === 'blank' || value.status === 'illegible' || value.status === 'unknown')) return value.status;
  return 'known';
}

/** The value after the editor picks another state; keeps the symbol where it can. */
export function switchNumber(value: unknown, to: NumberState): NumberValue | '' {
  const from = numberState(value);
  if (from === to) return (value ?? '') as NumberValue;
  if (to === 'known') return '';
  if (to === 'unknown') return { status: 'unknown' };
  const symbol = typeof value === 'string' ? value.split('/').pop()?.trim() : isObject(value) && typeof value.symbol === 'string' ? value.symbol : undefined;
  return symbol ? { status: to, symbol } : { status: to };
}

/** Sets one part (`symbol` or `asPrinted`) of a missing number; an emptied part is removed. */
export function setNumberPart(value: unknown, part: 'symbol' | 'asPrinted', text: string): NumberValue {
  const base: Record<string, unknown> = isObject(value) ? { ...value } : { status: 'blank' };
  if (text.trim()) base[part] = text;
  else delete base[part];
  return base as unknown as NumberValue;
}

export function describeNumber(value: unknown): string {
  const state = numberState(value);
  if (state === 'known') return typeof value === 'string' ? value : '';
  const o = value as Record<string, string>;
  const label = NUMBER_STATES.find((s) => s.value === state)?.label ?? state;
  return [label, o.symbol ? `ký hiệu ${o.symbol}` : '', o.asPrinted ? `bản sao ghi "${o.asPrinted}"` : ''].filter(Boolean).join(', ');
}

/**
 * Hiệu lực of a decision: absent (or "in-force") while in force; `{ revoked, reason }` once
 * revoked. "In force" is written as nothing at all, the schema's default.
 */
export type StatusValue = '' | 'in-force' | { revoked?: string; reason?: string };

export const isRevoked = (value: unknown): value is { revoked?: string; reason?: string } => isObject(value);

export function switchStatus(value: unknown, revoked: boolean): StatusValue {
  if (!revoked) return '';
  return isRevoked(value) ? value : { revoked: '', reason: '' };
}

export function setStatusPart(value: unknown, part: 'revoked' | 'reason', text: string): StatusValue {
  const base = isRevoked(value) ? { ...value } : {};
  return { ...base, [part]: text };
}

export function describeStatus(value: unknown): string {
  if (!isRevoked(value)) return 'Còn hiệu lực';
  return `Đã thu hồi${value.revoked ? ` ngày ${value.revoked}` : ''}${value.reason ? `: ${value.reason}` : ''}`;
}
