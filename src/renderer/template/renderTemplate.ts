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
import { defaultHelpers } from './defaultHelpers';
import type { TemplateHelperRegistry } from './helperTypes';
import { resolveTemplateLimits, type TemplateLimits } from './limits';
import { parseTemplate, type TemplateProgram } from './parseTemplate';
import { readOwnValue } from './readOwnValue';
import type { BudgetMeter } from './renderBudget';
import { compactReads } from './reads';
import { TemplateError } from './TemplateError';
import { isTemplateTruthy } from './truthiness';
import { valueToText } from './valueToText';

export interface RenderTemplateOptions {
  /** Helper registry; default `defaultHelpers`. Build one with `createHelperRegistry(extra)`. */
  helpers?: TemplateHelperRegistry;
  limits?: Partial<TemplateLimits>;
  /** Locale and time zone handed to formatting helpers. */
  locale?: string;
  timeZone?: string;
  /**
   * The view's shared render budget (renderBudget.ts). Every step, output character and `#each` iteration
   * is charged to it; when it runs out the template stops with a `budget_exceeded` error.
   */
  meter?: BudgetMeter;
}

export interface RenderTemplateResult {
  text: string;
  /**
   * Scope paths the template read, dot-joined (`asset.name`, `asset.tags.0`), reduced to the outermost
   * ones (`asset.tags` covers `asset.tags.0.name`). A change at, inside or above one of them may change
   * the text; see `readsAffectedBy`.
   */
  reads: string[];
  /** Paths that were read but had no value (rendered as nothing); the preview warns about them. */
  unbound: string[];
  errors: TemplateError[];
}

export interface EvaluatedTemplate {
  /** The raw value of a single-mustache template, otherwise its text. */
  value: unknown;
  reads: string[];
  unbound: string[];
  errors: TemplateError[];
}

/**
 * Renders a template against a scope with our interpreter (never compiled to code). Never throws: parse
 * problems give an empty text and the error in `errors`.
 */
export function renderTemplate(
  source: string,
  scope: unknown,
  options: RenderTemplateOptions = {},
): RenderTemplateResult {
  const evaluated = evaluateTemplate(source, scope, options, false);
  return {
    text: evaluated.value as string,
    reads: evaluated.reads,
    unbound: evaluated.unbound,
    errors: evaluated.errors,
  };
}

/**
 * Like `renderTemplate`, but when `keepValueType` is set and the source is exactly one mustache
 * (`{{asset.count}}`), the value keeps its JavaScript type (number, boolean, array of primitives).
 */
export function evaluateTemplate(
  source: string,
  scope: unknown,
  options: RenderTemplateOptions,
  keepValueType: boolean,
): EvaluatedTemplate {
  const limits = resolveTemplateLimits(options.limits);
  let program: TemplateProgram;
  try {
    program = parseTemplate(source, { maxSourceLength: limits.maxSourceLength });
  } catch (error) {
    const templateError =
      error instanceof TemplateError ? error : new TemplateError('syntax_error', String(error), { source });
    return { value: '', reads: [], unbound: [], errors: [templateError] };
  }
  if (program.isStatic) {
    const text = program.ast.body.length > 0 ? (program.ast.body[0] as { value: string }).value : '';
    return { value: text, reads: [], unbound: [], errors: [] };
  }
  if (options.meter?.exhausted) {
    const error = new TemplateError('budget_exceeded', options.meter.exhausted, { source });
    return { value: '', reads: [], unbound: [], errors: [error] };
  }
  const interpreter = new Interpreter(scope, options.helpers ?? defaultHelpers, limits, options, source);
  let value: unknown;
  if (keepValueType && program.singleExpression) {
    value = typedValue(interpreter.evaluateMustache(program.singleExpression));
  } else {
    interpreter.renderProgram(program.ast);
    value = interpreter.output;
  }
  return {
    value,
    reads: compactReads(interpreter.reads),
    unbound: [...interpreter.unbound],
    errors: interpreter.errors,
  };
}

/** Numbers, booleans and arrays of primitives keep their type; everything else becomes text. */
export function typedValue(value: unknown): unknown {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (
    Array.isArray(value) &&
    value.every((item) => item === null || ['string', 'number', 'boolean'].includes(typeof item))
  ) {
    return value;
  }
  return valueToText(value);
}

interface PathValue {
  value: unknown;
  /** Absolute dot path in the scope, or null when the value does not come from the scope. */
  path: string | null;
  found: boolean;
}

interface LoopData {
  index: number;
  key: string | number;
  first: boolean;
  last: boolean;
}

interface Frame {
  value: unknown;
  path: string | null;
  loop: LoopData | null;
  blockParams: ReadonlyMap<string, PathValue> | null;
}

const NOT_FOUND: PathValue = Object.freeze({ value: undefined, path: null, found: false });

class StopRendering extends Error {}

class Interpreter {
  output = '';
  readonly reads = new Set<string>();
  readonly unbound = new Set<string>();
  readonly errors: TemplateError[] = [];
  private readonly frames: Frame[];
  private iterations = 0;
  private depth = 0;

  constructor(
    scope: unknown,
    private readonly helpers: TemplateHelperRegistry,
    private readonly limits: TemplateLimits,
    private readonly formatting: { locale?: string; timeZone?: string; meter?: BudgetMeter },
    private readonly source: string,
  ) {
    this.frames = [{ value: scope, path: '', loop: null, blockParams: null }];
    this.meter = formatting.meter;
  }

  private readonly meter: BudgetMeter | undefined;

  /** Stops this template when the view's budget ran out (`reason` is the meter's sentence). */
  private charge(reason: string | null | undefined): void {
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

  private renderStatements(program: ProgramNode | undefined): void {
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

  private fail(error: TemplateError): never {
    this.errors.push(error);
    throw new StopRendering();
  }

  private enterBlock(): void {
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

  private renderBlock(block: BlockStatementNode): void {
    this.enterBlock();
    try {
      const name = helperName(block.path);
      if (name === 'if' || name === 'unless') {
        const includeZero = block.hash !== undefined && this.evaluateHash(block.hash).includeZero === true;
        const truthy = isTemplateTruthy(this.evaluate(block.params[0]).value, includeZero);
        this.renderStatements(truthy === (name === 'if') ? block.program : block.inverse);
      } else if (name === 'each') {
        this.renderEach(this.evaluate(block.params[0]), block);
      } else if (name === 'with') {
        const target = this.evaluate(block.params[0]);
        if (isTemplateTruthy(target.value)) this.renderWithContext(target, block.program, null);
        else this.renderStatements(block.inverse);
      } else if (name !== null && block.params.length + (block.hash?.pairs.length ?? 0) > 0) {
        // A value helper used as a block (`{{#eq a b}}yes{{else}}no{{/eq}}`) acts as a condition.
        const result = this.callHelper(name, block);
        this.renderStatements(isTemplateTruthy(result) ? block.program : block.inverse);
      } else {
        this.renderSection(block);
      }
    } finally {
      this.depth -= 1;
    }
  }

  /** Mustache sections (`{{#items}}…{{/items}}`): a list loops, an object becomes the context, true shows. */
  private renderSection(block: BlockStatementNode): void {
    const target = this.evaluate(block.path);
    if (Array.isArray(target.value)) {
      this.renderEach(target, block);
    } else if (target.value === true) {
      this.renderStatements(block.program);
    } else if (isTemplateTruthy(target.value)) {
      this.renderWithContext(target, block.program, null);
    } else {
      this.renderStatements(block.inverse);
    }
  }

  /**
   * Loops lazily: items are read one at a time and each is counted before it renders, so a 100,000-item
   * array costs no more than the iterations the limits allow (nothing reads the whole array first).
   */
  private renderEach(target: PathValue, block: BlockStatementNode): void {
    const collection = target.value;
    if (Array.isArray(collection)) {
      const length = collection.length;
      if (length === 0) {
        this.renderStatements(block.inverse);
        return;
      }
      for (let index = 0; index < length; index += 1) {
        this.countIteration();
        const item = readOwnValue(collection, String(index));
        this.renderItem(target, block, index, index, item.kind === 'found' ? item.value : undefined, length);
      }
      return;
    }
    if (collection === null || typeof collection !== 'object') {
      this.renderStatements(block.inverse);
      return;
    }
    // Object.keys is one native call; the values are still read one by one, each after it is counted.
    const keys = Object.keys(collection);
    let index = 0;
    for (let at = 0; at < keys.length; at += 1) {
      const item = readOwnValue(collection, keys[at]);
      if (item.kind !== 'found') continue;
      this.countIteration();
      this.renderItem(target, block, keys[at], index, item.value, index + (keys.length - at));
      index += 1;
    }
    if (index === 0) this.renderStatements(block.inverse);
  }

  private countIteration(): void {
    this.iterations += 1;
    if (this.iterations > this.limits.maxIterations) {
      this.fail(
        new TemplateError(
          'limit_exceeded',
          `#each ran more than ${this.limits.maxIterations} times in one template. Show fewer items.`,
          { source: this.source },
        ),
      );
    }
    this.charge(this.meter?.iteration());
  }

  /** `count` is the number of items from this one on, as far as known; `@last` is true for the final one. */
  private renderItem(
    target: PathValue,
    block: BlockStatementNode,
    key: string | number,
    index: number,
    value: unknown,
    count: number,
  ): void {
    const item: PathValue = { value, path: joinPath(target.path, String(key)), found: true };
    const loop: LoopData = { index, key, first: index === 0, last: index === count - 1 };
    this.renderWithContext(item, block.program, loop, { value: key, path: null, found: true });
  }

  private renderWithContext(
    target: PathValue,
    program: ProgramNode | undefined,
    loop: LoopData | null,
    secondBlockParam?: PathValue,
  ): void {
    if (!program) return;
    let blockParams: Map<string, PathValue> | null = null;
    const names = program.blockParams ?? [];
    if (names.length > 0) {
      blockParams = new Map();
      blockParams.set(names[0], target);
      if (names[1] !== undefined && secondBlockParam) blockParams.set(names[1], secondBlockParam);
    }
    this.frames.push({ value: target.value, path: target.path, loop, blockParams });
    try {
      this.renderStatements(program);
    } finally {
      this.frames.pop();
    }
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

  private callHelper(name: string, call: { params: ExpressionNode[]; hash?: HashNode }): unknown {
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

  private evaluateHash(hash: HashNode | undefined): Record<string, unknown> {
    const values = Object.create(null) as Record<string, unknown>;
    for (const pair of hash?.pairs ?? []) values[pair.key] = this.evaluate(pair.value).value;
    return values;
  }

  private evaluate(expression: ExpressionNode | undefined): PathValue {
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

function joinPath(base: string | null, key: string): string | null {
  if (base === null) return null;
  return base === '' ? key : `${base}.${key}`;
}

function isThisPath(expression: PathExpressionNode): boolean {
  return /^(this|\.)([./]|$)/.test(expression.original);
}

/** The helper name a call refers to: a plain identifier, not `this.x`, `../x`, `@x` or `a.b`. */
function helperName(path: PathExpressionNode | LiteralNode): string | null {
  if (path.type !== 'PathExpression') return null;
  if (path.data || path.depth !== 0 || path.parts.length !== 1 || isThisPath(path)) return null;
  return path.parts[0];
}

function describe(path: PathExpressionNode | LiteralNode): string {
  if (path.type === 'PathExpression') return path.original;
  return 'value' in path ? String(path.value) : path.type;
}
