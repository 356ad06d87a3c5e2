/**
 * The renderer's light entry for the app's UI kit (src/ui): the focus trap every modal shares and the
 * context that gathers a page's notices. Nothing here reaches the widgets, the schema or the template
 * language, so a page that has no plugin on it yet (the sign-in page) can have toasts and a confirm dialog
 * without downloading the renderer (see the first-page budget in scripts/bundleSizes.ts).
 */
export { useFocusTrap } from '../overlays/useFocusTrap';
export { StacNoticeOutletContext } from '../overlays/StacNoticeOutlet';
