/** Public face of the reference Plugin API server. */
export { createServer, startServer } from './createServer';
export type { ServerOptions, StacWebServer, RunningServer } from './createServer';
export { createApp, API_BASE } from './createApp';
export { createSafeFetcher, safeFetchJson, SafeFetchError, DEFAULT_ALLOWED_HOSTS } from './safeFetch';
export type {
  SafeFetchOptions,
  SafeFetchResult,
  SafeFetchErrorCode,
  OwnCatalogFiles,
  ResolvedAddress,
} from './safeFetch';
export { isPublicAddress } from './ipAddressPolicy';
export {
  openDatabase,
  runMigrations,
  readMigrations,
  parseDatabaseTarget,
  describeDatabaseTarget,
} from './database';
export type { StacDatabase, StacDb, DatabaseTarget, DatabaseDialect, Migration } from './database';
export { ApiError } from './http/apiError';
export type { ApiErrorCode, ApiErrorBody } from './http/apiError';
export { DEMO_ACCOUNTS } from './seed/seedDatabase';
export { SPA_CONTENT_SECURITY_POLICY } from './http/securityHeaders';
export type { Logger, LogEntry } from './http/requestLogger';
export type { Asset } from './store/assetStore';
export type { PublicUser } from './store/userStore';
export type { CommunityPluginView, InstalledPluginView } from './plugins/pluginViews';
export { DEMO_ASSETS } from './seed/demoAssets';
