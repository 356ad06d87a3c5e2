import { MATERIAL_COLOR_NAMES } from './materialColorNames';
import { isThemeColorRole, type ThemeColorRole } from './themeColorRoles';

/** A concrete colour; channels 0..255, alpha 0..1. */
export interface RgbaColor {
  kind: 'rgba';
  r: number;
  g: number;
  b: number;
  a: number;
}

/** A reference to the theme's colour role, resolved by the renderer; opacity 0..1. */
export interface RoleColor {
  kind: 'role';
  role: ThemeColorRole;
  opacity: number;
}

export type ParsedColor = RgbaColor | RoleColor;

const HEX = /^#([0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/;
const OPACITY = /^(\d+(?:\.\d+)?)$/;

function argbToRgba(argb: number): RgbaColor {
  return {
    kind: 'rgba',
    a: ((argb >>> 24) & 0xff) / 255,
    r: (argb >>> 16) & 0xff,
    g: (argb >>> 8) & 0xff,
    b: argb & 0xff,
  };
}

/**
 * A Stac colour string: `#RRGGBB`, `#AARRGGBB` (alpha first, unlike CSS), a Material 3 colour role
 * (`primary`) or a Flutter `Colors.*` name (`blueAccent`, `black54`), each with an optional `@NN` opacity
 * suffix in percent (`#FF0000@50`, `primary@20`). Returns null for anything else; Stac paints unknown names
 * transparent, so renderers treat null as "no colour".
 */
export function parseColor(value: unknown): ParsedColor | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  let body = text;
  let opacity = 1;
  const at = text.lastIndexOf('@');
  if (at >= 0) {
    const suffix = text.slice(at + 1);
    if (!OPACITY.test(suffix)) return null;
    opacity = Math.min(100, Number(suffix)) / 100;
    body = text.slice(0, at);
  }
  if (body.startsWith('#')) {
    if (!HEX.test(body)) return null;
    const digits = body.slice(1);
    const argb = digits.length === 6 ? Number.parseInt(`ff${digits}`, 16) : Number.parseInt(digits, 16);
    const color = argbToRgba(argb);
    return { ...color, a: color.a * opacity };
  }
  if (isThemeColorRole(body)) return { kind: 'role', role: body, opacity };
  if (Object.hasOwn(MATERIAL_COLOR_NAMES, body)) {
    const color = argbToRgba(MATERIAL_COLOR_NAMES[body]);
    return { ...color, a: color.a * opacity };
  }
  return null;
}
