import { parseAlignment, parseFiniteNumber } from '../../stac-schema';
import { colorToCss } from './colorToCss';
import { alignmentToPosition } from './alignmentToCss';

/** A colour stop in gradient space: 0 is the gradient's start (`begin`, centre, startAngle), 1 its end. */
interface Stop {
  color: string;
  at: number;
}

/** Flutter spreads colours evenly when a gradient has no stops; one colour paints flat. */
function gradientStops(colors: unknown[], stops: unknown): Stop[] {
  const listed = colors.length === 1 ? [colors[0], colors[0]] : colors;
  const given = Array.isArray(stops) && stops.length === listed.length ? stops.map(parseFiniteNumber) : [];
  return listed.map((color, index) => ({
    color: colorToCss(color) ?? 'transparent',
    at: given[index] ?? index / (listed.length - 1),
  }));
}

type TileMode = 'clamp' | 'repeated' | 'mirror' | 'decal';

/**
 * The stops that paint Flutter's TileMode, and whether CSS must repeat them. Flutter tiles the span from 0
 * to 1 (not from the first to the last stop, as CSS repeats), so the span's ends become explicit stops.
 */
function tiledStops(stops: Stop[], tileMode: unknown): { stops: Stop[]; repeating: boolean } {
  const mode = (typeof tileMode === 'string' ? tileMode : 'clamp') as TileMode;
  const first = stops[0];
  const last = stops[stops.length - 1];
  const span = [{ color: first.color, at: 0 }, ...stops, { color: last.color, at: 1 }];
  if (mode === 'repeated') return { stops: span, repeating: true };
  if (mode === 'mirror') {
    const back = [...span].reverse().map((stop) => ({ color: stop.color, at: 2 - stop.at }));
    return { stops: [...span, ...back], repeating: true };
  }
  if (mode === 'decal') {
    // Outside the span Flutter paints nothing: hard stops to transparent at both ends.
    const clear = 'rgba(0, 0, 0, 0)';
    return { stops: [{ color: clear, at: 0 }, ...span, { color: clear, at: 1 }], repeating: false };
  }
  return { stops, repeating: false };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function stopList(stops: Stop[], position: (at: number) => string): string {
  return stops.map((stop) => `${stop.color} ${position(stop.at)}`).join(', ');
}

function radialCss(gradient: Record<string, unknown>, stops: Stop[]): string {
  const radius = parseFiniteNumber(gradient.radius) ?? 0.5;
  const at = alignmentToPosition(gradient.center);
  // closest-side is a radius of half the shorter side (Flutter's 0.5 for a centred gradient): scale to it.
  const scale = (radius / 0.5) * 100;
  const tiled = tiledStops(stops, gradient.tileMode);
  const name = tiled.repeating ? 'repeating-radial-gradient' : 'radial-gradient';
  return `${name}(circle closest-side at ${at}, ${stopList(tiled.stops, (t) => `${round(t * scale)}%`)})`;
}

function sweepCss(gradient: Record<string, unknown>, stops: Stop[]): string {
  // Flutter's angles are radians clockwise from 3 o'clock; CSS's conic starts where `from` says.
  const start = ((parseFiniteNumber(gradient.startAngle) ?? 0) * 180) / Math.PI;
  const end = ((parseFiniteNumber(gradient.endAngle) ?? Math.PI * 2) * 180) / Math.PI;
  const tiled = tiledStops(stops, gradient.tileMode);
  const name = tiled.repeating ? 'repeating-conic-gradient' : 'conic-gradient';
  const at = alignmentToPosition(gradient.center);
  return `${name}(from 90deg at ${at}, ${stopList(tiled.stops, (t) => `${round(start + t * (end - start))}deg`)})`;
}

function linearCss(gradient: Record<string, unknown>, stops: Stop[]): string {
  const begin = parseAlignment(gradient.begin) ?? { x: -1, y: 0 };
  const end = parseAlignment(gradient.end) ?? { x: 1, y: 0 };
  const tiled = tiledStops(stops, gradient.tileMode);
  const name = tiled.repeating ? 'repeating-linear-gradient' : 'linear-gradient';
  const isUnit = (n: number) => n === -1 || n === 0 || n === 1;
  if (
    end.x === -begin.x &&
    end.y === -begin.y &&
    isUnit(end.x) &&
    isUnit(end.y) &&
    (end.x !== 0 || end.y !== 0)
  ) {
    // Edge to edge (or corner to corner): the CSS gradient line is exactly Flutter's begin -> end.
    const vertical = end.y === 1 ? 'bottom' : end.y === -1 ? 'top' : '';
    const horizontal = end.x === 1 ? 'right' : end.x === -1 ? 'left' : '';
    return `${name}(to ${[vertical, horizontal].filter(Boolean).join(' ')}, ${stopList(tiled.stops, (t) => `${round(t * 100)}%`)})`;
  }
  const radians = Math.atan2(end.x - begin.x, -(end.y - begin.y));
  const sin = Math.sin(radians);
  const cos = Math.cos(radians);
  // Where begin and end fall on CSS's gradient line (through the centre, corner to corner): exact for
  // horizontal and vertical gradients in any box, and for diagonal ones in a square box.
  const along = (p: { x: number; y: number }) =>
    0.5 + (p.x * sin - p.y * cos) / (2 * (Math.abs(sin) + Math.abs(cos)));
  const from = along(begin);
  const to = along(end);
  const degrees = Math.round((((radians * 180) / Math.PI) % 360) + 360) % 360;
  return `${name}(${degrees}deg, ${stopList(tiled.stops, (t) => `${round((from + t * (to - from)) * 100)}%`)})`;
}

/**
 * Flutter Gradient as a CSS image. Linear gradients run from `begin` to `end` (Alignments, default
 * centerLeft -> centerRight); radial ones from `center` with `radius` as a fraction of the shorter side;
 * sweep gradients from `startAngle` to `endAngle`, clockwise from 3 o'clock as Flutter's are. `tileMode`
 * says what lies beyond the gradient's span: its end colours (clamp), the span again (repeated), the
 * span reflected (mirror) or nothing (decal).
 */
export function gradientToCss(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const gradient = value as Record<string, unknown>;
  if (!Array.isArray(gradient.colors) || gradient.colors.length === 0) return undefined;
  const stops = gradientStops(gradient.colors, gradient.stops);
  const type = gradient.gradientType ?? 'linear';
  if (type === 'radial') return radialCss(gradient, stops);
  if (type === 'sweep') return sweepCss(gradient, stops);
  return linearCss(gradient, stops);
}
