/**
 * Pure parsers of Stac's value formats (docs/stac-vocabulary.md, "Value formats"). No imports from the
 * project: the schema validates formats with them, the renderer turns their results into CSS.
 */
export { parseNumber, parseFiniteNumber } from './parseNumber';
export { parseColor } from './parseColor';
export type { ParsedColor, RgbaColor, RoleColor } from './parseColor';
export { parseEdgeInsets } from './parseEdgeInsets';
export type { EdgeInsetsValue } from './parseEdgeInsets';
export { parseBorderRadius } from './parseBorderRadius';
export type { BorderRadiusValue } from './parseBorderRadius';
export { parseAlignment, ALIGNMENT_NAMES } from './parseAlignment';
export type { AlignmentValue } from './parseAlignment';
export { parseDuration } from './parseDuration';
export { parseRect } from './parseRect';
export type { RectValue } from './parseRect';
export { MATERIAL_COLOR_NAMES } from './materialColorNames';
export { THEME_COLOR_ROLES, isThemeColorRole } from './themeColorRoles';
export type { ThemeColorRole } from './themeColorRoles';
export { TEXT_STYLE_NAMES, isTextStyleName } from './textStyleNames';
export type { TextStyleName } from './textStyleNames';
