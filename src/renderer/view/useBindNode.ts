/**
 * Binding a node's templates against its scope, then coercing its props to what the widget expects. Each
 * mounted node spends from the document's render budget and gives its share back when it leaves.
 */
import { useCallback } from 'react';
import { coerceWidgetProps, type StacNode } from '../../stac-schema';
import type { StacScope } from '../contract';
import type { BoundNode } from '../StacRendererContext';
import { bindValue, type RenderBudget, type TemplateHelperRegistry } from '../template';

export function useBindNode(helpers: TemplateHelperRegistry | undefined, budget: RenderBudget) {
  const bindNode = useCallback(
    (node: StacNode, nodeScope: StacScope, budgetSlot?: object): BoundNode => {
      // The node object itself is always bound; nested widgets and actions inside it are left as they are.
      const result = budgetSlot
        ? budget.spend(budgetSlot, (meter) => bindValue(node, nodeScope, { helpers, meter }))
        : bindValue(node, nodeScope, { helpers });
      const overBudget = result.errors.find((error) => error.code === 'budget_exceeded')?.message ?? null;
      const bound = result.value === node ? node : result.value;
      const coerced = coerceWidgetProps(node.type, bound) as StacNode;
      return {
        node: coerced.type === node.type ? coerced : { ...coerced, type: node.type },
        reads: result.reads,
        unbound: result.unbound,
        errors: result.errors
          .filter((error) => error.code !== 'budget_exceeded')
          .map((error) => error.message),
        overBudget,
      };
    },
    [helpers, budget],
  );
  const releaseBudget = useCallback((budgetSlot: object) => budget.release(budgetSlot), [budget]);
  return { bindNode, releaseBudget };
}
