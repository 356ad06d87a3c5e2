import { STAC_THEME_CSS } from './theme';
import { STAC_WIDGET_CSS, STAC_WIDGET_STYLE } from './widgets';

/**
 * The stylesheet every view shares: the built-in themes' variables and base text, and the widgets' rules.
 * React 19 hoists these `<style href precedence>` elements into the document head once however many views
 * render them; on the server, a page puts them in its head once (`stacStylesheetHtml()` in `./ssr`), not in
 * every view's HTML.
 */
export function StacSharedStylesheet() {
  return (
    <>
      {THEME_STYLE}
      {STAC_WIDGET_STYLE}
    </>
  );
}

// The two elements themselves, made once: a view puts them straight among its children (no component or
// fragment of its own on every view), and React skips them on every re-render.
const THEME_STYLE = (
  <style href="stac-theme" precedence="stac">
    {STAC_THEME_CSS}
  </style>
);
export const SHARED_STYLE_ELEMENTS = { theme: THEME_STYLE, widgets: STAC_WIDGET_STYLE } as const;

/** The same rules as one CSS text, for a host that serves them as a file (`<link rel="stylesheet">`). */
export const STAC_STYLESHEET_CSS = `${STAC_THEME_CSS}\n${STAC_WIDGET_CSS}`;
