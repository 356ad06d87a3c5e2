import { useCallback, useState } from 'react';
import {
  createMemoryAuth,
  createSlotApiClient,
  isApiError,
  type SlotApiClient,
  type ApiUser,
  type AuthSource,
} from '../../api-client';
import type { SlotPlugin } from '../hostedPlugin';
import type { SlotPluginSource } from '../slotPluginSource';
import { createSharedResource, useSharedResource, type SharedResource } from './sharedResource';

/**
 * What the slots of one page that talk to the same API share: one client, one token, one installed list
 * and one signed-in user, so that one request serves them all (as the app's query cache does).
 */
export interface EmbedConnection {
  auth: AuthSource;
  client: SlotApiClient;
  installed: SharedResource<readonly SlotPlugin[]>;
  me: SharedResource<ApiUser | null>;
  source: SlotPluginSource;
}

/** As the app's query client: data younger than this is not asked for again when another slot mounts. */
const STALE_MS = 30_000;

const isTransient = (error: unknown) => (isApiError(error) ? error.isTransient : true);

const connections = new Map<string, EmbedConnection>();

export function connectionFor(apiBase: string): EmbedConnection {
  const existing = connections.get(apiBase);
  if (existing) return existing;
  const auth = createMemoryAuth();
  // The embed speaks the documented contract (our server) and asks only what slots need: the Invenicum
  // profile and the other endpoints' answer schemas stay out of its bytes.
  const client = createSlotApiClient({ baseUrl: apiBase, auth });
  const options = { staleMs: STALE_MS, isTransient };
  const installed = createSharedResource<readonly SlotPlugin[]>(
    (signal) => client.getInstalledPlugins({ signal }),
    { ...options, onFailure: reportFailure(apiBase, 'the installed plugins') },
  );
  const me = createSharedResource<ApiUser | null>(
    async (signal) => (client.isAuthenticated() ? client.me({ signal }) : null),
    { ...options, onFailure: reportFailure(apiBase, 'the signed-in user') },
  );
  // A 401 means the session is gone: the slots stop binding a user that is no longer signed in.
  // The slots then render nothing until the page gives a new token; the console says why, once per token.
  let refusalTold = false;
  auth.subscribe(() => {
    if (auth.getToken()) refusalTold = false;
  });
  client.subscribeUnauthenticated(() => {
    me.set(null);
    if (refusalTold) return;
    refusalTold = true;
    console.error(
      `stac-slot: ${apiBase} refused the token (401); the slots stay empty until the page gives a valid one (the token attribute or option, or tokenProvider)`,
    );
  });
  const connection: EmbedConnection = {
    auth,
    client,
    installed,
    me,
    source: embedPluginSource(client, installed),
  };
  connections.set(apiBase, connection);
  return connection;
}

/**
 * A page works without its plugins, so a slot whose list cannot be read shows nothing: the console says why,
 * once per failed load, with what to check.
 */
function reportFailure(apiBase: string, what: string) {
  return (error: unknown, keptData: boolean) => {
    const reason = error instanceof Error ? error.message : String(error);
    const outcome = keptData ? 'the slots keep what they show' : 'the slots stay empty until it can be read';
    console.error(`stac-slot: ${what} could not be read from ${apiBase}: ${reason}; ${outcome}`, error);
  };
}

function embedPluginSource(
  client: SlotApiClient,
  installed: SharedResource<readonly SlotPlugin[]>,
): SlotPluginSource {
  return {
    useInstalledPlugins({ enabled }) {
      const state = useSharedResource(installed, enabled);
      return {
        isPending: state.status === 'idle' || state.status === 'pending',
        isError: state.status === 'error',
        data: state.data,
      };
    },
    usePluginSwitch() {
      const [isPending, setPending] = useState(false);
      const disable = useCallback((pluginId: string) => {
        const before = installed.getState().data;
        setPending(true);
        // The failing plugin leaves the page at once; it comes back if the server refuses.
        if (before) installed.set(before.map((p) => (p.id === pluginId ? { ...p, isActive: false } : p)));
        void client
          .togglePlugin(pluginId, false)
          .catch(() => {
            if (before) installed.set(before);
          })
          .then(() => installed.refetch())
          .finally(() => setPending(false));
      }, []);
      return { disable, isPending };
    },
  };
}
