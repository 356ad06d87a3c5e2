import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './appEnv';
import { ApiError } from './apiError';
import { CORS_PREFLIGHT_HEADERS, type CorsPolicy } from './corsPolicy';

/**
 * A browser's preflight (`OPTIONS` with `Origin` and `Access-Control-Request-Method`) is answered here, before
 * the sign-in check: it never carries the token. An allowed origin gets 204 and what it may send; any other
 * 403, whose message tells the server's operator what to change (the browser itself only reports a CORS error).
 */
export function corsPreflight(cors: CorsPolicy): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== 'OPTIONS') return next();
    const origin = c.req.header('origin');
    if (!origin || !c.req.header('access-control-request-method')) return next();
    if (!cors.allows(origin))
      throw new ApiError(
        403,
        'PERMISSION_DENIED',
        `Pages of ${origin.slice(0, 200)} may not call this API: add that origin to the server's STAC_WEB_CORS_ORIGINS.`,
      );
    // The origin's own headers (Access-Control-Allow-Origin, Vary) come from securityHeaders on the way out.
    return new Response(null, { status: 204, headers: CORS_PREFLIGHT_HEADERS });
  };
}
