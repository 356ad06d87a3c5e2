import { use, useCallback } from 'react';
import {
  StacRendererContext,
  outsideStacView,
  useScopeStore,
  useStacRenderer,
  type StacDispatchExtra,
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
 * A new function on every call: for handlers made in render, not for an effect's dependencies.
 */
export function useHookFreeDispatch(): StacDispatch {
  const renderer = use(StacRendererContext);
  if (!renderer) throw new Error(outsideStacView('useStacDispatch'));
  const form = useNearestForm();
  return (action, path, extra) => {
    if (action === undefined || action === null) return;
    const { store, overlayController } = renderer;
    const overlayServices = overlayController ? overlayController.servicesFor({ store }) : null;
    renderer.runAction(action, path, extra, { store, form, overlayServices });
  };
}
