import type { CSSProperties } from 'react';
import { isTextStyleName } from '../../stac-schema';
import { textVariable } from '../theme/themeToCssVariables';
import { colorToCss } from './colorToCss';
import { numberOf } from './lengthToCss';

const FONT_WEIGHTS: Readonly<Record<string, number>> = {
  w100: 100,
  w200: 200,
  w300: 300,
  w400: 400,
  w500: 500,
  w600: 600,
  w700: 700,
  w800: 800,
  w900: 900,
  normal: 400,
  bold: 700,
};

const DECORATIONS: Readonly<Record<string, string>> = {
  none: 'none',
  underline: 'underline',
  lineThrough: 'line-through',
  overline: 'overline',
};

/** A theme type style (`titleLarge`) as CSS reading the theme variables. */
export function themeTextStyleToCss(name: string): CSSProperties {
  return {
    fontSize: `var(${textVariable(name, 'size')})`,
    fontWeight: `var(${textVariable(name, 'weight')})` as CSSProperties['fontWeight'],
    lineHeight: `var(${textVariable(name, 'line-height')})`,
    letterSpacing: `var(${textVariable(name, 'tracking')})`,
  };
}

/** Flutter FontWeight name (`w600`, `bold`) as a CSS weight. */
export function fontWeightToCss(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  return typeof value === 'string' ? FONT_WEIGHTS[value] : undefined;
}

// Font names come from plugins: keep letters, digits, spaces and a few marks so a name cannot close the
// declaration or reach url().
function fontFamilyName(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const name = value.replace(/[^\p{L}\p{N} _-]/gu, '').trim();
  return name ? `"${name}"` : undefined;
}

/**
 * A Stac TextStyle as CSS: a theme style name (`"headlineSmall"`), or an object with Flutter's TextStyle
 * fields, optionally based on a theme style through `styleFromTheme`. `height` is Flutter's line-height
 * multiplier, so it stays unitless.
 */
export function textStyleToCss(value: unknown): CSSProperties {
  if (typeof value === 'string') return isTextStyleName(value) ? themeTextStyleToCss(value) : {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const style = value as Record<string, unknown>;
  const css: CSSProperties = {};
  const base = style.styleFromTheme;
  if (typeof base === 'string' && isTextStyleName(base)) Object.assign(css, themeTextStyleToCss(base));
  const color = colorToCss(style.color);
  if (color) css.color = color;
  const background = colorToCss(style.backgroundColor);
  if (background) css.backgroundColor = background;
  const fontSize = numberOf(style.fontSize);
  if (fontSize !== undefined) css.fontSize = `${fontSize}px`;
  const weight = fontWeightToCss(style.fontWeight);
  if (weight !== undefined) css.fontWeight = weight;
  if (style.fontStyle === 'italic' || style.fontStyle === 'normal') css.fontStyle = style.fontStyle;
  const families = [
    style.fontFamily,
    ...(Array.isArray(style.fontFamilyFallback) ? style.fontFamilyFallback : []),
  ]
    .map(fontFamilyName)
    .filter((name): name is string => Boolean(name));
  if (families.length > 0) css.fontFamily = [...families, 'var(--stac-font-family, sans-serif)'].join(', ');
  const letterSpacing = numberOf(style.letterSpacing);
  if (letterSpacing !== undefined) css.letterSpacing = `${letterSpacing}px`;
  const wordSpacing = numberOf(style.wordSpacing);
  if (wordSpacing !== undefined) css.wordSpacing = `${wordSpacing}px`;
  const height = numberOf(style.height);
  if (height !== undefined) css.lineHeight = height;
  if (typeof style.decoration === 'string' && DECORATIONS[style.decoration]) {
    css.textDecorationLine = DECORATIONS[style.decoration];
    const decorationColor = colorToCss(style.decorationColor);
    if (decorationColor) css.textDecorationColor = decorationColor;
  }
  return css;
}

const TEXT_ALIGN: Readonly<Record<string, CSSProperties['textAlign']>> = {
  left: 'left',
  right: 'right',
  center: 'center',
  justify: 'justify',
  start: 'start',
  end: 'end',
};

/** Flutter TextAlign as CSS `text-align`. */
export function textAlignToCss(value: unknown): CSSProperties['textAlign'] | undefined {
  return typeof value === 'string' ? TEXT_ALIGN[value] : undefined;
}
