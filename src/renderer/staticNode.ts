/**
 * The fast path for nodes whose own props hold no template: binding them would return the node itself
 * with no reads, so they need no scope subscription and no re-binding on render. Their coerced props are
 * computed once per node object (parsed documents never change identity) and shared by every view.
 *
 * Whether a node has a template comes from the same walk that plans its binding (template/bindPlan.ts:
 * exactly what `bindValue` binds, its own plain data, not nested widgets or actions), so a node is static
 * exactly when binding it could not change or report anything, and a bound node is walked once.
 */
import { coerceWidgetProps, type StacNode } from '../stac-schema';
import { nodeTemplatesOf } from './template';

const BOUND = 'bound';
const staticNodes = new WeakMap<StacNode, StacNode | typeof BOUND>();

/** The node's props coerced per widget schema when it has no template to bind; `null` when it has one. */
export function staticNodeOf(node: StacNode): StacNode | null {
  const known = staticNodes.get(node);
  if (known !== undefined) return known === BOUND ? null : known;
  if (nodeTemplatesOf(node) !== 'static') {
    staticNodes.set(node, BOUND);
    return null;
  }
  const coerced = coerceWidgetProps(node.type, node) as StacNode;
  const result = coerced.type === node.type ? coerced : { ...coerced, type: node.type };
  staticNodes.set(node, result);
  return result;
}
