import type {
  ExpressionNode,
  HashNode,
  HashPairNode,
  PathExpressionNode,
  ProgramNode,
  StatementNode,
} from './ast';

const REGION = /\{\{([^{}]*)\}\}/g;
const PATH = /^[A-Za-z_$][\w$]*(?:\.(?:[A-Za-z_$][\w$]*|\[\d+\]|\d+))*$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;
const STRING = /^(?:"([^"\\]*)"|'([^'\\]*)')$/;
const HASH_PAIR = /^([A-Za-z_$][\w$]*)=(.+)$/s;
/** A token: a quoted string (may hold spaces) or a run of non-space characters. */
const TOKEN = /\s*((?:[A-Za-z_$][\w$]*=)?(?:"[^"\\]*"|'[^'\\]*')|[^\s"']+)/y;
/** Words Handlebars reads as literals or keywords, never as paths. */
const KEYWORDS = new Set(['this', 'else', 'true', 'false', 'null', 'undefined', 'as']);

/**
 * Most plugin templates are text with plain mustaches: `Hello {{asset.name}}`, `{{formatNumber asset.price 2}}`,
 * `{{default asset.note "none" upper=true}}`. The full parser (templateParser.ts) takes tens of µs for one; this builds the
 * identical tree for that subset (paths, string/number/boolean literals, hash pairs) in a few µs and returns null
 * for anything else (blocks, comments, sub-expressions, `~`, `../`, `@data`, `this`, escapes), which then goes to
 * the full parser. `source` is translated Handlebars source whose text holds no braces (see translateDelimiters);
 * test/renderer/template/parseSimpleMustaches.test.ts compares both parsers.
 */
export function parseSimpleMustaches(source: string): ProgramNode | null {
  const body: StatementNode[] = [];
  let last = 0;
  for (const match of source.matchAll(REGION)) {
    const tokens = tokenize(match[1]);
    if (!tokens || tokens.length === 0) return null;
    const path = pathExpression(tokens[0]);
    if (!path) return null;
    const params: ExpressionNode[] = [];
    const pairs: HashPairNode[] = [];
    for (const token of tokens.slice(1)) {
      const pair = HASH_PAIR.exec(token);
      if (pair) {
        const value = expression(pair[2]);
        if (!value) return null;
        pairs.push({ type: 'HashPair', key: pair[1], value });
        continue;
      }
      // Handlebars' grammar puts every positional parameter before the hash.
      const param = pairs.length === 0 ? expression(token) : null;
      if (!param) return null;
      params.push(param);
    }
    if (match.index > last && !pushText(body, source.slice(last, match.index))) return null;
    const hash: HashNode | undefined = pairs.length > 0 ? { type: 'Hash', pairs } : undefined;
    body.push({ type: 'MustacheStatement', path, params, hash, escaped: true });
    last = match.index + match[0].length;
  }
  if (last < source.length && !pushText(body, source.slice(last))) return null;
  return { type: 'Program', body };
}

function tokenize(inner: string): string[] | null {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < inner.length) {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(inner);
    if (!match) return /^\s*$/.test(inner.slice(start)) ? tokens : null;
    tokens.push(match[1]);
  }
  return tokens;
}

function pathExpression(token: string): PathExpressionNode | null {
  if (!PATH.test(token)) return null;
  const parts = token.split('.').map((part) => (part.startsWith('[') ? part.slice(1, -1) : part));
  if (KEYWORDS.has(parts[0])) return null;
  return { type: 'PathExpression', data: false, depth: 0, parts, original: token };
}

function expression(token: string): ExpressionNode | null {
  if (token === 'true' || token === 'false') return { type: 'BooleanLiteral', value: token === 'true' };
  if (NUMBER.test(token)) return { type: 'NumberLiteral', value: Number(token) };
  const string = STRING.exec(token);
  if (string) return { type: 'StringLiteral', value: string[1] ?? string[2] };
  return pathExpression(token);
}

/** A stray brace means the text still holds syntax this subset does not cover (e.g. a triple-stash). */
function pushText(body: StatementNode[], text: string): boolean {
  if (text.includes('{') || text.includes('}')) return false;
  body.push({ type: 'ContentStatement', value: text });
  return true;
}
