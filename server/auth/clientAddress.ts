import type { IncomingMessage } from 'node:http';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import ipaddr from 'ipaddr.js';
import proxyAddr from 'proxy-addr';

/** Tells who the client of a request is, as far as the configured proxies can be believed. */
export type ClientAddressResolver = (c: Context) => string;

export class TrustProxyConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TrustProxyConfigError';
  }
}

/**
 * Reads `STAC_WEB_TRUST_PROXY`-style settings: comma-separated addresses, CIDR ranges, or the names
 * `loopback`, `linklocal`, `uniquelocal`. Empty means no proxy is trusted and X-Forwarded-For is ignored.
 */
export function parseTrustedProxies(setting: string | undefined): string[] {
  const entries = (setting ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  try {
    proxyAddr.compile(entries);
  } catch (error) {
    throw new TrustProxyConfigError(
      `STAC_WEB_TRUST_PROXY is not understood (${error instanceof Error ? error.message : String(error)}): ` +
        'list the addresses or CIDR ranges of your reverse proxies, e.g. "10.0.0.0/8,127.0.0.1", or "loopback".',
    );
  }
  return entries;
}

/**
 * The key a client's requests are counted under. IPv6 users usually hold a whole /64, so counting single
 * addresses would give each of them 2^64 buckets; IPv4-mapped IPv6 is counted as the IPv4 it is.
 */
export function rateLimitKey(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) parsed = v6.toIPv4Address();
    else return `${ipaddr.IPv6.networkAddressFromCIDR(`${v6.toNormalizedString()}/64`).toString()}/64`;
  }
  return parsed.toString();
}

/**
 * Without trusted proxies the socket's address is the client. With them, X-Forwarded-For is walked from
 * the right while each hop is a trusted proxy (proxy-addr), so a client cannot forge its address and a
 * reverse proxy does not put every user in one bucket.
 */
export function createClientAddressResolver(trustedProxies: readonly string[]): ClientAddressResolver {
  const trust = proxyAddr.compile([...trustedProxies]);
  return (c) => {
    let socketAddress: string | undefined;
    try {
      socketAddress = getConnInfo(c).remote.address;
    } catch {
      // Not served by @hono/node-server (app.request in a test): there is no socket to ask.
    }
    if (!socketAddress) return 'unknown';
    if (trustedProxies.length === 0) return socketAddress;
    const request = {
      socket: { remoteAddress: socketAddress },
      headers: { 'x-forwarded-for': c.req.header('x-forwarded-for') },
    } as unknown as IncomingMessage;
    return proxyAddr(request, trust);
  };
}
