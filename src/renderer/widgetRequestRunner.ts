/**
 * Runs the Stac `request` objects of data widgets (`dynamicView`, `networkWidget`) with the same rules as
 * the `networkRequest` action: the one URL sanitizer, the action registry's URL policy (same origin or
 * allowed origins only), its timeout and response-size limits, credentials only where the host opted in,
 * and the host's `fetch` service. Widgets never reach the network on their own. The work is in
 * ./runWidgetRequest.ts; the embed's build puts widgetRequestRunner.lazy.ts in place of this module, so that
 * it comes with the data widgets' chunk, the only widgets that ask for it.
 */
import { runWidgetRequest, type WidgetRequestOptions } from './runWidgetRequest';
import type { StacRequestRunner } from './widgets';

export function createWidgetRequestRunner(options: WidgetRequestOptions): StacRequestRunner {
  return (request, signal) => runWidgetRequest(request, signal, options);
}
