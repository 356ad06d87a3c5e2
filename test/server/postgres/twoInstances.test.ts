/**
 * Two server processes on one PostgreSQL database, as behind a load balancer: what one instance writes, the
 * other sees; racing requests spread over both end as they would on one; a restart of both keeps every row.
 * Runs in the `node-postgres` project only (one SQLite file serves one process).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openDatabase, readMigrations } from '../../../server/index';
import { startServerProcess, type ServerProcess } from '../helpers/serverProcess';
import { dropTestDatabase, testDatabase } from '../helpers/testDatabase';
import { callApi, signInAlice, signInBob } from '../helpers/testServer';

interface PluginView {
  id: string;
  version: string;
  downloadCount: number;
}

let dir: string;
let database: string;
let instances: ServerProcess[] = [];
const path = () => join(dir, 'shared.db');
const startBoth = async () => {
  // Started together on purpose: migrations and the first-start seed must still run once.
  instances = await Promise.all(
    [1, 2].map(() => startServerProcess({ STAC_WEB_DB: database, STAC_WEB_DEMO: '1' })),
  );
};
const stopBoth = () => Promise.all(instances.map((instance) => instance.stop()));
const a = () => instances[0].url;
const b = () => instances[1].url;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stac-web-two-'));
  database = await testDatabase(path());
  await startBoth();
}, 120_000);

afterAll(async () => {
  await stopBoth();
  await dropTestDatabase(path());
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

/** Reads the database directly, as an operator would, to check what the API cannot show. */
async function rowCount(table: string): Promise<number> {
  const db = await openDatabase(database, { migrate: false });
  try {
    const result = await sql<{ n: string }>`SELECT COUNT(*) AS n FROM ${sql.table(table)}`.execute(db.db);
    return Number(result.rows[0].n);
  } finally {
    await db.close();
  }
}

describe('two instances on one PostgreSQL', () => {
  it('migrate and seed once although they started together', async () => {
    expect(await rowCount('schema_migrations')).toBe(readMigrations('postgres').length);
    expect(await rowCount('users')).toBe(2);
    expect(await rowCount('assets')).toBe(8);
    const [fromA, fromB] = await Promise.all(
      [a(), b()].map(async (url) => {
        const token = await signInAlice(url);
        return (await callApi<PluginView[]>(url, 'GET', '/plugins/community', { token })).body;
      }),
    );
    expect(fromA.length).toBeGreaterThan(10);
    expect(new Set(fromA.map((plugin) => plugin.id)).size).toBe(fromA.length);
    expect(fromB).toEqual(fromA);
  });

  it('share sessions: signed in through one is signed in on the other; signed out on one, out on both', async () => {
    const token = await signInBob(a());
    expect((await callApi(b(), 'GET', '/auth/me', { token })).body).toMatchObject({
      user: { username: 'bob' },
    });
    expect((await callApi(b(), 'POST', '/auth/logout', { token })).status).toBe(200);
    expect((await callApi(a(), 'GET', '/auth/me', { token })).status).toBe(401);
  });

  it('50 concurrent installs of one plugin by one user over both end with one install and one more download', async () => {
    const token = await signInBob(a());
    const catalog = (await callApi<PluginView[]>(a(), 'GET', '/plugins/community', { token })).body;
    const before = catalog.find((plugin) => plugin.id === 'stock-pulse')!.downloadCount;
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        callApi(i % 2 ? a() : b(), 'POST', '/plugins/install', {
          token,
          body: { id: 'stock-pulse', acceptPermissions: ['inventory:read'] },
        }),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(
      answers.filter((answer) => answer.status !== 200).map((answer) => [answer.status, answer.body.error]),
    ).toEqual(Array(49).fill([409, 'ALREADY_INSTALLED']));
    for (const url of [a(), b()]) {
      const installed = (await callApi<PluginView[]>(url, 'GET', '/plugins/installed', { token })).body;
      expect(installed.filter((plugin) => plugin.id === 'stock-pulse')).toHaveLength(1);
      const after = (await callApi<PluginView[]>(url, 'GET', '/plugins/community', { token })).body;
      expect(after.find((plugin) => plugin.id === 'stock-pulse')!.downloadCount).toBe(before + 1);
    }
  });

  it('a version bump raced from both leaves one winner and one VERSION_CONFLICT, every round', async () => {
    const alice = await signInAlice(a());
    const created = await callApi<PluginView>(a(), 'POST', '/plugins', {
      token: alice,
      body: { name: 'Raced', version: '1.0.0', slot: 'dashboard_top', ui: { type: 'text', data: 'v1' } },
    });
    expect(created.status).toBe(201);
    for (let round = 1; round <= 8; round += 1) {
      const version = `${round + 1}.0.0`;
      const answers = await Promise.all(
        [a(), b()].map((url, side) =>
          callApi<{ error?: string }>(url, 'PUT', `/plugins/${created.body.id}`, {
            token: alice,
            body: { version, ui: { type: 'text', data: `round ${round} from ${side ? 'b' : 'a'}` } },
          }),
        ),
      );
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
      expect(answers.find((answer) => answer.status === 409)?.body.error).toBe('VERSION_CONFLICT');
      const now = await callApi<PluginView>(b(), 'GET', `/plugins/${created.body.id}`, { token: alice });
      expect(now.body.version).toBe(version);
    }
    const db = await openDatabase(database, { migrate: false });
    try {
      const versions = await sql<{ version: string }>`SELECT version FROM plugin_versions
        WHERE plugin_id = ${created.body.id} ORDER BY version`.execute(db.db);
      // Every published version once: the loser of each round left nothing behind.
      expect(versions.rows.map((row) => row.version)).toEqual(
        Array.from({ length: 9 }, (_, i) => `${i + 1}.0.0`),
      );
    } finally {
      await db.close();
    }
  });

  it('share the sign-in limit: guesses spread over both are counted together', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      const answer = await callApi(i % 2 ? a() : b(), 'POST', '/auth/login', {
        body: { username: 'nobody-here', password: `guess-${i}` },
      });
      statuses.push(answer.status);
    }
    // 5 attempts per client and username in the window, wherever they land.
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
  });

  it('keep every row and every session when both restart', async () => {
    const alice = await signInAlice(a());
    await callApi(a(), 'PUT', '/plugins/user/toggle', {
      token: alice,
      body: { pluginId: 'asset-tags', isActive: false },
    });
    const read = async (url: string) => ({
      community: (await callApi(url, 'GET', '/plugins/community', { token: alice })).body,
      installed: (await callApi(url, 'GET', '/plugins/installed', { token: alice })).body,
      assets: (await callApi(url, 'GET', '/assets', { token: alice })).body,
    });
    const counts = async () => ({
      users: await rowCount('users'),
      plugins: await rowCount('plugins'),
      installs: await rowCount('installs'),
      sessions: await rowCount('sessions'),
      versions: await rowCount('plugin_versions'),
    });
    const before = await read(b());
    const rowsBefore = await counts();
    await stopBoth();
    await startBoth();
    for (const url of [a(), b()]) expect(await read(url)).toEqual(before);
    expect(await counts()).toEqual(rowsBefore);
  }, 120_000);
});
