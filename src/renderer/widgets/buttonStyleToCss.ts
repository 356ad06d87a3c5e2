import type { CSSProperties } from 'react';
import {
  alignmentToFlex,
  colorToCss,
  edgeInsetsToCss,
  elevationToShadow,
  numberOf,
  shapeToCss,
  textStyleToCss,
  borderSideToCss,
} from '../values';
import { isRecord, sizeObjectOf } from './widgetProps';

/** A Stac ButtonStyle on top of a button's Material 3 defaults. */
export function buttonStyleToCss(value: unknown, disabled: boolean): CSSProperties {
  if (!isRecord(value)) return {};
  const css: CSSProperties = {};
  const foreground = colorToCss(
    disabled ? (value.disabledForegroundColor ?? value.foregroundColor) : value.foregroundColor,
  );
  const background = colorToCss(
    disabled ? (value.disabledBackgroundColor ?? value.backgroundColor) : value.backgroundColor,
  );
  if (foreground) css.color = foreground;
  if (background) css.backgroundColor = background;
  const minimum = sizeObjectOf(value.minimumSize);
  const fixed = sizeObjectOf(value.fixedSize);
  const maximum = sizeObjectOf(value.maximumSize);
  if (minimum.width !== undefined) css.minWidth = `${minimum.width}px`;
  if (minimum.height !== undefined) css.minHeight = `${minimum.height}px`;
  if (maximum.width !== undefined && Number.isFinite(maximum.width)) css.maxWidth = `${maximum.width}px`;
  if (maximum.height !== undefined && Number.isFinite(maximum.height)) css.maxHeight = `${maximum.height}px`;
  if (fixed.width !== undefined) css.width = `${fixed.width}px`;
  if (fixed.height !== undefined) css.height = `${fixed.height}px`;
  const padding = edgeInsetsToCss(value.padding);
  if (padding) css.padding = padding;
  const elevation = numberOf(value.elevation);
  if (elevation !== undefined) css.boxShadow = elevationToShadow(elevation) ?? 'none';
  Object.assign(css, textStyleToCss(value.textStyle));
  Object.assign(css, shapeToCss(value.shape));
  const side = borderSideToCss(value.side);
  if (side) css.border = side;
  if (value.alignment !== undefined) css.justifyContent = alignmentToFlex(value.alignment).justifyContent;
  return css;
}
