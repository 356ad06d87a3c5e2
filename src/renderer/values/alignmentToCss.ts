import { parseAlignment, type AlignmentValue } from '../../stac-schema';

export type FlexPosition = 'flex-start' | 'center' | 'flex-end';

function axisToFlex(v: number): FlexPosition {
  if (v < -1 / 3) return 'flex-start';
  if (v > 1 / 3) return 'flex-end';
  return 'center';
}

export interface FlexPlacement {
  justifyContent: FlexPosition;
  alignItems: FlexPosition;
}

/**
 * Where a single child sits in a box, for a flex container in row direction. Directional names use
 * `flex-start` for Start, which follows the text direction exactly as Flutter's AlignmentDirectional does.
 * Custom `{dx, dy}` values snap to the nearest of the three positions per axis.
 */
export function alignmentToFlex(value: unknown, fallback = 'center'): FlexPlacement {
  const alignment = parseAlignment(value) ?? parseAlignment(fallback) ?? { x: 0, y: 0, directional: false };
  return { justifyContent: axisToFlex(alignment.x), alignItems: axisToFlex(alignment.y) };
}

/** An alignment as a CSS position (`object-position`, `background-position`, gradient centres). */
export function alignmentToPosition(value: unknown, fallback = 'center'): string {
  const alignment: AlignmentValue = parseAlignment(value) ??
    parseAlignment(fallback) ?? { x: 0, y: 0, directional: false };
  return `${(alignment.x + 1) * 50}% ${(alignment.y + 1) * 50}%`;
}
