import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseRateCounters } from '../../../server/auth/databaseRateCounter';
import { openDatabase } from '../../../server/index';
import { createEventRunLimiter } from '../../../server/jobs/eventRunLimiter';
import { dropTestDatabase, testDatabase } from '../helpers/testDatabase';

describe('the per-user event run limit', () => {
  it('drops event runs over the per-minute budget of one user, and not another user’s', async () => {
    const limiter = createEventRunLimiter({ perMinute: 3, maxRunning: 100 });
    const admitted = [];
    for (let i = 0; i < 3; i += 1) admitted.push(await limiter.admit(1));
    expect(admitted.every((admission) => admission.ok)).toBe(true);
    const over = await limiter.admit(1);
    expect(over.ok).toBe(false);
    expect(!over.ok && over.reason).toMatch(
      /more than 3 event runs for you in a minute; events run again in \d+ s/,
    );
    expect((await limiter.admit(2)).ok).toBe(true);
  });

  it('drops an event run while too many of the user’s runs are running, and admits again once one ends', async () => {
    const limiter = createEventRunLimiter({ perMinute: 100, maxRunning: 2 });
    const first = await limiter.admit(7);
    const second = await limiter.admit(7);
    const third = await limiter.admit(7);
    expect([first.ok, second.ok, third.ok]).toEqual([true, true, false]);
    expect(!third.ok && third.reason).toContain('2 of your event runs were still running');
    if (first.ok) {
      first.finished();
      first.finished(); // twice counts once
    }
    expect((await limiter.admit(7)).ok).toBe(true);
    expect((await limiter.admit(7)).ok).toBe(false);
  });

  it('lets a burst of concurrent events through only up to the bound', async () => {
    const limiter = createEventRunLimiter({ perMinute: 100, maxRunning: 3 });
    const burst = await Promise.all(Array.from({ length: 10 }, () => limiter.admit(3)));
    expect(burst.filter((admission) => admission.ok)).toHaveLength(3);
  });

  it('counts a minute of one user over every instance on one database: a burst spread over two gets the budget once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stac-web-event-limits-'));
    const path = join(dir, 'events.db');
    // Two open databases on one file (SQLite) or one PostgreSQL database: what two server instances hold.
    const target = await testDatabase(path);
    const [first, second] = [await openDatabase(target), await openDatabase(target)];
    try {
      const onInstance = (database: typeof first) =>
        createEventRunLimiter(
          { perMinute: 4, maxRunning: 100 },
          databaseRateCounters(database).createCounter,
        );
      const [a, b] = [onInstance(first), onInstance(second)];
      const burst = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).admit(5)));
      expect(burst.filter((admission) => admission.ok)).toHaveLength(4);
      const dropped = burst.find((admission) => !admission.ok);
      expect(dropped && !dropped.ok && dropped.reason).toMatch(/more than 4 event runs for you in a minute/);
      // Another user has a budget of their own on both.
      expect((await a.admit(6)).ok).toBe(true);
      expect((await b.admit(6)).ok).toBe(true);
    } finally {
      await first.close();
      await second.close();
      await dropTestDatabase(path);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
