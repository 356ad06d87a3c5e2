import { RateLimiterMemory, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { createLoginRateLimiter, RateLimitUnavailableError } from '../../../server/auth/loginRateLimiter';

describe('createLoginRateLimiter', () => {
  it('lets exactly the allowed number of 20 parallel attempts through, before any of them is judged', async () => {
    const limiter = createLoginRateLimiter({ maxFailuresPerAccount: 5, maxFailuresPerIp: 100 });
    const waits = await Promise.all(
      Array.from({ length: 20 }, () => limiter.attempt('203.0.113.7', 'carol')),
    );
    expect(waits.filter((wait) => wait === 0)).toHaveLength(5);
    expect(waits.filter((wait) => wait > 0)).toHaveLength(15);
    // The window is 15 minutes by default: the caller is told to wait about that long.
    expect(Math.max(...waits)).toBeGreaterThan(14 * 60);
  });

  it('keeps accounts apart, counts every username against the client, and forgets an account on success', async () => {
    const limiter = createLoginRateLimiter({ maxFailuresPerAccount: 2, maxFailuresPerIp: 5 });
    expect(await limiter.attempt('198.51.100.1', 'Dora')).toBe(0);
    expect(await limiter.attempt('198.51.100.1', 'dora')).toBe(0);
    expect(await limiter.attempt('198.51.100.1', 'DORA')).toBeGreaterThan(0);
    // Another client is not punished for this one's guesses.
    expect(await limiter.attempt('198.51.100.2', 'dora')).toBe(0);

    expect(await limiter.attempt('198.51.100.1', 'erin')).toBe(0);
    await limiter.succeeded('198.51.100.1', 'erin');
    // A success gives its attempt back to the client bucket: 3 counted so far (dora x3 -> 3, erin 1 - 1).
    expect(await limiter.attempt('198.51.100.1', 'frank')).toBe(0);
    expect(await limiter.attempt('198.51.100.1', 'gina')).toBe(0);
    expect(await limiter.attempt('198.51.100.1', 'hank')).toBeGreaterThan(0);
  });

  it('counts through the store it is given, and reports a failing store as unavailable instead of letting guesses through', async () => {
    const prefixes: string[] = [];
    const limiter = createLoginRateLimiter({
      createCounter: (settings) => {
        prefixes.push(settings.keyPrefix);
        const counter = new RateLimiterMemory(settings);
        counter.consume = () => Promise.reject(new Error('database is down'));
        return counter as RateLimiterAbstract;
      },
    });
    expect(prefixes).toEqual(['login_account', 'login_ip']);
    await expect(limiter.attempt('192.0.2.1', 'ivy')).rejects.toBeInstanceOf(RateLimitUnavailableError);
  });
});
