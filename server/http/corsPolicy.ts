import type { HeaderSet } from './appEnv';

/**
 * Which other origins' pages may call the Plugin API from a browser (`STAC_WEB_CORS_ORIGINS`): an embed on a
 * shop's page at https://shop.example that talks to this server at https://plugins.example directly, without a
 * proxy of its own. The API's sign-in is a Bearer token the page holds, not a cookie, so an allowed origin gets
 * no credentials it did not already have; the list still says which pages may read the answers.
 *
 * Without the variable nothing changes: no CORS headers, and a browser on another origin cannot read an answer.
 * With it, every API answer says `Vary: Origin`, an allowed origin's answers carry
 * `Access-Control-Allow-Origin` (and the headers a client reads: `Retry-After`, `WWW-Authenticate`), and a
 * preflight (`OPTIONS` with `Access-Control-Request-Method`) from an allowed origin is answered 204 before the
 * sign-in check; from any other origin 403 with a message that names the variable.
 */
export interface CorsPolicy {
  /** The API's headers for a request from `origin` (none: a same-origin or non-browser request). */
  apiHeaders(origin: string | null | undefined): HeaderSet;
  /** Whether a page of `origin` may call the API. */
  allows(origin: string): boolean;
}

/** What the client reads beyond the safelisted headers: when to retry, and why a token was refused. */
const CORS_EXPOSED_HEADERS = 'Retry-After, WWW-Authenticate';
/**
 * What a preflight's 204 adds to the origin's API headers (securityHeaders adds those): what the page may send,
 * and that a browser may keep the answer for ten minutes.
 */
export const CORS_PREFLIGHT_HEADERS: HeaderSet = Object.freeze({
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type',
  'Access-Control-Max-Age': '600',
});

/**
 * Reads `STAC_WEB_CORS_ORIGINS`: comma-separated origins (`https://shop.example`, `http://localhost:5173`), or
 * `*` for any page. Throws a message that says what to write for an entry that is not an origin: a path, a
 * query, credentials or another scheme than http(s) would never match what a browser sends.
 */
export function parseCorsOrigins(text: string | undefined): string[] {
  const entries = (text ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.includes('*')) {
    if (entries.length > 1)
      throw new Error('STAC_WEB_CORS_ORIGINS: "*" allows every origin; give it alone, or list the origins.');
    return ['*'];
  }
  const origins = entries.map(originOf);
  return [...new Set(origins)];
}

function originOf(entry: string): string {
  const url = URL.canParse(entry) ? new URL(entry) : undefined;
  if (
    url &&
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    url.origin.toLowerCase() === entry.replace(/\/$/, '').toLowerCase()
  )
    return url.origin;
  throw new Error(
    `STAC_WEB_CORS_ORIGINS: "${entry}" is not an origin; give scheme, host and port only, ` +
      'e.g. https://shop.example or http://localhost:5173 (comma-separated).',
  );
}

/** The policy over the API's own headers; undefined when no origin is configured (nothing to add). */
export function createCorsPolicy(origins: readonly string[], api: HeaderSet): CorsPolicy | undefined {
  if (origins.length === 0) return undefined;
  const any = origins.includes('*');
  const allowed = new Set(origins);
  const unlisted: HeaderSet = Object.freeze({ ...api, Vary: 'Origin' });
  // One frozen set per allowed origin (the list is fixed), made when that origin first calls.
  const perOrigin = new Map<string, HeaderSet>();
  const allows = (origin: string) => any || allowed.has(origin);
  const apiHeaders = (origin: string | null | undefined): HeaderSet => {
    if (!origin || !allows(origin)) return unlisted;
    const key = any ? '*' : origin;
    let set = perOrigin.get(key);
    if (!set) {
      set = Object.freeze({
        ...api,
        'Access-Control-Allow-Origin': key,
        'Access-Control-Expose-Headers': CORS_EXPOSED_HEADERS,
        Vary: 'Origin',
      });
      perOrigin.set(key, set);
    }
    return set;
  };
  return {
    allows,
    apiHeaders,
  };
}
