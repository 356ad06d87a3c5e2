/** How data widgets of a view fetch: the host's own runner if it gave one, else one from the view's props. */
import { useCallback } from 'react';
import { defaultActionRegistry, type ActionRegistry, type HostServices } from '../../actions';
import { useStacRequest, type StacRequestRunner } from '../widgets';
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
  latestRef: { readonly current: { actions?: ActionRegistry; services?: Partial<HostServices> } },
): StacRequestRunner {
  // A host's runner, or the enclosing view's (a view inside a view's widget fetches as the outer one does).
  const outerRequestRunner = useStacRequest();
  // The runner is made when a request runs (it keeps no state), so the host's latest props are read then,
  // never during render.
  return useCallback<StacRequestRunner>(
    (request, signal) => {
      if (outerRequestRunner) return outerRequestRunner(request, signal);
      const host = latestRef.current;
      const run = createWidgetRequestRunner({
        actions: host.actions ?? defaultActionRegistry,
        services: () => ({ ...createDefaultHostServices(store.getScope()), ...host.services }),
      });
      return run(request, signal);
    },
    [outerRequestRunner, store, latestRef],
  );
}
