/** What the server-render run needs, as one module to build (bench/buildForNode.ts). */
export { renderStacToString, stacStylesheetHtml } from '../../src/renderer/ssr';
export { jsonRender, stacActions, stacWeb } from './renderers';
export { shopState } from './shopDocument';
export { defaultRounds, median } from './sideBySide';
export { formatResults } from './report';
