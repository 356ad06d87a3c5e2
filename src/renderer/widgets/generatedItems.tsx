import { createContext, useContext, type ReactNode } from 'react';
import { StacChild, StacVariableScope } from '../widgetApi';
import { isRecord } from './widgetProps';

/**
 * Items a `dynamicView` fetched for the list widget it renders as `template`: the list widget at `path`
 * clones its `itemTemplate` once per item, with the item's fields as template variables (`{{firstName}}`),
 * as Stac's dynamic lists do. Matching on the path keeps nested lists from picking up the items.
 */
export interface GeneratedItems {
  path: string;
  items: readonly unknown[];
}

export const GeneratedItemsContext = createContext<GeneratedItems | null>(null);

function variablesOf(item: unknown, index: number): Record<string, unknown> {
  if (isRecord(item)) return 'index' in item ? item : { ...item, index };
  return { item, index };
}

/** The rendered items for a list widget, or null when no dynamicView feeds it. */
export function useGeneratedItems(path: string, itemTemplate: unknown): ReactNode[] | null {
  const generated = useContext(GeneratedItemsContext);
  if (!generated || generated.path !== path || !isRecord(itemTemplate)) return null;
  return generated.items.map((item, index) => (
    <StacVariableScope key={index} values={variablesOf(item, index)}>
      <StacChild node={itemTemplate} path={`${path}.itemTemplate`} />
    </StacVariableScope>
  ));
}
