export interface LoginRateLimitOptions {
  /** Failed attempts allowed per IP + username within the window (default 5). */
  maxFailuresPerAccount?: number;
  /** Failed attempts allowed per IP across all usernames within the window (default 30). */
  maxFailuresPerIp?: number;
  /** Window length in milliseconds (default 15 minutes). */
  windowMs?: number;
  now?: () => number;
}

interface Bucket {
  failures: number;
  resetAt: number;
}

/**
 * Counts failed logins in memory. Keyed by IP + username so one attacker cannot lock a user out from
 * everywhere, with a looser per-IP cap so spraying many usernames from one address is slowed too.
 */
export class LoginRateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly maxPerAccount: number;
  private readonly maxPerIp: number;
  private readonly windowMs: number;
  private readonly now: () => number;

  constructor(options: LoginRateLimitOptions = {}) {
    this.maxPerAccount = options.maxFailuresPerAccount ?? 5;
    this.maxPerIp = options.maxFailuresPerIp ?? 30;
    this.windowMs = options.windowMs ?? 15 * 60_000;
    this.now = options.now ?? Date.now;
  }

  /** Seconds until the caller may try again, or 0 when the attempt may proceed. */
  retryAfterSeconds(ip: string, username: string): number {
    const now = this.now();
    let wait = 0;
    for (const [key, max] of this.keys(ip, username)) {
      const bucket = this.live(key, now);
      if (bucket && bucket.failures >= max) wait = Math.max(wait, Math.ceil((bucket.resetAt - now) / 1000));
    }
    return wait;
  }

  recordFailure(ip: string, username: string): void {
    const now = this.now();
    for (const [key] of this.keys(ip, username)) {
      const bucket = this.live(key, now) ?? { failures: 0, resetAt: now + this.windowMs };
      bucket.failures += 1;
      this.buckets.set(key, bucket);
    }
    if (this.buckets.size > 10_000) this.prune(now);
  }

  recordSuccess(ip: string, username: string): void {
    this.buckets.delete(this.keys(ip, username)[0][0]);
  }

  private keys(ip: string, username: string): Array<[string, number]> {
    return [
      [`account:${ip}:${username.toLowerCase()}`, this.maxPerAccount],
      [`ip:${ip}`, this.maxPerIp],
    ];
  }

  private live(key: string, now: number): Bucket | undefined {
    const bucket = this.buckets.get(key);
    if (bucket && bucket.resetAt <= now) {
      this.buckets.delete(key);
      return undefined;
    }
    return bucket;
  }

  private prune(now: number): void {
    for (const [key, bucket] of this.buckets) if (bucket.resetAt <= now) this.buckets.delete(key);
  }
}
