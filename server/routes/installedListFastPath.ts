import { getPath } from 'hono/utils/url';
import type { AppServices } from '../appServices';
import { hashSessionToken, readBearerToken } from '../auth/sessionTokens';
import { completeAnswer } from '../http/completeResponse';
import { preparedJsonEncoding, preparedJsonHeaders, type PreparedJson } from '../http/preparedJson';
import { requestLogEntry } from '../http/requestLogger';
import { API_SECURITY_HEADERS } from '../http/securityHeaders';
import type { UserRecord } from '../store/userStore';
import type { PluginLookup } from './pluginLookup';

export const INSTALLED_LIST_PATH = '/api/v1/plugins/installed';

/** What the app's fetch gets from the fast path: an answer, one on its way, or undefined: the usual way. */
export type FastAnswer = Response | Promise<Response | undefined> | undefined;

/**
 * `GET /api/v1/plugins/installed` answered before the router, when the user's list is kept and known to be
 * current, without the router, the middleware chain and their promises:
 * - on SQLite, while the database's change watch says nothing was written since the token's session and
 *   the list were last read: synchronously, without a query (@hono/node-server then writes it at once);
 * - else (PostgreSQL, or SQLite in the middle of a transaction) after one query that reads the session,
 *   its user and the list's revisions together, where the usual way makes two.
 * Anything else returns undefined (or resolves to it) and the app answers as usual (`createApp`): a request
 * with a query string or a body, an unknown or expired token, a list not kept or changed, a client that
 * needs compress() or a gzip copy not made yet, a failed query (the usual way meets it again and answers
 * with its error).
 *
 * What the usual way adds, this adds the same way: the security headers of every API answer, the encoding
 * and headers of sendPreparedJson, and the request's log line. test/server/http/installedListFastPath.test.ts
 * holds it to the usual answer: the same status, headers, bytes and log line.
 */
export function installedListFastPath(
  services: Pick<AppServices, 'changes' | 'sessions' | 'plugins' | 'log' | 'cors'>,
  lookup: Pick<PluginLookup, 'keptInstalledAnswer' | 'keptInstalledAnswerAt'>,
): (request: Request) => FastAnswer {
  function answer(request: Request, user: UserRecord, prepared: PreparedJson, started: number) {
    const encoding = preparedJsonEncoding(prepared, request.headers.get('accept-encoding') ?? undefined);
    const body =
      encoding === 'gzip' ? prepared.gzippedNow() : encoding === 'identity' ? prepared.bytes : undefined;
    if (!body) return undefined;
    const { cors } = services;
    const response = completeAnswer(
      cors ? cors.apiHeaders(request.headers.get('origin')) : API_SECURITY_HEADERS,
      200,
      body as Uint8Array<ArrayBuffer>,
      preparedJsonHeaders(body, encoding),
    );
    services.log(requestLogEntry('GET', INSTALLED_LIST_PATH, 200, started, user.username));
    return response;
  }

  async function afterOneQuery(request: Request, token: string, started: number) {
    const found = await services.plugins
      .userWithInstalledListRevision(hashSessionToken(token))
      .catch(() => undefined);
    const prepared = found && lookup.keptInstalledAnswerAt(found.user.id, found.revision);
    return prepared && answer(request, found.user, prepared, started);
  }

  return (request) => {
    const started = performance.now();
    // The exact path and nothing after it: a query string (or an encoded path) takes the usual way, with
    // its checks (NUL characters, decoding).
    if (request.method !== 'GET' || !request.url.endsWith(INSTALLED_LIST_PATH)) return undefined;
    if (getPath(request) !== INSTALLED_LIST_PATH) return undefined;
    const { headers } = request;
    // A GET with a body goes through the body limit, as any request with one does.
    if (headers.get('content-length') !== null || headers.get('transfer-encoding') !== null) return undefined;
    const token = readBearerToken(headers.get('authorization') ?? undefined);
    if (!token) return undefined;
    const generation = services.changes.generation();
    if (generation === undefined) return afterOneQuery(request, token, started);
    const user = services.sessions.keptUser(token, generation);
    const prepared = user && lookup.keptInstalledAnswer(user.id, generation);
    return prepared && answer(request, user, prepared, started);
  };
}
