import type { ApiError } from './ApiError';
import type { ApiClient, BackendMethods, BackendProfileName, SlotApiClient } from './apiClientTypes';
import { createMemoryAuth, type AuthSource } from './createMemoryAuth';
import { createDetectingProfile } from './profiles/detectBackendProfile';
import { createInvenicumProfile } from './profiles/invenicumProfile';
import { createReferenceProfile } from './profiles/referenceProfile';
import { referenceSlotMethods } from './profiles/referenceSlotMethods';
import { createTransport, type Transport } from './transport';

export type {
  ApiClient,
  BackendMethods,
  BackendProfileName,
  DeletePluginOptions,
  SlotApiClient,
  SlotMethods,
} from './apiClientTypes';

export interface ApiClientOptions {
  /** Where the Plugin API is mounted. Default `/api/v1` on the page's origin. */
  baseUrl?: string;
  /**
   * Which backend answers: `reference` (default; our server and the documented contract), `invenicum` (a
   * real Invenicum backend, whose answers are turned into the same typed model), or `auto` (asks the
   * backend once, before the first request, and remembers).
   */
  profile?: BackendProfileName | 'auto';
  /**
   * `invenicum` only: the market catalog index the backend reads (its GITHUB_PLUGIN_REPO), used to find
   * the latest file of an installed plugin. Default: the public Invenicum market repository.
   */
  catalogIndexUrl?: string;
  /** Holds the session token. Default: a fresh `createMemoryAuth()`. */
  auth?: AuthSource;
  /** Injected for tests and non-browser hosts. Default: the global `fetch` at call time. */
  fetch?: typeof fetch;
  /** Per-request timeout in ms (default 15 000); `0` disables it. */
  timeoutMs?: number;
  /** Called after any request (other than login) answered 401; the token has been cleared already. */
  onUnauthenticated?: (error: ApiError) => void;
}

const DEFAULT_TIMEOUT_MS = 15_000;

/** How a client builds the methods of each backend it can talk to; a builder left out is a profile it lacks. */
interface ProfileBuilders {
  reference: (transport: Transport) => BackendMethods;
  invenicum?: (transport: Transport, options: { catalogIndexUrl?: string }) => BackendMethods;
  detect?: typeof createDetectingProfile;
}

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  return createClient(options, {
    reference: createReferenceProfile,
    invenicum: createInvenicumProfile,
    detect: createDetectingProfile,
  });
}

/**
 * A client of the reference contract only (our server, or any backend that follows the documented API): the
 * same client without the Invenicum profile and the detector, for bundles that must stay small (the embed).
 */
export function createReferenceApiClient(
  options: Omit<ApiClientOptions, 'profile' | 'catalogIndexUrl'> = {},
): ApiClient {
  return createClient({ ...options, profile: 'reference' }, { reference: createReferenceProfile });
}

/**
 * The client of a page's plugin slots (the embed): the installed list, the signed-in user and switching a
 * failing plugin off, on the reference contract, with the same transport, errors, token and 401 listeners as
 * the full client and none of its other endpoints, so that their answer schemas stay out of the embed.
 */
export function createSlotApiClient(
  options: Omit<ApiClientOptions, 'profile' | 'catalogIndexUrl'> = {},
): SlotApiClient {
  const { transport, common } = createClientBase(options);
  return { ...referenceSlotMethods(transport), ...common };
}

/** The transport and the members every client has, whatever its endpoints. */
function createClientBase(options: ApiClientOptions): {
  transport: Transport;
  common: Pick<ApiClient, 'baseUrl' | 'isAuthenticated' | 'subscribeUnauthenticated'>;
} {
  const baseUrl = resolveBaseUrl(options.baseUrl ?? '/api/v1');
  const auth = options.auth ?? createMemoryAuth();
  const unauthenticatedListeners = new Set<(error: ApiError) => void>();
  if (options.onUnauthenticated) unauthenticatedListeners.add(options.onUnauthenticated);

  const transport = createTransport({
    baseUrl,
    auth,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    onUnauthenticated(error) {
      for (const listener of [...unauthenticatedListeners]) listener(error);
    },
  });
  return {
    transport,
    common: {
      baseUrl,
      isAuthenticated: () => auth.getToken() !== null,
      subscribeUnauthenticated(listener) {
        unauthenticatedListeners.add(listener);
        return () => {
          unauthenticatedListeners.delete(listener);
        };
      },
    },
  };
}

function createClient(options: ApiClientOptions, profiles: ProfileBuilders): ApiClient {
  const { transport, common } = createClientBase(options);

  const requested = options.profile ?? 'reference';
  if (requested !== 'reference' && requested !== 'invenicum' && requested !== 'auto') {
    throw new TypeError(
      `createApiClient: unknown profile "${String(requested)}"; use "reference", "invenicum" or "auto".`,
    );
  }
  const { invenicum, detect } = profiles;
  if ((requested === 'invenicum' && !invenicum) || (requested === 'auto' && !detect)) {
    throw new TypeError(
      `This client speaks only the reference contract; use createApiClient for the "${requested}" profile.`,
    );
  }
  const build = (name: BackendProfileName): BackendMethods =>
    name === 'invenicum' && invenicum
      ? invenicum(transport, { catalogIndexUrl: options.catalogIndexUrl })
      : profiles.reference(transport);
  let detected: BackendProfileName | undefined = requested === 'auto' ? undefined : requested;
  const methods =
    requested !== 'auto'
      ? build(requested)
      : // Checked above: a client asked for `auto` has a detector.
        (detect as typeof createDetectingProfile)(transport, (name) => {
          detected = name;
          return build(name);
        });

  return {
    ...methods,
    ...common,
    get profile() {
      return detected ?? 'auto';
    },
  };
}

/** A relative base (`/api/v1`) is resolved against the page; outside a browser it must be absolute. */
function resolveBaseUrl(baseUrl: string): string {
  const trimmed = baseUrl.replace(/\/+$/, '');
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return trimmed;
  const origin = typeof location !== 'undefined' && location.origin !== 'null' ? location.origin : undefined;
  if (!origin) {
    // Without a page every request would fail as a vague NETWORK error; say what is wrong up front.
    throw new TypeError(
      `createApiClient: baseUrl "${baseUrl}" is relative and there is no page origin to resolve it against; ` +
        'pass an absolute URL such as http://127.0.0.1:8080/api/v1.',
    );
  }
  return new URL(trimmed || '/', origin).href.replace(/\/+$/, '');
}
