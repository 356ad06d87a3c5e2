import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { installKey, type MockDatabase, type MockPlugin, type MockUser } from './createMockDatabase';
import { MockApiError, pluginNotFound } from './mockApiError';
import type { MockScenario } from './scenarios';

/**
 * How each mock route is mounted: the base URL, the latency and `error` scenario, Bearer authentication
 * like the server's (401 with `WWW-Authenticate`), and a MockApiError thrown by a handler answered as the
 * server's error body. Route modules (routes/*.ts) get this kit and stay plain functions of a request.
 */

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
export interface RouteContext {
  request: Request;
  params: Record<string, string>;
  url: URL;
  user: MockUser;
}
type Handler = (context: RouteContext) => Promise<Response> | Response;
type PublicHandler = (context: Omit<RouteContext, 'user'>) => Promise<Response> | Response;

export interface RouterOptions {
  db: MockDatabase;
  scenario: MockScenario;
  latencyMs: number;
  baseUrl: string;
  signedInAs?: string;
}

export interface MockRouteKit {
  db: MockDatabase;
  /** A route that needs a live token, like everything under the server's API but login, demo and health. */
  route: (method: Method, path: string, handler: Handler) => HttpHandler;
  publicRoute: (method: Method, path: string, handler: PublicHandler) => HttpHandler;
  /** A plugin the user may see: public, or their own. */
  visible: (plugin: MockPlugin, user: MockUser) => boolean;
  installOf: (user: MockUser, pluginId: string) => ReturnType<MockDatabase['installs']['get']>;
  /** The user's own plugin, or 404 (not visible) / 403 (someone else's). */
  findOwnPlugin: (id: string, user: MockUser) => MockPlugin;
}

export function createMockRouter(options: RouterOptions): MockRouteKit {
  const { db, scenario, latencyMs } = options;
  const trimmedBase = options.baseUrl.replace(/\/+$/, '');
  // A relative base matches on any origin: the page's in a browser, whatever a test names in Node.
  const prefix = /^[a-z][a-z0-9+.-]*:/i.test(trimmedBase) ? trimmedBase : `*${trimmedBase}`;

  function authenticate(request: Request): MockUser {
    const header = request.headers.get('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const userId = match ? db.sessions.get(match[1]) : undefined;
    const user = userId === undefined ? undefined : db.users.find((u) => u.id === userId);
    if (user) return user;
    const fallback = !match && options.signedInAs ? db.findUser(options.signedInAs) : undefined;
    if (fallback) return fallback;
    throw new MockApiError(
      401,
      'UNAUTHORIZED',
      match
        ? 'Your session has expired or is invalid; sign in again.'
        : 'Sign in first: this route needs a Bearer token.',
      {},
      { 'WWW-Authenticate': 'Bearer' },
    );
  }

  function respond(
    method: Method,
    path: string,
    run: (request: Request, params: Record<string, string>, url: URL) => Promise<Response> | Response,
  ): HttpHandler {
    return http[method](`${prefix}${path}`, async ({ request, params }) => {
      if (latencyMs > 0) await delay(latencyMs);
      try {
        if (scenario === 'error') {
          throw new MockApiError(
            500,
            'INTERNAL_ERROR',
            'Something went wrong on the server; try again later.',
          );
        }
        const stringParams = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
        return await run(request, stringParams, new URL(request.url));
      } catch (error) {
        if (!(error instanceof MockApiError)) throw error;
        return HttpResponse.json(
          { success: false, message: error.message, error: error.code, ...error.details },
          { status: error.status, headers: error.headers },
        );
      }
    });
  }

  const route = (method: Method, path: string, handler: Handler): HttpHandler =>
    respond(method, path, (request, params, url) =>
      handler({ request, params, url, user: authenticate(request) }),
    );

  const publicRoute = (method: Method, path: string, handler: PublicHandler): HttpHandler =>
    respond(method, path, (request, params, url) => handler({ request, params, url }));

  const visible = (plugin: MockPlugin, user: MockUser) => plugin.isPublic || plugin.authorUserId === user.id;
  const installOf = (user: MockUser, pluginId: string) => db.installs.get(installKey(user.id, pluginId));

  function findOwnPlugin(id: string, user: MockUser): MockPlugin {
    const plugin = db.plugins.get(id);
    if (!plugin || !visible(plugin, user)) throw pluginNotFound(id);
    if (plugin.authorUserId !== user.id) {
      throw new MockApiError(
        403,
        'PERMISSION_DENIED',
        `Only the author (${plugin.author}) can change or delete "${plugin.name}".`,
        {
          pluginId: id,
        },
      );
    }
    return plugin;
  }

  return { db, route, publicRoute, visible, installOf, findOwnPlugin };
}
