/** The full template grammar as one chunk in the embed (templateGrammar.lazy.ts): its parser and its blocks. */
export { parseTemplateSource } from './templateParser';
export { BlockInterpreter } from './templateBlocks';
