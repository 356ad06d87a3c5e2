import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, MiddlewareHandler, Next } from 'hono';

/**
 * Serves files from `root` when it exists. The directory is looked up per request because `npm start`
 * may build `dist/` after the server object was created (and tests run without a build). The build
 * writes `.br` and `.gz` copies beside text files (scripts/precompressAssets.mjs); the copy the browser's
 * Accept-Encoding allows is sent, Brotli first.
 */
export function staticFiles(
  root: string,
  cacheControl: (path: string) => string,
  { path }: { path?: string } = {},
): MiddlewareHandler {
  let serve: MiddlewareHandler | undefined;
  return async (c: Context, next: Next) => {
    if (!existsSync(root)) return next();
    serve ??= serveStatic({
      root,
      path,
      precompressed: true,
      onFound: (found, ctx) => {
        // `found` is the compressed copy when one was chosen; caching follows the file it stands for.
        const file = found.replace(COMPRESSED_COPY, '');
        ctx.header('Cache-Control', cacheControl(file));
        // A shared cache must keep the compressed and the plain answer apart, also when this one is plain.
        if (hasCompressedCopies(file)) ctx.header('Vary', 'Accept-Encoding');
      },
    });
    return serve(c, next);
  };
}

const COMPRESSED_COPY = /\.(?:br|gz|zst)$/;
const COMPRESSIBLE_FILE = /\.(?:js|mjs|css|html|svg|json|txt|xml|webmanifest)$/;
const hasCompressedCopies = (path: string): boolean =>
  COMPRESSIBLE_FILE.test(path) && (existsSync(`${path}.br`) || existsSync(`${path}.gz`));

/**
 * Vite puts content-hashed bundles under /assets/ (the embed's chunks under /embed/chunks/): safe to cache forever. The site's icon is not hashed but is
 * asked for again by the browser when a page changes its address (the SPA's first redirect to /sign-in did so
 * on a cold visit): a day lets those asks come from the cache. Everything else is revalidated on every visit.
 */
export const distCacheControl = (path: string): string => {
  if (/[\\/](?:assets|embed[\\/]chunks)[\\/][^\\/]+-[A-Za-z0-9_-]{8,}\.\w+$/.test(path))
    return 'public, max-age=31536000, immutable';
  if (/[\\/]favicon\.(?:svg|ico|png)$/.test(path)) return 'public, max-age=86400';
  return 'no-cache';
};

/**
 * History fallback: a page path such as /marketplace/plugins/x (no file extension) gets the SPA's
 * index.html (compressed like any other file) so the client router can take it. Paths with an extension
 * stay 404.
 */
export function spaFallback(distDir: string): MiddlewareHandler {
  const serveIndex = staticFiles(distDir, () => 'no-cache', { path: 'index.html' });
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const lastSegment = c.req.path.split('/').pop() ?? '';
    if (lastSegment.includes('.')) return next();
    const index = join(distDir, 'index.html');
    if (!existsSync(index) || !statSync(index).isFile()) {
      c.header('Cache-Control', 'no-store');
      return c.text('The web app is not built yet: run `npm start` (builds it) or `npm run build`.', 503);
    }
    return serveIndex(c, next);
  };
}
