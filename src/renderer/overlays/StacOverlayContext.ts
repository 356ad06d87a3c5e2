import { createContext, useContext } from 'react';
import type { HostServices } from '../../actions/types';

/**
 * The services of the nearest StacOverlayHost: the host's own services with dialogs, sheets, snack bars,
 * in-place pages (and notify/confirm, when the host gave none) filled in. Stable for the host's lifetime.
 */
export const StacOverlayContext = createContext<Partial<HostServices> | null>(null);
StacOverlayContext.displayName = 'StacOverlayContext';

/** The overlay services to hand to `dispatch`, or null outside a StacOverlayHost. */
export function useStacOverlayServices(): Partial<HostServices> | null {
  return useContext(StacOverlayContext);
}
