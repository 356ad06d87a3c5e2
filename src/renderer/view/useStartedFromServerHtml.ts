import { useState, useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => undefined;
const notHydrating = () => false;
const hydratingOrServer = () => true;

/**
 * Whether this view began by hydrating server HTML (or renders on the server), fixed for its life: the
 * per-node Suspense boundaries that server HTML has must stay to hydrate it, and leaving them out later
 * would remount every node.
 */
export function useStartedFromServerHtml(): boolean {
  const hydrating = useSyncExternalStore(subscribeToNothing, notHydrating, hydratingOrServer);
  const [startedFromServerHtml] = useState(hydrating);
  return startedFromServerHtml;
}
