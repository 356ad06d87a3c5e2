/**
 * The one focus trap of every modal (plugin dialogs and sheets, the app's confirm dialog), built on the
 * well-kept `focus-trap` library: Tab and Shift+Tab cycle inside, focus that escapes is pulled back, a trap
 * opened over another pauses it, and closing gives focus back to where it was. Escape and outside clicks
 * stay with the modal's own handlers, which know whether it may be dismissed.
 *
 * The library (with `tabbable`, 6 KB gzip) is loaded the first time a modal opens: most pages and most
 * plugins never show one, so it stays out of the embed's and the app's first bytes. Until it arrives (a few
 * milliseconds, once per page) the modal already holds focus; should it fail to load, focus still moves in
 * and goes back on close, only Tab is not held inside.
 */
import { useLayoutEffect, type RefObject } from 'react';
import type { FocusTrap } from 'focus-trap';

type FocusTrapLibrary = typeof import('focus-trap');

let library: FocusTrapLibrary | undefined;
let loading: Promise<FocusTrapLibrary> | undefined;

/** Starts loading the focus-trap library (once per page); resolves to it. */
export function loadFocusTrap(): Promise<FocusTrapLibrary> {
  loading ??= import('focus-trap').then(
    (loaded) => (library = loaded),
    (error: unknown) => {
      // A later modal may try again (the network may be back).
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

function firstFocus(element: HTMLElement, initialFocus?: RefObject<HTMLElement | null>): HTMLElement {
  return initialFocus?.current ?? element;
}

/**
 * Where the trap puts focus as it starts. A control inside the modal that already holds focus keeps it (the
 * user pressed Tab before the library arrived: pulling focus back to the first control would undo that);
 * `undefined` tells focus-trap to keep the focused element inside, else to take the first tabbable one.
 */
function focusOnStart(
  element: HTMLElement,
  initialFocus?: RefObject<HTMLElement | null>,
): HTMLElement | undefined {
  const active = element.ownerDocument.activeElement;
  if (active instanceof HTMLElement && active !== element && element.contains(active)) return undefined;
  return initialFocus ? firstFocus(element, initialFocus) : undefined;
}

/**
 * Traps focus in `container` while the calling component is mounted. `initialFocus` takes focus on open;
 * without it the first element Tab reaches does, else the container itself.
 */
export function useFocusTrap(
  container: RefObject<HTMLElement | null>,
  initialFocus?: RefObject<HTMLElement | null>,
): void {
  // A layout effect, so the element focused before the modal opened is the one remembered.
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const opener = element.ownerDocument.activeElement;
    let trap: FocusTrap | undefined;
    let closed = false;
    const start = ({ createFocusTrap }: FocusTrapLibrary) => {
      if (closed) return;
      trap = createFocusTrap(element, {
        initialFocus: () => focusOnStart(element, initialFocus),
        fallbackFocus: element,
        escapeDeactivates: false,
        clickOutsideDeactivates: false,
        allowOutsideClick: true,
        // The element focused when the modal opened, even if focus moved in before the library arrived.
        setReturnFocus: (previous) =>
          opener instanceof HTMLElement && opener.isConnected ? opener : previous,
        returnFocusOnDeactivate: true,
        delayInitialFocus: false,
        // Synchronously, as the modal closes: a page that then moves focus itself (after removing a row) keeps it.
        delayReturnFocus: false,
        // Visibility is judged by `inert` and `aria-hidden`, not by layout: a modal's content is shown, and
        // layout-based checks find nothing focusable where there is no layout (server HTML, jsdom).
        tabbableOptions: { displayCheck: 'none' },
      });
      trap.activate();
    };
    if (library) start(library);
    else {
      // A modal that names its first control gives it focus at once (the trap keeps focus that is inside);
      // else the trap, once here, picks the first control, and without the trap the modal itself takes it.
      initialFocus?.current?.focus();
      void loadFocusTrap().then(start, () => {
        if (!closed && !element.contains(element.ownerDocument.activeElement))
          firstFocus(element, initialFocus).focus();
      });
    }
    return () => {
      closed = true;
      if (trap) trap.deactivate();
      else if (opener instanceof HTMLElement && element.contains(element.ownerDocument.activeElement))
        opener.focus();
    };
  }, [container, initialFocus]);
}
