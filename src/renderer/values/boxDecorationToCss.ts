import type { CSSProperties } from 'react';
import { colorToCss } from './colorToCss';
import { numberOf } from './lengthToCss';
import { borderRadiusToCss } from './borderRadiusToCss';
import { boxShadowToCss } from './boxShadowToCss';
import { gradientToCss } from './gradientToCss';
import { cssImageUrl } from './cssUrl';
import { boxFitToBackgroundSize } from './boxFitToCss';
import { alignmentToPosition } from './alignmentToCss';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const REPEAT: Readonly<Record<string, string>> = {
  repeat: 'repeat',
  repeatX: 'repeat-x',
  repeatY: 'repeat-y',
  noRepeat: 'no-repeat',
};

/** A Flutter BorderSide `{color, width, style}` as a CSS `border` shorthand. */
export function borderSideToCss(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  const style = value.borderStyle ?? value.style;
  if (style === 'none') return 'none';
  const width = numberOf(value.width) ?? 1;
  const color = colorToCss(value.color) ?? 'rgb(0, 0, 0)';
  return `${width}px solid ${color}`;
}

/** Flutter Border: one side for all, or `{top, right, bottom, left}` sides. */
export function borderToCss(value: unknown): CSSProperties {
  if (!isRecord(value)) return {};
  const sides = ['top', 'right', 'bottom', 'left'] as const;
  if (sides.some((side) => isRecord(value[side]))) {
    const css: CSSProperties = {};
    for (const side of sides) {
      const border = borderSideToCss(value[side]);
      if (!border) continue;
      if (side === 'top') css.borderTop = border;
      if (side === 'right') css.borderRight = border;
      if (side === 'bottom') css.borderBottom = border;
      if (side === 'left') css.borderLeft = border;
    }
    return css;
  }
  const border = borderSideToCss(value);
  return border ? { border } : {};
}

/**
 * A Stac BoxDecoration as CSS: colour, shape, border radius, border, shadows, gradient and a decoration
 * image (through the URL sanitizer; a refused URL draws no image).
 */
export function boxDecorationToCss(value: unknown): CSSProperties {
  if (!isRecord(value)) return {};
  const css: CSSProperties = {};
  const color = colorToCss(value.color);
  if (color) css.backgroundColor = color;
  if (value.shape === 'circle') css.borderRadius = '50%';
  else {
    const radius = borderRadiusToCss(value.borderRadius);
    if (radius) css.borderRadius = radius;
  }
  Object.assign(css, borderToCss(value.border));
  const shadow = boxShadowToCss(value.boxShadow);
  if (shadow) css.boxShadow = shadow;
  const layers: string[] = [];
  const sizes: string[] = [];
  const positions: string[] = [];
  const repeats: string[] = [];
  if (isRecord(value.image)) {
    const url = cssImageUrl(value.image.src);
    if (url) {
      layers.push(url);
      sizes.push(boxFitToBackgroundSize(value.image.fit) ?? 'auto');
      positions.push(alignmentToPosition(value.image.alignment));
      const repeat = value.image.repeat;
      repeats.push((typeof repeat === 'string' && REPEAT[repeat]) || 'no-repeat');
    }
  }
  const gradient = gradientToCss(value.gradient);
  if (gradient) {
    layers.push(gradient);
    sizes.push('auto');
    positions.push('0% 0%');
    repeats.push('no-repeat');
  }
  if (layers.length > 0) {
    css.backgroundImage = layers.join(', ');
    css.backgroundSize = sizes.join(', ');
    css.backgroundPosition = positions.join(', ');
    css.backgroundRepeat = repeats.join(', ');
  }
  return css;
}

/** Flutter BoxConstraints as CSS min/max sizes; infinite maxima mean no limit. */
export function boxConstraintsToCss(value: unknown): CSSProperties {
  if (!isRecord(value)) return {};
  const css: CSSProperties = {};
  const minWidth = numberOf(value.minWidth);
  const maxWidth = numberOf(value.maxWidth);
  const minHeight = numberOf(value.minHeight);
  const maxHeight = numberOf(value.maxHeight);
  if (minWidth !== undefined) css.minWidth = `${minWidth}px`;
  if (maxWidth !== undefined) css.maxWidth = `${maxWidth}px`;
  if (minHeight !== undefined) css.minHeight = `${minHeight}px`;
  if (maxHeight !== undefined) css.maxHeight = `${maxHeight}px`;
  return css;
}
