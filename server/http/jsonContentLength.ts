import type { MiddlewareHandler } from 'hono';
import { isCompleteResponse } from './completeResponse';

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;

/**
 * Gives a JSON answer its Content-Length. Hono's `c.json` leaves it out, and without it `compress()` cannot
 * apply its 1 KB threshold: every small API answer was gzipped and grew (49 bytes of /config.json became 67).
 * A JSON answer is built whole in memory, so reading it costs no streaming; event streams and files are
 * left alone. Mount it inside `compress()` (after it), so it runs first on the way out.
 */
export function jsonContentLength(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const { res } = c;
    if (isCompleteResponse(res)) return;
    // The headers first: asking a prepared answer (one that has its length) for its body would build a
    // whole web Response around it for nothing.
    if (
      res.headers.has('Content-Length') ||
      res.headers.has('Content-Encoding') ||
      !JSON_TYPE.test(res.headers.get('Content-Type') ?? '') ||
      !res.body
    )
      return;
    const bytes = await res.arrayBuffer();
    const headers = new Headers(res.headers);
    headers.set('Content-Length', String(bytes.byteLength));
    c.res = new Response(bytes, { status: res.status, statusText: res.statusText, headers });
  };
}
