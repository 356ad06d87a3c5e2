import { createContext, useContext, useMemo } from 'react';
import type { HostServices } from '../../actions';
import { StacRendererContext } from '../StacRendererContext';
import type { ScopeStore } from '../scopeStore';

/**
 * Where an overlay was opened from. Its widgets render against that place's scope store, so a page or dialog
 * opened after a `setValue` sees the variables of the layer the button sat in (as Stac's global store would).
 */
export interface OverlayOrigin {
  store: ScopeStore | null;
}

export interface StacOverlayController {
  /** The services for actions dispatched at `origin`: stable per scope store. */
  servicesFor(origin: OverlayOrigin): Partial<HostServices>;
}

export const StacOverlayContext = createContext<StacOverlayController | null>(null);
StacOverlayContext.displayName = 'StacOverlayContext';

/**
 * The services of the nearest StacOverlayHost for actions fired here: the host's own services with dialogs,
 * sheets, snack bars, in-place pages (and notify/confirm, when the host gave none) filled in. Null outside a
 * StacOverlayHost.
 */
export function useStacOverlayServices(): Partial<HostServices> | null {
  const controller = useContext(StacOverlayContext);
  const store = useContext(StacRendererContext)?.store ?? null;
  return useMemo(() => (controller ? controller.servicesFor({ store }) : null), [controller, store]);
}
