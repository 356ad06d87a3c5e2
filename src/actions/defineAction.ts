import type { z } from 'zod/mini';
import type { StacScope } from '../stac-schema';
import type { ActionContext, ActionErrorCode, ActionResult, HostServices } from './types';
import type { ActionLimits } from './limits';
import type { ResolvedUrlPolicy } from './urlPolicy';

/** What a handler gets besides its params: the context, host services, and a way to run nested actions. */
export interface ActionRun {
  readonly ctx: ActionContext;
  /** The scope this action was bound against (the dispatch scope plus setValue / response additions). */
  readonly scope: StacScope;
  readonly services: HostServices;
  readonly urlPolicy: ResolvedUrlPolicy;
  readonly limits: Readonly<ActionLimits>;
  /** Steps this dispatch may still run; a handler that fans out checks it before starting anything. */
  remainingSteps(): number;
  readonly actionType: string;
  readonly method?: string;
  readonly signal?: AbortSignal;
  /**
   * Runs a nested action (a `multiAction` step, `setValue`'s `action`, a request result) inside this dispatch's
   * step and depth budget. Resolves to the nested action's value; a failure propagates as the dispatch's error.
   */
  run(action: unknown, scope?: StacScope): Promise<unknown>;
  /**
   * Starts a fresh dispatch later, outside this one (a snack bar's button, pressed after the snack bar
   * appeared). Errors go to the context's `onError`; never throws.
   */
  dispatchLater(action: unknown, scope?: StacScope): Promise<ActionResult>;
  /** Ends this action with an error event of the given code. */
  fail(code: ActionErrorCode, message: string): never;
}

export type ActionHandler<Params> = (params: Params, run: ActionRun) => unknown;

export interface ActionDefinition<Schema extends z.ZodMiniType = z.ZodMiniType> {
  readonly kind: 'action';
  readonly actionType: string;
  readonly schema: Schema;
  // Method syntax on purpose: a handler of specific params must fit a registry of `ActionDefinition`s.
  handler(params: z.output<Schema>, run: ActionRun): unknown;
}

export interface MethodDefinition<Schema extends z.ZodMiniType = z.ZodMiniType> {
  readonly kind: 'method';
  readonly name: string;
  readonly schema: Schema;
  // Method syntax on purpose: a handler of specific params must fit a registry of `ActionDefinition`s.
  handler(params: z.output<Schema>, run: ActionRun): unknown;
}

/**
 * A built-in whose code is not loaded yet: the registry knows its name, the dispatcher calls `load` (once it
 * has resolved, the definition is at hand) before it binds and parses the params. The embed defers every
 * built-in this way (src/actions/builtins/builtinDefinitions.lazy.ts).
 */
export interface DeferredDefinition<Definition extends ActionDefinition | MethodDefinition> {
  readonly kind: 'deferred';
  /** The `actionType` of an action, the name of a method. */
  readonly name: string;
  load(): Promise<Definition>;
}

/**
 * Registers a Stac-style action `{ "actionType": "<actionType>", ...params }`. The params are the action
 * object without `actionType`, template-bound and then parsed with `schema`.
 */
export function defineAction<Schema extends z.ZodMiniType>(
  actionType: string,
  schema: Schema,
  handler: ActionHandler<z.output<Schema>>,
): ActionDefinition<Schema> {
  return Object.freeze({ kind: 'action', actionType, schema, handler });
}

/**
 * Registers an SDK method, reached by `{ "actionType": "invenicum_sdk", "method": "<name>", "params": {...} }`
 * and by the short form `{ "method": "<name>", "params": {...} }`. `params` is template-bound, then parsed.
 */
export function defineMethod<Schema extends z.ZodMiniType>(
  name: string,
  schema: Schema,
  handler: ActionHandler<z.output<Schema>>,
): MethodDefinition<Schema> {
  return Object.freeze({ kind: 'method', name, schema, handler });
}
