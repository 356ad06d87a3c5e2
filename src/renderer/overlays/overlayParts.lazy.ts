/**
 * The embed's overlayParts (vite.embed.config.ts puts it in place of overlayParts.ts): the overlay stack, its
 * services and the views of dialogs, sheets, pages and snack bars (with the focus trap's hook) sit in the
 * built-in actions' chunk, which the embed starts fetching when the user's pointer or focus enters a slot.
 * Only an action opens an overlay, and a view waits for this code before it dispatches one (view/runAction.ts),
 * so a page that never runs an action never loads it.
 */
import { chunkLoader } from '../../stac-schema';

export type OverlayParts = typeof import('./overlayChunk');

const overlayChunk = chunkLoader<OverlayParts>(() => import('./overlayChunk'));

export function overlayParts(): OverlayParts | null {
  return overlayChunk.current();
}

export function loadOverlayParts(): Promise<OverlayParts> | null {
  if (overlayChunk.current()) return null;
  return overlayChunk.load();
}
