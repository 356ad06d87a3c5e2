import { getPath } from 'hono/utils/url';
import type { AppServices } from '../appServices';
import { readBearerToken } from '../auth/sessionTokens';
import { completeAnswer } from '../http/completeResponse';
import { preparedJsonEncoding, preparedJsonHeaders } from '../http/preparedJson';
import { requestLogEntry } from '../http/requestLogger';
import { API_SECURITY_HEADERS } from '../http/securityHeaders';
import type { PluginLookup } from './pluginLookup';

export const INSTALLED_LIST_PATH = '/api/v1/plugins/installed';

/**
 * `GET /api/v1/plugins/installed` answered before the router, when everything the answer needs is in memory
 * and known to be current: the database's change watch says nothing was written since the token's session
 * and the user's list were last read (SQLite; on PostgreSQL it cannot tell, so this never answers there).
 * Then the answer is made synchronously, with no routing, no middleware chain and no query, and
 * @hono/node-server writes it at once. Anything else returns undefined and the app answers as usual
 * (`createApp`): a request with a query string or a body, an unknown or expired token, a list not kept, a
 * client that needs compress() or a gzip copy not made yet, a transaction in progress.
 *
 * What the usual way adds, this adds the same way: the security headers of every API answer, the encoding
 * and headers of sendPreparedJson, and the request's log line. test/server/http/installedListFastPath.test.ts
 * holds it to the usual answer: the same status, headers, bytes and log line.
 */
export function installedListFastPath(
  services: Pick<AppServices, 'changes' | 'sessions' | 'log'>,
  lookup: Pick<PluginLookup, 'keptInstalledAnswer'>,
): (request: Request) => Response | undefined {
  return (request) => {
    const started = performance.now();
    // The exact path and nothing after it: a query string (or an encoded path) takes the usual way, with
    // its checks (NUL characters, decoding).
    if (request.method !== 'GET' || !request.url.endsWith(INSTALLED_LIST_PATH)) return undefined;
    if (getPath(request) !== INSTALLED_LIST_PATH) return undefined;
    const { headers } = request;
    // A GET with a body goes through the body limit, as any request with one does.
    if (headers.get('content-length') !== null || headers.get('transfer-encoding') !== null) return undefined;
    const generation = services.changes.generation();
    if (generation === undefined) return undefined;
    const token = readBearerToken(headers.get('authorization') ?? undefined);
    const user = token && services.sessions.keptUser(token, generation);
    if (!user) return undefined;
    const prepared = lookup.keptInstalledAnswer(user.id, generation);
    if (!prepared) return undefined;
    const encoding = preparedJsonEncoding(prepared, headers.get('accept-encoding') ?? undefined);
    const body =
      encoding === 'gzip' ? prepared.gzippedNow() : encoding === 'identity' ? prepared.bytes : undefined;
    if (!body) return undefined;
    const response = completeAnswer(
      API_SECURITY_HEADERS,
      200,
      body as Uint8Array<ArrayBuffer>,
      preparedJsonHeaders(body, encoding),
    );
    services.log(requestLogEntry('GET', INSTALLED_LIST_PATH, 200, started, user.username));
    return response;
  };
}
