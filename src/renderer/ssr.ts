/**
 * Server-side rendering of one document to HTML. Nothing here (or in the render path) touches browser
 * globals; effects do not run on the server, so problems are reported during render instead.
 */
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { StacView, type StacViewProps } from './StacView';

export type RenderStacToStringOptions = Omit<StacViewProps, 'document' | 'serverRendering'>;

/** The HTML of `document` rendered with `options` (same props as StacView). Problems go to `onProblem`. */
export function renderStacToString(document: unknown, options: RenderStacToStringOptions = {}): string {
  return renderToString(createElement(StacView, { ...options, document, serverRendering: true }));
}
