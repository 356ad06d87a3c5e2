import { THEME_COLOR_ROLES, TEXT_STYLE_NAMES } from '../../stac-schema';
import type { StacTheme } from './StacTheme';

/** A custom property name and its value, ready for a React `style` object or a stylesheet. */
export type CssVariables = Record<`--${string}`, string>;

export function colorVariable(role: string): `--stac-color-${string}` {
  return `--stac-color-${role}`;
}

export function textVariable(
  style: string,
  part: 'size' | 'weight' | 'line-height' | 'tracking',
): `--stac-text-${string}` {
  return `--stac-text-${style}-${part}`;
}

/** The line height as Flutter's `height` multiplier (Typography 2021 rounds it to two decimals). */
export function lineHeightRatio(lineHeight: number, size: number): number {
  return Math.round((lineHeight / size) * 100) / 100;
}

/**
 * The theme as CSS custom properties: `--stac-color-<role>` for the 46 roles, and
 * `--stac-text-<style>-{size,weight,line-height,tracking}` for the 15 type styles. Widgets only read these
 * variables, so a host restyles every plugin by setting them on an ancestor.
 */
export function themeToCssVariables(theme: StacTheme): CssVariables {
  const variables: CssVariables = {
    '--stac-font-family': theme.fontFamily,
    '--stac-brightness': theme.brightness,
  };
  for (const role of THEME_COLOR_ROLES) variables[colorVariable(role)] = theme.colors[role];
  for (const name of TEXT_STYLE_NAMES) {
    const token = theme.textStyles[name];
    variables[textVariable(name, 'size')] = `${token.size}px`;
    variables[textVariable(name, 'weight')] = String(token.weight);
    // Flutter's TextStyle.height is a multiplier of the font size (bodyMedium 20/14 = 1.43), so a text that
    // sets its own fontSize grows its line with it: a unitless line-height, rounded as Flutter's tokens are.
    variables[textVariable(name, 'line-height')] = String(lineHeightRatio(token.lineHeight, token.size));
    variables[textVariable(name, 'tracking')] = `${token.tracking}px`;
  }
  return variables;
}

/** The same variables as a CSS rule, for hosts that theme through a stylesheet. */
export function themeToCssText(theme: StacTheme, selector = ':root'): string {
  const body = Object.entries(themeToCssVariables(theme))
    .map(([name, value]) => `  ${name}: ${value};`)
    .join('\n');
  return `${selector} {\n${body}\n}\n`;
}
