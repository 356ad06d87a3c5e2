/**
 * A per-user bound on event runs, so that events fired in a burst (a script editing a hundred assets) never
 * flood the job runner: at most `perMinute` event runs start per user in a minute and at most `maxRunning` run
 * at once. What is over either is dropped, and the caller records the drop as a run with status `dropped` and
 * the reason.
 *
 * The minute's budget is a rate-limiter-flexible counter: the server hands one kept in its database, so every
 * instance on one PostgreSQL counts into the same row (a user's burst spread over two instances still gets
 * `perMinute` runs, not twice that); without one (unit tests, tools) it is counted in memory. The bound on runs
 * at once stays per instance: it protects that instance's runner.
 */
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RateCounterSettings } from '../auth/loginRateLimiter';

export interface EventLimits {
  /** Event runs one user may start in a minute (default 30). */
  perMinute: number;
  /** Event runs of one user running at once (default 8). */
  maxRunning: number;
}

export const DEFAULT_EVENT_LIMITS: Readonly<EventLimits> = Object.freeze({ perMinute: 30, maxRunning: 8 });

export type EventAdmission = { ok: true; finished: () => void } | { ok: false; reason: string };

/** Where the minute's counts are kept: the server's database (shared by its instances) or memory. */
export type EventRateCounterFactory = (settings: RateCounterSettings) => RateLimiterAbstract;

const memoryCounter: EventRateCounterFactory = (settings) => new RateLimiterMemory(settings);

export function createEventRunLimiter(
  limits: Partial<EventLimits> = {},
  createCounter: EventRateCounterFactory = memoryCounter,
) {
  const { perMinute, maxRunning } = { ...DEFAULT_EVENT_LIMITS, ...limits };
  const rate = createCounter({ points: perMinute, duration: 60, keyPrefix: 'event_runs' });
  const running = new Map<number, number>();

  return {
    /** Admits one event run of `userId`, or says why it is dropped; `finished` must be called when it ends. */
    async admit(userId: number): Promise<EventAdmission> {
      try {
        await rate.consume(String(userId));
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
        return {
          ok: false,
          reason: `Dropped: more than ${perMinute} event runs for you in a minute; events run again in ${seconds} s.`,
        };
      }
      // Read after the await, so that admissions racing each other see each other's counts.
      const now = running.get(userId) ?? 0;
      if (now >= maxRunning)
        return {
          ok: false,
          reason: `Dropped: ${maxRunning} of your event runs were still running when this event came; events that come in a burst are not queued. The next event runs it again.`,
        };
      running.set(userId, now + 1);
      let done = false;
      return {
        ok: true,
        finished: () => {
          if (done) return;
          done = true;
          const left = (running.get(userId) ?? 1) - 1;
          if (left > 0) running.set(userId, left);
          else running.delete(userId);
        },
      };
    },
  };
}

export type EventRunLimiter = ReturnType<typeof createEventRunLimiter>;
