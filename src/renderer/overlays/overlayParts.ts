/**
 * A view's overlay code (overlayChunk.ts) as viewOverlays.tsx reaches it. Here it is present from the start
 * (the app, server rendering, other trees); the embed's build puts overlayParts.lazy.ts in this module's place
 * (vite.embed.config.ts), where it comes in the built-in actions' chunk, since only an action opens an overlay.
 */
import * as overlayChunk from './overlayChunk';

export type OverlayParts = typeof overlayChunk;

/** The overlay code; null while its chunk has not come (only in the embed). */
export function overlayParts(): OverlayParts | null {
  return overlayChunk;
}

/**
 * Loads the overlay code: null when it is present (always, here), else a promise of it, rejected when its chunk
 * could not be loaded (calling again tries again).
 */
export function loadOverlayParts(): Promise<OverlayParts> | null {
  return null;
}
