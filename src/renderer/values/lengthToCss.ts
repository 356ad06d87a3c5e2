import { parseFiniteNumber, parseNumber } from '../../stac-schema';

/** A Stac `num` as a finite number, or undefined when absent or unreadable. */
export function numberOf(value: unknown): number | undefined {
  const n = parseFiniteNumber(value);
  return n === null ? undefined : n;
}

/**
 * Lengths at or above this are Flutter's "unbounded" (`double.infinity`, `maxFinite`): no screen is a
 * billion logical pixels wide, and writing 1.79e308px into CSS would only overflow layout arithmetic.
 */
const UNBOUNDED_LENGTH = 1e9;

/** True for `infinity`, `maxFinite` and other lengths no layout can honour literally. */
export function isUnboundedLength(value: unknown): boolean {
  const n = parseNumber(value);
  return n !== null && n >= UNBOUNDED_LENGTH;
}

/** A length in logical pixels as CSS; `infinity` (Flutter's "as large as allowed") becomes 100%. */
export function lengthToCss(value: unknown): string | undefined {
  const n = parseNumber(value);
  if (n === null || Number.isNaN(n)) return undefined;
  // `infinity` and `maxFinite` both mean "as large as the parent allows".
  if (n >= UNBOUNDED_LENGTH) return '100%';
  if (!Number.isFinite(n)) return undefined;
  return `${n}px`;
}

/** A maximum length (BoxConstraints.maxWidth, LimitedBox): an unbounded maximum is no limit at all. */
export function maxLengthToCss(value: unknown): string | undefined {
  const n = parseNumber(value);
  if (n === null || Number.isNaN(n) || n < 0) return undefined;
  if (n >= UNBOUNDED_LENGTH) return 'none';
  return `${n}px`;
}

/** A bound boolean: true/false or the strings a template produces. */
export function booleanOf(value: unknown, fallback: boolean): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return fallback;
}

/** A string property, or undefined. Numbers are shown as written, as Flutter's toString would. */
export function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}
