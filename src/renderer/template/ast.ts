/**
 * The part of the Handlebars 4 syntax tree that our interpreter reads. Handlebars' own typings describe it
 * in a global namespace (`hbs.AST`); these local types keep the interpreter independent of them.
 */
export interface SourcePosition {
  line: number;
  column: number;
}

export interface SourceLocation {
  start: SourcePosition;
  end: SourcePosition;
}

export interface ProgramNode {
  type: 'Program';
  body: StatementNode[];
  blockParams?: string[];
  loc?: SourceLocation;
}

export interface PathExpressionNode {
  type: 'PathExpression';
  data: boolean;
  depth: number;
  parts: string[];
  original: string;
  loc?: SourceLocation;
}

export interface SubExpressionNode {
  type: 'SubExpression';
  path: PathExpressionNode | LiteralNode;
  params: ExpressionNode[];
  hash?: HashNode;
  loc?: SourceLocation;
}

export interface StringLiteralNode {
  type: 'StringLiteral';
  value: string;
  loc?: SourceLocation;
}
export interface NumberLiteralNode {
  type: 'NumberLiteral';
  value: number;
  loc?: SourceLocation;
}
export interface BooleanLiteralNode {
  type: 'BooleanLiteral';
  value: boolean;
  loc?: SourceLocation;
}
export interface UndefinedLiteralNode {
  type: 'UndefinedLiteral';
  loc?: SourceLocation;
}
export interface NullLiteralNode {
  type: 'NullLiteral';
  loc?: SourceLocation;
}

export type LiteralNode =
  StringLiteralNode | NumberLiteralNode | BooleanLiteralNode | UndefinedLiteralNode | NullLiteralNode;

export type ExpressionNode = PathExpressionNode | SubExpressionNode | LiteralNode;

export interface HashPairNode {
  type: 'HashPair';
  key: string;
  value: ExpressionNode;
}

export interface HashNode {
  type: 'Hash';
  pairs: HashPairNode[];
}

export interface ContentStatementNode {
  type: 'ContentStatement';
  value: string;
  loc?: SourceLocation;
}

export interface CommentStatementNode {
  type: 'CommentStatement';
  value: string;
  loc?: SourceLocation;
}

export interface MustacheStatementNode {
  type: 'MustacheStatement';
  path: PathExpressionNode | LiteralNode;
  params: ExpressionNode[];
  hash?: HashNode;
  escaped: boolean;
  loc?: SourceLocation;
}

export interface BlockStatementNode {
  type: 'BlockStatement';
  path: PathExpressionNode | LiteralNode;
  params: ExpressionNode[];
  hash?: HashNode;
  program?: ProgramNode;
  inverse?: ProgramNode;
  loc?: SourceLocation;
}

/** Constructs we parse only to refuse them with a clear code. */
export interface RefusedStatementNode {
  type: 'PartialStatement' | 'PartialBlockStatement' | 'Decorator' | 'DecoratorBlock';
  loc?: SourceLocation;
}

export type StatementNode =
  | ContentStatementNode
  | CommentStatementNode
  | MustacheStatementNode
  | BlockStatementNode
  | RefusedStatementNode;
