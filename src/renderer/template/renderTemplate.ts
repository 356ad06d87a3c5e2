import { defaultHelpers } from './defaultHelpers';
import { blockInterpreter } from './templateGrammar';
import { TemplateInterpreter } from './templateInterpreter';
import type { TemplateHelperRegistry } from './helperTypes';
import { resolveTemplateLimits, type TemplateLimits } from './limits';
import { parseTemplate, type TemplateProgram } from './parseTemplate';
import type { BudgetMeter } from './renderBudget';
import { compactReads } from './reads';
import { TemplateError } from './TemplateError';
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
  // Blocks come with the full grammar (only it reads them): its interpreter whenever it is there.
  const Interpreter = blockInterpreter() ?? TemplateInterpreter;
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
