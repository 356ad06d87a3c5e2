/**
 * The embed's templateGrammar (vite.embed.config.ts puts it in place of templateGrammar.ts): the full grammar
 * (templateParser.ts with its lexer and whitespace control) is a chunk. Most plugin templates are a lone path
 * or plain mustaches, which parseTemplate reads without it; a slot asks for the chunk with the widget families
 * of a document that holds any other template (widgets/builtinRegistry.lazy.ts) and waits for both before it
 * validates and renders the document.
 */
import type { ProgramNode } from './ast';

let parser: ((source: string) => ProgramNode) | null = null;
let loading: Promise<void> | null = null;

export function fullTemplateParser(): ((source: string) => ProgramNode) | null {
  return parser;
}

export function loadTemplateGrammar(): Promise<void> | null {
  if (parser) return null;
  loading ??= import('./templateParser').then(
    (module) => {
      parser = module.parseTemplateSource;
      loading = null;
    },
    (error: unknown) => {
      // The next ask tries again (a flaky network, a deploy that replaced the chunks).
      loading = null;
      throw error;
    },
  );
  return loading;
}
