/**
 * Our parser of the Handlebars 4 syntax: the tree Handlebars' own `parse` gives (its grammar, its helper
 * functions and its whitespace control), written for the templates plugins may use and shipped instead of
 * Handlebars' generated parser (10 KB gzip in every bundle). Nothing is compiled. Handlebars stays a
 * development dependency: test/renderer/template/templateParser.test.ts checks that both parsers agree on
 * the corpus's templates and on generated ones. One difference on purpose: raw blocks (`{{{{raw}}}}`) are
 * refused as a syntax error (templates show braces with `\{{` instead).
 */
import type {
  ExpressionNode,
  HashNode,
  HashPairNode,
  LiteralNode,
  PathExpressionNode,
  ProgramNode,
  SourceLocation,
  StatementNode,
} from './ast';
import { tokenize, type Token, type TokenKind } from './templateLexer';
import { applyWhitespaceControl, type Strip } from './whitespaceControl';

/** A syntax error as Handlebars reports one: the last line names the token found; positions when known. */
export class TemplateSyntaxError extends Error {
  lineNumber?: number;
  column?: number;
}

const HELPER_NAME = ['ID', 'STRING', 'NUMBER', 'BOOLEAN', 'UNDEFINED', 'NULL', 'DATA'] as const;
const PARAM: readonly TokenKind[] = [...HELPER_NAME, 'OPEN_SEXPR'];
const STATEMENT_END: readonly TokenKind[] = ['EOF', 'INVERSE', 'OPEN_INVERSE_CHAIN', 'OPEN_ENDBLOCK'];
/**
 * The tokens after which Handlebars' generated parser ends a path (its lookahead set there): with any other
 * token next it reports that token before it checks the path, so `{{a/this` then the end of the text says
 * "got 'EOF'", not "Invalid path".
 */
const PATH_FOLLOW: readonly TokenKind[] = [
  'CLOSE_RAW_BLOCK',
  'CLOSE',
  'CLOSE_UNESCAPED',
  'OPEN_SEXPR',
  'CLOSE_SEXPR',
  'ID',
  'OPEN_BLOCK_PARAMS',
  'STRING',
  'NUMBER',
  'BOOLEAN',
  'UNDEFINED',
  'NULL',
  'DATA',
  'SEP',
];

interface OpenTag {
  open: string;
  path: PathExpressionNode | LiteralNode;
  params: ExpressionNode[];
  hash: HashNode | undefined;
  blockParams?: string[];
  strip: Strip;
}

interface InverseAndProgram {
  strip: Strip;
  program: ProgramNode;
  chain?: boolean;
}

/** Handlebars' `id`: `[anything]` is the literal segment `anything`. */
const id = (text: string) => (/^\[.*\]$/.test(text) ? text.slice(1, -1) : text);

function stripFlags(open: string, close: string): Strip {
  return { open: open.charAt(2) === '~', close: close.charAt(close.length - 3) === '~' };
}

function locOf(first: Token, last: Token): SourceLocation {
  return { start: first.start, end: last.end };
}

/** Handlebars' Exception: the message ends with the place, which it also carries as numbers. */
function exception(message: string, loc: SourceLocation | undefined): TemplateSyntaxError {
  if (!loc) return new TemplateSyntaxError(message);
  const error = new TemplateSyntaxError(`${message} - ${loc.start.line}:${loc.start.column}`);
  error.lineNumber = loc.start.line;
  error.column = loc.start.column;
  return error;
}

class Parser {
  private index = 0;
  constructor(private readonly tokens: Token[]) {}

  private get token(): Token {
    return this.tokens[this.index];
  }

  private peek(offset = 1): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)];
  }

  private take(kind: TokenKind | readonly TokenKind[]): Token {
    const kinds = typeof kind === 'string' ? [kind] : kind;
    if (!kinds.includes(this.token.kind)) throw this.unexpected(kinds);
    const token = this.token;
    this.index += 1;
    return token;
  }

  /** Whether the next token is of `kind` (a method, so TypeScript does not narrow it across reads). */
  private at(kind: TokenKind): boolean {
    return this.token.kind === kind;
  }

  private previous(): Token {
    return this.tokens[this.index - 1];
  }

  /**
   * Handlebars' generated parser reads the token after a block's close before it checks the close's name, so
   * unreadable text right after a mismatched close is the error it reports: report the same one.
   */
  private readAhead(): void {
    if (this.token.kind === 'LEX_ERROR') throw this.unexpected([]);
  }

  unexpected(expected: readonly TokenKind[]): TemplateSyntaxError {
    if (this.token.kind === 'LEX_ERROR') {
      return new TemplateSyntaxError(
        `Lexical error on line ${this.token.start.line}. Unrecognized text: ${JSON.stringify(this.token.text.slice(0, 20))}`,
      );
    }
    const list = expected.map((kind) => `'${kind}'`).join(', ');
    return new TemplateSyntaxError(
      `Parse error on line ${this.token.start.line}:\nExpecting ${list}, got '${this.token.kind}'`,
    );
  }

  root(): ProgramNode {
    const program = this.program();
    this.take('EOF');
    return program;
  }

  program(loc?: SourceLocation): ProgramNode {
    const body: StatementNode[] = [];
    while (!STATEMENT_END.includes(this.token.kind)) body.push(this.statement());
    const first = body[0]?.loc;
    const last = body[body.length - 1]?.loc;
    const programLoc = loc ?? (first && last ? { start: first.start, end: last.end } : undefined);
    return { type: 'Program', body, strip: {}, loc: programLoc } as ProgramNode;
  }

  statement(): StatementNode {
    const token = this.token;
    switch (token.kind) {
      case 'CONTENT':
        this.index += 1;
        return {
          type: 'ContentStatement',
          original: token.text,
          value: token.text,
          loc: locOf(token, token),
        } as StatementNode;
      case 'COMMENT':
        this.index += 1;
        return {
          type: 'CommentStatement',
          value: token.text.replace(/^\{\{~?!-?-?/, '').replace(/-?-?~?\}\}$/, ''),
          strip: stripFlags(token.text, token.text),
          loc: locOf(token, token),
        } as StatementNode;
      case 'OPEN':
      case 'OPEN_UNESCAPED':
        return this.mustache();
      case 'OPEN_BLOCK':
      case 'OPEN_INVERSE':
        return this.block();
      case 'OPEN_PARTIAL':
      case 'OPEN_PARTIAL_BLOCK':
        return this.partial();
      default:
        throw this.unexpected(['CONTENT', 'COMMENT', 'OPEN', 'OPEN_UNESCAPED', 'OPEN_BLOCK', 'OPEN_INVERSE']);
    }
  }

  mustache(): StatementNode {
    const open = this.take(['OPEN', 'OPEN_UNESCAPED']);
    const path = this.helperName();
    const { params, hash } = this.paramsAndHash();
    const close = this.take(open.kind === 'OPEN' ? 'CLOSE' : 'CLOSE_UNESCAPED');
    const escapeFlag = open.text.charAt(3) || open.text.charAt(2);
    return {
      type: /\*/.test(open.text) ? 'Decorator' : 'MustacheStatement',
      path,
      params,
      hash,
      escaped: escapeFlag !== '{' && escapeFlag !== '&',
      strip: stripFlags(open.text, close.text),
      loc: locOf(open, close),
    } as StatementNode;
  }

  partial(): StatementNode {
    const open = this.token;
    const tag = this.openTag(open.kind, false);
    if (open.kind === 'OPEN_PARTIAL') {
      const { path: name, params, hash, strip } = tag;
      const loc = locOf(open, this.previous());
      return { type: 'PartialStatement', name, params, hash, indent: '', strip, loc } as StatementNode;
    }
    const program = this.program();
    const close = this.closeBlock();
    this.readAhead();
    validateClose(tag, close.path);
    return {
      type: 'PartialBlockStatement',
      name: tag.path,
      params: tag.params,
      hash: tag.hash,
      program,
      openStrip: tag.strip,
      closeStrip: close.strip,
      loc: locOf(open, this.previous()),
    } as StatementNode;
  }

  /** `{{#name params hash as |a b|}}` and its kin: the opener, a helper name, and what follows it. */
  openTag(kind: TokenKind, withBlockParams = true): OpenTag {
    const open = this.take(kind);
    const path =
      open.kind === 'OPEN_PARTIAL' || open.kind === 'OPEN_PARTIAL_BLOCK' ? this.param() : this.helperName();
    const { params, hash } = this.paramsAndHash();
    let blockParams: string[] | undefined;
    if (withBlockParams && this.token.kind === 'OPEN_BLOCK_PARAMS') {
      this.index += 1;
      blockParams = [id(this.take('ID').text)];
      while (this.at('ID')) blockParams.push(id(this.take('ID').text));
      this.take('CLOSE_BLOCK_PARAMS');
    }
    const close = this.take('CLOSE');
    return {
      open: open.text,
      path: path as PathExpressionNode | LiteralNode,
      params,
      hash,
      blockParams,
      strip: stripFlags(open.text, close.text),
    };
  }

  block(): StatementNode {
    const first = this.token;
    const inverted = first.kind === 'OPEN_INVERSE';
    const open = this.openTag(first.kind);
    const program = this.program();
    let inverse: InverseAndProgram | undefined;
    if (!inverted && this.token.kind === 'OPEN_INVERSE_CHAIN') inverse = this.inverseChain();
    else if (this.token.kind === 'INVERSE') inverse = this.inverseAndProgram();
    const close = this.closeBlock();
    this.readAhead();
    return prepareBlock(open, program, inverse, close, inverted, locOf(first, this.previous()));
  }

  inverseAndProgram(): InverseAndProgram {
    const inverse = this.take('INVERSE');
    return { strip: stripFlags(inverse.text, inverse.text), program: this.program() };
  }

  inverseChain(): InverseAndProgram {
    const first = this.token;
    const open = this.openTag('OPEN_INVERSE_CHAIN');
    const program = this.program();
    let next: InverseAndProgram | undefined;
    if (this.token.kind === 'OPEN_INVERSE_CHAIN') next = this.inverseChain();
    else if (this.token.kind === 'INVERSE') next = this.inverseAndProgram();
    const inverse = prepareBlock(open, program, next, next, false, locOf(first, this.previous()));
    // Handlebars' prepareProgram: the program's place, or else the chained block's.
    const loc = program.loc ?? inverse.loc;
    const chained = { type: 'Program', body: [inverse], strip: {}, loc, chained: true };
    return { strip: open.strip, program: chained as ProgramNode, chain: true };
  }

  closeBlock(): { path: PathExpressionNode | LiteralNode; strip: Strip } {
    const open = this.take('OPEN_ENDBLOCK');
    const path = this.helperName();
    const close = this.take('CLOSE');
    return { path, strip: stripFlags(open.text, close.text) };
  }

  paramsAndHash(): { params: ExpressionNode[]; hash: HashNode | undefined } {
    const params: ExpressionNode[] = [];
    while (PARAM.includes(this.token.kind) && !this.startsHashPair()) params.push(this.param());
    if (!this.startsHashPair()) return { params, hash: undefined };
    const pairs: HashPairNode[] = [];
    const first = this.token;
    // Once the hash has begun, every name starts another pair (Handlebars' grammar: `a=1 b` lacks its `=`).
    while (this.at('ID')) {
      const key = this.take('ID');
      this.take('EQUALS');
      const value = this.param();
      pairs.push({
        type: 'HashPair',
        key: id(key.text),
        value,
        loc: locOf(key, this.previous()),
      } as HashPairNode);
    }
    return { params, hash: { type: 'Hash', pairs, loc: locOf(first, this.previous()) } as HashNode };
  }

  private startsHashPair(): boolean {
    return this.token.kind === 'ID' && this.peek().kind === 'EQUALS';
  }

  param(): ExpressionNode {
    if (this.token.kind !== 'OPEN_SEXPR') return this.helperName();
    const open = this.take('OPEN_SEXPR');
    const path = this.helperName();
    const { params, hash } = this.paramsAndHash();
    const close = this.take('CLOSE_SEXPR');
    return { type: 'SubExpression', path, params, hash, loc: locOf(open, close) } as ExpressionNode;
  }

  helperName(): PathExpressionNode | LiteralNode {
    const token = this.take(HELPER_NAME);
    const loc = locOf(token, token);
    switch (token.kind) {
      case 'ID':
        this.index -= 1;
        return this.path(false, token);
      case 'DATA':
        return this.path(true, token);
      case 'STRING':
        return { type: 'StringLiteral', value: token.text, original: token.text, loc } as LiteralNode;
      case 'NUMBER':
        return {
          type: 'NumberLiteral',
          value: Number(token.text),
          original: Number(token.text),
          loc,
        } as LiteralNode;
      case 'BOOLEAN': {
        const value = token.text === 'true';
        return { type: 'BooleanLiteral', value, original: value, loc } as LiteralNode;
      }
      case 'UNDEFINED':
        return { type: 'UndefinedLiteral', value: undefined, original: undefined, loc } as LiteralNode;
      default:
        return { type: 'NullLiteral', value: null, original: null, loc } as LiteralNode;
    }
  }

  /** Handlebars' `preparePath`: `..`, `.` and `this` only lead a path; `[..]` is a literal segment. */
  path(data: boolean, first: Token): PathExpressionNode {
    const segments: { part: string; original: string; separator?: string }[] = [];
    const head = this.take('ID');
    segments.push({ part: id(head.text), original: head.text });
    while (this.token.kind === 'SEP') {
      const separator = this.take('SEP').text;
      const next = this.take('ID');
      segments.push({ part: id(next.text), original: next.text, separator });
    }
    if (!PATH_FOLLOW.includes(this.token.kind)) throw this.unexpected(PATH_FOLLOW);
    const loc = locOf(first, this.previous());
    let original = data ? '@' : '';
    const parts: string[] = [];
    let depth = 0;
    for (const segment of segments) {
      const isLiteral = segment.original !== segment.part;
      original += (segment.separator ?? '') + segment.part;
      if (!isLiteral && (segment.part === '..' || segment.part === '.' || segment.part === 'this')) {
        if (parts.length > 0) throw exception(`Invalid path: ${original}`, loc);
        if (segment.part === '..') depth += 1;
      } else {
        parts.push(segment.part);
      }
    }
    return { type: 'PathExpression', data, depth, parts, original, loc };
  }
}

function validateClose(open: OpenTag, close: PathExpressionNode | LiteralNode): void {
  const opened = (open.path as { original?: unknown }).original;
  const closed = (close as { original?: unknown }).original;
  if (opened !== closed) {
    throw exception(`${String(opened)} doesn't match ${String(closed)}`, open.path.loc);
  }
}

/** Handlebars' `prepareBlock`, including its quirks (a chained inverse takes the close's strip flags). */
function prepareBlock(
  open: OpenTag,
  program: ProgramNode,
  inverseAndProgram: InverseAndProgram | undefined,
  close: { path?: PathExpressionNode | LiteralNode; strip: Strip } | undefined,
  inverted: boolean,
  loc: SourceLocation,
): StatementNode {
  if (close?.path) validateClose(open, close.path);
  const decorator = /\*/.test(open.open);
  program.blockParams = open.blockParams;
  let inverse: ProgramNode | undefined;
  let inverseStrip: Strip | undefined;
  if (inverseAndProgram) {
    if (decorator) throw exception('Unexpected inverse block on decorator', undefined);
    if (inverseAndProgram.chain) {
      (inverseAndProgram.program.body[0] as { closeStrip?: Strip }).closeStrip = close?.strip;
    }
    inverseStrip = inverseAndProgram.strip;
    inverse = inverseAndProgram.program;
  }
  let main: ProgramNode | undefined = program;
  if (inverted) [main, inverse] = [inverse, program];
  return {
    type: decorator ? 'DecoratorBlock' : 'BlockStatement',
    path: open.path,
    params: open.params,
    hash: open.hash,
    program: main,
    inverse,
    openStrip: open.strip,
    inverseStrip,
    closeStrip: close?.strip,
    loc,
  } as StatementNode;
}

/** Parses Handlebars source into the tree Handlebars' `parse` gives. Throws a TemplateSyntaxError. */
export function parseTemplateSource(source: string): ProgramNode {
  return applyWhitespaceControl(new Parser(tokenize(source)).root());
}
