import type { ReactNode } from 'react';
import type { DialogRequest, SnackBarRequest } from '../../actions';
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

/**
 * The state of a view before its first overlay: no layer is rendered for it. Every operation makes a new
 * state object, so once a view has opened anything its layer stays (the snack bar region among it). Apart
 * from the stack (overlayStack.ts) because every view reads it, and the embed loads the stack with its views
 * only when a view first runs an action (overlayParts.lazy.ts).
 */
export const NO_OVERLAYS: OverlayState = Object.freeze({ dialogs: [], pages: [], snackBars: [] });
