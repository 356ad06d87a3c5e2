import type { MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';
import { isCompleteResponse } from './completeResponse';

const nothingMore = async () => {};

/**
 * Hono's compress() (gzip or deflate over 1 KB) for answers built the usual way. compress() does all its work
 * on the way out, so it runs here after the route, on the answer the route gave; a complete answer
 * (completeResponse) chose its encoding itself, and compress() would only read through its headers to learn
 * that.
 */
export function compressOnTheFly(): MiddlewareHandler {
  const compressAnswer = compress();
  return async (c, next) => {
    await next();
    if (!isCompleteResponse(c.res)) await compressAnswer(c, nothingMore);
  };
}
