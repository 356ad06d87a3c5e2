import { parseFiniteNumber } from './parseNumber';
import { isRecord } from '../isRecord';

export interface EdgeInsetsValue {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function side(record: Record<string, unknown>, key: string): number | null {
  const raw = record[key];
  if (raw === undefined || raw === null) return 0;
  return parseFiniteNumber(raw);
}

/**
 * A Stac EdgeInsets: a number (all sides), a list `[left, top, right, bottom]` or an object
 * `{left, top, right, bottom}` where missing sides are 0. Numeric strings count as numbers.
 * Returns null when the value has none of these shapes.
 */
export function parseEdgeInsets(value: unknown): EdgeInsetsValue | null {
  const all = parseFiniteNumber(value);
  if (all !== null) return { left: all, top: all, right: all, bottom: all };
  if (Array.isArray(value)) {
    if (value.length !== 4) return null;
    const [left, top, right, bottom] = value.map(parseFiniteNumber);
    if (left === null || top === null || right === null || bottom === null) return null;
    return { left, top, right, bottom };
  }
  if (isRecord(value)) {
    const left = side(value, 'left');
    const top = side(value, 'top');
    const right = side(value, 'right');
    const bottom = side(value, 'bottom');
    if (left === null || top === null || right === null || bottom === null) return null;
    return { left, top, right, bottom };
  }
  return null;
}
