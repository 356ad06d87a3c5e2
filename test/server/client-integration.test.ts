import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ApiError,
  consentRequestOf,
  createApiClient,
  createMemoryAuth,
  type ApiClient,
} from '../../src/api-client';
import { startServer, type RunningServer } from '../../server';
import { dropTestDatabase, testDatabase } from './helpers/testDatabase';

/**
 * The typed client against the reference server over real HTTP on 127.0.0.1 (port 0), with Node's own
 * fetch and a fresh SQLite file: what the SPA does, minus the browser.
 */
let running: RunningServer;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'stac-web-client-'));
  running = await startServer({
    database: await testDatabase(join(dataDir, 'test.db')),
    port: 0,
    host: '127.0.0.1',
    demo: true,
    log: false,
  });
});

afterAll(async () => {
  await running?.close();
  await dropTestDatabase(join(dataDir, 'test.db'));
  rmSync(dataDir, { recursive: true, force: true });
});

function newClient(onUnauthenticated?: (error: ApiError) => void): ApiClient {
  return createApiClient({
    baseUrl: `${running.url}/api/v1`,
    auth: createMemoryAuth(),
    timeoutMs: 30_000, // a ceiling for a loaded machine
    onUnauthenticated,
  });
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

const gaugeUi = (label: string) => ({
  type: 'column',
  children: [
    { type: 'text', data: label },
    { type: 'text', data: 'Stock: <<asset.quantity>>' },
  ],
});

describe('api-client against the reference server', () => {
  it('walks sign-in, browse, install, toggle, update to a new version and uninstall', async () => {
    const alice = newClient();
    const bob = newClient();

    // Sign-in with the demo accounts the server advertises.
    const demo = await alice.getDemoInfo();
    const password = (name: string) => demo.users.find((u) => u.username === name)?.password ?? '';
    expect(await failure(alice.getCommunityPlugins())).toMatchObject({
      status: 401,
      code: 'UNAUTHENTICATED',
    });
    expect(await failure(alice.login('alice', 'not-her-password'))).toMatchObject({
      code: 'INVALID_CREDENTIALS',
    });
    await alice.login('alice', password('alice'));
    await bob.login('bob', password('bob'));
    expect(await alice.me()).toMatchObject({ username: 'alice' });

    // Browse: the seed catalog, with the corpus plugins of the real market among them.
    const community = await alice.getCommunityPlugins();
    expect(community.map((p) => p.id)).toEqual(
      expect.arrayContaining(['reloj_digital', 'quien_soy', 'stock-pulse']),
    );
    const preview = await alice.previewPluginStac(`${running.url}/plugins/reloj_digital.json`);
    expect(preview).toMatchObject({ name: 'Reloj Digital Moderno', valid: true });

    // Bob publishes a plugin; Alice installs it (once).
    const created = await bob.createPlugin({
      name: 'Bob Gauge',
      version: '1.0.0',
      slot: 'asset_detail',
      ui: gaugeUi('Gauge v1'),
    });
    expect(created).toMatchObject({ author: 'bob', version: '1.0.0' });
    await alice.installPlugin({ id: created.id });
    expect(await failure(alice.installPlugin({ id: created.id }))).toMatchObject({
      status: 409,
      code: 'ALREADY_INSTALLED',
    });
    let mine = (await alice.getInstalledPlugins()).find((p) => p.id === created.id);
    expect(mine).toMatchObject({ version: '1.0.0', isActive: true, hasUpdate: false });

    // Toggle off and on again.
    await alice.togglePlugin(created.id, false);
    expect((await alice.getInstalledPlugins()).find((p) => p.id === created.id)?.isActive).toBe(false);
    await alice.togglePlugin(created.id, true);

    // Only Bob may publish; versions must grow; the UI must be valid STAC.
    expect(await failure(alice.updatePlugin(created.id, { version: '9.0.0' }))).toMatchObject({
      status: 403,
      code: 'PERMISSION_DENIED',
    });
    expect(await failure(bob.updatePlugin(created.id, { version: '1.0.0' }))).toMatchObject({
      status: 409,
      code: 'VERSION_CONFLICT',
    });
    const invalid = await failure(
      bob.updatePlugin(created.id, {
        version: '1.1.0',
        ui: { type: 'column', children: [{ type: 'nope' }] },
      }),
    );
    expect(invalid).toMatchObject({ status: 422, code: 'INVALID_STAC' });
    expect(invalid.issues[0]?.path).toMatch(/^ui\.children\[0\]/);

    // Bob publishes 1.1.0: Alice sees the update and takes it.
    await bob.updatePlugin(created.id, { version: '1.1.0', ui: gaugeUi('Gauge v2') });
    mine = (await alice.getInstalledPlugins()).find((p) => p.id === created.id);
    expect(mine).toMatchObject({ version: '1.0.0', latestVersion: '1.1.0', hasUpdate: true });
    expect((await alice.getCommunityPlugins()).find((p) => p.id === created.id)).toMatchObject({
      hasUpdate: true,
      installedVersion: '1.0.0',
    });
    const updated = await alice.updateInstalledPlugin(created.id);
    expect(updated.version).toBe('1.1.0');
    mine = (await alice.getInstalledPlugins()).find((p) => p.id === created.id);
    expect(mine).toMatchObject({ version: '1.1.0', hasUpdate: false, isActive: true });
    expect(JSON.stringify(mine?.ui)).toContain('Gauge v2');

    // Uninstall, and a second uninstall says what is wrong.
    await alice.uninstallPlugin(created.id);
    expect((await alice.getInstalledPlugins()).map((p) => p.id)).not.toContain(created.id);
    expect(await failure(alice.uninstallPlugin(created.id))).toMatchObject({
      status: 404,
      code: 'PLUGIN_NOT_FOUND',
    });

    // Bob removes it from the catalog.
    await bob.deletePlugin(created.id, { deleteFromGitHub: false });
    expect((await bob.getCommunityPlugins()).map((p) => p.id)).not.toContain(created.id);
  });

  it('reads what a CONSENT_REQUIRED asks for, on install and on an update that adds a permission', async () => {
    const alice = newClient();
    const bob = newClient();
    const demo = await alice.getDemoInfo();
    const password = (name: string) => demo.users.find((u) => u.username === name)?.password ?? '';
    await alice.login('alice', password('alice'));
    await bob.login('bob', password('bob'));
    const created = await bob.createPlugin({
      name: 'Consent Gauge',
      version: '1.0.0',
      slot: 'asset_detail',
      ui: gaugeUi('Gauge v1'),
      permissions: ['asset:read'],
    });

    const refused = await failure(alice.installPlugin({ id: created.id }));
    expect(consentRequestOf(refused)).toEqual({
      groups: [
        {
          pluginId: created.id,
          name: 'Consent Gauge',
          version: '1.0.0',
          permissions: [{ permission: 'asset:read', title: expect.stringMatching(/asset/) }],
        },
      ],
      added: [],
    });
    await alice.installPlugin({ id: created.id, acceptPermissions: ['asset:read'] });

    await bob.updatePlugin(created.id, {
      version: '1.1.0',
      ui: gaugeUi('Gauge v2'),
      permissions: ['asset:read', 'inventory:read'],
    });
    const held = await failure(alice.updateInstalledPlugin(created.id));
    const asked = consentRequestOf(held);
    expect(asked?.added.map((entry) => entry.permission)).toEqual(['inventory:read']);
    expect(asked?.groups.map((group) => group.version)).toEqual(['1.1.0']);
    expect((await alice.getInstalledPlugins()).find((p) => p.id === created.id)?.version).toBe('1.0.0');
    const updated = await alice.updateInstalledPlugin(created.id, { acceptPermissions: ['inventory:read'] });
    expect(updated.version).toBe('1.1.0');
    // Any other refusal is not a consent question.
    expect(consentRequestOf(await failure(alice.installPlugin({ id: created.id })))).toBeNull();
    await bob.deletePlugin(created.id, { deleteFromGitHub: false });
  });

  it('reads assets, and a revoked session reaches onUnauthenticated', async () => {
    const onUnauthenticated = vi.fn();
    const auth = createMemoryAuth();
    const client = createApiClient({ baseUrl: `${running.url}/api/v1`, auth, onUnauthenticated });
    const demo = await client.getDemoInfo();
    const bob = demo.users.find((u) => u.username === 'bob');
    await client.login('bob', bob?.password ?? '');
    const assets = await client.getAssets();
    expect(assets.length).toBeGreaterThan(0);
    expect((await client.getAsset(assets[0].id)).name).toBe(assets[0].name);
    expect(await failure(client.getAsset('no-such-asset'))).toMatchObject({
      status: 404,
      code: 'ASSET_NOT_FOUND',
    });
    // An edit answers with the saved asset; a bad value is refused with the field named, nothing saved.
    const edit = await client.updateAsset(assets[0].id, { quantity: 5 });
    expect(edit.asset).toMatchObject({ id: assets[0].id, quantity: 5 });
    expect((await client.getAsset(assets[0].id)).quantity).toBe(5);
    const refused = await failure(client.updateAsset(assets[0].id, { quantity: -2 }));
    expect(refused).toMatchObject({ status: 400, code: 'INVALID_REQUEST' });
    expect(refused.message).toContain('quantity cannot be negative');
    expect((await client.getAsset(assets[0].id)).quantity).toBe(5);

    // Sign out elsewhere with the same token: the server forgets it, this client learns on its next call.
    const token = auth.getToken();
    await createApiClient({
      baseUrl: `${running.url}/api/v1`,
      auth: createMemoryAuth({ initialToken: token }),
    }).logout();
    expect(await failure(client.getInstalledPlugins())).toMatchObject({
      status: 401,
      code: 'UNAUTHENTICATED',
    });
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    expect(client.isAuthenticated()).toBe(false);
  });

  it('refuses a relative base URL outside a browser, saying what to pass', () => {
    expect(() => createApiClient()).toThrow(/baseUrl "\/api\/v1" is relative.*absolute URL/);
  });

  it('TIMEOUT when a server accepts but never answers, NETWORK when nothing listens', async () => {
    const silent = createHttpServer(() => {
      // never answers
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const silentPort = (silent.address() as AddressInfo).port;
    try {
      const hurried = createApiClient({ baseUrl: `http://127.0.0.1:${silentPort}/api/v1`, timeoutMs: 150 });
      expect(await failure(hurried.getDemoInfo())).toMatchObject({ status: 0, code: 'TIMEOUT' });
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
    // The port was just freed: nothing listens there now.
    const refused = createApiClient({ baseUrl: `http://127.0.0.1:${silentPort}/api/v1`, timeoutMs: 5_000 });
    expect(await failure(refused.getDemoInfo())).toMatchObject({ status: 0, code: 'NETWORK' });
  });
});

// The msw mock's parity with this server is checked route by route in mockParity.test.ts.
