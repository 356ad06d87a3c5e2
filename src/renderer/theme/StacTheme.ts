import type { TextStyleName, ThemeColorRole } from '../../stac-schema';

/** One entry of the Material 3 type scale; sizes in CSS pixels (Flutter logical pixels). */
export interface StacTextStyleToken {
  size: number;
  weight: number;
  lineHeight: number;
  tracking: number;
}

/** What a widget may read from the theme. Every value reaches widgets as a CSS variable. */
export interface StacTheme {
  brightness: 'light' | 'dark';
  /** CSS colour per Material 3 role. */
  colors: Record<ThemeColorRole, string>;
  textStyles: Record<TextStyleName, StacTextStyleToken>;
  fontFamily: string;
}
