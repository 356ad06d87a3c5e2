import type { ReactNode } from 'react';
import type { DialogRequest, NavigateRequest, SnackBarRequest } from '../../actions';
import type { OverlayOrigin } from './StacOverlayContext';
import { NO_OVERLAYS, type OverlayState } from './overlayState';

export type { DialogEntry, OverlayState, PageEntry } from './overlayState';

export const NO_ORIGIN: OverlayOrigin = { store: null };

// A plugin looping over showDialog or showSnackBar must not bury the page; the actions fail visibly instead.
const MAX_OPEN_DIALOGS = 5;
const MAX_QUEUED_SNACK_BARS = 10;
const MAX_PAGES = 20;

export type WidgetNavigation = Extract<NavigateRequest, { kind: 'widget' }>;

/**
 * The open overlays of a view (dialogs, in-place pages, queued snack bars) and the operations on them, each
 * within its cap. Services decide synchronously (a pop closes the top dialog if there is one), so every
 * operation reads and writes the current stack, then hands it to `render`. Made once per view and document
 * (one object, not a hook per operation): every view has one, and most never open an overlay.
 */
export function createOverlayStack(render: (state: OverlayState) => void) {
  let current = NO_OVERLAYS;
  let nextId = 0;
  const update = (change: (state: OverlayState) => OverlayState) => {
    current = change(current);
    render(current);
  };

  const closeDialog = (id: number | 'top', result?: unknown) => {
    const dialogs = current.dialogs;
    const entry = id === 'top' ? dialogs[dialogs.length - 1] : dialogs.find((dialog) => dialog.id === id);
    if (!entry) return false;
    update((state) => ({ ...state, dialogs: state.dialogs.filter((dialog) => dialog !== entry) }));
    entry.resolve(result);
    return true;
  };

  return {
    openModal: (request: DialogRequest, origin: OverlayOrigin, element?: ReactNode) =>
      new Promise<unknown>((resolve, reject) => {
        if (current.dialogs.length >= MAX_OPEN_DIALOGS) {
          reject(new Error(`${MAX_OPEN_DIALOGS} dialogs are already open; close one before opening another`));
          return;
        }
        const id = ++nextId;
        update((state) => ({
          ...state,
          dialogs: [...state.dialogs, { id, request, origin, element, resolve }],
        }));
      }),

    closeDialog,

    showSnackBar: (request: SnackBarRequest, origin: OverlayOrigin) => {
      if (current.snackBars.length >= MAX_QUEUED_SNACK_BARS) {
        throw new Error(`${MAX_QUEUED_SNACK_BARS} snack bars are already waiting; show fewer at once`);
      }
      const id = ++nextId;
      update((state) => ({ ...state, snackBars: [...state.snackBars, { ...request, id, origin }] }));
    },

    finishSnackBar: (id: number) =>
      update((state) => ({ ...state, snackBars: state.snackBars.filter((bar) => bar.id !== id) })),

    pushPage: (request: WidgetNavigation, origin: OverlayOrigin) => {
      if (current.pages.length >= MAX_PAGES && !request.clearStack && request.style === 'push') {
        throw new Error(`${MAX_PAGES} pages are already open; replace a page instead of pushing another`);
      }
      const id = ++nextId;
      update((state) => {
        const base = request.clearStack
          ? []
          : request.style === 'replace'
            ? state.pages.slice(0, -1)
            : state.pages;
        return { ...state, pages: [...base, { id, widgetJson: request.widgetJson, origin }] };
      });
    },

    popPage: (all: boolean) => {
      if (current.pages.length === 0) return false;
      update((state) => ({ ...state, pages: all ? [] : state.pages.slice(0, -1) }));
      return true;
    },

    /** Whether any dialog or page is open now (not as of the last render). */
    hasOverlay: () => current.dialogs.length > 0 || current.pages.length > 0,

    endWaitingDialogs: () => {
      for (const dialog of current.dialogs) dialog.resolve(undefined);
    },
  };
}

export type OverlayStack = ReturnType<typeof createOverlayStack>;
