import { StrictMode, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { QueryClient } from '@tanstack/react-query';
import type { HostServices, NavigateRequest, StacUser } from '../../actions';
import {
  ApiClientProvider,
  createApiClient,
  createApiQueryClient,
  createMemoryAuth,
  useMe,
  type ApiClient,
  type AuthSource,
} from '../../api-client';
import { sanitizeUrl } from '../../renderer';
import { createSameOriginFetch } from '../createSameOriginFetch';
import { isAppPath } from '../../stac-schema';
import { writeClipboard } from '../writeClipboard';
import { PluginSlot } from '../PluginSlot';
import { PluginSlotProvider } from '../PluginSlotProvider';

export type TokenProvider = () => string | null | undefined | Promise<string | null | undefined>;

export interface MountPluginSlotOptions {
  /** Slot name, e.g. `asset_detail`. */
  name: string;
  /** Page data for the plugins' scope, e.g. `{ asset }`. */
  context?: Record<string, unknown>;
  /** Base URL of the Plugin API (default `/api/v1`). */
  apiBase?: string;
  /** A bearer token, or a function that returns one (sync or async). */
  token?: string | null;
  tokenProvider?: TokenProvider;
  theme?: 'light' | 'dark';
  safeMode?: boolean;
  /** Host services for plugin actions; by default navigation changes `location` and messages use an inline notice. */
  services?: Partial<HostServices>;
}

export interface MountedPluginSlot {
  update(context: Record<string, unknown> | undefined): void;
  unmount(): void;
}

interface SharedConnection {
  auth: AuthSource;
  client: ApiClient;
  queryClient: QueryClient;
}

/** Slots on one page that talk to the same API share one client and cache: one request serves them all. */
const connections = new Map<string, SharedConnection>();

function connectionFor(apiBase: string): SharedConnection {
  let connection = connections.get(apiBase);
  if (!connection) {
    const auth = createMemoryAuth();
    connection = {
      auth,
      client: createApiClient({ baseUrl: apiBase, auth }),
      queryClient: createApiQueryClient(),
    };
    connections.set(apiBase, connection);
  }
  return connection;
}

function defaultServices(notify: (message: string) => void): Partial<HostServices> {
  return {
    navigate(request: NavigateRequest) {
      if (request.kind === 'push' || request.kind === 'replace') {
        if (!isAppPath(request.path)) return;
        if (request.kind === 'replace') window.location.replace(request.path);
        else window.location.assign(request.path);
      } else if (request.kind === 'pop') {
        window.history.back();
      } else if (request.kind === 'external') {
        const safe = sanitizeUrl(request.url, { kind: 'link' });
        if (safe) window.open(safe, '_blank', 'noopener,noreferrer');
      }
    },
    notify: (message) => notify(message),
    confirm: async (message) => window.confirm(message),
    fetch: createSameOriginFetch(),
    writeClipboard,
  };
}

interface EmbeddedSlotProps {
  options: MountPluginSlotOptions;
  auth: AuthSource;
  contextStore: ContextStore;
}

function EmbeddedSlot({ options, auth, contextStore }: EmbeddedSlotProps) {
  const token = useSyncExternalStore(auth.subscribe, auth.getToken, auth.getToken);
  const context = useSyncExternalStore(contextStore.subscribe, contextStore.get, contextStore.get);
  const [message, setMessage] = useState<string | null>(null);
  const services = useMemo(
    () => ({ ...defaultServices((text) => setMessage(text)), ...options.services }),
    [options.services],
  );
  // Without a token every request would be refused; wait for the host to provide one.
  if (!token) return null;
  return (
    <EmbeddedSlotWithUser options={options} services={services} context={context}>
      {message ? (
        <p className="stac-slot-notice" role="status">
          {message}
        </p>
      ) : null}
    </EmbeddedSlotWithUser>
  );
}

function EmbeddedSlotWithUser({
  options,
  services,
  context,
  children,
}: {
  options: MountPluginSlotOptions;
  services: Partial<HostServices>;
  context: Record<string, unknown> | undefined;
  children: ReactNode;
}) {
  const me = useMe();
  const user = useMemo<StacUser | null>(
    () =>
      me.data
        ? {
            id: me.data.id === undefined ? undefined : String(me.data.id),
            username: me.data.username,
            name: me.data.name,
          }
        : null,
    [me.data],
  );
  const host = useMemo(() => ({ ...services, currentUser: () => user }), [services, user]);
  return (
    <PluginSlotProvider services={host} user={user} theme={options.theme} safeMode={options.safeMode}>
      <PluginSlot name={options.name} context={context} />
      {children}
    </PluginSlotProvider>
  );
}

interface ContextStore {
  get(): Record<string, unknown> | undefined;
  set(context: Record<string, unknown> | undefined): void;
  subscribe(listener: () => void): () => void;
}

function createContextStore(initial: Record<string, unknown> | undefined): ContextStore {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(next) {
      current = next;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Renders a plugin slot into any element of a page that is not a React app. Returns a handle to change
 * the page data (`update`) and to remove it (`unmount`).
 */
export function mountPluginSlot(element: Element, options: MountPluginSlotOptions): MountedPluginSlot {
  const apiBase = (options.apiBase ?? '/api/v1').replace(/\/$/, '');
  const connection = connectionFor(apiBase);
  if (options.token !== undefined) connection.auth.setToken(options.token);
  if (options.tokenProvider) {
    void Promise.resolve()
      .then(() => options.tokenProvider?.())
      .then((token) => {
        if (token) connection.auth.setToken(token);
      })
      .catch((error: unknown) => console.error('stac-slot: the token provider failed', error));
  }
  const contextStore = createContextStore(options.context);
  const root = createRoot(element);
  root.render(
    <StrictMode>
      <ApiClientProvider client={connection.client} queryClient={connection.queryClient}>
        <EmbeddedSlot options={options} auth={connection.auth} contextStore={contextStore} />
      </ApiClientProvider>
    </StrictMode>,
  );
  let mounted = true;
  return {
    update(context) {
      if (mounted) contextStore.set(context);
    },
    unmount() {
      if (!mounted) return;
      mounted = false;
      root.unmount();
    },
  };
}
