import type { CSSProperties } from 'react';
import { borderRadiusToCss } from './borderRadiusToCss';
import { borderSideToCss } from './boxDecorationToCss';
import { isRecord } from '../../stac-schema';

/**
 * A Stac shape as CSS border and radius. Accepts the full form `{borderType, data: {side, borderRadius}}`
 * (circleBorder, stadiumBorder, roundedRectangleBorder, beveledRectangleBorder,
 * continuousRectangleBorder) and the plain `{side, borderRadius}` that button styles and chips use.
 */
export function shapeToCss(value: unknown): CSSProperties {
  if (!isRecord(value)) return {};
  const data = isRecord(value.data) ? value.data : value;
  const css: CSSProperties = {};
  const side = borderSideToCss(data.side);
  if (side) css.border = side;
  switch (value.borderType) {
    case 'circleBorder':
      css.borderRadius = '50%';
      break;
    case 'stadiumBorder':
      css.borderRadius = '9999px';
      break;
    default: {
      const radius = borderRadiusToCss(data.borderRadius);
      if (radius) css.borderRadius = radius;
      else if (value.borderType === 'roundedRectangleBorder') css.borderRadius = '0px';
    }
  }
  return css;
}
