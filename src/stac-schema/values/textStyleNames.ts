/** The 15 styles of the Material 3 type scale. */
export const TEXT_STYLE_NAMES = [
  'displayLarge',
  'displayMedium',
  'displaySmall',
  'headlineLarge',
  'headlineMedium',
  'headlineSmall',
  'titleLarge',
  'titleMedium',
  'titleSmall',
  'bodyLarge',
  'bodyMedium',
  'bodySmall',
  'labelLarge',
  'labelMedium',
  'labelSmall',
] as const;

export type TextStyleName = (typeof TEXT_STYLE_NAMES)[number];

const textStyleSet: ReadonlySet<string> = new Set(TEXT_STYLE_NAMES);

export function isTextStyleName(name: string): name is TextStyleName {
  return textStyleSet.has(name);
}
