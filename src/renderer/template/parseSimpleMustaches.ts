import type { ProgramNode, StatementNode } from './ast';

const REGION = /\{\{([^{}]*)\}\}/g;
const SIMPLE_PATH = /^\s*([A-Za-z_$][\w$]*(?:\.(?:[A-Za-z_$][\w$]*|\[\d+\]|\d+))*)\s*$/;
/** Words Handlebars reads as literals or keywords, never as paths. */
const KEYWORDS = new Set(['this', 'else', 'true', 'false', 'null', 'undefined']);

/**
 * Most plugin templates are text with plain path mustaches (`Hello {{asset.name}}`). Handlebars' generated
 * parser takes ~100 µs for one; this builds the identical tree for that subset in a few µs and returns null
 * for anything else (blocks, helpers, comments, `~`, `../`, `@data`, literals), which then goes to Handlebars.
 * `source` is translated Handlebars source whose text holds no braces (see translateDelimiters).
 */
export function parseSimpleMustaches(source: string): ProgramNode | null {
  const body: StatementNode[] = [];
  let last = 0;
  for (const match of source.matchAll(REGION)) {
    const path = SIMPLE_PATH.exec(match[1]);
    if (!path) return null;
    const original = path[1];
    const parts = original.split('.').map((part) => (part.startsWith('[') ? part.slice(1, -1) : part));
    if (KEYWORDS.has(parts[0])) return null;
    if (match.index > last && !pushText(body, source.slice(last, match.index))) return null;
    body.push({
      type: 'MustacheStatement',
      path: { type: 'PathExpression', data: false, depth: 0, parts, original },
      params: [],
      escaped: true,
    });
    last = match.index + match[0].length;
  }
  if (last < source.length && !pushText(body, source.slice(last))) return null;
  return { type: 'Program', body };
}

/** A stray brace means the text still holds syntax this subset does not cover (e.g. a triple-stash). */
function pushText(body: StatementNode[], text: string): boolean {
  if (text.includes('{') || text.includes('}')) return false;
  body.push({ type: 'ContentStatement', value: text });
  return true;
}
