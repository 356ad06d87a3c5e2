export { dispatch } from './actionDispatcher';
export { createActionRegistry, defaultActionRegistry } from './createActionRegistry';
export type {
  ActionRegistry,
  ActionRegistryOptions,
  RegisteredAction,
  RegisteredMethod,
} from './createActionRegistry';
export { defineAction, defineMethod } from './defineAction';
export type {
  ActionDefinition,
  ActionHandler,
  ActionRun,
  DeferredDefinition,
  MethodDefinition,
} from './defineAction';
export { ActionFailure, isActionFailure } from './ActionFailure';
export { DEFAULT_ACTION_LIMITS } from './limits';
export type { ActionLimits } from './limits';
export { resolveUrlPolicy } from './urlPolicy';
export type { NavigationCheck, ResolvedUrlPolicy, UrlCheck, UrlPolicyOptions } from './urlPolicy';
export { isActionObject, isWidgetObject } from './bindParams';
export { preloadBuiltinActions } from './builtins/builtinDefinitions';
export { stacActions } from './builtins/stacActions';
export { invenicumMethods } from './builtins/invenicumMethods';
export { hostMethods, MAX_CLIPBOARD_TEXT } from './builtins/hostMethods';
export * from './types';
