/**
 * Server-side rendering of one document to HTML. Nothing here (or in the render path) touches browser
 * globals; effects do not run on the server, so problems are reported during render instead.
 */
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { StacSharedStylesheet } from './StacSharedStylesheet';
import { StacView, type StacViewProps } from './StacView';

export { STAC_STYLESHEET_CSS } from './StacSharedStylesheet';

export type RenderStacToStringOptions = Omit<
  StacViewProps,
  'document' | 'serverRendering' | 'sharedStylesheet'
> & {
  /**
   * `'omit'` (default): the view's HTML only; the page carries the shared stylesheet once, in its head
   * (`stacStylesheetHtml()`). `'inline'`: the stylesheet goes first, for HTML that stands alone (one view
   * per page, an e-mail, the CLI's output).
   */
  stylesheet?: 'omit' | 'inline';
};

/**
 * The HTML of `document` rendered with `options` (same props as StacView). Problems go to `onProblem`.
 * Without the shared stylesheet (see `stylesheet`): a one-node view is a few hundred bytes, not 13 KB.
 */
export function renderStacToString(document: unknown, options: RenderStacToStringOptions = {}): string {
  const { stylesheet = 'omit', ...props } = options;
  return renderToString(
    createElement(StacView, {
      ...props,
      document,
      serverRendering: true,
      sharedStylesheet: stylesheet === 'inline',
    }),
  );
}

let stylesheetHtml: string | undefined;

/**
 * The shared stylesheet of every view as the `<style>` element React itself writes (with its
 * `data-precedence` and `data-href`), for the page's `<head>`, once per page however many views it shows.
 * When the page hydrates, React finds it there and adds no second copy.
 */
export function stacStylesheetHtml(): string {
  stylesheetHtml ??= renderToString(createElement(StacSharedStylesheet));
  return stylesheetHtml;
}
