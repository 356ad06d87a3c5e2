import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { SafeFetchError, type ResolvedAddress } from './safeFetchError';

const JSON_CONTENT_TYPE = /^(application\/([\w.+-]+\+)?json|text\/plain)\s*(;|$)/i;

/** Answers Node's socket lookup with the one address we checked, whatever it asks. */
function pinnedLookup(target: ResolvedAddress): LookupFunction {
  return (_hostname, options, callback) => {
    if (typeof options === 'object' && options && 'all' in options && options.all) {
      (callback as (error: null, addresses: ResolvedAddress[]) => void)(null, [target]);
    } else {
      callback(null, target.address, target.family);
    }
  };
}

export interface Hop {
  status: number;
  location?: string;
  body?: string;
}

/**
 * One GET to the checked address (`target`, never a second DNS answer): a redirect's Location, or a JSON
 * body of at most `maxBytes`, counted while it streams. Anything else is a SafeFetchError.
 */
export function fetchHop(
  url: URL,
  target: ResolvedAddress,
  signal: AbortSignal,
  maxBytes: number,
): Promise<Hop> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<Hop>((resolveHop, rejectHop) => {
    const req = request(
      url,
      {
        method: 'GET',
        lookup: pinnedLookup(target),
        signal,
        headers: {
          accept: 'application/json, text/plain;q=0.8',
          'user-agent': 'stac-web-plugin-fetcher/1',
        },
      },
      (res: IncomingMessage) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400) {
          res.resume();
          resolveHop({ status, location: res.headers.location });
          return;
        }
        if (status < 200 || status >= 300) {
          res.resume();
          rejectHop(new SafeFetchError('HTTP_ERROR', `${url.href} answered HTTP ${status}.`));
          return;
        }
        // No Content-Type is refused too: the body's type is then anyone's guess, and the docs promise JSON only.
        const contentType = res.headers['content-type'] ?? '';
        if (!JSON_CONTENT_TYPE.test(contentType)) {
          res.destroy();
          rejectHop(
            new SafeFetchError(
              'NOT_JSON',
              contentType
                ? `${url.href} answered ${contentType.split(';')[0]}, not JSON.`
                : `${url.href} answered without a Content-Type; serve the file as application/json.`,
            ),
          );
          return;
        }
        const declared = Number(res.headers['content-length']);
        if (Number.isFinite(declared) && declared > maxBytes) {
          res.destroy();
          rejectHop(new SafeFetchError('TOO_LARGE', `${url.href} is larger than ${maxBytes} bytes.`));
          return;
        }
        const chunks: Buffer[] = [];
        let received = 0;
        res.on('data', (chunk: Buffer) => {
          received += chunk.length;
          if (received > maxBytes) {
            res.destroy();
            rejectHop(new SafeFetchError('TOO_LARGE', `${url.href} is larger than ${maxBytes} bytes.`));
            return;
          }
          chunks.push(chunk);
        });
        let ended = false;
        res.on('end', () => {
          ended = true;
          resolveHop({ status, body: Buffer.concat(chunks).toString('utf8') });
        });
        res.on('error', (error) => rejectHop(error));
        res.on('close', () => {
          if (!ended) rejectHop(new Error('connection closed before the body ended'));
        });
      },
    );
    req.on('error', (error) => rejectHop(error));
    // A stalled body must not outlive the deadline, whatever the socket does.
    signal.addEventListener('abort', () => rejectHop(new Error('aborted')), { once: true });
    req.end();
  });
}
