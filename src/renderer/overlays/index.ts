/**
 * The UI side of plugin actions. StacView holds its overlays itself (viewOverlays.tsx: one stack and its
 * services per view and document, `withOverlays` around its content, inside the renderer contexts so that
 * dialog widgets share the view's scope, theme, forms and actions); other trees wrap their children in
 * <StacOverlayHost services={...}>. An action's services are
 * `{ ...createDefaultHostServices(scope), ...props.services, ...useStacOverlayServices() }` (the overlay
 * services already defer to the host's own dialog/snack bar/notify/confirm and wrap navigate).
 */
export { StacOverlayHost } from './StacOverlayHost';
export type { StacOverlayHostProps } from './StacOverlayHost';
export { StacOverlayContext, useStacOverlayServices } from './StacOverlayContext';
export { ModalFrame } from './ModalFrame';
export type { ModalFrameProps } from './ModalFrame';
export { SnackBarView, DEFAULT_SNACK_BAR_MS } from './SnackBarView';
export { OverlayWidget } from './OverlayWidget';
export { StacNoticeOutletContext, noticeSourceOf } from './StacNoticeOutlet';
export { useFocusTrap } from './useFocusTrap';
