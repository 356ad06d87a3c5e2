/**
 * The built-in widget set: STAC widget type -> React component. `setValue` and `form` come from the
 * renderer core (they are renderer state, not looks).
 */
import type { StacWidgetRegistry } from '../contract';
import { layoutWidgets } from './layout';
import { textWidgets } from './text';
import { buttonsWidgets } from './buttons';
import { inputsWidgets } from './inputs';
import { displayWidgets } from './display';
import { mediaWidgets } from './media';
import { navigationWidgets } from './navigation';
import { scrollingWidgets } from './scrolling';
import { dataWidgets } from './data';

/**
 * Each category folder holds its components and an `index.ts` keyed by the category's specs
 * (src/stac-schema/widgets/<category>Specs.ts): a new widget is a spec there and a component here.
 */
export const builtinWidgets: StacWidgetRegistry = Object.freeze({
  ...layoutWidgets,
  ...textWidgets,
  ...buttonsWidgets,
  ...inputsWidgets,
  ...displayWidgets,
  ...mediaWidgets,
  ...navigationWidgets,
  ...scrollingWidgets,
  ...dataWidgets,
});

export { STAC_WIDGET_CSS, StacWidgetStyles } from './widgetStyles';
export { evaluateCondition } from './layout/evaluateCondition';
export { fittedScale } from './layout/layoutWidgets';
export { StacRequestContext, useStacRequest } from './data/requestContext';
export type { StacRequestRunner, StacRequestOutcome } from './data/requestContext';
export { readDataPath } from './data/dataWidgets';
export { coreWidgets, FormWidget, SetValueWidget } from './core';
export type { CategoryWidgets } from './categoryWidgets';
export { FlexParentContext, rootFlexParent } from './flexParent';
