import { isPlainRecord, type StacScope } from '../stac-schema';
import { ActionFailure, isActionFailure } from './ActionFailure';
import { bindParams } from './bindParams';
import { defaultActionRegistry, type ActionRegistry } from './createActionRegistry';
import type { ActionRun, ActionDefinition, DeferredDefinition, MethodDefinition } from './defineAction';
import type { ActionContext, ActionErrorEvent, ActionResult } from './types';

type Route =
  | { kind: 'none' }
  | { kind: 'action'; actionType: string; params: unknown }
  | { kind: 'method'; actionType: string; method: string; params: unknown };

interface Budget {
  steps: number;
}

/**
 * Runs a plugin action. Never throws and never rejects: whatever goes wrong (unknown action, bad params,
 * a refused URL, a limit, a failing host handler) becomes an ActionErrorEvent that goes to `ctx.onError` and
 * comes back as `{ ok: false, error }`.
 */
export async function dispatch(
  action: unknown,
  ctx: ActionContext,
  registry: ActionRegistry = defaultActionRegistry,
): Promise<ActionResult> {
  const budget: Budget = { steps: 0 };
  try {
    const value = await runStep(action, ctx.scope, 0, budget, ctx, registry);
    return value === undefined ? { ok: true } : { ok: true, value };
  } catch (error) {
    const event = toErrorEvent(error, ctx);
    try {
      ctx.onError?.(event);
    } catch {
      // A host's error callback failing must not turn a reported error into an unhandled one.
    }
    return { ok: false, error: event };
  }
}

function toErrorEvent(error: unknown, ctx: ActionContext): ActionErrorEvent {
  if (isActionFailure(error)) return error.toEvent(ctx.path);
  if (ctx.signal?.aborted) {
    return withPath(
      { code: 'aborted', message: 'The action was cancelled because its view went away.' },
      ctx.path,
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return withPath({ code: 'handler_failed', message: `The action failed: ${detail}` }, ctx.path);
}

function withPath(event: ActionErrorEvent, path: string | undefined): ActionErrorEvent {
  return path === undefined ? event : { ...event, path };
}

function resolveRoute(action: unknown, registry: ActionRegistry): Route {
  if (action === undefined || action === null) return { kind: 'none' };
  if (!isPlainRecord(action)) {
    throw new ActionFailure(
      'unknown_action',
      `An action must be an object like {"actionType": "navigate", ...}, not ${describe(action)}.`,
    );
  }
  if (Object.hasOwn(action, 'actionType')) {
    const actionType = action.actionType;
    if (typeof actionType !== 'string' || actionType === '') {
      throw new ActionFailure(
        'unknown_action',
        `"actionType" must be a non-empty string, not ${describe(actionType)}.`,
      );
    }
    if (registry.isSdkActionType(actionType)) {
      const method = Object.hasOwn(action, 'method') ? action.method : undefined;
      if (typeof method !== 'string' || method === '') {
        throw new ActionFailure(
          'unknown_method',
          `A "${actionType}" action needs a "method" name, e.g. "showAlert".`,
          { actionType },
        );
      }
      return { kind: 'method', actionType, method, params: ownOr(action, 'params', {}) };
    }
    const { actionType: _actionType, ...params } = action;
    return { kind: 'action', actionType, params };
  }
  if (Object.hasOwn(action, 'method')) {
    const method = action.method;
    if (typeof method !== 'string' || method === '') {
      throw new ActionFailure(
        'unknown_method',
        `"method" must be a non-empty string, not ${describe(method)}.`,
      );
    }
    return { kind: 'method', actionType: 'invenicum_sdk', method, params: ownOr(action, 'params', {}) };
  }
  // The Stac gallery writes `"onPressed": {}` for a button that does nothing.
  if (Object.keys(action).length === 0) return { kind: 'none' };
  throw new ActionFailure(
    'unknown_action',
    'This action has no "actionType" (or "method"); add one, e.g. "actionType": "navigate".',
  );
}

function ownOr(record: Record<string, unknown>, key: string, fallback: unknown): unknown {
  return Object.hasOwn(record, key) && record[key] !== undefined && record[key] !== null
    ? record[key]
    : fallback;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return `the text "${value.length > 40 ? `${value.slice(0, 37)}...` : value}"`;
  return `a ${typeof value}`;
}

function lookup(
  route: Exclude<Route, { kind: 'none' }>,
  registry: ActionRegistry,
): Promise<ActionDefinition | MethodDefinition> | ActionDefinition | MethodDefinition {
  if (route.kind === 'method') {
    const definition = registry.method(route.method);
    if (!definition) {
      throw new ActionFailure(
        'unknown_method',
        `This app has no SDK method "${route.method}". Available: ${registry.methodNames.join(', ') || 'none'}; a host registers more with defineMethod.`,
        { actionType: route.actionType, method: route.method },
      );
    }
    return definition.kind === 'deferred'
      ? loadDeferred(definition, { actionType: route.actionType, method: route.method })
      : definition;
  }
  const definition = registry.action(route.actionType);
  if (!definition) {
    throw new ActionFailure(
      'unknown_action',
      `Unknown actionType "${route.actionType}". Available: ${registry.actionTypes.join(', ')}; a host registers more with defineAction.`,
      { actionType: route.actionType },
    );
  }
  return definition.kind === 'deferred'
    ? loadDeferred(definition, { actionType: route.actionType })
    : definition;
}

/** A deferred built-in's code (the embed's chunk of built-in actions); a failed load fails this action only. */
async function loadDeferred<D extends ActionDefinition | MethodDefinition>(
  deferred: DeferredDefinition<D>,
  where: { actionType: string; method?: string },
): Promise<D> {
  try {
    return await deferred.load();
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    throw new ActionFailure(
      'load_failed',
      `The code of "${deferred.name}" could not be loaded${detail}. Check the connection and try again.`,
      where,
    );
  }
}

function formatIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  prefix: string,
): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path
        .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
        .join('');
      return `${prefix}${path}: ${issue.message}`;
    })
    .join('; ');
}

async function runStep(
  action: unknown,
  scope: StacScope,
  depth: number,
  budget: Budget,
  ctx: ActionContext,
  registry: ActionRegistry,
): Promise<unknown> {
  const { limits } = registry;
  if (depth > limits.maxDepth) {
    throw new ActionFailure(
      'limit_exceeded',
      `Actions nest deeper than ${limits.maxDepth} levels; flatten them.`,
    );
  }
  budget.steps += 1;
  if (budget.steps > limits.maxSteps) {
    throw new ActionFailure(
      'limit_exceeded',
      `One tap may run at most ${limits.maxSteps} actions; this one runs more.`,
    );
  }
  if (ctx.signal?.aborted)
    throw new ActionFailure('aborted', 'The action was cancelled because its view went away.');

  const route = resolveRoute(action, registry);
  if (route.kind === 'none') return undefined;
  const where = { actionType: route.actionType, method: route.kind === 'method' ? route.method : undefined };
  const found = lookup(route, registry);
  // Only a deferred built-in waits: a loaded handler still starts within the dispatch call, as it always did.
  const definition = found instanceof Promise ? await found : found;

  try {
    let bound: unknown;
    try {
      bound = bindParams(route.params, scope, ctx.bind, limits.maxParamDepth);
    } catch (error) {
      if (isActionFailure(error)) throw error;
      const detail = error instanceof Error ? error.message : String(error);
      throw new ActionFailure('invalid_params', `A template in the params could not be evaluated: ${detail}`);
    }
    const parsed = definition.schema.safeParse(bound);
    if (!parsed.success) {
      const name = route.kind === 'method' ? `${route.method} params` : route.actionType;
      throw new ActionFailure(
        'invalid_params',
        `Invalid params for ${name}: ${formatIssues(parsed.error.issues, 'params')}.`,
      );
    }
    try {
      ctx.onDispatch?.({
        actionType: route.actionType,
        method: where.method,
        params: parsed.data,
        path: ctx.path,
      });
    } catch {
      // Logging hooks (Storybook's panel, the playground) must not change what the action does.
    }

    const run: ActionRun = {
      ctx,
      scope,
      services: ctx.services,
      urlPolicy: registry.urlPolicy,
      limits,
      actionType: route.actionType,
      method: where.method,
      signal: ctx.signal,
      remainingSteps: () => Math.max(0, limits.maxSteps - budget.steps),
      run: (nested, nestedScope) => runStep(nested, nestedScope ?? scope, depth + 1, budget, ctx, registry),
      dispatchLater: (nested, nestedScope) =>
        dispatch(nested, { ...ctx, scope: nestedScope ?? scope }, registry),
      fail: (code, message) => {
        throw new ActionFailure(code, message, where);
      },
    };
    return await definition.handler(parsed.data, run);
  } catch (error) {
    if (isActionFailure(error)) {
      // Failures raised by shared helpers (URL policy, requests) learn which action they belong to here.
      if (error.actionType === undefined) {
        error.actionType = where.actionType;
        error.method = where.method;
      }
      throw error;
    }
    if (ctx.signal?.aborted)
      throw new ActionFailure('aborted', 'The action was cancelled because its view went away.', where);
    const detail = error instanceof Error ? error.message : String(error);
    const name = where.method ?? where.actionType;
    throw new ActionFailure('handler_failed', `${name} failed: ${detail}`, where);
  }
}
