import { parseFiniteNumber } from './parseNumber';
import { isRecord } from '../isRecord';

function corner(record: Record<string, unknown>, key: string): number | null {
  const raw = record[key];
  if (raw === undefined || raw === null) return 0;
  return parseFiniteNumber(raw);
}

export interface BorderRadiusValue {
  topLeft: number;
  topRight: number;
  bottomLeft: number;
  bottomRight: number;
}

/**
 * A Stac BorderRadius: a number (all corners), a list `[topLeft, topRight, bottomLeft, bottomRight]` or an
 * object with those keys (missing corners 0). Returns null otherwise.
 */
export function parseBorderRadius(value: unknown): BorderRadiusValue | null {
  const all = parseFiniteNumber(value);
  if (all !== null) return { topLeft: all, topRight: all, bottomLeft: all, bottomRight: all };
  if (Array.isArray(value)) {
    if (value.length !== 4) return null;
    const [topLeft, topRight, bottomLeft, bottomRight] = value.map(parseFiniteNumber);
    if (topLeft === null || topRight === null || bottomLeft === null || bottomRight === null) return null;
    return { topLeft, topRight, bottomLeft, bottomRight };
  }
  if (isRecord(value)) {
    const topLeft = corner(value, 'topLeft');
    const topRight = corner(value, 'topRight');
    const bottomLeft = corner(value, 'bottomLeft');
    const bottomRight = corner(value, 'bottomRight');
    if (topLeft === null || topRight === null || bottomLeft === null || bottomRight === null) return null;
    return { topLeft, topRight, bottomLeft, bottomRight };
  }
  return null;
}
