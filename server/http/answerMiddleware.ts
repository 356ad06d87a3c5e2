import type { Hono } from 'hono';
import type { AppEnv } from './appEnv';
import type { CorsPolicy } from './corsPolicy';
import { compressOnTheFly } from './compressOnTheFly';
import { jsonContentLength } from './jsonContentLength';
import { requestLogger, type Logger } from './requestLogger';
import { securityHeaders } from './securityHeaders';

/**
 * What every answer of the app passes through on its way out, outermost first: the request log line, the
 * security headers, gzip on the fly for text over 1 KB (which compress() can tell only from a Content-Length:
 * jsonContentLength gives JSON answers theirs). One place, so that tests run answers through the very chain
 * the server uses.
 */
export function mountAnswerMiddleware(
  app: Hono<AppEnv>,
  options: { log: Logger; apiOrigin?: string | null; cors?: CorsPolicy },
): void {
  app.use('*', requestLogger(options.log));
  app.use('*', securityHeaders({ apiOrigin: options.apiOrigin, cors: options.cors }));
  app.use('*', compressOnTheFly());
  app.use('*', jsonContentLength());
}
