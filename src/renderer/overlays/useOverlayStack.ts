import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { DialogRequest, NavigateRequest, SnackBarRequest } from '../../actions';
import type { OverlayOrigin } from './StacOverlayContext';

export interface DialogEntry {
  id: number;
  request: DialogRequest;
  origin: OverlayOrigin;
  /** A built-in dialog (confirm) renders React content instead of widget JSON. */
  element?: ReactNode;
  resolve(result: unknown): void;
}

export interface PageEntry {
  id: number;
  widgetJson: unknown;
  origin: OverlayOrigin;
}

export interface OverlayState {
  dialogs: DialogEntry[];
  pages: PageEntry[];
  snackBars: (SnackBarRequest & { id: number; origin: OverlayOrigin })[];
}

export const NO_ORIGIN: OverlayOrigin = { store: null };

// A plugin looping over showDialog or showSnackBar must not bury the page; the actions fail visibly instead.
const MAX_OPEN_DIALOGS = 5;
const MAX_QUEUED_SNACK_BARS = 10;
const MAX_PAGES = 20;

const EMPTY_STATE: OverlayState = { dialogs: [], pages: [], snackBars: [] };

export type WidgetNavigation = Extract<NavigateRequest, { kind: 'widget' }>;

/**
 * The open overlays of a StacOverlayHost (dialogs, in-place pages, queued snack bars) and the operations on
 * them, each within its cap. Services decide synchronously (a pop closes the top dialog if there is one), so
 * every operation reads and writes the current stack through a ref and then renders it.
 */
export function useOverlayStack() {
  const [state, setState] = useState<OverlayState>(EMPTY_STATE);
  // Services decide synchronously (a pop closes the top dialog if there is one), so they read this ref.
  const stateRef = useRef(state);
  const update = useCallback((change: (current: OverlayState) => OverlayState) => {
    stateRef.current = change(stateRef.current);
    setState(stateRef.current);
  }, []);
  const nextId = useRef(0);

  const openModal = useCallback(
    (request: DialogRequest, origin: OverlayOrigin, element?: ReactNode) =>
      new Promise<unknown>((resolve, reject) => {
        if (stateRef.current.dialogs.length >= MAX_OPEN_DIALOGS) {
          reject(new Error(`${MAX_OPEN_DIALOGS} dialogs are already open; close one before opening another`));
          return;
        }
        const id = ++nextId.current;
        update((current) => ({
          ...current,
          dialogs: [...current.dialogs, { id, request, origin, element, resolve }],
        }));
      }),
    [update],
  );

  const closeDialog = useCallback(
    (id: number | 'top', result?: unknown) => {
      const dialogs = stateRef.current.dialogs;
      const entry = id === 'top' ? dialogs[dialogs.length - 1] : dialogs.find((dialog) => dialog.id === id);
      if (!entry) return false;
      update((current) => ({ ...current, dialogs: current.dialogs.filter((dialog) => dialog !== entry) }));
      entry.resolve(result);
      return true;
    },
    [update],
  );

  const showSnackBar = useCallback(
    (request: SnackBarRequest, origin: OverlayOrigin) => {
      if (stateRef.current.snackBars.length >= MAX_QUEUED_SNACK_BARS) {
        throw new Error(`${MAX_QUEUED_SNACK_BARS} snack bars are already waiting; show fewer at once`);
      }
      const id = ++nextId.current;
      update((current) => ({ ...current, snackBars: [...current.snackBars, { ...request, id, origin }] }));
    },
    [update],
  );

  const finishSnackBar = useCallback(
    (id: number) =>
      update((current) => ({ ...current, snackBars: current.snackBars.filter((bar) => bar.id !== id) })),
    [update],
  );

  const pushPage = useCallback(
    (request: WidgetNavigation, origin: OverlayOrigin) => {
      if (stateRef.current.pages.length >= MAX_PAGES && !request.clearStack && request.style === 'push') {
        throw new Error(`${MAX_PAGES} pages are already open; replace a page instead of pushing another`);
      }
      const id = ++nextId.current;
      update((current) => {
        const base = request.clearStack
          ? []
          : request.style === 'replace'
            ? current.pages.slice(0, -1)
            : current.pages;
        return { ...current, pages: [...base, { id, widgetJson: request.widgetJson, origin }] };
      });
    },
    [update],
  );

  const popPage = useCallback(
    (all: boolean) => {
      if (stateRef.current.pages.length === 0) return false;
      update((current) => ({ ...current, pages: all ? [] : current.pages.slice(0, -1) }));
      return true;
    },
    [update],
  );

  // Actions awaiting a dialog of a view that went away end instead of waiting forever.
  useEffect(
    () => () => {
      for (const dialog of stateRef.current.dialogs) dialog.resolve(undefined);
    },
    [],
  );

  /** Whether any dialog or page is open now (not as of the last render). */
  const hasOverlay = useCallback(
    () => stateRef.current.dialogs.length > 0 || stateRef.current.pages.length > 0,
    [],
  );

  return { state, openModal, closeDialog, showSnackBar, finishSnackBar, pushPage, popPage, hasOverlay };
}

export type OverlayStack = Omit<ReturnType<typeof useOverlayStack>, 'state'>;
