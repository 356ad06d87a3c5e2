/**
 * The embed's templateGrammar (vite.embed.config.ts puts it in place of templateGrammar.ts): the full grammar
 * (templateParser.ts with its lexer and whitespace control, and the interpreter of blocks, templateBlocks.ts) is
 * a chunk. Most plugin templates are a lone path or plain mustaches, which parseTemplate reads without it; a
 * slot asks for the chunk with the widget families of a document that holds any other template
 * (widgets/builtinRegistry.lazy.ts) and waits for both before it validates and renders the document.
 */
import { chunkLoader } from '../../stac-schema';
import type { ProgramNode } from './ast';
import type { TemplateInterpreter } from './templateInterpreter';

const grammar = chunkLoader(() => import('./templateGrammarChunk'));

export function fullTemplateParser(): ((source: string) => ProgramNode) | null {
  return grammar.current()?.parseTemplateSource ?? null;
}

export function blockInterpreter(): typeof TemplateInterpreter | null {
  return grammar.current()?.BlockInterpreter ?? null;
}

export function loadTemplateGrammar(): Promise<void> | null {
  if (grammar.current()) return null;
  return grammar.load().then(() => undefined);
}
