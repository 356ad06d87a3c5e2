import { parseColor, type ParsedColor } from '../../stac-schema';
import { colorVariable } from '../theme/themeToCssVariables';

function round(n: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(n * factor) / factor;
}

/** A parsed colour as CSS; roles stay theme variables so that a host restyles them. */
export function parsedColorToCss(color: ParsedColor): string {
  if (color.kind === 'role') {
    const variable = `var(${colorVariable(color.role)})`;
    if (color.opacity >= 1) return variable;
    return `color-mix(in srgb, ${variable} ${round(color.opacity * 100, 2)}%, transparent)`;
  }
  // Two decimals: Flutter's 8-bit alpha steps are 1/255, below what the eye tells apart.
  const alpha = round(color.a, 2);
  if (alpha >= 1) return `rgb(${color.r}, ${color.g}, ${color.b})`;
  return `rgba(${color.r}, ${color.g}, ${color.b}, ${alpha})`;
}

/**
 * A Stac colour as a CSS colour. `undefined` when nothing was given (the widget's default applies);
 * `transparent` for a string that names no colour, as Stac paints unknown names.
 */
export function colorToCss(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const parsed = parseColor(value);
  return parsed ? parsedColorToCss(parsed) : 'transparent';
}

/**
 * A colour or Stac's StacMaterialColor `{primary, shade50..shade900}`: Stac paints such a property
 * (checkBox.fillColor, switch.thumbColor...) with the primary colour in every state.
 */
export function materialColorToCss(value: unknown): string | undefined {
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'primary' in value)
    return colorToCss((value as { primary: unknown }).primary);
  return colorToCss(value);
}

/** The same colour at a further opacity (0..1), e.g. a hover or disabled tint. */
export function colorWithOpacity(css: string, opacity: number): string {
  return `color-mix(in srgb, ${css} ${round(opacity * 100, 2)}%, transparent)`;
}

/** A theme role as CSS, for widget defaults. */
export function roleColor(role: string, opacity = 1): string {
  const variable = `var(${colorVariable(role)})`;
  return opacity >= 1 ? variable : colorWithOpacity(variable, opacity);
}
