/**
 * What widget components need from the renderer core, without the registry (which imports the widgets):
 * widgets import from here (or the named files) so that no import cycle runs through `./registry`.
 */
export { StacChild, StacChildren, StacInlineChildren, StacNodeView } from './StacNodeView';
export { useHookFreeDispatch, useStacDispatch } from './useStacDispatch';
export { hookFreeWidget, inlineBareLabel } from './hookFreeWidgets';
export type { StacDispatch } from './useStacDispatch';
export type { StacDispatchExtra } from './StacRendererContext';
export { useStacRenderMode } from './StacRendererContext';
export { useFormField, useStacForm, StacFormScope } from './StacFormScope';
export type { FormFieldOptions } from './StacFormScope';
export { StacVariableScope, useStacVariables, variablesFromEntries } from './StacVariableScope';
export { useStacTheme } from './useStacTheme';
export { sanitizeUrl } from '../stac-schema';
export type { UrlKind, SanitizeUrlOptions } from '../stac-schema';
export { runValidatorRules } from './validatorRules';
export { useWidgetFamilies } from './view/useWidgetFamilies';
export type * from './contract';
