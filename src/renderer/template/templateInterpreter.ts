import type {
  BlockStatementNode,
  ExpressionNode,
  HashNode,
  LiteralNode,
  MustacheStatementNode,
  PathExpressionNode,
  ProgramNode,
  StatementNode,
} from './ast';
import type { TemplateHelperRegistry } from './helperTypes';
import type { TemplateLimits } from './limits';
import { readOwnValue } from './readOwnValue';
import type { BudgetMeter } from './renderBudget';
import { TemplateError } from './TemplateError';
import { valueToText } from './valueToText';

/**
 * The template interpreter of lone paths, mustaches, helpers and sub-expressions, with the scope frames, limits
 * and budget that blocks share (evaluateTemplate in renderTemplate.ts runs it). Blocks are BlockInterpreter's
 * (templateBlocks.ts), which comes with the full grammar that alone reads them.
 */
export interface PathValue {
  value: unknown;
  /** Absolute dot path in the scope, or null when the value does not come from the scope. */
  path: string | null;
  found: boolean;
}

export interface LoopData {
  index: number;
  key: string | number;
  first: boolean;
  last: boolean;
}

export interface Frame {
  value: unknown;
  path: string | null;
  loop: LoopData | null;
  blockParams: ReadonlyMap<string, PathValue> | null;
}

export const NOT_FOUND: PathValue = Object.freeze({ value: undefined, path: null, found: false });

export class StopRendering extends Error {}

export class TemplateInterpreter {
  output = '';
  readonly reads = new Set<string>();
  readonly unbound = new Set<string>();
  readonly errors: TemplateError[] = [];
  protected readonly frames: Frame[];
  protected depth = 0;

  constructor(
    scope: unknown,
    protected readonly helpers: TemplateHelperRegistry,
    protected readonly limits: TemplateLimits,
    protected readonly formatting: { locale?: string; timeZone?: string; meter?: BudgetMeter },
    protected readonly source: string,
  ) {
    this.frames = [{ value: scope, path: '', loop: null, blockParams: null }];
    this.meter = formatting.meter;
  }

  protected readonly meter: BudgetMeter | undefined;

  /** Stops this template when the view's budget ran out (`reason` is the meter's sentence). */
  protected charge(reason: string | null | undefined): void {
    if (reason) this.fail(new TemplateError('budget_exceeded', reason, { source: this.source }));
  }

  renderProgram(program: ProgramNode): void {
    try {
      this.renderStatements(program);
    } catch (error) {
      if (!(error instanceof StopRendering)) throw error;
    }
  }

  evaluateMustache(statement: MustacheStatementNode): unknown {
    try {
      return this.evaluateCall(statement, true);
    } catch (error) {
      if (error instanceof StopRendering) return undefined;
      throw error;
    }
  }

  protected renderStatements(program: ProgramNode | undefined): void {
    if (!program) return;
    for (const statement of program.body) this.renderStatement(statement);
  }

  private renderStatement(statement: StatementNode): void {
    this.charge(this.meter?.step());
    switch (statement.type) {
      case 'ContentStatement':
        this.append(statement.value);
        return;
      case 'MustacheStatement':
        this.append(valueToText(this.evaluateCall(statement, true)));
        return;
      case 'BlockStatement':
        this.renderBlock(statement);
        return;
      default:
        // Comments render nothing; partials and decorators never get past parseTemplate.
        return;
    }
  }

  private append(text: string): void {
    this.charge(this.meter?.output(text.length));
    if (this.output.length + text.length > this.limits.maxOutputLength) {
      this.output += text.slice(0, this.limits.maxOutputLength - this.output.length);
      this.fail(
        new TemplateError(
          'limit_exceeded',
          `The rendered text passed ${this.limits.maxOutputLength} characters and was cut. Show less data in one text.`,
          { source: this.source },
        ),
      );
    }
    this.output += text;
  }

  protected fail(error: TemplateError): never {
    this.errors.push(error);
    throw new StopRendering();
  }

  protected enterBlock(): void {
    this.depth += 1;
    if (this.depth > this.limits.maxDepth) {
      this.fail(
        new TemplateError(
          'limit_exceeded',
          `Blocks are nested more than ${this.limits.maxDepth} deep. Flatten the template.`,
          {
            source: this.source,
          },
        ),
      );
    }
  }

  /**
   * A block (`#if`, `#each`, `#with`, a section): only the full grammar reads one, and the embed's grammar chunk
   * brings BlockInterpreter (templateBlocks.ts) with it, which evaluateTemplate uses whenever it is there.
   */
  protected renderBlock(block: BlockStatementNode): void {
    this.fail(
      new TemplateError(
        'grammar_not_loaded',
        `The block "${describe(block.path)}" needs the full template grammar.`,
        {
          source: this.source,
        },
      ),
    );
  }

  /** A mustache or sub-expression: a helper call when it has arguments, otherwise a value. */
  private evaluateCall(
    call: { path: PathExpressionNode | LiteralNode; params: ExpressionNode[]; hash?: HashNode },
    allowBareHelper: boolean,
  ): unknown {
    const hasArguments = call.params.length > 0 || (call.hash?.pairs.length ?? 0) > 0;
    const name = helperName(call.path);
    if (hasArguments) {
      if (name === null) {
        this.errors.push(
          new TemplateError(
            'unknown_helper',
            `"${describe(call.path)}" is not a helper name; only plain names can be called.`,
            {
              source: this.source,
            },
          ),
        );
        return undefined;
      }
      return this.callHelper(name, call);
    }
    // Data first: `{{length}}` shows a field named length when the context has one, else calls the helper.
    if (allowBareHelper && name !== null && Object.hasOwn(this.helpers, name) && !this.contextHas(name)) {
      return this.callHelper(name, call);
    }
    return this.evaluate(call.path).value;
  }

  private contextHas(name: string): boolean {
    if (this.findBlockParam(name)) return true;
    return readOwnValue(this.frames[this.frames.length - 1].value, name).kind === 'found';
  }

  protected callHelper(name: string, call: { params: ExpressionNode[]; hash?: HashNode }): unknown {
    const helper = Object.hasOwn(this.helpers, name) ? this.helpers[name] : undefined;
    if (!helper) {
      this.errors.push(
        new TemplateError(
          'unknown_helper',
          `Unknown helper "${name}". Available helpers: ${Object.keys(this.helpers).join(', ')}.`,
          { source: this.source },
        ),
      );
      return undefined;
    }
    const args = call.params.map((param) => this.evaluate(param).value);
    const hash = Object.freeze(this.evaluateHash(call.hash));
    try {
      const result = helper(Object.freeze(args), {
        name,
        hash,
        locale: this.formatting.locale,
        timeZone: this.formatting.timeZone,
      });
      return typeof result === 'function' ? undefined : result;
    } catch (error) {
      this.errors.push(
        error instanceof TemplateError
          ? error
          : new TemplateError(
              'helper_error',
              `Helper "${name}" failed: ${error instanceof Error ? error.message : String(error)}. Check its arguments.`,
              { source: this.source },
            ),
      );
      return undefined;
    }
  }

  protected evaluateHash(hash: HashNode | undefined): Record<string, unknown> {
    const values = Object.create(null) as Record<string, unknown>;
    for (const pair of hash?.pairs ?? []) values[pair.key] = this.evaluate(pair.value).value;
    return values;
  }

  protected evaluate(expression: ExpressionNode | undefined): PathValue {
    if (!expression) return NOT_FOUND;
    this.charge(this.meter?.step());
    switch (expression.type) {
      case 'PathExpression':
        return this.resolvePath(expression);
      case 'SubExpression': {
        this.enterBlock();
        try {
          return { value: this.evaluateCall(expression, false), path: null, found: true };
        } finally {
          this.depth -= 1;
        }
      }
      case 'StringLiteral':
      case 'NumberLiteral':
      case 'BooleanLiteral':
        return { value: expression.value, path: null, found: true };
      case 'NullLiteral':
        return { value: null, path: null, found: true };
      case 'UndefinedLiteral':
        return { value: undefined, path: null, found: true };
    }
  }

  private findBlockParam(name: string): PathValue | undefined {
    for (let index = this.frames.length - 1; index >= 0; index -= 1) {
      const found = this.frames[index].blockParams?.get(name);
      if (found) return found;
    }
    return undefined;
  }

  private resolvePath(expression: PathExpressionNode): PathValue {
    let base: PathValue;
    let parts = expression.parts;
    if (expression.data) {
      const [variable, ...rest] = parts;
      if (variable === 'root') {
        base = { value: this.frames[0].value, path: '', found: true };
        parts = rest;
      } else {
        const loop = this.nearestLoop();
        if (
          loop &&
          (variable === 'index' || variable === 'key' || variable === 'first' || variable === 'last') &&
          rest.length === 0
        ) {
          return { value: loop[variable], path: null, found: true };
        }
        this.unbound.add(expression.original);
        return NOT_FOUND;
      }
    } else {
      const blockParam =
        expression.depth === 0 && parts.length > 0 && !isThisPath(expression)
          ? this.findBlockParam(parts[0])
          : undefined;
      if (blockParam) {
        base = blockParam;
        parts = parts.slice(1);
      } else {
        // `../` climbs context frames: `#each`/`#with` push one, `#if`/`#unless` none (as in Handlebars 4).
        const frame = this.frames[this.frames.length - 1 - expression.depth];
        if (!frame) {
          this.unbound.add(expression.original);
          return NOT_FOUND;
        }
        base = { value: frame.value, path: frame.path, found: true };
      }
    }
    let value = base.value;
    let found = base.found;
    for (const key of parts) {
      const next = readOwnValue(value, key);
      if (next.kind === 'refused') {
        this.errors.push(
          new TemplateError(
            'refused_path',
            `The path "${expression.original}" reads "${next.key}", which templates may not read.`,
            {
              source: this.source,
            },
          ),
        );
        return NOT_FOUND;
      }
      if (next.kind === 'missing') {
        found = false;
        value = undefined;
        break;
      }
      value = next.value;
    }
    const path =
      base.path === null
        ? null
        : parts.reduce<string | null>((joined, key) => joinPath(joined, key), base.path);
    if (path !== null) this.reads.add(path);
    if (!found) this.unbound.add(path !== null && path !== '' ? path : expression.original);
    return { value, path, found };
  }

  private nearestLoop(): LoopData | null {
    for (let index = this.frames.length - 1; index >= 0; index -= 1) {
      const loop = this.frames[index].loop;
      if (loop) return loop;
    }
    return null;
  }
}

export function joinPath(base: string | null, key: string): string | null {
  if (base === null) return null;
  return base === '' ? key : `${base}.${key}`;
}

function isThisPath(expression: PathExpressionNode): boolean {
  return /^(this|\.)([./]|$)/.test(expression.original);
}

/** The helper name a call refers to: a plain identifier, not `this.x`, `../x`, `@x` or `a.b`. */
export function helperName(path: PathExpressionNode | LiteralNode): string | null {
  if (path.type !== 'PathExpression') return null;
  if (path.data || path.depth !== 0 || path.parts.length !== 1 || isThisPath(path)) return null;
  return path.parts[0];
}

function describe(path: PathExpressionNode | LiteralNode): string {
  if (path.type === 'PathExpression') return path.original;
  return 'value' in path ? String(path.value) : path.type;
}
