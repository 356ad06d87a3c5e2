import { parseTrustedProxies, rateLimitKey, TrustProxyConfigError } from '../../../server/auth/clientAddress';

describe('parseTrustedProxies', () => {
  it('reads addresses, CIDR ranges and the named ranges, comma-separated', () => {
    expect(parseTrustedProxies(' 10.0.0.0/8, 127.0.0.1 ,loopback,, fd00::/8')).toEqual([
      '10.0.0.0/8',
      '127.0.0.1',
      'loopback',
      'fd00::/8',
    ]);
    expect(parseTrustedProxies(undefined)).toEqual([]);
    expect(parseTrustedProxies('')).toEqual([]);
  });

  it('refuses a setting it cannot read, saying what to write', () => {
    expect(() => parseTrustedProxies('10.0.0.0/8,my-proxy')).toThrow(TrustProxyConfigError);
    expect(() => parseTrustedProxies('10.0.0.0/99')).toThrow(/STAC_WEB_TRUST_PROXY.*CIDR/);
  });
});

describe('rateLimitKey', () => {
  it('counts an IPv6 client by its /64 and an IPv4-mapped address as the IPv4 it is', () => {
    expect(rateLimitKey('2001:db8:1:2:aaaa::1')).toBe(rateLimitKey('2001:db8:1:2:ffff:1:2:3'));
    expect(rateLimitKey('2001:db8:1:2::1')).not.toBe(rateLimitKey('2001:db8:1:3::1'));
    expect(rateLimitKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(rateLimitKey('203.0.113.9')).toBe('203.0.113.9');
    expect(rateLimitKey('unknown')).toBe('unknown');
  });
});
