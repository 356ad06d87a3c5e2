import { builtinActionDefinitions, builtinMethodDefinitions } from './builtins/builtinDefinitions';
import type { ActionDefinition, DeferredDefinition, MethodDefinition } from './defineAction';
import { DEFAULT_ACTION_LIMITS, type ActionLimits } from './limits';
import { resolveUrlPolicy, type ResolvedUrlPolicy, type UrlPolicyOptions } from './urlPolicy';

export interface ActionRegistryOptions {
  /**
   * Actions keyed by their `actionType`; a host's definition replaces a built-in of the same name. A deferred
   * one (`{ kind: 'deferred', name, load }`) is loaded by the dispatcher the first time it runs.
   */
  actions?: readonly RegisteredAction[];
  /** SDK methods keyed by name (`runQualityCheck`); a host's definition replaces a built-in one. */
  methods?: readonly RegisteredMethod[];
  urlPolicy?: UrlPolicyOptions;
  limits?: Partial<ActionLimits>;
  /** Include Stac's actions and Invenicum's SDK methods. Default true. */
  builtins?: boolean;
  /** actionTypes whose `method` + `params` route to the method table. Default `['invenicum_sdk']`. */
  sdkActionTypes?: readonly string[];
}

/** The host's table of what plugin actions may do. Plugins cannot add to it. */
export interface ActionRegistry {
  /**
   * Own entries only: `constructor`, `__proto__` and other inherited names are never found. A built-in may be
   * deferred (the embed loads the built-ins' code when a plugin first runs one); `dispatch` loads it.
   */
  action(actionType: string): RegisteredAction | undefined;
  method(name: string): RegisteredMethod | undefined;
  isSdkActionType(actionType: string): boolean;
  readonly actionTypes: readonly string[];
  readonly methodNames: readonly string[];
  readonly urlPolicy: ResolvedUrlPolicy;
  readonly limits: Readonly<ActionLimits>;
  /** A new registry with these additions; unspecified options are inherited. */
  extend(options: ActionRegistryOptions): ActionRegistry;
}

export type RegisteredAction = ActionDefinition | DeferredDefinition<ActionDefinition>;
export type RegisteredMethod = MethodDefinition | DeferredDefinition<MethodDefinition>;

interface RegistryParts {
  actions: Map<string, RegisteredAction>;
  methods: Map<string, RegisteredMethod>;
  urlPolicyOptions: UrlPolicyOptions;
  limits: Readonly<ActionLimits>;
  sdkActionTypes: ReadonlySet<string>;
}

function buildRegistry(parts: RegistryParts): ActionRegistry {
  const urlPolicy = resolveUrlPolicy(parts.urlPolicyOptions);
  const registry: ActionRegistry = {
    action: (actionType) => parts.actions.get(actionType),
    method: (name) => parts.methods.get(name),
    isSdkActionType: (actionType) => parts.sdkActionTypes.has(actionType),
    actionTypes: Object.freeze([...parts.actions.keys()]),
    methodNames: Object.freeze([...parts.methods.keys()]),
    urlPolicy,
    limits: parts.limits,
    extend: (options) => buildRegistry(mergeParts(parts, options)),
  };
  return Object.freeze(registry);
}

function actionTypeOf(definition: RegisteredAction): string {
  return definition.kind === 'deferred' ? definition.name : definition.actionType;
}

function mergeParts(base: RegistryParts, options: ActionRegistryOptions): RegistryParts {
  const actions = new Map(base.actions);
  for (const definition of options.actions ?? []) actions.set(actionTypeOf(definition), definition);
  const methods = new Map(base.methods);
  for (const definition of options.methods ?? []) methods.set(definition.name, definition);
  return {
    actions,
    methods,
    urlPolicyOptions: options.urlPolicy ?? base.urlPolicyOptions,
    limits: Object.freeze({ ...base.limits, ...options.limits }),
    sdkActionTypes: options.sdkActionTypes ? new Set(options.sdkActionTypes) : base.sdkActionTypes,
  };
}

export function createActionRegistry(options: ActionRegistryOptions = {}): ActionRegistry {
  const builtins = options.builtins ?? true;
  const empty: RegistryParts = {
    actions: new Map(
      builtins ? builtinActionDefinitions.map((definition) => [actionTypeOf(definition), definition]) : [],
    ),
    methods: new Map(
      builtins ? builtinMethodDefinitions.map((definition) => [definition.name, definition]) : [],
    ),
    urlPolicyOptions: {},
    limits: DEFAULT_ACTION_LIMITS,
    sdkActionTypes: new Set(['invenicum_sdk']),
  };
  return buildRegistry(mergeParts(empty, options));
}

/** Stac's actions, Invenicum's SDK methods and copyToClipboard, same-origin requests only, default limits. */
export const defaultActionRegistry: ActionRegistry = createActionRegistry();
