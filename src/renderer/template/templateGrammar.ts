/**
 * The full template grammar (blocks, comments, sub-expressions, whitespace control, `../`, `@data`) as
 * parseTemplate reaches it, with the interpreter of its blocks. Here it is present from the start (the app, the server, the CLI); the embed's build
 * puts templateGrammar.lazy.ts in this module's place (vite.embed.config.ts), where the grammar is a chunk that
 * comes when a document first holds a template the simple readers (a lone path, plain mustaches) cannot take.
 */
import type { ProgramNode } from './ast';
import { BlockInterpreter, parseTemplateSource } from './templateGrammarChunk';
import type { TemplateInterpreter } from './templateInterpreter';

/** The full parser; null while its chunk has not come (only in the embed). */
export function fullTemplateParser(): ((source: string) => ProgramNode) | null {
  return parseTemplateSource;
}

/** The interpreter of blocks, which only the full parser reads; null while its chunk has not come. */
export function blockInterpreter(): typeof TemplateInterpreter | null {
  return BlockInterpreter;
}

/**
 * Loads the full grammar: null when it is present (always, here), else a promise that settles when it is,
 * rejected when its chunk could not be loaded (calling again tries again).
 */
export function loadTemplateGrammar(): Promise<void> | null {
  return null;
}
