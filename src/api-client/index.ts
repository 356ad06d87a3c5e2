/**
 * src/api-client: the typed client of the Invenicum Plugin API (and the reference server in `server/`).
 *
 * Plain client (no React):
 *   const auth = createMemoryAuth();                       // token in memory; `{ persist: 'session' }` opts in
 *   const api = createApiClient({ baseUrl: '/api/v1', auth, timeoutMs: 15_000, onUnauthenticated });
 *   await api.login('alice', 'password');                  // token kept in `auth`, never exposed to plugins
 *   const plugins = await api.getCommunityPlugins({ signal });
 * One function per endpoint: getCommunityPlugins, getInstalledPlugins, previewPluginStac(url),
 * installPlugin(body), uninstallPlugin(id), togglePlugin(id, isActive), updateInstalledPlugin(id),
 * createPlugin(body), updatePlugin(id, body), deletePlugin(id, { deleteFromGitHub }), login, logout, me,
 * getDemoInfo, getAssets, getAsset(id). Each takes `{ signal?, timeoutMs? }` last.
 *
 * Every failure rejects with `ApiError { status, code, message, serverMessage?, issues, details? }`:
 * documented codes (PLUGIN_NOT_FOUND, ALREADY_INSTALLED, INVALID_STAC with `issues`, PERMISSION_DENIED,
 * VERSION_CONFLICT), server codes passed through (RATE_LIMITED with `retryAfterSeconds`, INVALID_REQUEST, ...)
 * and client codes: UNAUTHENTICATED (any 401; the token is cleared and `onUnauthenticated` runs), NETWORK,
 * TIMEOUT, ABORTED (the caller's signal) and INVALID_RESPONSE (the answer failed the zod model).
 * `message` is for people and ends with what to do.
 *
 * React (TanStack Query v5): wrap the app in `<ApiClientProvider client={api}>`, then use
 * useCommunityPlugins, useInstalledPlugins, usePreviewPlugin, useInstallPlugin, useUninstallPlugin,
 * useTogglePlugin (optimistic, rolled back on error), useUpdateInstalledPlugin, useCreatePlugin,
 * useUpdatePlugin, useDeletePlugin, useAssets, useAsset, useMe, useDemoInfo, useLogin, useLogout.
 * Cache keys: pluginKeys, assetKeys, authKeys.
 *
 * Tests and stories: `createPluginApiHandlers({ db, baseUrl, latencyMs, scenario })` and
 * `createMockDatabase(seed?)` from `src/api-client/mock` implement the same contract in memory with msw.
 */
export { ApiError, API_ERROR_CODES, isApiError, isKnownApiErrorCode } from './ApiError';
export type { ApiErrorCode, ApiErrorInit, KnownApiErrorCode } from './ApiError';
export { createMemoryAuth } from './createMemoryAuth';
export type { AuthSource, MemoryAuthOptions } from './createMemoryAuth';
export { createApiClient } from './createApiClient';
export type { ApiClient, ApiClientOptions, DeletePluginOptions } from './createApiClient';
export type { RequestOptions } from './requestJson';
export type {
  Acknowledgement,
  ApiUser,
  Asset,
  CreatePluginResult,
  DemoInfo,
  LoginResult,
  ToggleResult,
  UpdateInstalledResult,
  UpdatePluginResult,
} from './responseSchemas';
export type {
  CommunityPlugin,
  InstallPluginBody,
  InstalledPlugin,
  PluginCreateBody,
  PluginPreview,
  PluginUpdateBody,
} from './pluginResponses';
export { assetKeys, authKeys, pluginKeys } from './queryKeys';
export {
  ApiClientProvider,
  createApiQueryClient,
  shouldRetryApiError,
  useApiClient,
} from './react/ApiClientProvider';
export type { ApiClientProviderProps } from './react/ApiClientProvider';
export {
  useCommunityPlugins,
  useCreatePlugin,
  useDeletePlugin,
  useInstallPlugin,
  useInstalledPlugins,
  usePreviewPlugin,
  useTogglePlugin,
  useUninstallPlugin,
  useUpdateInstalledPlugin,
  useUpdatePlugin,
} from './react/pluginHooks';
export type {
  DeletePluginVariables,
  TogglePluginVariables,
  UpdatePluginVariables,
} from './react/pluginHooks';
export { useDemoInfo, useLogin, useLogout, useMe } from './react/authHooks';
export type { LoginVariables } from './react/authHooks';
export { useAsset, useAssets } from './react/assetHooks';
