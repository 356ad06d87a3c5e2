import type {
  ExpressionNode,
  HashNode,
  MustacheStatementNode,
  ProgramNode,
  SourceLocation,
  StatementNode,
} from './ast';
import { isForbiddenKey } from './forbiddenKeys';
import { NOT_A_PATH } from './notAPath';
import { parseSimpleMustaches } from './parseSimpleMustaches';
import { DEFAULT_TEMPLATE_LIMITS } from './limits';
import { LruCache } from './LruCache';
import { TemplateError } from './TemplateError';
import { fullTemplateParser } from './templateGrammar';
import { translateDelimiters, type TemplateDelimiter } from './translateDelimiters';

/** A parsed, checked template, ready for `renderTemplate`. Immutable and shared through the cache. */
export interface TemplateProgram {
  readonly source: string;
  readonly delimiter: TemplateDelimiter;
  readonly ast: ProgramNode;
  /** The source has no template region: rendering gives the text as is (escapes resolved). */
  readonly isStatic: boolean;
  /**
   * The source is exactly one mustache (`{{asset.count}}`, `<<gt a 1>>`) with no text around it:
   * `bindValue` keeps the value's own type (number, boolean) instead of making it text.
   */
  readonly singleExpression: MustacheStatementNode | null;
}

export interface ParseTemplateOptions {
  /** Longest accepted source; default `DEFAULT_TEMPLATE_LIMITS.maxSourceLength`. */
  maxSourceLength?: number;
}

/** Enough for every distinct string of a 10,000-node document with a few templates per node (the bench); the oldest entries go first. */
export const TEMPLATE_CACHE_SIZE = 10_000;

const cache = new LruCache<string, TemplateProgram | TemplateError>(TEMPLATE_CACHE_SIZE);

/**
 * Parses a template once per distinct source (LRU cache) and refuses what our interpreter does not allow:
 * partials, decorators, paths through `__proto__`/`constructor`/`prototype`, nesting deeper than
 * `DEFAULT_TEMPLATE_LIMITS.maxDepth`. Throws a `TemplateError` with a stable `code`.
 */
export function parseTemplate(source: string, options: ParseTemplateOptions = {}): TemplateProgram {
  const maxSourceLength = options.maxSourceLength ?? DEFAULT_TEMPLATE_LIMITS.maxSourceLength;
  if (source.length > maxSourceLength) {
    throw new TemplateError(
      'limit_exceeded',
      `Template is ${source.length} characters long; the limit is ${maxSourceLength}. Split it into smaller texts.`,
      { source: source.slice(0, 200) },
    );
  }
  const cached = cache.get(source);
  if (cached instanceof TemplateError) throw cached;
  if (cached) return cached;
  try {
    const program = parseUncached(source);
    cache.set(source, program);
    return program;
  } catch (error) {
    // Not the template's fault, and gone once the grammar has come: not cached.
    if (error instanceof TemplateError && error.code === 'grammar_not_loaded') throw error;
    const templateError =
      error instanceof TemplateError
        ? error
        : new TemplateError('syntax_error', syntaxMessage(error, source), {
            source,
            ...parserPosition(error),
          });
    cache.set(source, templateError);
    throw templateError;
  }
}

/** Whether a string contains a template region in either delimiter (escaped openers do not count). */
export function hasTemplate(value: unknown): boolean {
  if (typeof value !== 'string' || (!value.includes('{{') && !value.includes('<<'))) return false;
  try {
    return !parseTemplate(value).isStatic;
  } catch {
    // A broken template is still a template: the renderer must report it, not show it as text.
    return true;
  }
}

/** Empties the parse cache (tests and long-running hosts that unload plugins). */
export function clearTemplateCache(): void {
  cache.clear();
}

export function templateCacheSize(): number {
  return cache.size;
}

/** A whole template that is one plain path, `<<items[2].name>>` or `{{asset.name}}`: most bound values. */
const LONE_PATH =
  /^(?:<<([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[\d+\])*)>>|\{\{([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[\d+\])*)\}\})$/;

/**
 * The tree of a lone-path template built straight from the source, without the delimiter translation and
 * the mustache scan (a fresh document of a thousand items has thousands of them, each parsed once). The
 * same tree the general route builds (test/renderer/template/parseTemplate.test.ts compares them); null
 * for anything else.
 */
function parseLonePath(source: string): ProgramNode | null {
  const match = LONE_PATH.exec(source);
  if (!match) return null;
  // Stac's index form `list[2]` is Handlebars' `list.[2]`, as translateDelimiters writes it.
  const original = (match[1] ?? match[2]).replaceAll('[', '.[');
  const parts = original.split('.').map((part) => (part.startsWith('[') ? part.slice(1, -1) : part));
  if (NOT_A_PATH.has(parts[0])) return null;
  const path = { type: 'PathExpression' as const, data: false, depth: 0, parts, original };
  return { type: 'Program', body: [{ type: 'MustacheStatement', path, params: [], escaped: true }] };
}

function parseUncached(source: string): TemplateProgram {
  const lonePath = parseLonePath(source);
  if (lonePath) {
    checkProgram(lonePath, source, 0, (text) => text);
    return freezeProgram(source, source.startsWith('<<') ? '<<' : '{{', lonePath);
  }
  const translated = translateDelimiters(source);
  if (!translated.hasRegions) {
    const text = translated.handlebarsSource
      .replaceAll(translated.openBraceSentinel, '{')
      .replaceAll(translated.closeBraceSentinel, '}');
    const ast: ProgramNode = {
      type: 'Program',
      body: text ? [{ type: 'ContentStatement', value: text }] : [],
    };
    return freezeProgram(source, translated.delimiter, ast);
  }
  const ast =
    parseSimpleMustaches(translated.handlebarsSource) ?? parseWithFullGrammar(translated.handlebarsSource);
  checkProgram(ast, source, 0, (text) =>
    text.replaceAll(translated.openBraceSentinel, '{').replaceAll(translated.closeBraceSentinel, '}'),
  );
  return freezeProgram(source, translated.delimiter, ast);
}

function parseWithFullGrammar(source: string): ProgramNode {
  const parse = fullTemplateParser();
  if (parse) return parse(source);
  // Only in the embed, whose slots load the grammar before they validate a document that needs it
  // (templateGrammarMissing): reaching this is a template that came some other way.
  throw new TemplateError(
    'grammar_not_loaded',
    'This template needs the full template language, which has not been loaded yet. Reload the page to try again.',
    { source },
  );
}

function freezeProgram(source: string, delimiter: TemplateDelimiter, ast: ProgramNode): TemplateProgram {
  const statements = ast.body.filter((statement) => statement.type !== 'CommentStatement');
  const only = statements.length === 1 ? statements[0] : undefined;
  return Object.freeze({
    source,
    delimiter,
    ast,
    isStatic: ast.body.every((statement) => statement.type === 'ContentStatement'),
    singleExpression: only?.type === 'MustacheStatement' ? only : null,
  });
}

/** Refuses forbidden constructs and restores the text braces hidden by the translation, in place. */
function checkProgram(
  program: ProgramNode,
  source: string,
  depth: number,
  restoreText: (text: string) => string,
): void {
  if (depth > DEFAULT_TEMPLATE_LIMITS.maxDepth) {
    throw new TemplateError(
      'limit_exceeded',
      `Blocks are nested more than ${DEFAULT_TEMPLATE_LIMITS.maxDepth} deep. Flatten the template.`,
      { source },
    );
  }
  for (const statement of program.body) checkStatement(statement, source, depth, restoreText);
}

function checkStatement(
  statement: StatementNode,
  source: string,
  depth: number,
  restoreText: (text: string) => string,
): void {
  switch (statement.type) {
    case 'ContentStatement':
      statement.value = restoreText(statement.value);
      return;
    case 'CommentStatement':
      return;
    case 'PartialStatement':
    case 'PartialBlockStatement':
      throw new TemplateError(
        'refused_partial',
        'Partials ({{> name}}) are not supported in plugin templates. Write the content inline.',
        { source, ...position(statement.loc) },
      );
    case 'Decorator':
    case 'DecoratorBlock':
      throw new TemplateError(
        'refused_decorator',
        'Decorators ({{*name}}) are not supported in plugin templates. Remove them.',
        { source, ...position(statement.loc) },
      );
    case 'MustacheStatement':
      checkCall(statement, source, depth);
      return;
    case 'BlockStatement':
      checkCall(statement, source, depth);
      if (statement.program) checkProgram(statement.program, source, depth + 1, restoreText);
      if (statement.inverse) checkProgram(statement.inverse, source, depth + 1, restoreText);
      return;
  }
}

function checkCall(
  call: { path: ExpressionNode; params: ExpressionNode[]; hash?: HashNode },
  source: string,
  depth: number,
): void {
  checkExpression(call.path, source, depth);
  for (const param of call.params) checkExpression(param, source, depth);
  for (const pair of call.hash?.pairs ?? []) checkExpression(pair.value, source, depth);
}

function checkExpression(expression: ExpressionNode, source: string, depth: number): void {
  if (expression.type === 'PathExpression') {
    const refused = expression.parts.find(isForbiddenKey);
    if (refused !== undefined) {
      throw new TemplateError(
        'refused_path',
        `The path "${expression.original}" goes through "${refused}", which templates may not read. Use a field of your data instead.`,
        { source, ...position(expression.loc) },
      );
    }
    return;
  }
  if (expression.type === 'SubExpression') {
    if (depth > DEFAULT_TEMPLATE_LIMITS.maxDepth) {
      throw new TemplateError(
        'limit_exceeded',
        `Sub-expressions are nested more than ${DEFAULT_TEMPLATE_LIMITS.maxDepth} deep. Simplify the template.`,
        { source },
      );
    }
    checkCall(expression, source, depth + 1);
  }
}

function position(loc: SourceLocation | undefined): { line?: number; column?: number } {
  return loc ? { line: loc.start.line, column: loc.start.column } : {};
}

function syntaxMessage(error: unknown, source: string): string {
  const detail = error instanceof Error ? error.message.split('\n').slice(-1)[0] : String(error);
  const [open, close] = source.includes('<<') && !source.includes('{{') ? ['<<', '>>'] : ['{{', '}}'];
  if (detail.includes("got 'EOF'")) {
    return `The template ends inside a block or an unfinished expression. Close every ${open}#name${close} with ${open}/name${close}.`;
  }
  const mismatch = /^(\S+) doesn't match (\S+)/.exec(detail);
  if (mismatch) {
    return `The block ${open}#${mismatch[1]}${close} is closed by ${open}/${mismatch[2]}${close}. Close blocks in the order they were opened.`;
  }
  return `The template could not be parsed (${detail}). Check the syntax between ${open} and ${close}.`;
}

function parserPosition(error: unknown): { line?: number; column?: number } {
  if (error && typeof error === 'object') {
    const lineNumber = (error as { lineNumber?: unknown }).lineNumber;
    const column = (error as { column?: unknown }).column;
    return {
      line: typeof lineNumber === 'number' ? lineNumber : undefined,
      column: typeof column === 'number' ? column : undefined,
    };
  }
  return {};
}
