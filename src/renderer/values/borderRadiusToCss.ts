import { parseBorderRadius } from '../../stac-schema';

/** BorderRadius as a CSS `border-radius` shorthand (top-left top-right bottom-right bottom-left). */
export function borderRadiusToCss(value: unknown): string | undefined {
  const radius = parseBorderRadius(value);
  if (!radius) return undefined;
  const { topLeft, topRight, bottomRight, bottomLeft } = radius;
  if (topLeft === topRight && topLeft === bottomRight && topLeft === bottomLeft) return `${topLeft}px`;
  return `${topLeft}px ${topRight}px ${bottomRight}px ${bottomLeft}px`;
}
