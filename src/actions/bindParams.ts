import { isPlainRecord, type StacScope } from '../stac-schema';
import { ActionFailure } from './ActionFailure';

/** `{actionType}` or the short SDK form `{method, params}`; a Stac `request` also has `method`, but a `url`. */
export function isActionObject(value: unknown): value is Record<string, unknown> {
  if (!isPlainRecord(value)) return false;
  if (Object.hasOwn(value, 'actionType')) return true;
  return typeof value.method === 'string' && Object.hasOwn(value, 'method') && !Object.hasOwn(value, 'url');
}

export function isWidgetObject(value: unknown): value is Record<string, unknown> {
  return isPlainRecord(value) && Object.hasOwn(value, 'type') && typeof value.type === 'string';
}

const TEMPLATE_MARKER = /\{\{|<</;

/**
 * Evaluates templates in the plain-data part of an action's params at dispatch time. Nested widgets are left
 * for the renderer (bound when they render, against the scope of that moment) and nested actions for their
 * own dispatch (after a `setValue` before them has run). Output objects are built with `Object.fromEntries`,
 * so a `__proto__` key stays an ordinary own key.
 */
export function bindParams(
  value: unknown,
  scope: StacScope,
  bind: (value: unknown, scope: StacScope) => unknown,
  maxDepth: number,
): unknown {
  const walk = (current: unknown, depth: number): unknown => {
    if (depth > maxDepth) {
      throw new ActionFailure(
        'limit_exceeded',
        `Action params are nested deeper than ${maxDepth} levels; flatten them.`,
      );
    }
    if (typeof current === 'string') return TEMPLATE_MARKER.test(current) ? bind(current, scope) : current;
    if (Array.isArray(current)) return current.map((item) => walk(item, depth + 1));
    if (isPlainRecord(current)) {
      // The params object itself is never skipped, even when it happens to carry a `type` key.
      if (depth > 0 && (isWidgetObject(current) || isActionObject(current))) return current;
      return Object.fromEntries(Object.entries(current).map(([key, item]) => [key, walk(item, depth + 1)]));
    }
    return current;
  };
  return walk(value, 0);
}
