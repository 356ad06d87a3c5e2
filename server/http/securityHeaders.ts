import type { MiddlewareHandler } from 'hono';

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

export function securityHeaders(options: { apiOrigin?: string | null } = {}): MiddlewareHandler {
  const spaPolicy = spaContentSecurityPolicy(options.apiOrigin);
  return async (c, next) => {
    await next();
    const isApi = c.req.path.startsWith('/api/');
    const headers = c.res.headers;
    headers.set('Content-Security-Policy', isApi ? API_CONTENT_SECURITY_POLICY : spaPolicy);
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('Referrer-Policy', 'no-referrer');
    headers.set('X-Frame-Options', isApi ? 'DENY' : 'SAMEORIGIN');
    headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    headers.set('Cross-Origin-Resource-Policy', 'same-origin');
    headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    if (isApi) headers.set('Cache-Control', 'no-store');
  };
}
