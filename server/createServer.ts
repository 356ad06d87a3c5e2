import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import type { AppServices } from './appServices';
import { createClientAddressResolver, parseTrustedProxies } from './auth/clientAddress';
import { parsePluginDirs, startCatalogFolders, type CatalogFolders } from './catalog/index';
import { databaseRateCounters } from './auth/databaseRateCounter';
import { createLoginRateLimiter, type LoginRateLimitOptions } from './auth/loginRateLimiter';
import { createApp } from './createApp';
import {
  openDatabase,
  parseDatabaseTarget,
  type DatabaseTarget,
  type StacDatabase,
  type StacDb,
} from './database';
import { webConfigFromEnv, type WebConfig } from './http/webConfig';
import { createCorsPolicy, parseCorsOrigins } from './http/corsPolicy';
import { API_SECURITY_HEADERS } from './http/securityHeaders';
import type { AppEnv } from './http/appEnv';
import { jsonLineLogger, silentLogger, type Logger } from './http/requestLogger';
import { createSafeFetcher, type SafeFetchOptions } from './safeFetch';
import { DEMO_ACCOUNTS, seedDatabase } from './seed/seedDatabase';
import { createAssetStore } from './store/assetStore';
import { createPluginStore } from './store/pluginStore';
import { createSessionStore } from './store/sessionStore';
import { createUserStore } from './store/userStore';
import { createInstalledPluginLookup } from './jobs/installedJobs';
import { createJobRunner, type JobLimits } from './jobs/jobRunner';
import { startJobScheduler, type JobScheduler } from './jobs/jobScheduler';
import type { EventLimits } from './jobs/eventRunLimiter';
import { createJobService } from './jobs/jobService';
import { createJobStore } from './jobs/jobStore';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface ServerOptions {
  /**
   * Where the data lives: a SQLite file path or a `postgres://` URL (default `STAC_WEB_DB`, else
   * `./data/stac-web.db`). Several instances may share one PostgreSQL database.
   */
  database?: string | DatabaseTarget;
  /** The same as `database` (the older name, kept for callers that pass a SQLite path). */
  dbPath?: string;
  /** Default `HOST` or 127.0.0.1. */
  host?: string;
  /** Default `PORT` or 8080; 0 picks a free port. */
  port?: number;
  /** Seed demo users and their installs, and answer /auth/demo (default: `STAC_WEB_DEMO` is not `0`). */
  demo?: boolean;
  /** Seed catalog and assets on first start (default true). */
  seed?: boolean;
  /** Plugin files seeded into the catalog and readable by the fetcher (default `public/plugins`). */
  catalogDir?: string;
  /** Built SPA (default `dist`). */
  distDir?: string;
  /** Static files served when not in dist (default `public`). */
  publicDir?: string;
  /** Fetcher policy; `ownCatalog` is filled in by the server. */
  fetch?: Omit<SafeFetchOptions, 'ownCatalog'>;
  /** Extra origins under which this server's catalog is reachable (e.g. `STAC_WEB_PUBLIC_URL`). */
  publicOrigins?: string[];
  /** `true`: JSON lines on stdout; `false`: silent; or a function. Default: silent under Vitest. */
  log?: boolean | Logger;
  /** Session lifetime (default 7 days). */
  tokenTtlMs?: number;
  /** Largest request body (default 1 MB). */
  bodyLimitBytes?: number;
  loginRateLimit?: LoginRateLimitOptions;
  /**
   * Reverse proxies whose X-Forwarded-For is believed: addresses, CIDR ranges or `loopback`/`linklocal`/
   * `uniquelocal` (default `STAC_WEB_TRUST_PROXY`, comma-separated; none).
   */
  trustProxy?: readonly string[];
  /**
   * Origins of other sites' pages that may call the API from a browser, or `['*']` (default
   * `STAC_WEB_CORS_ORIGINS`, comma-separated; none: no CORS headers). See server/http/corsPolicy.ts.
   */
  corsOrigins?: readonly string[];
  /** What the SPA reads as /config.json (default: from STAC_WEB_API_URL, STAC_WEB_API_PROFILE, ...). */
  webConfig?: WebConfig;
  /**
   * Run due plugin jobs in this process every minute (or every `intervalMs`). Default off here; `npm start`
   * turns it on unless `STAC_WEB_JOB_SCHEDULER=0`.
   */
  jobScheduler?: boolean | { intervalMs?: number };
  /** Plugin job limits and the failures in a row that pause a job (default 3). */
  jobs?: {
    limits?: Partial<JobLimits>;
    pauseAfter?: number;
    now?: () => Date;
    /** Per-user bound on event runs (default 30 a minute, 8 at once; server/jobs/eventRunLimiter.ts). */
    eventLimits?: Partial<EventLimits>;
  };
  /**
   * The service account's token for `POST /api/v1/plugin-jobs/run-due` (default `STAC_WEB_SERVICE_TOKEN`):
   * 24 to 200 letters, digits, `-` or `_`. Without one, run-due is refused.
   */
  serviceToken?: string;
  /**
   * Folders of plugins to register in the catalog (default `STAC_WEB_PLUGIN_DIRS`, comma-separated): each
   * sub-folder with a `plugin.json`, or each `.json` file, is validated strictly and registered.
   */
  pluginDirs?: readonly string[];
  /** Watch the plugin folders for changes after the first scan (default true). */
  watchPluginDirs?: boolean;
  /** Usernames of administrators, who see the plugin folders report (default `STAC_WEB_ADMINS`). */
  admins?: readonly string[];
}

const SERVICE_TOKEN = /^[A-Za-z0-9_-]{24,200}$/;

/** `STAC_WEB_ADMINS`: usernames separated by commas. */
const parsePluginAdmins = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);

/** The fetcher policy jobs inherit: timeouts, sizes, test exemptions; their hosts come from each plugin. */
function jobFetchOptions(fetch: ServerOptions['fetch']) {
  const { allowHosts: _hosts, ...rest } = fetch ?? {};
  return rest;
}

export interface StacWebServer {
  app: Hono<AppEnv>;
  /** The open database (its dialect, the query layer, the startup lock). */
  database: StacDatabase;
  /** The query layer, for tests and tools: `sql\`...\`.execute(server.db)` runs on either dialect. */
  db: StacDb;
  services: AppServices;
  /** Origins the own-catalog reader accepts; `startServer` adds the listening URL. */
  origins: string[];
  close(): Promise<void>;
}

export interface RunningServer {
  /** e.g. `http://127.0.0.1:8080` (no trailing slash). */
  url: string;
  port: number;
  server: StacWebServer;
  close(): Promise<void>;
}

const envFlag = (value: string | undefined): boolean => value !== '0' && value?.toLowerCase() !== 'false';

function resolveLogger(option: ServerOptions['log']): Logger {
  if (typeof option === 'function') return option;
  if (option === undefined) return process.env.VITEST ? silentLogger : jsonLineLogger;
  return option ? jsonLineLogger : silentLogger;
}

/** Opens the database, runs migrations and the first-start seed, and builds the app without listening. */
export async function createServer(options: ServerOptions = {}): Promise<StacWebServer> {
  const target =
    typeof options.database === 'object'
      ? options.database
      : parseDatabaseTarget(options.database ?? options.dbPath ?? process.env.STAC_WEB_DB);
  // Read before the database opens, so that a wrong value stops the start with nothing half done.
  const webConfig = options.webConfig ?? webConfigFromEnv(process.env);
  const catalogDir = resolve(options.catalogDir ?? join(PROJECT_ROOT, 'public', 'plugins'));
  const demo = options.demo ?? envFlag(process.env.STAC_WEB_DEMO);
  const log = resolveLogger(options.log);
  const serviceToken = options.serviceToken ?? (process.env.STAC_WEB_SERVICE_TOKEN || undefined);
  if (serviceToken !== undefined && !SERVICE_TOKEN.test(serviceToken)) {
    throw new Error(
      'STAC_WEB_SERVICE_TOKEN must be 24 to 200 letters, digits, "-" or "_" (e.g. from `openssl rand -hex 24`).',
    );
  }
  // Checked before the database opens: a typo in the proxy list must stop the start, not weaken limits.
  const trustedProxies = options.trustProxy
    ? parseTrustedProxies(options.trustProxy.join(','))
    : parseTrustedProxies(process.env.STAC_WEB_TRUST_PROXY);
  const corsOrigins = parseCorsOrigins(
    options.corsOrigins ? options.corsOrigins.join(',') : process.env.STAC_WEB_CORS_ORIGINS,
  );
  const pluginDirs = options.pluginDirs ?? parsePluginDirs(process.env.STAC_WEB_PLUGIN_DIRS);
  const admins = new Set(
    (options.admins ?? parsePluginAdmins(process.env.STAC_WEB_ADMINS)).map((name) => name.toLowerCase()),
  );
  const database = await openDatabase(target, {
    onPoolError: (error) => log({ level: 'error', msg: 'database connection lost', error: error.message }),
  });
  const { db } = database;
  let catalogFolders: CatalogFolders | undefined;
  try {
    if (options.seed ?? true) {
      await database.withStartupLock(() => seedDatabase(db, { catalogDir, demo, log }));
    }
    // After the seed, so a folder plugin can never take an id the seed catalog is about to use.
    if (pluginDirs.length > 0)
      catalogFolders = await startCatalogFolders({
        dirs: pluginDirs,
        db,
        log,
        watch: options.watchPluginDirs,
      });
  } catch (error) {
    await database.close();
    throw error;
  }
  const origins = [...(options.publicOrigins ?? [])];
  // Sign-in and event-run counters live in the database, so every instance on one PostgreSQL shares the limits.
  const rateCounters = databaseRateCounters(database);
  const pruneTimer = setInterval(() => {
    rateCounters
      .pruneExpired()
      .catch((error: unknown) =>
        log({ level: 'warn', msg: 'could not prune rate limit rows', error: String(error) }),
      );
  }, 5 * 60_000);
  pruneTimer.unref();
  const users = createUserStore(db);
  const assets = createAssetStore(db);
  const installedPlugins = createInstalledPluginLookup(db);
  const jobs = createJobService({
    store: createJobStore(db),
    runner: createJobRunner({
      assets,
      fetch: jobFetchOptions(options.fetch),
      limits: options.jobs?.limits,
      now: options.jobs?.now,
    }),
    installed: installedPlugins,
    findUser: (id) => users.findById(id),
    log,
    pauseAfter: options.jobs?.pauseAfter,
    eventLimits: options.jobs?.eventLimits,
    eventRateCounter: rateCounters.createCounter,
    now: options.jobs?.now,
  });
  const services: AppServices = {
    users,
    sessions: createSessionStore(db, database.changes),
    plugins: createPluginStore(db),
    changes: database.changes,
    assets,
    installedPlugins,
    jobs,
    serviceToken,
    loginLimiter: createLoginRateLimiter({
      createCounter: rateCounters.createCounter,
      ...options.loginRateLimit,
    }),
    clientAddress: createClientAddressResolver(trustedProxies),
    fetchPluginJson: createSafeFetcher({
      ...options.fetch,
      ownCatalog: {
        origins,
        async read(fileName) {
          try {
            return await readFile(join(catalogDir, fileName), 'utf8');
          } catch {
            return undefined;
          }
        },
      },
    }),
    tokenTtlMs: options.tokenTtlMs ?? 7 * 24 * 60 * 60_000,
    bodyLimitBytes: options.bodyLimitBytes ?? 1_000_000,
    demoAccounts: demo ? DEMO_ACCOUNTS : undefined,
    log,
    distDir: resolve(options.distDir ?? join(PROJECT_ROOT, 'dist')),
    publicDir: resolve(options.publicDir ?? join(PROJECT_ROOT, 'public')),
    webConfig,
    cors: createCorsPolicy(corsOrigins, API_SECURITY_HEADERS),
    catalogFolders,
    admins,
  };
  const app = createApp(services);
  const schedulerOption = options.jobScheduler ?? false;
  const scheduler: JobScheduler | undefined = schedulerOption
    ? startJobScheduler(
        jobs,
        log,
        typeof schedulerOption === 'object' ? schedulerOption.intervalMs : undefined,
      )
    : undefined;
  const close = async () => {
    clearInterval(pruneTimer);
    await catalogFolders?.close();
    await scheduler?.stop();
    // Runs in progress end as cancelled and are recorded before the database closes.
    jobs.cancelAll();
    await jobs.settle();
    return database.close();
  };
  return { app, database, db, services, origins, close };
}

/** Creates the server and listens; `close()` stops accepting, ends open connections and closes the database. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const server = await createServer(options);
  const hostname = options.host ?? process.env.HOST ?? '127.0.0.1';
  const port = options.port ?? (process.env.PORT !== undefined ? Number(process.env.PORT) : 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    await server.close();
    throw new Error(`PORT must be an integer from 0 to 65535 (got ${String(port)}).`);
  }
  let httpServer: ReturnType<typeof serve>;
  try {
    const address = await new Promise<AddressInfo>((resolveListen, rejectListen) => {
      httpServer = serve({ fetch: server.app.fetch, hostname, port }, resolveListen);
      httpServer.once('error', rejectListen);
    });
    const host = hostname.includes(':') ? `[${hostname}]` : hostname;
    const url = `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${address.port}`;
    server.origins.push(url);
    let closed: Promise<void> | undefined;
    return {
      url,
      port: address.port,
      server,
      close() {
        closed ??= new Promise<void>((resolveClose) => {
          httpServer.close(() => {
            void server.close().then(resolveClose, resolveClose);
          });
          if ('closeAllConnections' in httpServer) httpServer.closeAllConnections();
        });
        return closed;
      },
    };
  } catch (error) {
    await server.close();
    throw error;
  }
}
