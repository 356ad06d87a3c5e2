import type { CSSProperties } from 'react';
import { isUnboundedLength, lengthToCss } from '../values';
import { isRecord } from '../../stac-schema';

export { isRecord };

/** A nested widget object (`{ type }`), or undefined. */
export function widgetOf(value: unknown): Record<string, unknown> | undefined {
  return isRecord(value) && typeof value.type === 'string' ? value : undefined;
}

export function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The main axis of the row or column a widget sits directly in, or null. */
export type ParentFlexAxis = 'row' | 'column' | null;

/**
 * Width/height in logical pixels as CSS. An unbounded length (`infinity`, `maxFinite`) fills the parent:
 * along a row's or column's main axis it takes the free space (a percentage there would push the
 * siblings out), across it the box stretches, elsewhere it is 100%.
 */
export function sizeToCss(width: unknown, height: unknown, parentAxis: ParentFlexAxis = null): CSSProperties {
  const css: CSSProperties = {};
  const w = lengthToCss(width);
  const h = lengthToCss(height);
  if (w !== undefined) css.width = w;
  if (h !== undefined) css.height = h;
  if (parentAxis === null) return css;
  const [main, cross] = parentAxis === 'row' ? [width, height] : [height, width];
  if (isUnboundedLength(main)) {
    if (parentAxis === 'row') {
      delete css.width;
      css.minWidth = 0;
    } else {
      delete css.height;
      css.minHeight = 0;
    }
    css.flex = '1 1 0px';
  }
  if (isUnboundedLength(cross)) {
    if (parentAxis === 'row') delete css.height;
    else delete css.width;
    css.alignSelf = 'stretch';
  }
  return css;
}

/**
 * Flutter clamps a box's own width to what its parent allows (a 700px container in a 400px column is
 * 400px wide); CSS lets it overflow. A fixed pixel width therefore also gets `max-width: 100%`.
 */
export function clampWidthToParent(css: CSSProperties): CSSProperties {
  return typeof css.width === 'string' && css.width.endsWith('px') ? { maxWidth: '100%', ...css } : css;
}

/** A clipBehavior other than `none` clips. */
export function clips(clipBehavior: unknown, fallback: 'none' | 'clip'): boolean {
  if (clipBehavior === undefined || clipBehavior === null) return fallback === 'clip';
  return clipBehavior !== 'none';
}

/** The text a Stac action's params would see when a widget event carries a value. */
export function eventScope(value: unknown): { scope: Record<string, unknown> } {
  return { scope: { value } };
}
