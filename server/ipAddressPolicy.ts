import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

// Everything that is not a globally routable unicast address: loopback, private, carrier-grade NAT,
// link-local (cloud metadata lives at 169.254.169.254), documentation, benchmarking, multicast, reserved.
const IPV4_BLOCKED: Array<[string, number]> = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];

const IPV6_BLOCKED: Array<[string, number]> = [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['::', 96], // IPv4-compatible (deprecated)
  ['100::', 64], // discard
  ['2001::', 23], // IETF protocol assignments, Teredo included
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
];

type Address = ipaddr.IPv4 | ipaddr.IPv6;

const blockedV4 = IPV4_BLOCKED.map(([network, prefix]) => ipaddr.parseCIDR(`${network}/${prefix}`));
const blockedV6 = IPV6_BLOCKED.map(([network, prefix]) => ipaddr.parseCIDR(`${network}/${prefix}`));

function isBlocked(address: Address): boolean {
  return address.kind() === 'ipv4'
    ? blockedV4.some((range) => address.match(range))
    : blockedV6.some((range) => address.match(range));
}

/**
 * The IPv4 address an IPv6 address carries and would reach: IPv4-mapped (`::ffff:a.b.c.d`), NAT64
 * (`64:ff9b::/96`) and 6to4 (`2002::/16`). Checking only the IPv6 form would let `[::ffff:127.0.0.1]` through.
 */
function embeddedIpv4(address: ipaddr.IPv6): ipaddr.IPv4 | undefined {
  if (address.isIPv4MappedAddress()) return address.toIPv4Address();
  const bytes = address.toByteArray();
  const range = address.range();
  if (range === 'rfc6052') return new ipaddr.IPv4(bytes.slice(12, 16));
  if (range === '6to4') return new ipaddr.IPv4(bytes.slice(2, 6));
  return undefined;
}

/**
 * True only for a literal IP address that is globally routable. Anything unparseable is refused: the
 * fetcher only ever connects to addresses this function approved. Node's strict `isIP` decides what is an
 * address at all (no `127.1` or hex shorthands), ipaddr.js parses and matches it.
 */
export function isPublicAddress(address: string): boolean {
  const bare = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  if (isIP(bare) === 0) return false;
  let parsed: Address;
  try {
    parsed = ipaddr.parse(bare);
  } catch {
    return false;
  }
  if (parsed.kind() === 'ipv6') parsed = embeddedIpv4(parsed as ipaddr.IPv6) ?? parsed;
  return !isBlocked(parsed);
}
