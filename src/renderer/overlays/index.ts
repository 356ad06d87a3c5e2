/**
 * The UI side of plugin actions. Wiring, for StacView:
 *
 *   <StacOverlayHost services={props.services}>{content}</StacOverlayHost>   (inside the renderer contexts,
 *   so dialog widgets share the view's scope, theme, forms and actions), and when building an action's
 *   services: `{ ...createDefaultHostServices(scope), ...props.services, ...useStacOverlayServices() }`
 *   (the overlay services already defer to the host's own dialog/snack bar/notify/confirm and wrap navigate).
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
