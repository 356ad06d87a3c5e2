import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { databaseRateCounters } from '../../../server/auth/databaseRateCounter';
import { createLoginRateLimiter } from '../../../server/auth/loginRateLimiter';
import { openDatabase, type StacDatabase } from '../../../server/index';
import { dropTestDatabase, testDatabase } from '../helpers/testDatabase';

/** Two open databases on one file / one PostgreSQL database: what two server instances hold. */
let dir: string;
let first: StacDatabase;
let second: StacDatabase;
const path = () => join(dir, 'limits.db');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stac-web-limits-'));
  const target = await testDatabase(path());
  first = await openDatabase(target);
  second = await openDatabase(target);
});

afterAll(async () => {
  await first?.close();
  await second?.close();
  await dropTestDatabase(path());
  rmSync(dir, { recursive: true, force: true });
});

const limiterOn = (database: StacDatabase) =>
  createLoginRateLimiter({
    maxFailuresPerAccount: 5,
    maxFailuresPerIp: 100,
    createCounter: databaseRateCounters(database).createCounter,
  });

describe('sign-in limits kept in the database', () => {
  it('hold across instances: 20 parallel guesses spread over two let exactly 5 through', async () => {
    const [a, b] = [limiterOn(first), limiterOn(second)];
    const waits = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).attempt('203.0.113.9', 'carol')),
    );
    expect(waits.filter((wait) => wait === 0)).toHaveLength(5);
    expect(waits.filter((wait) => wait > 14 * 60)).toHaveLength(15);
    // A success on one instance clears the account on the other too.
    await a.succeeded('203.0.113.9', 'carol');
    expect(await b.attempt('203.0.113.9', 'carol')).toBe(0);
  });

  it('outlive the process that counted them (a restart does not reset an attacker)', async () => {
    const before = limiterOn(first);
    for (let i = 0; i < 5; i += 1) expect(await before.attempt('198.51.100.4', 'dora')).toBe(0);
    const target = await testDatabase(path());
    const reopened = await openDatabase(target);
    try {
      expect(await limiterOn(reopened).attempt('198.51.100.4', 'dora')).toBeGreaterThan(0);
    } finally {
      await reopened.close();
    }
  });

  it('prune rows whose window ended over an hour ago, and keep live ones', async () => {
    const counters = databaseRateCounters(first);
    await limiterOn(first).attempt('192.0.2.44', 'erin');
    const rows = async () =>
      (
        await sql<{ key: string }>`SELECT key FROM rate_limits WHERE key LIKE ${'%192.0.2.44%'}`.execute(
          first.db,
        )
      ).rows.length;
    expect(await rows()).toBe(2);
    expect(await counters.pruneExpired()).toBe(0);
    expect(await rows()).toBe(2);
    // Two hours from now, both 15-minute windows ended over an hour ago.
    expect(await counters.pruneExpired(Date.now() + 2 * 60 * 60_000)).toBeGreaterThanOrEqual(2);
    expect(await rows()).toBe(0);
  });
});
