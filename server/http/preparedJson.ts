import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Context } from 'hono';
import { accepts } from 'hono/accepts';
import type { AppEnv } from './appEnv';
import { completeResponse } from './completeResponse';

const gzipAsync = promisify(gzip);

/** Below this a gzip answer is no smaller (the same threshold as hono's compress()). */
const GZIP_THRESHOLD = 1024;

/**
 * A JSON answer serialised once and sent many times: the bytes, and their gzip made on first demand and
 * kept. An answer that many requests share (a cached list) costs no JSON.stringify and no compression per
 * request, where `c.json` + compress() paid both each time.
 */
export interface PreparedJson {
  readonly bytes: Buffer;
  gzipped(): Promise<Buffer>;
}

export function prepareJson(value: unknown): PreparedJson {
  const bytes = Buffer.from(JSON.stringify(value), 'utf8');
  let gzipped: Promise<Buffer> | undefined;
  return {
    bytes,
    gzipped() {
      gzipped ??= gzipAsync(bytes).catch((error: unknown) => {
        gzipped = undefined; // a failed compression is not kept: the next request tries again
        throw error;
      });
      return gzipped;
    },
  };
}

/**
 * Sends `prepared` (200) with its Content-Length: gzipped when the client accepts gzip (and it is worth it), as is
 * otherwise. Sent as a complete answer (completeResponse) whenever the outer middleware would add nothing
 * but the security headers: gzipped, under 1 KB, or asked for with no encoding at all (no Accept-Encoding, or
 * `identity`). Any other client (one that takes only deflate, or `*`) gets the usual answer, which compress()
 * encodes on the way out exactly as it did for every answer before.
 */
export async function sendPreparedJson(c: Context<AppEnv>, prepared: PreparedJson): Promise<Response> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  // Buffers made by Buffer.from and zlib sit on plain ArrayBuffers, never shared ones.
  let body = prepared.bytes as Uint8Array<ArrayBuffer>;
  let complete = true;
  if (body.length >= GZIP_THRESHOLD) {
    headers.Vary = 'Accept-Encoding';
    const encoding = accepts(c, {
      header: 'Accept-Encoding',
      supports: ['gzip'],
      default: 'identity',
    });
    if (encoding === 'gzip') {
      body = (await prepared.gzipped()) as Uint8Array<ArrayBuffer>;
      headers['Content-Encoding'] = 'gzip';
    } else {
      const asked = c.req.header('Accept-Encoding');
      complete = asked === undefined || asked.trim().toLowerCase() === 'identity';
    }
  }
  headers['Content-Length'] = String(body.length);
  return complete ? completeResponse(c, 200, body, headers) : c.body(body, 200, headers);
}
