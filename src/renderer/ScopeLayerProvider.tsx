import { useMemo, type ReactNode } from 'react';
import type { ScopeStore } from './scopeStore';
import { StacRendererContext, useStacRenderer } from './StacRendererContext';

/**
 * Makes `store` the scope of a subtree (a setValue layer, an overlay opened from inside one): in the renderer
 * context, where node views and the hooks that read the store (useScopeStore) find it.
 */
export function ScopeLayerProvider({ store, children }: { store: ScopeStore; children?: ReactNode }) {
  const renderer = useStacRenderer('ScopeLayerProvider');
  const value = useMemo(() => ({ ...renderer, store }), [renderer, store]);
  return <StacRendererContext.Provider value={value}>{children}</StacRendererContext.Provider>;
}
