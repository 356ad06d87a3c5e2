import { parseFiniteNumber } from './parseNumber';

const UNIT_MS: ReadonlyArray<readonly [string, number]> = [
  ['days', 86_400_000],
  ['hours', 3_600_000],
  ['minutes', 60_000],
  ['seconds', 1000],
  ['milliseconds', 1],
  ['microseconds', 0.001],
];

/**
 * A Stac Duration `{days, hours, minutes, seconds, milliseconds, microseconds}` (every part optional), or a
 * plain number of milliseconds. Returns the total in milliseconds, or null when a part is not a number.
 */
export function parseDuration(value: unknown): number | null {
  const plain = parseFiniteNumber(value);
  if (plain !== null) return plain;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  let total = 0;
  for (const [unit, ms] of UNIT_MS) {
    const raw = record[unit];
    if (raw === undefined || raw === null) continue;
    const n = parseFiniteNumber(raw);
    if (n === null) return null;
    total += n * ms;
  }
  return total;
}
