import { isPlainRecord } from '../../stac-schema';
import { evaluateTemplate, type RenderTemplateOptions } from './renderTemplate';
import { resolveTemplateLimits } from './limits';
import { compactReads } from './reads';
import { TemplateError } from './TemplateError';

export interface BindValueOptions extends RenderTemplateOptions {
  /** Also bind inside nested widget objects (with a string `type`) and action objects. Default false. */
  deep?: boolean;
}

export interface BindValueResult<T = unknown> {
  value: T;
  reads: string[];
  unbound: string[];
  errors: TemplateError[];
}

/**
 * Binds every template string inside plain data (objects and arrays) against a scope.
 *
 * - A string that is exactly one mustache (`"{{asset.count}}"`, `"<<gt asset.count 5>>"`) keeps the type
 *   of its value: a number, a boolean or an array of primitives stays one, so `"value": "{{asset.ratio}}"`
 *   gives a slider a number and `"condition": "<<asset.lowStock>>"` a boolean. A missing value gives `''`.
 *   Any other template string gives text.
 * - Nested widgets (objects with a string `type`) and actions (objects with `actionType` or `method`) are
 *   left as they are, so each widget binds its own props when it renders and actions bind their params when
 *   dispatched. `deep: true` binds inside them too. The top-level value is always bound.
 * - Unchanged parts keep their identity (no copy when nothing was bound), which keeps React memoisation
 *   working. Keys are never bound; a `__proto__` key is copied as data, never as a prototype.
 */
export function bindValue<T = unknown>(
  value: T,
  scope: unknown,
  options: BindValueOptions = {},
): BindValueResult<T> {
  const binder = new Binder(scope, options);
  const bound = binder.bind(value, 0, true);
  return {
    value: bound as T,
    reads: compactReads(binder.reads),
    unbound: [...binder.unbound],
    errors: binder.errors,
  };
}

class Binder {
  readonly reads = new Set<string>();
  readonly unbound = new Set<string>();
  readonly errors: TemplateError[] = [];
  private readonly maxDepth: number;
  private depthReported = false;
  private budgetReported = false;

  constructor(
    private readonly scope: unknown,
    private readonly options: BindValueOptions,
  ) {
    this.maxDepth = resolveTemplateLimits(options.limits).maxBindDepth;
  }

  bind(value: unknown, depth: number, isRoot: boolean): unknown {
    if (typeof value === 'string') return this.bindString(value);
    if (value === null || typeof value !== 'object') return value;
    if (depth > this.maxDepth) {
      if (!this.depthReported) {
        this.depthReported = true;
        this.errors.push(
          new TemplateError(
            'limit_exceeded',
            `Data is nested more than ${this.maxDepth} deep; deeper templates were not bound.`,
          ),
        );
      }
      return value;
    }
    if (Array.isArray(value)) {
      let copy: unknown[] | null = null;
      for (let index = 0; index < value.length; index += 1) {
        const item: unknown = value[index];
        const bound = this.bind(item, depth + 1, false);
        if (bound !== item) {
          copy ??= value.slice();
          copy[index] = bound;
        }
      }
      return copy ?? value;
    }
    if (!isPlainRecord(value)) return value;
    if (!isRoot && !this.options.deep && isWidgetOrAction(value)) return value;
    let copy: Record<string, unknown> | null = null;
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      const bound = this.bind(item, depth + 1, false);
      if (bound !== item) {
        copy ??= copyObject(value as Record<string, unknown>);
        setOwn(copy, key, bound);
      }
    }
    return copy ?? value;
  }

  private bindString(value: string): unknown {
    if (!value.includes('{{') && !value.includes('<<')) return value;
    // Once the view's budget is spent, the remaining strings of this value are left unbound and the
    // budget error is said once, not once per string of a 100,000-item array.
    if (this.options.meter?.exhausted && this.budgetReported) return '';
    const evaluated = evaluateTemplate(value, this.scope, this.options, true);
    for (const read of evaluated.reads) this.reads.add(read);
    for (const path of evaluated.unbound) this.unbound.add(path);
    this.errors.push(...evaluated.errors);
    if (evaluated.errors.some((error) => error.code === 'budget_exceeded')) this.budgetReported = true;
    return evaluated.value;
  }
}

export function isWidgetOrAction(value: object): boolean {
  const record = value as Record<string, unknown>;
  return (
    (Object.hasOwn(record, 'type') && typeof record.type === 'string') ||
    Object.hasOwn(record, 'actionType') ||
    // `{method, params}` is the short action form; a Stac `request` (`{url, method, ...}`) is plain data
    // to bind, as in src/actions' isActionObject.
    (Object.hasOwn(record, 'method') && !Object.hasOwn(record, 'url'))
  );
}

/** A copy that keeps every own key as data: spread defines properties, so a JSON `__proto__` key stays a key. */
export function copyObject(source: Record<string, unknown>): Record<string, unknown> {
  return Object.getPrototypeOf(source) === null ? Object.assign(Object.create(null), source) : { ...source };
}

/** Assignment to `__proto__` would set the prototype; define it as data instead. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}
