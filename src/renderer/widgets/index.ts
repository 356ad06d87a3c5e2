/**
 * The built-in widget set: STAC widget type -> React component (builtinRegistry.ts). `setValue` and `form`
 * come from the renderer core (they are renderer state, not looks).
 */
export {
  builtinWidgets,
  defaultWidgetRegistry,
  isBuiltInWidget,
  loadWidgetFamilies,
  type WidgetFamilyModule,
} from './builtinRegistry';
export { STAC_WIDGET_CSS, STAC_WIDGET_STYLE, StacWidgetStyles, markHoveredControl } from './widgetStyles';
export { evaluateCondition } from './layout/evaluateCondition';
export { fittedScale } from './layout/layoutWidgets';
export { StacRequestContext, useStacRequest } from './data/requestContext';
export type { StacRequestRunner, StacRequestOutcome } from './data/requestContext';
export { readDataPath } from './data/dataWidgets';
export { coreWidgets, FormWidget, SetValueWidget } from './core';
export type { CategoryWidgets } from './categoryWidgets';
