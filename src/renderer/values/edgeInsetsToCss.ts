import { parseEdgeInsets } from '../../stac-schema';

/** EdgeInsets as a CSS `padding`/`margin` shorthand (top right bottom left). */
export function edgeInsetsToCss(value: unknown): string | undefined {
  const insets = parseEdgeInsets(value);
  if (!insets) return undefined;
  return `${insets.top}px ${insets.right}px ${insets.bottom}px ${insets.left}px`;
}
