import { use, useCallback } from 'react';
import {
  StacRendererContext,
  outsideStacView,
  useScopeStore,
  useStacRenderer,
  type StacDispatchExtra,
  type StacRendererContextValue,
} from './StacRendererContext';
import { useNearestForm } from './StacFormScope';
import { useStacOverlayServices } from './overlays';

export type StacDispatch = (action: unknown, path: string, extra?: StacDispatchExtra) => void;

/**
 * Runs an action object from a widget event: `dispatch(node.onPressed, `${path}.onPressed`)`. The action
 * sees the scope, form and variables of the place the widget sits. It never throws: failures go to the
 * host's `onActionError` (and a visible notice in preview mode). Absent actions (`undefined`/`null`) are
 * ignored, so widgets can pass optional handlers straight through.
 */
export function useStacDispatch(): StacDispatch {
  const renderer = useStacRenderer('useStacDispatch');
  const store = useScopeStore('useStacDispatch');
  const form = useNearestForm();
  const overlayServices = useStacOverlayServices();
  return useCallback(
    (action, path, extra) => {
      if (action === undefined || action === null) return;
      renderer.runAction(action, path, extra, { store, form, overlayServices });
    },
    [renderer, store, form, overlayServices],
  );
}

/**
 * useStacDispatch for a hook-free widget (hookFreeWidgets.ts): the same dispatch, its contexts read with
 * `use` (which React allows in the node view's render that calls such a widget) and the overlay services
 * looked up when an action runs (the controller keeps one object per scope store, as the hook's memo did).
 * The same function for the same renderer context and form (a list of a thousand buttons makes one, not a
 * thousand); for handlers made in render, not for an effect's dependencies.
 */
export function useHookFreeDispatch(): StacDispatch {
  const renderer = use(StacRendererContext);
  if (!renderer) throw new Error(outsideStacView('useStacDispatch'));
  const form = useNearestForm();
  const kept = hookFreeDispatches.get(renderer);
  if (kept !== undefined && kept.form === form) return kept.dispatch;
  const dispatch: StacDispatch = (action, path, extra) => {
    if (action === undefined || action === null) return;
    const { store, overlayController } = renderer;
    const overlayServices = overlayController ? overlayController.servicesFor({ store }) : null;
    renderer.runAction(action, path, extra, { store, form, overlayServices });
  };
  hookFreeDispatches.set(renderer, { form, dispatch });
  return dispatch;
}

/** The last dispatch made per renderer context, with the form it runs in (most widgets share the view's). */
const hookFreeDispatches = new WeakMap<
  StacRendererContextValue,
  { form: ReturnType<typeof useNearestForm>; dispatch: StacDispatch }
>();
