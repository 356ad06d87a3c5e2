/** Raw Stac values -> CSS for widget components. */
export { colorToCss, materialColorToCss, parsedColorToCss, colorWithOpacity, roleColor } from './colorToCss';
export { numberOf, lengthToCss, maxLengthToCss, isUnboundedLength, booleanOf, stringOf } from './lengthToCss';
export { edgeInsetsToCss } from './edgeInsetsToCss';
export { borderRadiusToCss } from './borderRadiusToCss';
export { alignmentToFlex, alignmentToPosition } from './alignmentToCss';
export type { FlexPlacement, FlexPosition } from './alignmentToCss';
export {
  mainAxisAlignmentToCss,
  wrapAlignmentToCss,
  flexAlignmentClasses,
  isFlexAlignmentName,
  flexAlignmentCss,
} from './flexAlignmentToCss';
export { boxFitToObjectFit, boxFitToBackgroundSize } from './boxFitToCss';
export { definedStyle } from './definedStyle';
export { textStyleToCss, themeTextStyleToCss, fontWeightToCss, textAlignToCss } from './textStyleToCss';
export { cssImageUrl } from './cssUrl';
export { boxShadowToCss, elevationToShadow } from './boxShadowToCss';
export { gradientToCss } from './gradientToCss';
export { mouseCursorToCss } from './mouseCursorToCss';
export {
  boxDecorationToCss,
  decorationImageLayerToCss,
  nineSliceImageUrl,
  boxConstraintsToCss,
  borderSideToCss,
  borderToCss,
} from './boxDecorationToCss';
export type { BoxDecorationOptions } from './boxDecorationToCss';
export { shapeToCss } from './shapeToCss';
export { surfaceTintOpacity, tintedSurface } from './surfaceTint';
