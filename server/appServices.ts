import type { ClientAddressResolver } from './auth/clientAddress';
import type { CatalogFolders } from './catalog/index';
import type { ChangeWatch } from './database';
import type { LoginAttemptLimiter } from './auth/loginRateLimiter';
import type { CorsPolicy } from './http/corsPolicy';
import type { Logger } from './http/requestLogger';
import type { InstalledPluginLookup } from './jobs/installedJobs';
import type { JobService } from './jobs/jobService';
import type { WebConfig } from './http/webConfig';
import type { SafeFetchResult } from './safeFetch';
import type { AssetStore } from './store/assetStore';
import type { PluginStore } from './store/pluginStore';
import type { SessionStore } from './store/sessionStore';
import type { UserStore } from './store/userStore';

export interface DemoAccount {
  username: string;
  password: string;
  name: string;
}

/** Everything the routes need, built once per server by createServer. */
export interface AppServices {
  users: UserStore;
  sessions: SessionStore;
  plugins: PluginStore;
  /** Whether anything was written to the database since the last look: lets kept answers skip queries. */
  changes: ChangeWatch;
  assets: AssetStore;
  /** What each user's installs declare (the stored manifest snapshot), for jobs and MCP. */
  installedPlugins: InstalledPluginLookup;
  /** Plugin jobs: runs, schedules, history (server/jobs). */
  jobs: JobService;
  /** The service account's Bearer token for `POST /plugin-jobs/run-due` (STAC_WEB_SERVICE_TOKEN); none: refused. */
  serviceToken: string | undefined;
  loginLimiter: LoginAttemptLimiter;
  /** The client's address for rate limits, through trusted proxies only. */
  clientAddress: ClientAddressResolver;
  fetchPluginJson: (url: string) => Promise<SafeFetchResult>;
  tokenTtlMs: number;
  bodyLimitBytes: number;
  demoAccounts: DemoAccount[] | undefined;
  log: Logger;
  distDir: string;
  publicDir: string;
  /** The plugin folders of STAC_WEB_PLUGIN_DIRS, scanned and watched; undefined when none are configured. */
  catalogFolders: CatalogFolders | undefined;
  /** Lower-cased usernames of administrators (STAC_WEB_ADMINS): they see the plugin folders report. */
  admins: ReadonlySet<string>;
  /** Served to the SPA as /config.json: the API it talks to and that backend's profile. */
  webConfig: WebConfig;
  /** Other origins whose pages may call the API (STAC_WEB_CORS_ORIGINS); undefined: none, no CORS headers. */
  cors?: CorsPolicy;
}
