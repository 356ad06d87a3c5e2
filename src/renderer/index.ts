/**
 * The renderer's public face: <StacView>, the widget registry, the hooks widgets use, the template API,
 * the theme and URL sanitizing. Server-side rendering has its own entry, `src/renderer/ssr`, so that
 * `react-dom/server` (about 63 KB gzip) never reaches a browser bundle through this one.
 */
export { StacView } from './StacView';
export type { StacViewProps, StacThemeInput } from './StacView';
export type {
  StacViews,
  StacFallbackProps,
  StacDocumentErrorProps,
  StacActionNoticesProps,
  StacActionNotice,
} from './view/StacViews';
export { defaultStacViews } from './view/defaultViews';
export { StacChild, StacChildren, StacNodeView } from './StacNodeView';
export type { StacNodeViewProps } from './StacNodeView';
export { defaultWidgetRegistry, createWidgetRegistry, loadWidgetFamilies } from './registry';
export { useWidgetFamilies } from './view/useWidgetFamilies';
export type { WidgetFamiliesState } from './view/useWidgetFamilies';
export { useChunkLoad } from './view/useChunkLoad';
export type { ChunkLoadState } from './view/useChunkLoad';
export { coreWidgets, SetValueWidget, FormWidget } from './widgets';
export { useStacDispatch } from './useStacDispatch';
export type { StacDispatch } from './useStacDispatch';
export type { StacDispatchExtra } from './StacRendererContext';
export { useStacRenderMode } from './StacRendererContext';
export { useStacTheme } from './useStacTheme';
export { useFormField, useStacForm, StacFormScope, FormRegistry } from './StacFormScope';
export type { FormFieldOptions, FormFieldHandle } from './StacFormScope';
export { StacVariableScope, useStacVariables, variablesFromEntries } from './StacVariableScope';
export { ScopeStore, diffScopePaths, toPathSegments } from './scopeStore';
export { StacErrorBoundary } from './StacErrorBoundary';
export { StacFallback } from './StacFallback';
export { sanitizeUrl, MAX_URL_LENGTH, MAX_DATA_IMAGE_BYTES } from '../stac-schema';
export type { UrlKind, SanitizeUrlOptions } from '../stac-schema';
export { runValidatorRules, checkValidatorRule } from './validatorRules';
export type { ValidatorRule } from './validatorRules';
export type * from './contract';
export * from './template';
export * from './theme';
export * from './overlays';
export {
  builtinWidgets,
  STAC_WIDGET_CSS,
  StacWidgetStyles,
  StacRequestContext,
  useStacRequest,
} from './widgets';
export type { StacRequestRunner, StacRequestOutcome } from './widgets';
export { configureIcons, MaterialIcon } from './icons';
export type { IconSourceOptions } from './icons';
export { createWidgetRequestRunner } from './widgetRequestRunner';
export { parseDocumentCached } from './parseDocumentCached';
