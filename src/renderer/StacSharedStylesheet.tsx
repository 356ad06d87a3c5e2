import { STAC_THEME_CSS } from './theme';
import { STAC_WIDGET_CSS } from './widgets';

/** The rules every view shares as one CSS text, also for a host that serves them as a file. */
export const STAC_STYLESHEET_CSS = `${STAC_THEME_CSS}\n${STAC_WIDGET_CSS}`;

/**
 * The stylesheet every view shares: the built-in themes' variables and base text, and the widgets' rules,
 * as one element made once. React 19 hoists a `<style href precedence>` into the document head once however
 * many views render it; a view puts it straight among its children (no component of its own: one fiber per
 * view) and React skips it on every re-render. On the server a page puts it in its head once
 * (`stacStylesheetHtml()` in `./ssr`), not in every view's HTML.
 */
export const SHARED_STYLE_ELEMENT = (
  <style href="stac" precedence="stac">
    {STAC_STYLESHEET_CSS}
  </style>
);

export function StacSharedStylesheet() {
  return SHARED_STYLE_ELEMENT;
}
