import { parseAlignment, parseFiniteNumber } from '../../stac-schema';
import { colorToCss } from './colorToCss';
import { alignmentToPosition } from './alignmentToCss';

function colorStops(colors: unknown[], stops: unknown): string[] {
  const stopList = Array.isArray(stops) ? stops.map(parseFiniteNumber) : [];
  return colors.map((color, index) => {
    const css = colorToCss(color) ?? 'transparent';
    const stop = stopList[index];
    return stop === null || stop === undefined ? css : `${css} ${stop * 100}%`;
  });
}

/**
 * Flutter Gradient as a CSS image. Linear gradients run from `begin` to `end` (Alignments, default
 * centerLeft -> centerRight); radial ones from `center` with `radius` as a fraction of the shorter side;
 * sweep gradients start at 3 o'clock as Flutter's do.
 */
export function gradientToCss(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const gradient = value as Record<string, unknown>;
  if (!Array.isArray(gradient.colors) || gradient.colors.length === 0) return undefined;
  const colors = gradient.colors.length === 1 ? [gradient.colors[0], gradient.colors[0]] : gradient.colors;
  const stops = colorStops(colors, gradient.stops).join(', ');
  const type = gradient.gradientType ?? 'linear';
  if (type === 'radial') {
    const radius = parseFiniteNumber(gradient.radius) ?? 0.5;
    const at = alignmentToPosition(gradient.center);
    // closest-side is a radius of half the shorter side, Flutter's 0.5; scale the stops for others.
    const scale = radius / 0.5;
    const scaled = colorStops(colors, gradient.stops ?? colors.map((_, i) => i / (colors.length - 1)))
      .map((part) => part.replace(/ ([\d.]+)%$/, (_m, p: string) => ` ${Number(p) * scale}%`))
      .join(', ');
    return `radial-gradient(circle closest-side at ${at}, ${scaled})`;
  }
  if (type === 'sweep') {
    return `conic-gradient(from 90deg at ${alignmentToPosition(gradient.center)}, ${stops})`;
  }
  const begin = parseAlignment(gradient.begin) ?? { x: -1, y: 0 };
  const end = parseAlignment(gradient.end) ?? { x: 1, y: 0 };
  const isUnit = (n: number) => n === -1 || n === 0 || n === 1;
  if (
    end.x === -begin.x &&
    end.y === -begin.y &&
    isUnit(end.x) &&
    isUnit(end.y) &&
    (end.x !== 0 || end.y !== 0)
  ) {
    // Keywords follow the box's own diagonal, as Flutter's Alignment-based gradients do.
    const vertical = end.y === 1 ? 'bottom' : end.y === -1 ? 'top' : '';
    const horizontal = end.x === 1 ? 'right' : end.x === -1 ? 'left' : '';
    return `linear-gradient(to ${[vertical, horizontal].filter(Boolean).join(' ')}, ${stops})`;
  }
  const angle = (Math.atan2(end.x - begin.x, -(end.y - begin.y)) * 180) / Math.PI;
  return `linear-gradient(${Math.round(((angle % 360) + 360) % 360)}deg, ${stops})`;
}
