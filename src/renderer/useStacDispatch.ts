import { useCallback } from 'react';
import { useScopeStore, useStacRenderer, type StacDispatchExtra } from './StacRendererContext';
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
