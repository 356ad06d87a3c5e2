/**
 * What a view's overlays need once an action opens one: the stack, the services built on it and the layer that
 * draws dialogs, sheets, pages and snack bars. The embed loads it as part of the built-in actions' chunk
 * (overlayParts.lazy.ts); everywhere else it is present from the start (overlayParts.ts).
 */
export { createOverlayStack } from './overlayStack';
export { createOverlayController } from './overlayController';
export { OverlayLayer } from './OverlayLayer';
