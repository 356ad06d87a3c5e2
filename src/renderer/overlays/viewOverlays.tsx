/**
 * The overlays of one view as plain objects and one function, so that StacView can hold them without a
 * component of its own: the stack and the services built on it (made once per view and document), and the
 * elements they put around and beside the document.
 */
import type { ReactNode } from 'react';
import type { HostServices } from '../../actions';
import { createOverlayController } from './overlayController';
import { StacOverlayContext, type StacOverlayController } from './StacOverlayContext';
import { NO_OVERLAYS, createOverlayStack, type OverlayStack, type OverlayState } from './overlayStack';
import { OverlayLayer } from './OverlayLayer';

export interface ViewOverlays {
  /** The services for actions (the value of StacOverlayContext). */
  controller: StacOverlayController;
  /** The stack, made when first asked for: by an action's services, or to draw what it opened. */
  stack(): OverlayStack;
}

/** What a view's stack last rendered, with the overlays it came from (a new document makes new ones). */
export interface ShownOverlays {
  overlays: ViewOverlays;
  state: OverlayState;
}

/**
 * `show` receives every new state of the stack (a React state setter); `hostServices` gives the host's
 * latest services when an action runs. Nothing but two small objects until an action asks for services:
 * most views never run one.
 */
export function createViewOverlays(
  show: (shown: ShownOverlays) => void,
  hostServices: () => Partial<HostServices> | undefined,
): ViewOverlays {
  let made: { stack: OverlayStack; controller: StacOverlayController } | null = null;
  const make = () => {
    if (made === null) {
      const stack = createOverlayStack((state) => show({ overlays, state }));
      made = { stack, controller: createOverlayController(stack, hostServices) };
    }
    return made;
  };
  const overlays: ViewOverlays = {
    controller: { servicesFor: (origin) => make().controller.servicesFor(origin) },
    stack: () => make().stack,
  };
  return overlays;
}

/** The state of `overlays` to draw: nothing open until its own stack rendered something. */
export function overlayStateOf(overlays: ViewOverlays, shown: ShownOverlays | null): OverlayState {
  return shown !== null && shown.overlays === overlays ? shown.state : NO_OVERLAYS;
}

/**
 * The document under its overlays: hidden while an in-place page shows (kept mounted, so it comes back as
 * it was), inert under an open dialog; the overlay layer only once the view opened something.
 */
export function withOverlays(overlays: ViewOverlays, state: OverlayState, children: ReactNode): ReactNode {
  const pageOpen = state.pages.length > 0;
  return (
    <StacOverlayContext.Provider value={overlays.controller}>
      <div
        data-stac-overlay-content=""
        hidden={pageOpen}
        inert={pageOpen || state.dialogs.length > 0}
        className="stac-overlay-content"
      >
        {children}
      </div>
      {state === NO_OVERLAYS ? null : <OverlayLayer state={state} stack={overlays.stack()} />}
    </StacOverlayContext.Provider>
  );
}
