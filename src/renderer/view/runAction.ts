/**
 * Action dispatch of a view: binds an action's scope, gives it the host's services (under the overlay
 * host's), reports failures to the host and, in preview, as a notice. Never throws into React.
 */
import {
  dispatch,
  defaultActionRegistry,
  type ActionContext,
  type ActionErrorEvent,
  type ActionRegistry,
  type HostServices,
} from '../../actions';
import type { StacRenderMode, StacRenderProblem } from '../contract';
import type { LocalAccess, StacDispatchExtra } from '../StacRendererContext';
import { bindValue, type TemplateHelperRegistry } from '../template';
import { createDefaultHostServices } from '../defaultHostServices';
import { variableAccessOf } from '../StacVariableScope';
import { showActionNotice, type SetActionNotices } from './useActionNotices';
import { loadOverlayParts } from '../overlays/overlayParts';

/** What action dispatch reads from the host's latest props, at the moment an action runs. */
export interface ActionHost {
  mode?: StacRenderMode;
  services?: Partial<HostServices>;
  actions?: ActionRegistry;
  helpers?: TemplateHelperRegistry;
  onProblem?(problem: StacRenderProblem): void;
  onActionError?(event: ActionErrorEvent): void;
  onDispatch?: ActionContext['onDispatch'];
}

export type RunAction = (
  action: unknown,
  path: string,
  extra: StacDispatchExtra | undefined,
  local: LocalAccess,
) => void;

export function createRunAction(
  latestRef: { readonly current: ActionHost },
  setNotices: SetActionNotices,
): RunAction {
  return (action, path, extra, local) => {
    const host = latestRef.current;
    const currentMode = host.mode ?? 'production';
    const handleError = (event: ActionErrorEvent) => {
      const withPath = event.path === undefined ? { ...event, path } : event;
      try {
        host.onActionError?.(withPath);
        host.onProblem?.({ code: 'action_error', path: withPath.path ?? path, message: withPath.message });
      } catch {
        // A failing host callback must not escape into React.
      }
      if (currentMode === 'preview') showActionNotice(setNotices, withPath.message);
    };
    const baseScope = local.store.getScope();
    const context: ActionContext = {
      scope: extra?.scope ? { ...baseScope, ...extra.scope } : baseScope,
      // Overlay services already defer to the host's own dialog/snack bar/notify and wrap its navigate.
      services: {
        ...createDefaultHostServices(baseScope),
        ...host.services,
        ...(local.overlayServices ?? {}),
      },
      bind: (value, bindScope) => bindValue(value, bindScope, { deep: true, helpers: host.helpers }).value,
      form: local.form ?? undefined,
      variables: variableAccessOf(local.store),
      path,
      signal: extra?.signal,
      onError: handleError,
      onDispatch: host.onDispatch,
    };
    const run = () =>
      void dispatch(action, context, host.actions ?? defaultActionRegistry).catch((error: unknown) => {
        handleError({
          code: 'handler_failed',
          message: error instanceof Error ? error.message : String(error),
          path,
        });
      });
    // In the embed the overlay code comes in the built-in actions' chunk (overlayParts.lazy.ts): the action
    // waits for it, so its dialogs and snack bars open at once. Should it fail, the dispatcher (same chunk)
    // fails the action with 'load_failed' and the next press asks again.
    const overlaysComing = loadOverlayParts();
    if (overlaysComing) overlaysComing.then(run, run);
    else run();
  };
}
