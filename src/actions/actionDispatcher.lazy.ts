/**
 * The embed's actionDispatcher (vite.embed.config.ts puts it in place of actionDispatcher.ts): the dispatcher
 * (dispatch.ts) is in the built-in actions' chunk, which the embed starts fetching when the user's pointer or
 * focus enters a slot, so it is there by the first press. Should the chunk not come, the press fails as a
 * built-in whose code could not be loaded does ('load_failed', which the slot shows), and the next press
 * tries again.
 */
import { chunkLoader } from '../stac-schema';
import { ActionFailure } from './ActionFailure';
import { defaultActionRegistry, type ActionRegistry } from './createActionRegistry';
import type { ActionContext, ActionResult } from './types';

type Dispatcher = typeof import('./dispatch');

const dispatcherChunk = chunkLoader(() => import('./dispatch'));

/** Runs a plugin action once the dispatcher is there; as `dispatch`, never throws and never rejects. */
export async function dispatch(
  action: unknown,
  ctx: ActionContext,
  registry: ActionRegistry = defaultActionRegistry,
): Promise<ActionResult> {
  let dispatcher: Dispatcher;
  try {
    dispatcher = await dispatcherChunk.load();
  } catch (error) {
    const event = loadFailure(action, error).toEvent(ctx.path);
    try {
      ctx.onError?.(event);
    } catch {
      // A host's error callback failing must not turn a reported error into an unhandled one.
    }
    return { ok: false, error: event };
  }
  return dispatcher.dispatch(action, ctx, registry);
}

/** The failure a deferred built-in gives when its code cannot be loaded, named after the pressed action. */
function loadFailure(action: unknown, error: unknown): ActionFailure {
  const record = typeof action === 'object' && action !== null ? (action as Record<string, unknown>) : {};
  const actionType = typeof record.actionType === 'string' ? record.actionType : undefined;
  const method = typeof record.method === 'string' ? record.method : undefined;
  const name = method ?? actionType;
  const detail = error instanceof Error ? ` (${error.message})` : '';
  return new ActionFailure(
    'load_failed',
    `The code of ${name ? `"${name}"` : 'actions'} could not be loaded${detail}. Check the connection and try again.`,
    { actionType: actionType ?? (method ? 'invenicum_sdk' : undefined), method },
  );
}
