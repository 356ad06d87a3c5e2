import { useContext, useMemo, useState, type ReactNode } from 'react';
import type { HostServices } from '../../actions';
import { useLatest } from '../view/useLatest';
import { StacRendererContext } from '../StacRendererContext';
import { createViewOverlays, overlayStateOf, withOverlays, type ShownOverlays } from './viewOverlays';
import { StacOverlayContext } from './StacOverlayContext';

export interface StacOverlayHostProps {
  /**
   * The host's own services. Those given win (`openDialog`, `showSnackBar`, `notify`, `confirm`); `navigate`
   * is wrapped: widget pages and pops of open overlays are handled here, everything else goes to it.
   */
  services?: Partial<HostServices>;
  /** The document (or anything) that in-place pages replace while they are open. */
  children?: ReactNode;
}

/**
 * The UI side of plugin actions, inside a StacView's contexts: dialogs and bottom sheets (modal,
 * focus-trapped), a queue of snack bars (one at a time), and pages a `navigate` with `widgetJson` opens in
 * place of the children, with a Back control. Its services reach actions through `useStacOverlayServices()`.
 * StacView holds the same overlays itself (viewOverlays.tsx); this component is for other trees.
 */
export function StacOverlayHost({ services, children }: StacOverlayHostProps) {
  const latestServices = useLatest(services);
  const [shown, setShown] = useState<ShownOverlays | null>(null);
  // Made once (latestServices is one object for the host's life): actions read the latest services through it.
  const overlays = useMemo(
    () => createViewOverlays(setShown, () => latestServices.current),
    [latestServices],
  );
  // Inside a view (a host widget's subtree) actions read the controller from the renderer context: this host's
  // replaces the view's there, as the nearest overlay host.
  const renderer = useContext(StacRendererContext);
  const inView = useMemo(
    () => (renderer ? { ...renderer, overlayController: overlays.controller } : null),
    [renderer, overlays],
  );
  const content = withOverlays(overlays, overlayStateOf(overlays, shown), children);
  return (
    <StacOverlayContext.Provider value={overlays.controller}>
      {inView ? (
        <StacRendererContext.Provider value={inView}>{content}</StacRendererContext.Provider>
      ) : (
        content
      )}
    </StacOverlayContext.Provider>
  );
}
