/**
 * The overlays of one view as plain objects and one function, so that StacView can hold them without a
 * component of its own: the stack and the services built on it (made once per view and document), and the
 * elements they put around and beside the document.
 */
import type { ReactNode } from 'react';
import type { HostServices } from '../../actions';
import type { OverlayOrigin, StacOverlayController } from './StacOverlayContext';
import type { OverlayStack } from './overlayStack';
import { NO_OVERLAYS, type OverlayState } from './overlayState';
import { loadOverlayParts, overlayParts, type OverlayParts } from './overlayParts';

export interface ViewOverlays {
  /** The services for actions (in the renderer context of a view, or a StacOverlayHost's context). */
  controller: StacOverlayController;
  /** The stack once an action's services used it; null before. */
  stack(): OverlayStack | null;
}

/** What a view's stack last rendered, with the overlays it came from (a new document makes new ones). */
export interface ShownOverlays {
  overlays: ViewOverlays;
  state: OverlayState;
}

/**
 * `show` receives every new state of the stack (a React state setter); `hostServices` gives the host's
 * latest services when an action runs. Nothing but two small objects until an action uses its services:
 * most views never run one. In the embed the overlay code may not have come yet when a widget asks for its
 * services (it comes with the built-in actions): the services then wait for it when called.
 */
export function createViewOverlays(
  show: (shown: ShownOverlays) => void,
  hostServices: () => Partial<HostServices> | undefined,
): ViewOverlays {
  let made: { stack: OverlayStack; controller: StacOverlayController } | null = null;
  const make = (parts: OverlayParts) => {
    if (made === null) {
      const stack = parts.createOverlayStack((state) => show({ overlays, state }));
      made = { stack, controller: parts.createOverlayController(stack, hostServices) };
    }
    return made;
  };
  const servicesFor = (origin: OverlayOrigin) => {
    const parts = overlayParts();
    return parts ? make(parts).controller.servicesFor(origin) : null;
  };
  const overlays: ViewOverlays = {
    controller: {
      servicesFor: (origin) => servicesFor(origin) ?? servicesOnceLoaded(() => servicesFor(origin)),
    },
    stack: () => made?.stack ?? null,
  };
  return overlays;
}

/**
 * Services that run as soon as the overlay code is there: at once when it has come by the call (a view waits
 * for it before it dispatches an action, so actions always get this), else when it comes. A call whose code
 * cannot be loaded rejects (dialogs, confirm, navigation) or is reported on the console (snack bars, notices).
 */
function servicesOnceLoaded(current: () => Partial<HostServices> | null): Partial<HostServices> {
  const loaded = async (): Promise<Partial<HostServices>> => {
    await loadOverlayParts();
    return current() ?? {};
  };
  const inTheBackground = (run: (services: Partial<HostServices>) => void) => {
    const services = current();
    if (services) return run(services);
    loaded().then(run, (error: unknown) =>
      console.error('stac: the code of dialogs and snack bars could not be loaded', error),
    );
  };
  return {
    navigate: (request) => {
      const services = current();
      if (services) return services.navigate?.(request);
      return loaded().then(async (later) => {
        await later.navigate?.(request);
      });
    },
    openDialog: async (request) => (current() ?? (await loaded())).openDialog?.(request),
    closeDialog: (result) => inTheBackground((services) => services.closeDialog?.(result)),
    showSnackBar: (request) => inTheBackground((services) => services.showSnackBar?.(request)),
    notify: (message, options) => inTheBackground((services) => services.notify?.(message, options)),
    confirm: async (message) => (await (current() ?? (await loaded())).confirm?.(message)) ?? false,
  };
}

/** The state of `overlays` to draw: nothing open until its own stack rendered something. */
export function overlayStateOf(overlays: ViewOverlays, shown: ShownOverlays | null): OverlayState {
  return shown !== null && shown.overlays === overlays ? shown.state : NO_OVERLAYS;
}

/**
 * What `overlays` draw in `state`: the top in-place page, the open dialogs and the snack bar region; nothing
 * until its own stack rendered something (its code has come by then: only the stack changes the state).
 */
export function overlayLayerOf(overlays: ViewOverlays, state: OverlayState): ReactNode {
  const stack = overlays.stack();
  const Layer = overlayParts()?.OverlayLayer;
  return state === NO_OVERLAYS || stack === null || !Layer ? null : <Layer state={state} stack={stack} />;
}

/**
 * The children under a host's overlays (StacOverlayHost): hidden while an in-place page shows (kept mounted,
 * so they come back as they were), inert under an open dialog, the overlay layer beside them. A StacView
 * needs no wrapper of its own: its own box is hidden or inert, and the layer comes in a box beside it. The
 * caller hands `overlays.controller` to actions: StacView in its renderer context, StacOverlayHost in its own
 * context.
 */
export function withOverlays(overlays: ViewOverlays, state: OverlayState, children: ReactNode): ReactNode {
  const pageOpen = state.pages.length > 0;
  return (
    <>
      <div hidden={pageOpen} inert={pageOpen || state.dialogs.length > 0} className="stac-overlay-content">
        {children}
      </div>
      {overlayLayerOf(overlays, state)}
    </>
  );
}
