/** What the embed's deferred built-ins load as one chunk (builtinDefinitions.lazy.ts). */
export { stacActions } from './stacActions';
export { invenicumMethods } from './invenicumMethods';
export { hostMethods } from './hostMethods';
