/** Dart's named doubles, as Stac reads them from JSON strings. */
const NAMED_NUMBERS: Readonly<Record<string, number>> = {
  infinity: Infinity,
  negativeInfinity: -Infinity,
  maxFinite: Number.MAX_VALUE,
  minPositive: Number.MIN_VALUE,
  nan: NaN,
};

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A Stac `num`: a JSON number, a numeric string (`"12.5"`, from a bound template), or one of Dart's named
 * doubles. Returns null when the value is not a number in any of these forms.
 */
export function parseNumber(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (Object.hasOwn(NAMED_NUMBERS, text)) return NAMED_NUMBERS[text];
  if (!NUMERIC.test(text)) return null;
  return Number(text);
}

/** Like parseNumber, but only finite numbers count. */
export function parseFiniteNumber(value: unknown): number | null {
  const n = parseNumber(value);
  return n !== null && Number.isFinite(n) ? n : null;
}
