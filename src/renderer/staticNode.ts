/**
 * The fast path for nodes whose own props hold no template: binding them would return the node itself
 * with no reads, so they need no scope subscription and no re-binding on render. Their coerced props are
 * computed once per node object (parsed documents never change identity) and shared by every view.
 *
 * The scan walks exactly what `bindValue` binds for a node (its own plain data, not nested widgets or
 * actions), so a node is static exactly when binding it could not change or report anything.
 */
import { coerceWidgetProps, type StacNode } from '../stac-schema';
import { DEFAULT_TEMPLATE_LIMITS } from './template';

const BOUND = 'bound';
const staticNodes = new WeakMap<StacNode, StacNode | typeof BOUND>();

function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Same test as bindValue's: nested widgets and actions bind their own props later. */
function isWidgetOrAction(record: Record<string, unknown>): boolean {
  return (
    (Object.hasOwn(record, 'type') && typeof record.type === 'string') ||
    Object.hasOwn(record, 'actionType') ||
    (Object.hasOwn(record, 'method') && !Object.hasOwn(record, 'url'))
  );
}

/** True when binding `value` could evaluate a template (or would hit the depth limit and report it). */
function needsBinding(value: unknown, depth: number, isRoot: boolean): boolean {
  if (typeof value === 'string') return value.includes('{{') || value.includes('<<');
  if (value === null || typeof value !== 'object') return false;
  if (depth > DEFAULT_TEMPLATE_LIMITS.maxBindDepth) return true;
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) if (needsBinding(item, depth + 1, false)) return true;
    return false;
  }
  if (!isPlainObject(value)) return false;
  const record = value as Record<string, unknown>;
  if (!isRoot && isWidgetOrAction(record)) return false;
  for (const key of Object.keys(record)) if (needsBinding(record[key], depth + 1, false)) return true;
  return false;
}

/** The node's props coerced per widget schema when it has no template to bind; `null` when it has one. */
export function staticNodeOf(node: StacNode): StacNode | null {
  const known = staticNodes.get(node);
  if (known !== undefined) return known === BOUND ? null : known;
  if (needsBinding(node, 0, true)) {
    staticNodes.set(node, BOUND);
    return null;
  }
  const coerced = coerceWidgetProps(node.type, node) as StacNode;
  const result = coerced.type === node.type ? coerced : { ...coerced, type: node.type };
  staticNodes.set(node, result);
  return result;
}
