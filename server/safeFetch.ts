import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { parseBoundedJson } from './boundedJson';
import { fetchHop } from './fetchHop';
import { isPublicAddress } from './ipAddressPolicy';
import { SafeFetchError, type ResolvedAddress } from './safeFetchError';

export { SafeFetchError, type SafeFetchErrorCode, type ResolvedAddress } from './safeFetchError';

/**
 * The one way the server fetches a URL a user gave it (plugin preview, install from `download_url`).
 * A URL is untrusted: without these checks it could make the server read its own loopback services or
 * a cloud metadata endpoint (SSRF). Each hop is checked; the connection goes to the address that was
 * checked (no second DNS lookup an attacker could answer differently).
 */

/** The server's own catalog files (`/plugins/<name>.json`), read from disk instead of over the network. */
export interface OwnCatalogFiles {
  /** Origins under which the catalog is served, e.g. `http://127.0.0.1:8080`. */
  origins: readonly string[];
  /** File content for a catalog file name, or undefined if there is none. */
  read(fileName: string): Promise<string | undefined>;
}

export interface SafeFetchOptions {
  /** Host names that may be fetched (exact, case-insensitive). Default: `raw.githubusercontent.com`. */
  allowHosts?: readonly string[];
  /** Hosts that may also be fetched over plain http (local fixtures in tests). Default none. */
  allowHttpHosts?: readonly string[];
  /** Exact IP addresses exempted from the private-range check, for a local fixture server in tests. */
  allowPrivateForTests?: readonly string[];
  /** Whole-fetch deadline including redirects (default 5000 ms). */
  timeoutMs?: number;
  /** Largest accepted body (default 1 MB), counted while streaming. */
  maxBytes?: number;
  /** Redirect hops followed, each checked like the first URL (default 3). */
  maxRedirects?: number;
  /** DNS resolution, injectable for tests. */
  resolve?: (hostname: string) => Promise<ResolvedAddress[]>;
  ownCatalog?: OwnCatalogFiles;
}

export interface SafeFetchResult {
  /** The URL the JSON finally came from (after redirects). */
  url: string;
  json: unknown;
  bytes: number;
}

export const DEFAULT_ALLOWED_HOSTS: readonly string[] = ['raw.githubusercontent.com'];
const CATALOG_PATH = /^\/plugins\/([A-Za-z0-9][A-Za-z0-9_.-]{0,127}\.json)$/;

const normalizeHost = (host: string): string => host.toLowerCase().replace(/\.$/, '');
const bareAddress = (hostname: string): string =>
  hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;

async function defaultResolve(hostname: string): Promise<ResolvedAddress[]> {
  return dnsLookup(hostname, { all: true, verbatim: true });
}

function parseJson(text: string, url: string): unknown {
  const parsed = parseBoundedJson(text);
  if (parsed.ok) return parsed.value;
  if (parsed.reason === 'too_deep') throw new SafeFetchError('TOO_DEEP', `${url}: ${parsed.message}.`);
  throw new SafeFetchError('NOT_JSON', `${url} did not return valid JSON.`);
}

export function createSafeFetcher(options: SafeFetchOptions = {}): (url: string) => Promise<SafeFetchResult> {
  const allowHosts = new Set((options.allowHosts ?? DEFAULT_ALLOWED_HOSTS).map(normalizeHost));
  const allowHttpHosts = new Set((options.allowHttpHosts ?? []).map(normalizeHost));
  const privateExemptions = new Set((options.allowPrivateForTests ?? []).map(bareAddress));
  const timeoutMs = options.timeoutMs ?? 5000;
  const maxBytes = options.maxBytes ?? 1_000_000;
  const maxRedirects = options.maxRedirects ?? 3;
  const resolve = options.resolve ?? defaultResolve;
  const ownCatalog = options.ownCatalog;

  function parseUrl(raw: string, base?: URL): URL {
    if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048) {
      throw new SafeFetchError('INVALID_URL', 'Give a URL of at most 2048 characters.');
    }
    try {
      // A path like /plugins/x.json means this server's own catalog.
      if (!base && raw.startsWith('/') && !raw.startsWith('//') && ownCatalog?.origins[0]) {
        return new URL(raw, ownCatalog.origins[0]);
      }
      return base ? new URL(raw, base) : new URL(raw);
    } catch {
      throw new SafeFetchError('INVALID_URL', `"${raw.slice(0, 200)}" is not a valid absolute URL.`);
    }
  }

  function catalogFileName(url: URL): string | undefined {
    // Origins are read on each call: the server learns its own URL only once it listens.
    const isOwnOrigin = ownCatalog?.origins.some((origin) => origin.replace(/\/$/, '') === url.origin);
    if (!isOwnOrigin || url.search || url.hash) return undefined;
    return CATALOG_PATH.exec(url.pathname)?.[1];
  }

  /** Checks scheme, credentials and host; returns the hostname to resolve. */
  function checkUrl(url: URL): string {
    if (url.username || url.password) {
      throw new SafeFetchError('URL_NOT_ALLOWED', 'URLs with a user name or password are refused.');
    }
    const host = normalizeHost(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && allowHttpHosts.has(host))) {
      throw new SafeFetchError(
        'URL_NOT_ALLOWED',
        `Only https URLs can be fetched (got ${url.protocol}//${url.host}).`,
      );
    }
    if (!allowHosts.has(host)) {
      throw new SafeFetchError(
        'URL_NOT_ALLOWED',
        `The host "${url.hostname}" is not on the allow-list; plugins can be fetched from ${[...allowHosts].join(', ')} or this server's /plugins/ catalog.`,
      );
    }
    return host;
  }

  async function resolveChecked(hostname: string): Promise<ResolvedAddress> {
    const literal = bareAddress(hostname);
    const family = isIP(literal);
    let addresses: ResolvedAddress[];
    if (family) {
      addresses = [{ address: literal, family }];
    } else {
      try {
        addresses = await resolve(hostname);
      } catch {
        throw new SafeFetchError('DNS_FAILED', `The host "${hostname}" could not be resolved.`);
      }
    }
    if (addresses.length === 0)
      throw new SafeFetchError('DNS_FAILED', `The host "${hostname}" has no address.`);
    // Refuse if any answer is private: an attacker's DNS may mix a public and an internal address.
    for (const { address } of addresses) {
      if (!isPublicAddress(address) && !privateExemptions.has(address)) {
        throw new SafeFetchError(
          'ADDRESS_NOT_ALLOWED',
          `The host "${hostname}" points to a private or reserved address.`,
        );
      }
    }
    return addresses[0];
  }

  async function fetchChecked(rawUrl: string, signal: AbortSignal): Promise<SafeFetchResult> {
    let url = parseUrl(rawUrl);
    for (let hop = 0; ; hop += 1) {
      const fileName = catalogFileName(url);
      if (fileName) {
        const text = await ownCatalog?.read(fileName);
        if (text === undefined)
          throw new SafeFetchError('HTTP_ERROR', `The catalog has no file ${fileName}.`);
        if (Buffer.byteLength(text) > maxBytes)
          throw new SafeFetchError('TOO_LARGE', `${fileName} is larger than ${maxBytes} bytes.`);
        return { url: url.href, json: parseJson(text, url.href), bytes: Buffer.byteLength(text) };
      }
      const hostname = checkUrl(url);
      const target = await resolveChecked(hostname);
      const answer = await fetchHop(url, target, signal, maxBytes);
      if (answer.body !== undefined) {
        return {
          url: url.href,
          json: parseJson(answer.body, url.href),
          bytes: Buffer.byteLength(answer.body),
        };
      }
      if (!answer.location)
        throw new SafeFetchError('HTTP_ERROR', `${url.href} redirected without a Location.`);
      if (hop >= maxRedirects)
        throw new SafeFetchError('TOO_MANY_REDIRECTS', `More than ${maxRedirects} redirects.`);
      url = parseUrl(answer.location, url);
    }
  }

  return async function safeFetchJson(rawUrl: string): Promise<SafeFetchResult> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      return await fetchChecked(rawUrl, controller.signal);
    } catch (error) {
      if (error instanceof SafeFetchError) throw error;
      if (controller.signal.aborted) {
        throw new SafeFetchError('TIMEOUT', `The server did not answer within ${timeoutMs} ms.`);
      }
      // Raw socket errors can carry internal detail; say what happened in our own words.
      throw new SafeFetchError('NETWORK_ERROR', 'The URL could not be fetched (connection failed).');
    } finally {
      clearTimeout(timer);
    }
  };
}

/** One-off form of {@link createSafeFetcher}. */
export function safeFetchJson(url: string, options?: SafeFetchOptions): Promise<SafeFetchResult> {
  return createSafeFetcher(options)(url);
}
