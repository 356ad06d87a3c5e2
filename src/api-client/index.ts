/**
 * src/api-client: the typed client of the Invenicum Plugin API (and of the reference server in `server/`).
 *
 * Plain client (no React):
 *   const auth = createMemoryAuth();            // token in memory only; `{ persist: 'session' }` mirrors it
 *                                               // into sessionStorage (this tab); localStorage is never used
 *   const api = createApiClient({ baseUrl: '/api/v1', auth, timeoutMs: 15_000, onUnauthenticated,
 *                                 profile: 'reference' });  // or 'invenicum' (a real Invenicum backend) or
 *                                                           // 'auto' (asks GET /auth/first-run once)
 *   createReferenceApiClient(options)           // the same client with the reference profile only (no
 *                                               // Invenicum profile or detector in its bytes)
 *   createSlotApiClient(options)                // only what plugin slots ask (getInstalledPlugins, me,
 *                                               // togglePlugin) on the reference contract: the embed's
 *   await api.login('alice', 'alice-demo');     // the token stays in `auth`; the client never exposes it,
 *                                               // so nothing handed to plugins can read it
 *   const plugins = await api.getCommunityPlugins({ signal });
 * The profile is the only place that knows the backend: `profiles/invenicumProfile.ts` turns our calls into
 * what the real Invenicum routes take and their answers (`profiles/invenicumAnswers.ts`) and status-only
 * errors (`profiles/invenicumErrors.ts`) into the same typed model and codes; see docs/invenicum.md.
 * One function per endpoint: getCommunityPlugins, getInstalledPlugins, previewPluginStac(url),
 * installPlugin({ id } | { download_url }), uninstallPlugin(id), togglePlugin(id, isActive),
 * updateInstalledPlugin(id) (POST /plugins/user/update, a reference-server extension), setPluginMcp(id,
 * enabled) (PUT /plugins/user/mcp), getCatalogFolders / rescanCatalogFolders (the administrators' plugin
 * folders report; both reference-server only: Invenicum answers NOT_SUPPORTED), createPlugin(body),
 * updatePlugin(id, body), deletePlugin(id, { deleteFromGitHub }), login, logout, me, getDemoInfo (GET
 * /auth/demo), getAssets, getAsset(id). Each takes `{ signal?, timeoutMs? }` last. Answers are checked with
 * the plugin model of src/stac-schema (tolerant of `{ ui: { ui } }`, `icon_url`, numeric ids, nulls);
 * `ui` stays `unknown` until parseStacDocument validates it for rendering.
 *
 * Every failure rejects with one type, `ApiError { status, code, message, serverMessage?, issues,
 * details?, retryAfterSeconds?, isTransient }`: the documented codes (PLUGIN_NOT_FOUND, ALREADY_INSTALLED,
 * INVALID_STAC with `issues` carrying JSON paths, PERMISSION_DENIED, VERSION_CONFLICT), the server's own
 * (RATE_LIMITED, INVALID_REQUEST, INVALID_CREDENTIALS, FETCH_FAILED, URL_NOT_ALLOWED, ASSET_NOT_FOUND, ...;
 * unknown codes pass through as strings), and the client's: UNAUTHENTICATED (any 401 but a failed login:
 * the token is cleared and `onUnauthenticated` / `subscribeUnauthenticated` listeners run), NETWORK,
 * TIMEOUT (the client's timer), ABORTED (the caller's AbortSignal; the two are combined, never confused)
 * and INVALID_RESPONSE (not JSON, or not the expected shape; `issues` name the paths). `message` is a
 * sentence for people that says what to do. `consentRequestOf(error)` reads a CONSENT_REQUIRED's question
 * (each plugin with the permissions it asks for, and what an update adds), checked, or null for any other error.
 *
 * React (TanStack Query v5): `<ApiClientProvider client={api} queryClient?>`, `useApiClient()`, and
 * useCommunityPlugins, useInstalledPlugins, usePreviewPlugin(url), useInstallPlugin, useUninstallPlugin,
 * useTogglePlugin (optimistic; rolled back when the server refuses), useUpdateInstalledPlugin,
 * useSetPluginMcp (optimistic too), useCatalogFolders, useRescanCatalogFolders,
 * useCreatePlugin, useUpdatePlugin, useDeletePlugin, useAssets, useAsset(id), useMe (null when signed
 * out), useDemoInfo, useLogin, useLogout. Cache keys: pluginKeys, assetKeys, authKeys. Mutations refresh
 * `pluginKeys.all`; login and logout drop everything cached for the previous user.
 * `createApiQueryClient()` retries only transient failures (network, timeout, 5xx, 429), twice.
 *
 * Tests and stories: `mocks/plugin-api` (outside src/, so never in a bundle) has
 * `createPluginApiHandlers({ db, baseUrl, latencyMs, scenario, signedInAs })` (scenario: 'empty' | 'error' |
 * 'slow' | 'updateAvailable') and `createMockDatabase(seed?)`: the same routes, views and error codes as the
 * server (test/server/mockParity.test.ts compares them route by route), seeded from the shared catalog in
 * public/plugins with the server's demo users and installs.
 */
export { ApiError, API_ERROR_CODES, isApiError, isKnownApiErrorCode } from './ApiError';
export type { ApiErrorCode, ApiErrorInit, KnownApiErrorCode } from './ApiError';
export { consentRequestOf } from './consentRequest';
export type { ConsentPermission, ConsentRequest, ConsentRequestGroup } from './consentRequest';
export { createMemoryAuth } from './createMemoryAuth';
export type { AuthSource, MemoryAuthOptions } from './createMemoryAuth';
export { createApiClient, createReferenceApiClient, createSlotApiClient } from './createApiClient';
export type {
  ApiClient,
  ApiClientOptions,
  BackendMethods,
  BackendProfileName,
  DeletePluginOptions,
  SlotApiClient,
  SlotMethods,
} from './createApiClient';
export { INVENICUM_CATALOG_INDEX_URL } from './profiles/invenicumProfile';
export type { RequestOptions } from './requestJson';
export type {
  Acknowledgement,
  ApiUser,
  Asset,
  AssetChanges,
  AssetEdit,
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
export { assetKeys, authKeys, catalogFolderKeys, jobKeys, pluginKeys } from './queryKeys';
export type {
  CatalogFolderIssue,
  CatalogFolderPlugin,
  CatalogFolderRefusal,
  CatalogFolderReport,
  McpSwitchResult,
} from './catalogFolderResponses';
export { useCatalogFolders, useRescanCatalogFolders } from './react/catalogFolderHooks';
export type { PluginJobList, PluginJobRun, PluginJobView } from './jobResponses';
export {
  usePluginJobs,
  useRunPluginJob,
  useCancelPluginJobRun,
  useSetPluginJobSchedule,
  RUNNING_JOB_POLL_MS,
} from './react/jobHooks';
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
  useSavePluginSettings,
  useSetPluginMcp,
  useUpdatePlugin,
} from './react/pluginHooks';
export type {
  DeletePluginVariables,
  SetPluginMcpVariables,
  TogglePluginVariables,
  UpdatePluginVariables,
} from './react/pluginHooks';
export { useDemoInfo, useLogin, useLogout, useMe } from './react/authHooks';
export type { LoginVariables } from './react/authHooks';
export { useAsset, useAssets, useUpdateAsset } from './react/assetHooks';
export { errorText, errorCode } from './errorText';
