import type { z } from 'zod';
import { ApiError } from './ApiError';
import { createMemoryAuth, type AuthSource } from './createMemoryAuth';
import { requestJson, type HttpMethod, type RequestOptions } from './requestJson';
import {
  acknowledgementSchema,
  assetDetailSchema,
  assetListSchema,
  createResultSchema,
  demoInfoSchema,
  loginResultSchema,
  meSchema,
  toggleResultSchema,
  updateInstalledResultSchema,
  updateResultSchema,
  type Acknowledgement,
  type ApiUser,
  type Asset,
  type CreatePluginResult,
  type DemoInfo,
  type LoginResult,
  type ToggleResult,
  type UpdateInstalledResult,
  type UpdatePluginResult,
} from './responseSchemas';
import {
  communityListSchema,
  installedListSchema,
  previewSchema,
  type CommunityPlugin,
  type InstallPluginBody,
  type InstalledPlugin,
  type PluginCreateBody,
  type PluginPreview,
  type PluginUpdateBody,
} from './pluginResponses';

export interface ApiClientOptions {
  /** Where the Plugin API is mounted. Default `/api/v1` on the page's origin. */
  baseUrl?: string;
  /** Holds the session token. Default: a fresh `createMemoryAuth()`. */
  auth?: AuthSource;
  /** Injected for tests and non-browser hosts. Default: the global `fetch` at call time. */
  fetch?: typeof fetch;
  /** Per-request timeout in ms (default 15 000); `0` disables it. */
  timeoutMs?: number;
  /** Called after any request (other than login) answered 401; the token has been cleared already. */
  onUnauthenticated?: (error: ApiError) => void;
}

export interface DeletePluginOptions extends RequestOptions {
  /** Also delete the plugin's GitHub repository (the backend decides whether it can). */
  deleteFromGitHub?: boolean;
}

export interface ApiClient {
  readonly baseUrl: string;
  isAuthenticated(): boolean;
  /** Adds a listener for 401 answers; returns an unsubscribe function. */
  subscribeUnauthenticated(listener: (error: ApiError) => void): () => void;

  getCommunityPlugins(options?: RequestOptions): Promise<CommunityPlugin[]>;
  getInstalledPlugins(options?: RequestOptions): Promise<InstalledPlugin[]>;
  previewPluginStac(url: string, options?: RequestOptions): Promise<PluginPreview>;
  installPlugin(body: InstallPluginBody, options?: RequestOptions): Promise<Acknowledgement>;
  uninstallPlugin(pluginId: string, options?: RequestOptions): Promise<Acknowledgement>;
  togglePlugin(pluginId: string, isActive: boolean, options?: RequestOptions): Promise<ToggleResult>;
  /** Moves an installed plugin to the catalog's latest version (reference-server extension). */
  updateInstalledPlugin(pluginId: string, options?: RequestOptions): Promise<UpdateInstalledResult>;
  createPlugin(body: PluginCreateBody, options?: RequestOptions): Promise<CreatePluginResult>;
  updatePlugin(
    pluginId: string,
    body: PluginUpdateBody,
    options?: RequestOptions,
  ): Promise<UpdatePluginResult>;
  deletePlugin(pluginId: string, options?: DeletePluginOptions): Promise<Acknowledgement>;

  /** Signs in and keeps the token in the auth source. */
  login(username: string, password: string, options?: RequestOptions): Promise<LoginResult>;
  /** Ends the session on the server (best effort) and always forgets the token locally. */
  logout(options?: RequestOptions): Promise<void>;
  me(options?: RequestOptions): Promise<ApiUser>;
  /** Whether the server runs with demo accounts, and which (no token needed). */
  getDemoInfo(options?: RequestOptions): Promise<DemoInfo>;

  getAssets(options?: RequestOptions): Promise<Asset[]>;
  getAsset(assetId: string, options?: RequestOptions): Promise<Asset>;
}

const DEFAULT_TIMEOUT_MS = 15_000;

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const baseUrl = resolveBaseUrl(options.baseUrl ?? '/api/v1');
  const auth = options.auth ?? createMemoryAuth();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const unauthenticatedListeners = new Set<(error: ApiError) => void>();
  if (options.onUnauthenticated) unauthenticatedListeners.add(options.onUnauthenticated);

  interface Call<T> extends RequestOptions {
    method: HttpMethod;
    path: string;
    query?: Record<string, string | undefined>;
    body?: unknown;
    schema: z.ZodType<T>;
    /** A 401 here means wrong credentials, not an expired session. */
    isSignIn?: boolean;
  }

  async function call<T>(c: Call<T>): Promise<T> {
    const label = `${c.method} ${c.path}`;
    try {
      return await requestJson({
        method: c.method,
        url: buildUrl(baseUrl, c.path, c.query),
        label,
        token: auth.getToken(),
        body: c.body,
        schema: c.schema,
        // Looked up per call so that a test (or msw) that replaces the global after creation is honoured.
        fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
        defaultTimeoutMs: timeoutMs,
        signal: c.signal,
        timeoutMs: c.timeoutMs,
      });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'UNAUTHENTICATED' && !c.isSignIn) {
        auth.setToken(null);
        for (const listener of [...unauthenticatedListeners]) listener(error);
      }
      throw error;
    }
  }

  const id = (value: string) => encodeURIComponent(value);

  return {
    baseUrl,
    isAuthenticated: () => auth.getToken() !== null,
    subscribeUnauthenticated(listener) {
      unauthenticatedListeners.add(listener);
      return () => {
        unauthenticatedListeners.delete(listener);
      };
    },

    getCommunityPlugins: (o) =>
      call({ ...o, method: 'GET', path: '/plugins/community', schema: communityListSchema }),
    getInstalledPlugins: (o) =>
      call({ ...o, method: 'GET', path: '/plugins/installed', schema: installedListSchema }),
    previewPluginStac: (url, o) =>
      call({ ...o, method: 'GET', path: '/plugins/preview-stac', query: { url }, schema: previewSchema }),
    installPlugin: (body, o) =>
      call({ ...o, method: 'POST', path: '/plugins/install', body, schema: acknowledgementSchema }),
    uninstallPlugin: (pluginId, o) =>
      call({
        ...o,
        method: 'DELETE',
        path: `/plugins/uninstall/${id(pluginId)}`,
        schema: acknowledgementSchema,
      }),
    togglePlugin: (pluginId, isActive, o) =>
      call({
        ...o,
        method: 'PUT',
        path: '/plugins/user/toggle',
        body: { pluginId, isActive },
        schema: toggleResultSchema,
      }),
    updateInstalledPlugin: (pluginId, o) =>
      call({
        ...o,
        method: 'POST',
        path: '/plugins/user/update',
        body: { pluginId },
        schema: updateInstalledResultSchema,
      }),
    createPlugin: (body, o) =>
      call({ ...o, method: 'POST', path: '/plugins', body, schema: createResultSchema }),
    updatePlugin: (pluginId, body, o) =>
      call({ ...o, method: 'PUT', path: `/plugins/${id(pluginId)}`, body, schema: updateResultSchema }),
    deletePlugin: (pluginId, o = {}) => {
      const { deleteFromGitHub, ...rest } = o;
      return call({
        ...rest,
        method: 'DELETE',
        path: `/plugins/${id(pluginId)}`,
        query: { deleteFromGitHub: deleteFromGitHub === undefined ? undefined : String(deleteFromGitHub) },
        schema: acknowledgementSchema,
      });
    },

    async login(username, password, o) {
      const result = await call({
        ...o,
        method: 'POST',
        path: '/auth/login',
        body: { username, password },
        schema: loginResultSchema,
        isSignIn: true,
      });
      auth.setToken(result.token);
      return result;
    },
    async logout(o) {
      try {
        if (auth.getToken() !== null) {
          await call({
            ...o,
            method: 'POST',
            path: '/auth/logout',
            schema: acknowledgementSchema,
            isSignIn: true,
          });
        }
      } finally {
        auth.setToken(null);
      }
    },
    me: (o) => call({ ...o, method: 'GET', path: '/auth/me', schema: meSchema }),
    getDemoInfo: (o) =>
      call({ ...o, method: 'GET', path: '/auth/demo', schema: demoInfoSchema, isSignIn: true }),

    getAssets: (o) => call({ ...o, method: 'GET', path: '/assets', schema: assetListSchema }),
    getAsset: (assetId, o) =>
      call({ ...o, method: 'GET', path: `/assets/${id(assetId)}`, schema: assetDetailSchema }),
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

function buildUrl(baseUrl: string, path: string, query?: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) params.set(key, value);
  const search = params.toString();
  return `${baseUrl}${path}${search ? `?${search}` : ''}`;
}
