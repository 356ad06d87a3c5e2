import type { MiddlewareHandler } from 'hono';
import type { AppEnv, HeaderSet } from './appEnv';
import { isCompleteResponse } from './completeResponse';
import type { CorsPolicy } from './corsPolicy';

/**
 * The SPA's policy: scripts only from this origin (no inline, no eval), images also from https and data:
 * (plugin images, avatars), inline styles (React style props), iframes only over https (the webView
 * widget), fetches only to this API.
 */
export const SPA_CONTENT_SECURITY_POLICY = spaContentSecurityPolicy();

/** The SPA's policy; `apiOrigin` is added to connect-src when the API lives on another origin. */
export function spaContentSecurityPolicy(apiOrigin?: string | null): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "img-src 'self' data: https:",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
    'frame-src https:',
    apiOrigin ? `connect-src 'self' ${apiOrigin}` : "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

/** JSON answers never render as a page, so they get the tightest policy. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

function headerSet(policy: string, isApi: boolean): HeaderSet {
  const headers: Record<string, string> = {
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': isApi ? 'DENY' : 'SAMEORIGIN',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  };
  if (isApi) headers['Cache-Control'] = 'no-store';
  return Object.freeze(headers);
}

/**
 * The embed's files (/embed/) are loaded by pages of other origins too: the IIFE's `<script>` tag and the
 * stylesheet's `<link>` (no CORS: the resource policy must let other origins have them), the ES modules it
 * imports and the icons it fetches (CORS: any origin may read them; public files, no credentials).
 */
const EMBED_FILE_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Resource-Policy': 'cross-origin',
  'Access-Control-Allow-Origin': '*',
};

/** The security headers of every answer under /api/: the same for every API origin and SPA policy. */
export const API_SECURITY_HEADERS = headerSet(API_CONTENT_SECURITY_POLICY, true);

/**
 * Every answer gets these headers. They are made once, and named to the request's context before the route
 * runs (`securityHeaders`), so that a route that builds its whole answer itself (completeResponse) writes
 * them into it: the very same values, without a second pass over the answer's headers on the way out.
 */
export function securityHeaders(
  options: { apiOrigin?: string | null; cors?: CorsPolicy } = {},
): MiddlewareHandler<AppEnv> {
  const api = API_SECURITY_HEADERS;
  const { cors } = options;
  // With CORS, an API answer's set depends on the request's Origin: a few sets, each listed once.
  const entriesOf = new Map<HeaderSet, [string, string][]>();
  const listed = (set: HeaderSet) => {
    let entries = entriesOf.get(set);
    if (!entries) entriesOf.set(set, (entries = Object.entries(set)));
    return entries;
  };
  const spa = headerSet(spaContentSecurityPolicy(options.apiOrigin), false);
  const apiEntries = Object.entries(api);
  const spaEntries = Object.entries(spa);
  const embedEntries = Object.entries(EMBED_FILE_HEADERS).concat(
    spaEntries.filter(([name]) => !(name in EMBED_FILE_HEADERS)),
  );
  return async (c, next) => {
    const isApi = c.req.path.startsWith('/api/');
    const apiSet = isApi && cors ? cors.apiHeaders(c.req.header('origin')) : api;
    c.set('securityHeaders', isApi ? apiSet : spa);
    await next();
    if (isCompleteResponse(c.res)) return;
    const headers = c.res.headers;
    const entries = isApi
      ? apiSet === api
        ? apiEntries
        : listed(apiSet)
      : c.req.path.startsWith('/embed/')
        ? embedEntries
        : spaEntries;
    // `Vary` (only CORS's `Origin`) joins what the route said (`Accept-Encoding`) instead of replacing it.
    for (const [name, value] of entries)
      if (name === 'Vary') headers.append(name, value);
      else headers.set(name, value);
  };
}
