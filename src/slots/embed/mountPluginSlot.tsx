import { StrictMode, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { preloadBuiltinActions, type HostServices, type NavigateRequest, type StacUser } from '../../actions';
import { sanitizeUrl } from '../../renderer';
import { createSameOriginFetch } from '../createSameOriginFetch';
import { isAppPath } from '../../stac-schema';
import { writeClipboard } from '../writeClipboard';
import { PluginSlot } from '../PluginSlot';
import { SlotHostProvider } from '../slotHost';
import { connectionFor, type EmbedConnection } from './embedConnection';
import { useSharedResource } from './sharedResource';

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
  connection: EmbedConnection;
  contextStore: ContextStore;
}

function EmbeddedSlot({ options, connection, contextStore }: EmbeddedSlotProps) {
  const { auth } = connection;
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
    <EmbeddedSlotWithUser options={options} connection={connection} services={services} context={context}>
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
  connection,
  services,
  context,
  children,
}: {
  options: MountPluginSlotOptions;
  connection: EmbedConnection;
  services: Partial<HostServices>;
  context: Record<string, unknown> | undefined;
  children: ReactNode;
}) {
  const me = useSharedResource(connection.me);
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
    <SlotHostProvider
      source={connection.source}
      services={host}
      user={user}
      theme={options.theme}
      safeMode={options.safeMode}
    >
      <PluginSlot name={options.name} context={context} />
      {children}
    </SlotHostProvider>
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
      <EmbeddedSlot options={options} connection={connection} contextStore={contextStore} />
    </StrictMode>,
  );
  // The built-in actions' code is a chunk of the embed: it starts coming when the user's pointer or focus first
  // enters the slot, ahead of the press (hovering or tabbing comes before a click or Enter).
  const warmActions = () => {
    element.removeEventListener('pointerover', warmActions);
    element.removeEventListener('focusin', warmActions);
    preloadBuiltinActions();
  };
  element.addEventListener('pointerover', warmActions, { passive: true });
  element.addEventListener('focusin', warmActions);
  let mounted = true;
  return {
    update(context) {
      if (!mounted) return;
      contextStore.set(context);
      // New page data is a moment a user expects current plugins: the list is asked for again if it is stale.
      connection.installed.ensureFresh();
    },
    unmount() {
      if (!mounted) return;
      mounted = false;
      element.removeEventListener('pointerover', warmActions);
      element.removeEventListener('focusin', warmActions);
      root.unmount();
    },
  };
}
