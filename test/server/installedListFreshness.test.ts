/**
 * `GET /plugins/installed` is answered from a serialised copy per user while the rows it shows are unchanged
 * (server/plugins/installedListCache.ts). These tests change those rows every way they can change (through
 * the API, directly in the database as another program would, through a second server on the same
 * database) and check that the very next answer shows the change; and that one user never gets another's.
 */
import { get, type IncomingHttpHeaders } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { callApi, signInAlice, signInBob, startTestServer, type TestServer } from './helpers/testServer';

interface InstalledView {
  id: string;
  version: string;
  latestVersion: string;
  hasUpdate: boolean;
  isActive: boolean;
  downloadCount: number;
  inCatalog: boolean;
  consentedPermissions: string[] | null;
  settingValues: Record<string, unknown>;
}

let server: TestServer;
let alice: string;

beforeAll(async () => {
  server = await startTestServer();
  alice = await signInAlice(server.url);
}, 60_000);

afterAll(() => server.stop());

async function installed(url: string, token: string): Promise<InstalledView[]> {
  const answer = await callApi<InstalledView[]>(url, 'GET', '/plugins/installed', { token });
  expect(answer.status).toBe(200);
  return answer.body;
}

const find = (list: InstalledView[], id: string) => {
  const view = list.find((plugin) => plugin.id === id);
  if (!view) throw new Error(`${id} is not in the installed list: ${list.map((p) => p.id).join(', ')}`);
  return view;
};

describe('the installed list stays true while it is served from a kept copy', () => {
  it('shows a switch made through the API on the next request', async () => {
    expect(find(await installed(server.url, alice), 'stock-pulse').isActive).toBe(true);
    const off = await callApi(server.url, 'PUT', '/plugins/user/toggle', {
      token: alice,
      body: { pluginId: 'stock-pulse', isActive: false },
    });
    expect(off.status).toBe(200);
    expect(find(await installed(server.url, alice), 'stock-pulse').isActive).toBe(false);
    await callApi(server.url, 'PUT', '/plugins/user/toggle', {
      token: alice,
      body: { pluginId: 'stock-pulse', isActive: true },
    });
    expect(find(await installed(server.url, alice), 'stock-pulse').isActive).toBe(true);
  });

  it('shows writes another program made in the database: install, catalog and consent rows', async () => {
    await installed(server.url, alice); // kept now
    await sql`UPDATE installs SET settings_json = '{"note":"from a script"}' WHERE plugin_id = 'asset-tags'`.execute(
      server.db,
    );
    expect(find(await installed(server.url, alice), 'asset-tags').settingValues).toEqual({
      note: 'from a script',
    });

    await sql`UPDATE plugins SET version = '9.0.0', download_count = 77 WHERE id = 'quick-actions'`.execute(
      server.db,
    );
    const updated = find(await installed(server.url, alice), 'quick-actions');
    expect(updated).toMatchObject({ latestVersion: '9.0.0', hasUpdate: true, downloadCount: 77 });

    await sql`UPDATE plugin_consents SET permissions_json = '["user:read","clipboard"]' WHERE plugin_id = 'quick-actions'`.execute(
      server.db,
    );
    expect(find(await installed(server.url, alice), 'quick-actions').consentedPermissions).toEqual([
      'user:read',
      'clipboard',
    ]);

    await sql`DELETE FROM plugin_consents WHERE plugin_id = 'quick-actions'`.execute(server.db);
    expect(find(await installed(server.url, alice), 'quick-actions').consentedPermissions).toBeNull();
  });

  it('shows a plugin that left the catalog, and an install removed behind its back', async () => {
    await installed(server.url, alice);
    await sql`DELETE FROM plugins WHERE id = 'asset-health-card'`.execute(server.db);
    expect(find(await installed(server.url, alice), 'asset-health-card').inCatalog).toBe(false);

    await sql`DELETE FROM installs WHERE plugin_id = 'asset-health-card'`.execute(server.db);
    const ids = (await installed(server.url, alice)).map((plugin) => plugin.id);
    expect(ids).not.toContain('asset-health-card');
  });

  it('never answers one user with another user’s list', async () => {
    const bob = await signInBob(server.url);
    const aliceIds = (await installed(server.url, alice)).map((plugin) => plugin.id);
    const bobIds = (await installed(server.url, bob)).map((plugin) => plugin.id);
    expect(bobIds).not.toEqual(aliceIds);
    const bobRows = await sql<{
      plugin_id: string;
    }>`SELECT plugin_id FROM installs WHERE user_id = (SELECT id FROM users WHERE username = 'bob')`.execute(
      server.db,
    );
    expect(new Set(bobIds)).toEqual(new Set(bobRows.rows.map((row) => row.plugin_id)));
  });

  it('sends the same list gzipped to a client that accepts it, and as is to one that does not', async () => {
    const plain = await rawGet('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Number(plain.headers['content-length'])).toBe(plain.body.length);
    expect(JSON.parse(plain.body.toString('utf8'))).toEqual(await installed(server.url, alice));

    const packed = await rawGet('gzip, deflate, br');
    expect(packed.headers['content-encoding']).toBe('gzip');
    expect(packed.headers.vary).toMatch(/accept-encoding/i);
    expect(Number(packed.headers['content-length'])).toBe(packed.body.length);
    expect(packed.body.length).toBeLessThan(plain.body.length / 2);
    expect(gunzipSync(packed.body).equals(plain.body)).toBe(true);
    // The security headers of every API answer are there on a kept answer too.
    expect(packed.headers['cache-control']).toBe('no-store');
    expect(packed.headers['x-content-type-options']).toBe('nosniff');
  });
});

/** The answer's bytes as they came over the wire (fetch would unpack gzip on its own). */
function rawGet(acceptEncoding: string): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = get(
      `${server.url}/api/v1/plugins/installed`,
      { headers: { authorization: `Bearer ${alice}`, 'accept-encoding': acceptEncoding } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
  });
}

describe('two servers on one database', () => {
  it('a write through one shows in the list the other kept', async () => {
    const second = await startTestServer({ dbPath: server.dbPath }, server.dir);
    try {
      const before = find(await installed(second.url, alice), 'asset-tags');
      expect(before.isActive).toBe(true);
      const off = await callApi(server.url, 'PUT', '/plugins/user/toggle', {
        token: alice,
        body: { pluginId: 'asset-tags', isActive: false },
      });
      expect(off.status).toBe(200);
      expect(find(await installed(second.url, alice), 'asset-tags').isActive).toBe(false);
    } finally {
      await second.close();
    }
  });

  it('a sign-out through one ends the session on the other at once', async () => {
    const second = await startTestServer({ dbPath: server.dbPath }, server.dir);
    try {
      const token = await signInAlice(server.url);
      expect((await callApi(server.url, 'GET', '/plugins/installed', { token })).status).toBe(200);
      expect((await callApi(server.url, 'GET', '/plugins/installed', { token })).status).toBe(200);
      expect((await callApi(second.url, 'POST', '/auth/logout', { token })).status).toBe(200);
      const after = await callApi(server.url, 'GET', '/plugins/installed', { token });
      expect(after.status).toBe(401);
      expect(after.body).toMatchObject({ error: 'UNAUTHORIZED' });
    } finally {
      await second.close();
    }
  });
});
