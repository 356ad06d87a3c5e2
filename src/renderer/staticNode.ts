/**
 * The fast path for nodes whose own props hold no template: binding them would return the node itself
 * with no reads, so they need no scope subscription and no re-binding on render. Their coerced props are
 * computed once per node object (parsed documents never change identity) and shared by every view.
 *
 * Whether a node has a template comes from the same walk that plans its binding (template/bindPlan.ts:
 * exactly what `bindValue` binds, its own plain data, not nested widgets or actions), so a node is static
 * exactly when binding it could not change or report anything, and a node is walked once. The coerced
 * props are kept in the plan's own entry for the node, so a render asks one map once per node.
 */
import { coerceWidgetProps, type StacNode } from '../stac-schema';
import { staticDerivedOf, type DocumentPlans } from './template';

function coercedStatic(node: object): StacNode {
  const typed = node as StacNode;
  const coerced = coerceWidgetProps(typed.type, typed) as StacNode;
  return coerced.type === typed.type ? coerced : { ...coerced, type: typed.type };
}

/** The node's props coerced per widget schema when it has no template to bind; `null` when it has one. */
export function staticNodeOf(node: StacNode, plans?: DocumentPlans): StacNode | null {
  return staticDerivedOf(node, coercedStatic, plans);
}
