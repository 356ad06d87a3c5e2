export type { StacTheme, StacTextStyleToken } from './StacTheme';
export { lightTheme, darkTheme } from './baselineThemes';
export { materialTypeScale } from './typeScale';
export { themeToCssVariables, themeToCssText, colorVariable, textVariable } from './themeToCssVariables';
export type { CssVariables } from './themeToCssVariables';
export { resolveTheme } from './resolveTheme';
export { STAC_THEME_CSS, themePresetOf } from './themeStylesheet';
export type { StacThemePreset } from './themeStylesheet';
