import { parseFiniteNumber } from './parseNumber';

/**
 * A point in a box: x and y in -1..1 (-1 is left/top, 1 is right/bottom). `directional` marks the
 * `*Start`/`*End` names, whose x flips in right-to-left text.
 */
export interface AlignmentValue {
  x: number;
  y: number;
  directional: boolean;
}

const ROWS: Readonly<Record<string, number>> = { top: -1, center: 0, bottom: 1 };
const COLUMNS: Readonly<Record<string, number>> = { Left: -1, Center: 0, Right: 1 };
const DIRECTIONAL_COLUMNS: Readonly<Record<string, number>> = { Start: -1, End: 1 };

const NAMED: ReadonlyMap<string, AlignmentValue> = (() => {
  const table = new Map<string, AlignmentValue>();
  for (const [row, y] of Object.entries(ROWS)) {
    for (const [column, x] of Object.entries(COLUMNS)) {
      table.set(row === 'center' && column === 'Center' ? 'center' : `${row}${column}`, {
        x,
        y,
        directional: false,
      });
    }
    for (const [column, x] of Object.entries(DIRECTIONAL_COLUMNS)) {
      table.set(`${row}${column}`, { x, y, directional: true });
    }
  }
  return table;
})();

/** Names of every alignment constant, absolute and directional. */
export const ALIGNMENT_NAMES: readonly string[] = [...NAMED.keys()];

/**
 * A Stac Alignment or AlignmentDirectional: `topLeft` ... `bottomRight`, `topStart` ... `bottomEnd`, or
 * `{dx, dy}` in -1..1. Returns null otherwise.
 */
export function parseAlignment(value: unknown): AlignmentValue | null {
  if (typeof value === 'string') return NAMED.get(value.trim()) ?? null;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    const x = parseFiniteNumber(record.dx ?? record.x ?? 0);
    const y = parseFiniteNumber(record.dy ?? record.y ?? 0);
    if (x === null || y === null) return null;
    return { x, y, directional: false };
  }
  return null;
}
