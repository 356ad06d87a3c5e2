/** How data widgets of a view fetch: the host's own runner if it gave one, else one from the view's props. */
import { defaultActionRegistry, type ActionRegistry, type HostServices } from '../../actions';
import type { StacRequestRunner } from '../widgets';
import { createWidgetRequestRunner } from '../widgetRequestRunner';
import { createDefaultHostServices } from '../defaultHostServices';
import type { ScopeStore } from '../scopeStore';

/**
 * Requests follow the action registry's URL policy and the host's fetch service, both read when a request
 * runs: a host that rebuilds its action registry or services on every render must not make every data
 * widget fetch again.
 */
export function createRequestRunner(
  outerRequestRunner: StacRequestRunner | null,
  store: ScopeStore,
  latestRef: { readonly current: { actions?: ActionRegistry; services?: Partial<HostServices> } },
): StacRequestRunner {
  // A host's runner, or the enclosing view's (a view inside a view's widget fetches as the outer one does).
  if (outerRequestRunner) return outerRequestRunner;
  // The runner is made when a request runs (it keeps no state), so the host's latest props are read then,
  // never during render.
  return (request, signal) => {
    const host = latestRef.current;
    const run = createWidgetRequestRunner({
      actions: host.actions ?? defaultActionRegistry,
      services: () => ({ ...createDefaultHostServices(store.getScope()), ...host.services }),
    });
    return run(request, signal);
  };
}
