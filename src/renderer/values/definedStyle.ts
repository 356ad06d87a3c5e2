/**
 * A widget's inline style as React should receive it: only the declarations that say something. Widgets
 * build their style objects with `undefined` for "CSS's default" (`textAlign: undefined`), but React sets
 * every key of a style object on a new element, an absent value as an empty one: a text node with two
 * such keys costs two style writes (in jsdom each write re-serialises the element's whole inline style).
 * An object with nothing left becomes `undefined`, so React leaves the style attribute alone.
 */
import type { CSSProperties } from 'react';

export function definedStyle(style: CSSProperties): CSSProperties | undefined {
  let result: Record<string, unknown> | undefined;
  let dropped = false;
  for (const key in style) {
    const value = (style as Record<string, unknown>)[key];
    if (value === undefined || value === null || value === '' || typeof value === 'boolean') {
      dropped = true;
      continue;
    }
    (result ??= {})[key] = value;
  }
  if (result === undefined) return undefined;
  return dropped ? (result as CSSProperties) : style;
}
