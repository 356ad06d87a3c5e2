import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { AppServices } from './appServices';
import { isDatabaseUnavailable } from './database';
import { ApiError } from './http/apiError';
import { mountAnswerMiddleware } from './http/answerMiddleware';
import type { AppEnv } from './http/appEnv';
import { renderAssetImage } from './http/assetImage';
import { refuseNulInUrl } from './http/nulCharacter';
import { apiOrigin } from './http/webConfig';
import { corsPreflight } from './http/corsPreflight';
import { distCacheControl, spaFallback, staticFiles } from './http/staticSite';
import { iconFiles } from './http/iconFiles';
import { readBearerToken } from './auth/sessionTokens';
import { assetRoutes } from './routes/assetRoutes';
import { authRoutes } from './routes/authRoutes';
import { catalogFolderRoutes } from './routes/catalogFolderRoutes';
import { commandRoutes } from './routes/commandRoutes';
import { jobRoutes } from './routes/jobRoutes';
import { mcpRoutes } from './routes/mcpRoutes';
import { installedListFastPath } from './routes/installedListFastPath';
import { createPluginLookup } from './routes/pluginLookup';
import { pluginRoutes } from './routes/pluginRoutes';

export const API_BASE = '/api/v1';

/**
 * Routes anyone may call; everything else under /api/v1 needs a live token. run-due checks the service
 * account's own token instead of a user's session.
 */
const PUBLIC_API_PATHS = new Set([
  `${API_BASE}/health`,
  `${API_BASE}/auth/login`,
  `${API_BASE}/auth/demo`,
  `${API_BASE}/plugin-jobs/run-due`,
]);

function errorResponse(error: unknown, c: Context<AppEnv>, services: AppServices): Response {
  if (error instanceof ApiError) return c.json(error.toBody(), error.status);
  if (isDatabaseUnavailable(error)) {
    services.log({
      level: 'error',
      msg: 'database unavailable',
      method: c.req.method,
      path: c.req.path,
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    });
    c.header('Retry-After', '5');
    return c.json(
      new ApiError(
        503,
        'SERVICE_UNAVAILABLE',
        'The database is busy or unreachable; try again in a few seconds.',
      ).toBody(),
      503,
    );
  }
  if (error instanceof HTTPException && error.status === 413)
    return payloadTooLarge(c, services.bodyLimitBytes);
  // Whatever else went wrong stays in the log; the client gets a stable code and no internals.
  services.log({
    level: 'error',
    msg: 'unhandled error',
    method: c.req.method,
    path: c.req.path,
    error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    stack: error instanceof Error ? error.stack : undefined,
  });
  return c.json(
    new ApiError(500, 'INTERNAL_ERROR', 'Something went wrong on the server; try again later.').toBody(),
    500,
  );
}

function payloadTooLarge(c: Context, limit: number): Response {
  // The rest of the oversized body is never read: close the connection so the client does not reuse it.
  c.header('Connection', 'close');
  return c.json(
    new ApiError(
      413,
      'PAYLOAD_TOO_LARGE',
      `The request body is larger than ${Math.round(limit / 1024)} KB; send a smaller one.`,
    ).toBody(),
    413,
  );
}

export interface AppOptions {
  /**
   * Answer `GET /api/v1/plugins/installed` from memory before the router when nothing was written since
   * (installedListFastPath; default true). Off, every request takes the usual way (tests compare the two).
   */
  installedListFastPath?: boolean;
}

/** Builds the Hono app: the Plugin API under /api/v1, generated asset images, then the SPA. */
export function createApp(services: AppServices, options: AppOptions = {}): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const lookup = createPluginLookup(services);
  app.onError((error, c) => errorResponse(error, c, services));
  mountAnswerMiddleware(app, {
    log: services.log,
    apiOrigin: apiOrigin(services.webConfig),
    cors: services.cors,
  });

  // No onError of its own: a throw here reaches the app's (the same errorResponse). A sub-app with its own
  // error handler has Hono wrap each of its middleware and handlers in one more compose() per request.
  const api = new Hono<AppEnv>();
  if (services.cors) api.use('*', corsPreflight(services.cors));
  const limitBody = bodyLimit({
    maxSize: services.bodyLimitBytes,
    onError: (c) => payloadTooLarge(c, services.bodyLimitBytes),
  });
  api.use('*', (c, next) => {
    // HTTP/1.1 has a body only with one of these headers. Without them there is nothing to limit, and
    // bodyLimit's look at the body would build a whole web Request for every GET.
    const length = c.req.header('content-length');
    if (!c.req.header('transfer-encoding') && (length === undefined || length === '0')) return next();
    return limitBody(c, next);
  });
  api.use('*', refuseNulInUrl());
  api.use('*', async (c, next) => {
    if (PUBLIC_API_PATHS.has(c.req.path)) return next();
    const token = readBearerToken(c.req.header('authorization'));
    const session = token ? await services.sessions.resolveUser(token) : undefined;
    if (!session) {
      c.header('WWW-Authenticate', 'Bearer');
      throw new ApiError(
        401,
        'UNAUTHORIZED',
        token
          ? 'Your session has expired or is invalid; sign in again.'
          : 'Sign in first: this route needs a Bearer token.',
      );
    }
    c.set('user', session.user);
    c.set('tokenHash', session.tokenHash);
    return next();
  });
  api.get('/health', (c) => c.json({ ok: true, service: 'stac-web' }));
  api.route('/auth', authRoutes(services));
  api.route('/plugins', pluginRoutes(services, lookup));
  api.route('/assets', assetRoutes(services));
  api.route('/plugin-jobs', jobRoutes(services));
  api.route('/plugin-commands', commandRoutes(services));
  api.route('/catalog', catalogFolderRoutes(services));
  api.route('/mcp', mcpRoutes(services));
  api.all('*', (c) => {
    throw new ApiError(404, 'NOT_FOUND', `There is no API route ${c.req.method} ${c.req.path}.`);
  });
  app.route(API_BASE, api);
  app.all('/api/*', (c) => {
    throw new ApiError(
      404,
      'NOT_FOUND',
      `There is no API route ${c.req.method} ${c.req.path}; the API lives under ${API_BASE}.`,
    );
  });

  // Read by the SPA before it starts: one build, pointed at any backend by the server's environment.
  app.get('/config.json', (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.json(services.webConfig);
  });

  // <img> cannot send a Bearer token, so these placeholder pictures are public, like any static file.
  app.get('/media/assets/:file{[A-Za-z0-9_-]+\\.svg}', async (c) => {
    const asset = await services.assets.get(c.req.param('file').replace(/\.svg$/, ''));
    if (!asset) return c.text('Not found', 404);
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(renderAssetImage(asset), 200, { 'Content-Type': 'image/svg+xml; charset=utf-8' });
  });

  app.use('*', iconFiles());
  app.use('*', staticFiles(services.distDir, distCacheControl));
  // public/ is copied into dist/ by Vite; serving it too keeps the schema and catalog reachable before a build.
  app.use(
    '*',
    staticFiles(services.publicDir, () => 'no-cache'),
  );
  app.use('*', spaFallback(services.distDir));
  app.notFound((c) => c.text('Not found', 404));

  if (options.installedListFastPath ?? true) {
    // In front of the router: what every page asks most, answered without the middleware chain when it can
    // be; otherwise (undefined) the usual way. app.request() comes through here too.
    const fastPath = installedListFastPath(services, lookup);
    const usual = app.fetch;
    app.fetch = (request, env, executionCtx) => {
      const fast = fastPath(request);
      if (fast === undefined) return usual(request, env, executionCtx);
      if (fast instanceof Promise)
        return fast.then((answered) => answered ?? usual(request, env, executionCtx));
      return fast;
    };
  }
  return app;
}
