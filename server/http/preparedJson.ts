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
  /** The gzip copy if it was made already (gzipped() makes it), else undefined. */
  gzippedNow(): Buffer | undefined;
}

export function prepareJson(value: unknown): PreparedJson {
  const bytes = Buffer.from(JSON.stringify(value), 'utf8');
  let gzipped: Promise<Buffer> | undefined;
  let made: Buffer | undefined;
  return {
    bytes,
    gzipped() {
      gzipped ??= gzipAsync(bytes).then(
        (result) => (made = result),
        (error: unknown) => {
          gzipped = undefined; // a failed compression is not kept: the next request tries again
          throw error;
        },
      );
      return gzipped;
    },
    gzippedNow: () => made,
  };
}

/**
 * How a prepared answer goes to a client whose Accept-Encoding is `acceptEncoding`: `gzip` (the kept gzip
 * copy), `identity` (the bytes as they are) or `usual` (a client that takes only deflate, or `*`: the usual
 * answer, which compress() encodes on the way out exactly as it did for every answer before). Under 1 KB a
 * gzip answer is no smaller, so it goes as it is, to everyone.
 */
export function preparedJsonEncoding(
  prepared: PreparedJson,
  acceptEncoding: string | undefined,
): 'gzip' | 'identity' | 'usual' {
  if (prepared.bytes.length < GZIP_THRESHOLD) return 'identity';
  // No encoding asked for (what accepts() would answer too, without parsing).
  if (acceptEncoding === undefined || acceptEncoding.trim().toLowerCase() === 'identity') return 'identity';
  return accepts(headerOnly(acceptEncoding), {
    header: 'Accept-Encoding',
    supports: ['gzip'],
    default: 'identity',
  }) === 'gzip'
    ? 'gzip'
    : 'usual';
}

/** What accepts() reads of a context: this one header. */
function headerOnly(value: string): Context {
  return { req: { header: () => value } } as unknown as Context;
}

/** The headers of a prepared answer sent as `encoding`, its length among them. */
export function preparedJsonHeaders(body: Uint8Array, encoding: 'gzip' | 'identity' | 'usual') {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (body.length >= GZIP_THRESHOLD || encoding === 'gzip') headers.Vary = 'Accept-Encoding';
  if (encoding === 'gzip') headers['Content-Encoding'] = 'gzip';
  headers['Content-Length'] = String(body.length);
  return headers;
}

/**
 * Sends `prepared` (200) with its Content-Length: gzipped when the client accepts gzip (and it is worth it), as is
 * otherwise. Sent as a complete answer (completeResponse) whenever the outer middleware would add nothing
 * but the security headers: gzipped, under 1 KB, or asked for with no encoding at all (no Accept-Encoding, or
 * `identity`). Any other client (one that takes only deflate, or `*`) gets the usual answer, which compress()
 * encodes on the way out exactly as it did for every answer before.
 */
export async function sendPreparedJson(c: Context<AppEnv>, prepared: PreparedJson): Promise<Response> {
  const encoding = preparedJsonEncoding(prepared, c.req.header('Accept-Encoding'));
  // Buffers made by Buffer.from and zlib sit on plain ArrayBuffers, never shared ones.
  const body = (encoding === 'gzip' ? await prepared.gzipped() : prepared.bytes) as Uint8Array<ArrayBuffer>;
  const headers = preparedJsonHeaders(body, encoding);
  return encoding === 'usual' ? c.body(body, 200, headers) : completeResponse(c, 200, body, headers);
}
