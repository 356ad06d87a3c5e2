import { RateLimiterPostgres, RateLimiterSQLite, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { StacDatabase } from '../database';
import type { RateCounterSettings } from './loginRateLimiter';

/** Created by migration 002 (the library is told not to create it). */
const TABLE = 'rate_limits';

/** Rows whose window ended this long ago are deleted (the library's own timer is off: see below). */
const PRUNE_AFTER_MS = 60 * 60_000;

export interface DatabaseRateCounters {
  /** For `loginRateLimit.createCounter`: counters kept in the server's database. */
  createCounter(settings: RateCounterSettings): RateLimiterAbstract;
  /** Deletes counters that expired over an hour ago; returns how many. */
  pruneExpired(nowMs?: number): Promise<number>;
}

/**
 * Rate-limit counters in the database the server already uses, so that every instance on one PostgreSQL
 * counts into the same rows (each consume is one atomic upsert) and a SQLite server keeps its counts over a
 * restart. The library's hourly cleanup timer is off because it would outlive `close()`; the server calls
 * `pruneExpired` on its own timer instead.
 */
export function databaseRateCounters(database: StacDatabase): DatabaseRateCounters {
  const { raw } = database;
  return {
    createCounter(settings) {
      const common = { ...settings, tableName: TABLE, tableCreated: true, clearExpiredByTimeout: false };
      return raw.dialect === 'postgres'
        ? new RateLimiterPostgres({ ...common, storeClient: raw.pool, storeType: 'pool' })
        : new RateLimiterSQLite({ ...common, storeClient: raw.handle, storeType: 'better-sqlite3' });
    },
    async pruneExpired(nowMs = Date.now()) {
      const result = await database.db
        .deleteFrom('rate_limits')
        .where('expire', '<', nowMs - PRUNE_AFTER_MS)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
