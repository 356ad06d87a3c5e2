import { parseFiniteNumber } from './parseNumber';
import { isRecord } from '../isRecord';

/** A rectangle by its edges, in logical pixels from the origin (Flutter's Rect.fromLTRB). */
export interface RectValue {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function point(value: unknown): { x: number; y: number } | null {
  if (!isRecord(value)) return null;
  const x = parseFiniteNumber(value.dx);
  const y = parseFiniteNumber(value.dy);
  return x === null || y === null ? null : { x, y };
}

/**
 * Stac's StacRect in each of its five forms (`rectType`): fromLTRB, fromLTWH, fromCenter (center, width,
 * height), fromCircle (center, radius) and fromPoints (a, b, any two opposite corners). Returns null when
 * a number the form needs is missing.
 */
export function parseRect(value: unknown): RectValue | null {
  if (!isRecord(value)) return null;
  const n = (key: string) => parseFiniteNumber(value[key]);
  const [left, top, right, bottom, width, height, radius] = [
    'left',
    'top',
    'right',
    'bottom',
    'width',
    'height',
    'radius',
  ].map(n);
  const center = point(value.center);
  switch (value.rectType) {
    case 'fromLTRB':
      return left === null || top === null || right === null || bottom === null
        ? null
        : { left, top, right, bottom };
    case 'fromLTWH':
      return left === null || top === null || width === null || height === null
        ? null
        : { left, top, right: left + width, bottom: top + height };
    case 'fromCenter':
      return !center || width === null || height === null
        ? null
        : {
            left: center.x - width / 2,
            top: center.y - height / 2,
            right: center.x + width / 2,
            bottom: center.y + height / 2,
          };
    case 'fromCircle':
      return !center || radius === null
        ? null
        : {
            left: center.x - radius,
            top: center.y - radius,
            right: center.x + radius,
            bottom: center.y + radius,
          };
    case 'fromPoints': {
      const a = point(value.a);
      const b = point(value.b);
      if (!a || !b) return null;
      return {
        left: Math.min(a.x, b.x),
        top: Math.min(a.y, b.y),
        right: Math.max(a.x, b.x),
        bottom: Math.max(a.y, b.y),
      };
    }
    default:
      return null;
  }
}
