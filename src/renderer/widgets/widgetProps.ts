import type { CSSProperties } from 'react';
import { lengthToCss, numberOf } from '../values';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A nested widget object (`{ type }`), or undefined. */
export function widgetOf(value: unknown): Record<string, unknown> | undefined {
  return isRecord(value) && typeof value.type === 'string' ? value : undefined;
}

export function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Width/height in logical pixels as CSS (infinity fills the parent). */
export function sizeToCss(width: unknown, height: unknown): CSSProperties {
  const css: CSSProperties = {};
  const w = lengthToCss(width);
  const h = lengthToCss(height);
  if (w !== undefined) css.width = w;
  if (h !== undefined) css.height = h;
  return css;
}

/** Flutter's `{width, height}` Size values of ButtonStyle. */
export function sizeObjectOf(value: unknown): { width?: number; height?: number } {
  if (!isRecord(value)) return {};
  return { width: numberOf(value.width), height: numberOf(value.height) };
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
