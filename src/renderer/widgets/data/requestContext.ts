import { createContext, useContext } from 'react';

/** What a widget-level request (`dynamicView`, `networkWidget`) gets back. */
export interface StacRequestOutcome {
  statusCode: number;
  ok: boolean;
  data: unknown;
}

/**
 * Runs a Stac `request` object (`{url, method, headers, queryParameters, body}`) for a widget. The renderer
 * core provides it from the host's `fetch` service and URL policy, so widgets never reach the network on
 * their own; a host or a test may provide its own. Rejects with an Error whose message a user can read.
 */
export type StacRequestRunner = (request: unknown, signal: AbortSignal) => Promise<StacRequestOutcome>;

export const StacRequestContext = createContext<StacRequestRunner | null>(null);
StacRequestContext.displayName = 'StacRequestContext';

export function useStacRequest(): StacRequestRunner | null {
  return useContext(StacRequestContext);
}
