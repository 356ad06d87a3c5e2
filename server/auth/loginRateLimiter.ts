import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

export interface LoginRateLimitOptions {
  /** Sign-in attempts allowed per client address + username within the window (default 5). */
  maxFailuresPerAccount?: number;
  /** Sign-in attempts allowed per client address across all usernames within the window (default 30). */
  maxFailuresPerIp?: number;
  /** Window length in milliseconds (default 15 minutes). */
  windowMs?: number;
  /**
   * Builds the counter for one kind of bucket. Default: in-memory counters (one process). A database-backed
   * limiter from rate-limiter-flexible (Postgres, SQLite, ...) makes the limits hold across instances.
   */
  createCounter?: (settings: RateCounterSettings) => RateLimiterAbstract;
}

export interface RateCounterSettings {
  /** Distinguishes the two buckets in a shared store (`login_account`, `login_ip`). */
  keyPrefix: string;
  points: number;
  /** Seconds. */
  duration: number;
}

/**
 * The rate limit on sign-in. An attempt is counted the moment it arrives, before the password hash is
 * computed, so parallel guesses cannot all pass a check that only later records their failure.
 */
export interface LoginAttemptLimiter {
  /** Counts one attempt; resolves 0 when it may proceed, else the seconds until the caller may try again. */
  attempt(clientKey: string, username: string): Promise<number>;
  /** The password was right: this account's attempts from this client are forgotten. */
  succeeded(clientKey: string, username: string): Promise<void>;
}

/** The limit store itself failed (a database-backed store that is down); the caller should answer 503. */
export class RateLimitUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The sign-in rate limit could not be checked.', { cause });
    this.name = 'RateLimitUnavailableError';
  }
}

const memoryCounter = (settings: RateCounterSettings): RateLimiterAbstract => new RateLimiterMemory(settings);

/**
 * Keyed by client + username so that one attacker cannot lock a user out from everywhere, with a looser
 * per-client cap so spraying many usernames from one address is slowed too. A correct password gives its
 * attempt back, so people who sign in often are never limited by their successes.
 */
export function createLoginRateLimiter(options: LoginRateLimitOptions = {}): LoginAttemptLimiter {
  const duration = Math.max(1, Math.ceil((options.windowMs ?? 15 * 60_000) / 1000));
  const createCounter = options.createCounter ?? memoryCounter;
  const perAccount = createCounter({
    keyPrefix: 'login_account',
    points: options.maxFailuresPerAccount ?? 5,
    duration,
  });
  const perClient = createCounter({
    keyPrefix: 'login_ip',
    points: options.maxFailuresPerIp ?? 30,
    duration,
  });
  const accountKey = (clientKey: string, username: string) => `${clientKey}|${username.toLowerCase()}`;

  return {
    async attempt(clientKey, username) {
      const outcomes = await Promise.allSettled([
        perAccount.consume(accountKey(clientKey, username)),
        perClient.consume(clientKey),
      ]);
      let waitMs = 0;
      for (const outcome of outcomes) {
        if (outcome.status === 'fulfilled') continue;
        // A RateLimiterRes rejection means "over the limit"; anything else is the store failing.
        if (!(outcome.reason instanceof RateLimiterRes)) throw new RateLimitUnavailableError(outcome.reason);
        waitMs = Math.max(waitMs, outcome.reason.msBeforeNext, 1000);
      }
      return Math.ceil(waitMs / 1000);
    },
    async succeeded(clientKey, username) {
      try {
        await Promise.all([
          perAccount.delete(accountKey(clientKey, username)),
          perClient.reward(clientKey, 1),
        ]);
      } catch (error) {
        throw new RateLimitUnavailableError(error);
      }
    },
  };
}
