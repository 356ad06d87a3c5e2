import type { Context } from 'hono';
import type { AppEnv, HeaderSet } from './appEnv';

/**
 * Answers that a route built whole: status, body, Content-Length, their own encoding and the security headers
 * of the request (securityHeaders). The outer middleware leaves them as they are (securityHeaders, compress,
 * jsonContentLength), so they go out through @hono/node-server's fast path: a plain header object handed to
 * `writeHead`, where reading or setting `res.headers` would build a web `Headers` for every request and
 * copy it back out. The answer a client gets is the same either way (test/server/http/completeResponse.test.ts).
 */
const COMPLETE = Symbol('stac-web complete response');

type Marked = Response & { [COMPLETE]?: true };

export function isCompleteResponse(response: Response): boolean {
  return (response as Marked)[COMPLETE] === true;
}

/**
 * `body` with `headers` (which must hold Content-Type and Content-Length, and Content-Encoding when it is
 * encoded) and the request's security headers. Without securityHeaders in the chain (an app that does not
 * mount it) it is an ordinary answer, finished by whatever middleware there is.
 */
export function completeResponse(
  c: Context<AppEnv>,
  status: number,
  body: Uint8Array<ArrayBuffer>,
  headers: Record<string, string>,
): Response {
  const security = c.get('securityHeaders');
  if (!security) return c.body(body, status as 200, headers);
  return completeAnswer(security, status, body, headers);
}

/** The complete answer itself, for a caller that has the security headers without a Hono context. */
export function completeAnswer(
  security: HeaderSet,
  status: number,
  body: Uint8Array<ArrayBuffer>,
  headers: Record<string, string>,
): Response {
  // Object.assign onto a fresh object: a spread copy that then gains more names took 20 us here (V8 12.4).
  const all: Record<string, string> = Object.assign({}, security, headers);
  // CORS's `Vary: Origin` and the encoding's `Vary: Accept-Encoding` both hold.
  if (security.Vary !== undefined && headers.Vary !== undefined)
    all.Vary = `${headers.Vary}, ${security.Vary}`;
  // A flag on the answer itself: a WeakSet of every answer would cost the garbage collector on each.
  const response: Marked = new Response(body, { status, headers: all });
  response[COMPLETE] = true;
  return response;
}
