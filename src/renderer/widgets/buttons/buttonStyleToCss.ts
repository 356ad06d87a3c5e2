import type { CSSProperties } from 'react';
import {
  alignmentToFlex,
  colorToCss,
  edgeInsetsToCss,
  elevationToShadow,
  lengthToCss,
  maxLengthToCss,
  numberOf,
  shapeToCss,
  textStyleToCss,
  borderSideToCss,
  mouseCursorToCss,
} from '../../values';
import { isRecord } from '../widgetProps';

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
  // Size.fromHeight(48) is `{width: infinity, height: 48}`: a full-width button, as in Flutter.
  const minimum = isRecord(value.minimumSize) ? value.minimumSize : {};
  const fixed = isRecord(value.fixedSize) ? value.fixedSize : {};
  const maximum = isRecord(value.maximumSize) ? value.maximumSize : {};
  const lengths: Array<[keyof CSSProperties, string | undefined]> = [
    ['minWidth', lengthToCss(minimum.width)],
    ['minHeight', lengthToCss(minimum.height)],
    ['maxWidth', maxLengthToCss(maximum.width)],
    ['maxHeight', maxLengthToCss(maximum.height)],
    ['width', lengthToCss(fixed.width)],
    ['height', lengthToCss(fixed.height)],
  ];
  for (const [property, length] of lengths) {
    if (length !== undefined) Object.assign(css, { [property]: length });
  }
  const padding = edgeInsetsToCss(value.padding);
  if (padding) css.padding = padding;
  const elevation = numberOf(value.elevation);
  if (elevation !== undefined) css.boxShadow = elevationToShadow(elevation) ?? 'none';
  Object.assign(css, textStyleToCss(value.textStyle));
  Object.assign(css, shapeToCss(value.shape));
  const side = borderSideToCss(value.side);
  if (side) css.border = side;
  if (value.alignment !== undefined) css.justifyContent = alignmentToFlex(value.alignment).justifyContent;
  const cursor = mouseCursorToCss(disabled ? value.disabledMouseCursor : value.enabledMouseCursor);
  if (cursor) css.cursor = cursor;
  return css;
}
