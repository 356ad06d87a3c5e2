/** How data widgets of a view fetch: the host's own runner if it gave one, else one from the view's props. */
import { useContext, useMemo } from 'react';
import { defaultActionRegistry, type ActionRegistry, type HostServices } from '../../actions';
import { StacRequestContext, type StacRequestRunner } from '../widgets';
import { createWidgetRequestRunner } from '../widgetRequestRunner';
import { createDefaultHostServices } from '../defaultHostServices';
import type { ScopeStore } from '../scopeStore';

/**
 * Requests follow the action registry's URL policy and the host's fetch service, both read when a request
 * runs: a host that rebuilds its action registry or services on every render must not make every data
 * widget fetch again.
 */
export function useRequestRunner(
  store: ScopeStore,
  latest: { readonly current: { actions?: ActionRegistry; services?: Partial<HostServices> } },
): StacRequestRunner {
  const outerRequestRunner = useContext(StacRequestContext);
  return useMemo(
    () =>
      outerRequestRunner ??
      createWidgetRequestRunner({
        actions: () => latest.current.actions ?? defaultActionRegistry,
        services: () => ({ ...createDefaultHostServices(store.getScope()), ...latest.current.services }),
      }),
    [outerRequestRunner, store, latest],
  );
}
