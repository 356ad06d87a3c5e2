import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Context } from 'hono';
import { accepts } from 'hono/accepts';

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
 * otherwise. The Content-Encoding it sets tells compress() to leave the answer alone.
 */
export async function sendPreparedJson(c: Context, prepared: PreparedJson): Promise<Response> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  let body = prepared.bytes;
  if (body.length >= GZIP_THRESHOLD) {
    headers.Vary = 'Accept-Encoding';
    const encoding = accepts(c, {
      header: 'Accept-Encoding',
      supports: ['gzip'],
      default: 'identity',
    });
    if (encoding === 'gzip') {
      body = await prepared.gzipped();
      headers['Content-Encoding'] = 'gzip';
    }
  }
  headers['Content-Length'] = String(body.length);
  // Buffers made by Buffer.from and zlib sit on plain ArrayBuffers, never shared ones.
  return c.body(body as Uint8Array<ArrayBuffer>, 200, headers);
}
