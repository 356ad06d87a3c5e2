import { createContext, useContext, useMemo } from 'react';
import type { HostServices } from '../../actions';
import { StacRendererContext, type StacOverlayController } from '../StacRendererContext';

export type { OverlayOrigin, StacOverlayController } from '../StacRendererContext';

/**
 * A StacOverlayHost's controller, for trees outside a view. Inside a view the controller travels in the
 * renderer context (no provider of its own); a StacOverlayHost inside a view puts its own there too.
 */
export const StacOverlayContext = createContext<StacOverlayController | null>(null);
StacOverlayContext.displayName = 'StacOverlayContext';

/**
 * The services of the nearest StacOverlayHost for actions fired here: the host's own services with dialogs,
 * sheets, snack bars, in-place pages (and notify/confirm, when the host gave none) filled in. Null outside a
 * StacOverlayHost.
 */
export function useStacOverlayServices(): Partial<HostServices> | null {
  const own = useContext(StacOverlayContext);
  const renderer = useContext(StacRendererContext);
  const controller = renderer ? renderer.overlayController : own;
  const store = renderer?.store ?? null;
  return useMemo(() => (controller ? controller.servicesFor({ store }) : null), [controller, store]);
}
