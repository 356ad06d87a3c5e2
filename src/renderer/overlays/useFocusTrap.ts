/**
 * The one focus trap of every modal (plugin dialogs and sheets, the app's confirm dialog), built on the
 * well-kept `focus-trap` library: Tab and Shift+Tab cycle inside, focus that escapes is pulled back, a trap
 * opened over another pauses it, and closing gives focus back to where it was. Escape and outside clicks
 * stay with the modal's own handlers, which know whether it may be dismissed.
 */
import { useLayoutEffect, type RefObject } from 'react';
import { createFocusTrap, type FocusTargetOrFalse } from 'focus-trap';

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
    const trap = createFocusTrap(element, {
      initialFocus: initialFocus ? (): FocusTargetOrFalse => initialFocus.current ?? element : undefined,
      fallbackFocus: element,
      escapeDeactivates: false,
      clickOutsideDeactivates: false,
      allowOutsideClick: true,
      returnFocusOnDeactivate: true,
      delayInitialFocus: false,
      // Synchronously, as the modal closes: a page that then moves focus itself (after removing a row) keeps it.
      delayReturnFocus: false,
      // Visibility is judged by `inert` and `aria-hidden`, not by layout: a modal's content is shown, and
      // layout-based checks find nothing focusable where there is no layout (server HTML, jsdom).
      tabbableOptions: { displayCheck: 'none' },
    });
    trap.activate();
    return () => {
      trap.deactivate();
    };
  }, [container, initialFocus]);
}
