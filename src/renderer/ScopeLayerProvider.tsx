import { useMemo, type ReactNode } from 'react';
import type { ScopeStore } from './scopeStore';
import { StacRendererContext, StacScopeStoreContext, useStacRenderer } from './StacRendererContext';

/**
 * Makes `store` the scope of a subtree (a setValue layer, an overlay opened from inside one): for the hooks
 * that read the store, and in the renderer context that node views read it from (a class component reads
 * one context only).
 */
export function ScopeLayerProvider({ store, children }: { store: ScopeStore; children?: ReactNode }) {
  const renderer = useStacRenderer('ScopeLayerProvider');
  const value = useMemo(() => ({ ...renderer, store }), [renderer, store]);
  return (
    <StacRendererContext.Provider value={value}>
      <StacScopeStoreContext.Provider value={store}>{children}</StacScopeStoreContext.Provider>
    </StacRendererContext.Provider>
  );
}
