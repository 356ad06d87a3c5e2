import type { TextStyleName } from '../../stac-schema';
import type { StacTextStyleToken } from './StacTheme';

/** The Material 3 type scale (m3.material.io, "Type scale tokens"), as Flutter's Typography 2021 uses it. */
export const materialTypeScale: Readonly<Record<TextStyleName, StacTextStyleToken>> = {
  displayLarge: { size: 57, weight: 400, lineHeight: 64, tracking: -0.25 },
  displayMedium: { size: 45, weight: 400, lineHeight: 52, tracking: 0 },
  displaySmall: { size: 36, weight: 400, lineHeight: 44, tracking: 0 },
  headlineLarge: { size: 32, weight: 400, lineHeight: 40, tracking: 0 },
  headlineMedium: { size: 28, weight: 400, lineHeight: 36, tracking: 0 },
  headlineSmall: { size: 24, weight: 400, lineHeight: 32, tracking: 0 },
  titleLarge: { size: 22, weight: 400, lineHeight: 28, tracking: 0 },
  titleMedium: { size: 16, weight: 500, lineHeight: 24, tracking: 0.15 },
  titleSmall: { size: 14, weight: 500, lineHeight: 20, tracking: 0.1 },
  bodyLarge: { size: 16, weight: 400, lineHeight: 24, tracking: 0.5 },
  bodyMedium: { size: 14, weight: 400, lineHeight: 20, tracking: 0.25 },
  bodySmall: { size: 12, weight: 400, lineHeight: 16, tracking: 0.4 },
  labelLarge: { size: 14, weight: 500, lineHeight: 20, tracking: 0.1 },
  labelMedium: { size: 12, weight: 500, lineHeight: 16, tracking: 0.5 },
  labelSmall: { size: 11, weight: 500, lineHeight: 16, tracking: 0.5 },
};
