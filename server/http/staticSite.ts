import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, MiddlewareHandler, Next } from 'hono';

/**
 * Serves files from `root` when it exists. The directory is looked up per request because `npm start`
 * may build `dist/` after the server object was created (and tests run without a build).
 */
export function staticFiles(root: string, cacheControl: (path: string) => string): MiddlewareHandler {
  let serve: MiddlewareHandler | undefined;
  return async (c: Context, next: Next) => {
    if (!existsSync(root)) return next();
    serve ??= serveStatic({
      root,
      onFound: (path, ctx) => {
        ctx.header('Cache-Control', cacheControl(path));
      },
    });
    return serve(c, next);
  };
}

/** Vite puts content-hashed bundles under /assets/: safe to cache forever. */
export const distCacheControl = (path: string): string =>
  /[\\/]assets[\\/][^\\/]+-[A-Za-z0-9_-]{8,}\.\w+$/.test(path)
    ? 'public, max-age=31536000, immutable'
    : 'no-cache';

/**
 * History fallback: a page path such as /marketplace/plugins/x (no file extension) gets the SPA's
 * index.html so the client router can take it. Paths with an extension stay 404.
 */
export function spaFallback(distDir: string): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const lastSegment = c.req.path.split('/').pop() ?? '';
    if (lastSegment.includes('.')) return next();
    const index = join(distDir, 'index.html');
    if (!existsSync(index) || !statSync(index).isFile()) {
      c.header('Cache-Control', 'no-store');
      return c.text('The web app is not built yet: run `npm start` (builds it) or `npm run build`.', 503);
    }
    c.header('Cache-Control', 'no-cache');
    return c.html(readFileSync(index, 'utf8'));
  };
}
