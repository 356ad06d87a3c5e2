import { colorToCss } from './colorToCss';

/** Material's surface tint opacity by elevation (ElevationOverlay), interpolated between its steps. */
const TINT_STEPS: ReadonlyArray<[number, number]> = [
  [0, 0],
  [1, 0.05],
  [3, 0.08],
  [6, 0.11],
  [8, 0.12],
  [12, 0.14],
];

export function surfaceTintOpacity(elevation: number): number {
  if (elevation <= 0) return 0;
  for (let i = 1; i < TINT_STEPS.length; i += 1) {
    const [upper, upperOpacity] = TINT_STEPS[i];
    if (elevation <= upper) {
      const [lower, lowerOpacity] = TINT_STEPS[i - 1];
      return lowerOpacity + ((elevation - lower) / (upper - lower)) * (upperOpacity - lowerOpacity);
    }
  }
  return TINT_STEPS[TINT_STEPS.length - 1][1];
}

/**
 * A Material surface colour with a document's `surfaceTintColor` laid over it by elevation, as Flutter's
 * Material does (ElevationOverlay.applySurfaceTint). Material 3 widgets default to no tint since Flutter
 * 3.22, so only a tint the document gives is drawn.
 */
export function tintedSurface(base: string, surfaceTintColor: unknown, elevation: number): string {
  const tint = colorToCss(surfaceTintColor);
  const opacity = tint ? surfaceTintOpacity(elevation) : 0;
  if (!tint || opacity === 0) return base;
  return `color-mix(in srgb, ${tint} ${Math.round(opacity * 1000) / 10}%, ${base})`;
}
