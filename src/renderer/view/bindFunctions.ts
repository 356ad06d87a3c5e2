/**
 * Binding a node's templates against its scope, then coercing its props to what the widget expects. Each
 * mounted node spends from the document's render budget and gives its share back when it leaves. A node
 * whose templates are all lone paths binds through its compiled plan (template/bindPlan.ts): a few property
 * reads instead of the interpreter, with the same result.
 */
import { coerceWidgetProps, type StacNode } from '../../stac-schema';
import type { StacScope } from '../contract';
import type { BoundNode } from '../StacRendererContext';
import {
  bindPlanOf,
  bindValue,
  bindWithPlan,
  type DocumentPlans,
  type RenderBudget,
  type TemplateHelperRegistry,
} from '../template';

const NO_ERRORS: readonly string[] = Object.freeze([]);

function coerced(node: StacNode, bound: StacNode): StacNode {
  const result = coerceWidgetProps(node.type, bound) as StacNode;
  return result.type === node.type ? result : { ...result, type: node.type };
}

export function bindFunctions(
  helpers: TemplateHelperRegistry | undefined,
  budget: RenderBudget,
  plans?: DocumentPlans,
) {
  const bindNode = (node: StacNode, nodeScope: StacScope, budgetSlot?: object): BoundNode => {
    const plan = bindPlanOf(node, plans);
    const planned = plan && bindWithPlan(node, plan, nodeScope, helpers, budget, budgetSlot);
    if (plan && planned) {
      return {
        node: coerced(node, planned.value as StacNode),
        reads: plan.reads,
        readsKey: plan.readsKey,
        readSegments: plan.readSegments,
        unbound: planned.unbound,
        errors: NO_ERRORS,
        overBudget: null,
      };
    }
    // The node object itself is always bound; nested widgets and actions inside it are left as they are.
    const result = budgetSlot
      ? budget.spend(budgetSlot, (meter) => bindValue(node, nodeScope, { helpers, meter }))
      : bindValue(node, nodeScope, { helpers });
    const overBudget = result.errors.find((error) => error.code === 'budget_exceeded')?.message ?? null;
    return {
      node: coerced(node, result.value),
      reads: result.reads,
      readsKey: result.reads.join('\n'),
      unbound: result.unbound,
      errors: result.errors.filter((error) => error.code !== 'budget_exceeded').map((error) => error.message),
      overBudget,
    };
  };
  const releaseBudget = (budgetSlot: object) => budget.release(budgetSlot);
  return { bindNode, releaseBudget, plans };
}
