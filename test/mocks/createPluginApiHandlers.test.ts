import { consentRequestOf, createApiClient, createMemoryAuth } from '../../src/api-client';
import { createMockDatabase, createPluginApiHandlers, seedPluginFiles } from '../../mocks/plugin-api';
import { setupMockApiServer, setupMockApi } from '../api-client/mockApiServer';

const server = setupMockApiServer();

describe('mock Plugin API', () => {
  it('serves the shared seed catalog from public/plugins', async () => {
    const { client } = setupMockApi(server, { signedInAs: 'alice' });
    const ids = (await client.getCommunityPlugins()).map((p) => p.id);
    expect(ids).toHaveLength(seedPluginFiles.length);
    expect(ids).toEqual(
      expect.arrayContaining(['reloj_digital', 'quien_soy', 'stock-pulse', 'bob-loan-tracker']),
    );
  });

  it("carries each plugin's manifest as the server does, in the catalog and in the install's snapshot", async () => {
    const { client } = setupMockApi(server, { signedInAs: 'alice' });
    const listed = (await client.getCommunityPlugins()).find((p) => p.id === 'stock-pulse');
    const installed = (await client.getInstalledPlugins()).find((p) => p.id === 'stock-pulse');
    expect(listed).toMatchObject({ permissions: ['inventory:read'] });
    expect(installed).toMatchObject({ permissions: ['inventory:read'] });
  });

  it('gives a plugin without a manifest no manifest fields (legacy access), not empty ones', async () => {
    // bob's seeded install from the real market, as the server seeds it.
    const { client } = setupMockApi(server, { signedInAs: 'bob' });
    const legacy = (await client.getInstalledPlugins()).find((p) => p.id === 'quien_soy');
    expect(legacy).toBeDefined();
    expect(legacy).not.toHaveProperty('permissions');
  });

  it('installs a plugin that declares permissions only once the user allows them, as the server does', async () => {
    const { client, db } = setupMockApi(server, { signedInAs: 'bob' });
    const install = (body: Record<string, unknown>) =>
      fetch('/api/v1/plugins/install', {
        method: 'POST',
        headers: { Authorization: `Bearer ${db.tokenFor('bob')}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    const refused = await install({ id: 'stock-pulse' });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({
      error: 'CONSENT_REQUIRED',
      consent: [{ pluginId: 'stock-pulse', permissions: [{ permission: 'inventory:read' }] }],
    });
    expect((await client.getInstalledPlugins()).some((p) => p.id === 'stock-pulse')).toBe(false);
    expect((await install({ id: 'stock-pulse', acceptPermissions: ['inventory:read'] })).status).toBe(200);
    expect((await client.getInstalledPlugins()).find((p) => p.id === 'stock-pulse')).toMatchObject({
      permissions: ['inventory:read'],
    });
  });

  it('installs a plugin file from a URL as the server does: its needs installed first, its permissions allowed', async () => {
    const { client, db } = setupMockApi(server, { signedInAs: 'bob' });
    const base = 'https://raw.githubusercontent.com/carol/plugins/main';
    db.remoteFiles.set(`${base}/value.json`, {
      id: 'shelf-value',
      name: 'Shelf value',
      version: '1.0.0',
      slot: 'dashboard_top',
      permissions: ['inventory:read'],
      ui: { type: 'text', data: 'Value' },
    });
    db.remoteFiles.set(`${base}/needy.json`, {
      id: 'label-extras',
      name: 'Label extras',
      version: '1.0.0',
      slot: 'asset_detail',
      dependencies: [{ id: 'label-kit', version: '^1.0.0' }],
      ui: { type: 'text', data: 'Extras' },
    });
    const install = (body: Record<string, unknown>) =>
      fetch('/api/v1/plugins/install', {
        method: 'POST',
        headers: { Authorization: `Bearer ${db.tokenFor('bob')}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    const needy = await install({ download_url: `${base}/needy.json` });
    expect(needy.status).toBe(409);
    expect(await needy.json()).toMatchObject({
      error: 'DEPENDENCY_MISSING',
      message: expect.stringContaining('label-kit'),
    });

    const refused = await install({ download_url: `${base}/value.json` });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({
      error: 'CONSENT_REQUIRED',
      consent: [{ pluginId: 'shelf-value', permissions: [{ permission: 'inventory:read' }] }],
    });
    const installed = await install({
      download_url: `${base}/value.json`,
      acceptPermissions: ['inventory:read'],
    });
    expect(installed.status).toBe(200);
    expect((await client.getInstalledPlugins()).map((p) => p.id)).toContain('shelf-value');
    expect((await client.getInstalledPlugins()).some((p) => p.id === 'label-extras')).toBe(false);
  });

  it('installs a plugin with its dependency in one step, as the server does: offered first, dependency first', async () => {
    const { client } = setupMockApi(server, { signedInAs: 'bob' });
    // Label Printer needs Label Kit, which Bob does not have.
    const offered = await client.installPlugin({ id: 'label-printer' }).catch((error: unknown) => error);
    expect(offered).toMatchObject({ status: 409, code: 'DEPENDENCIES_REQUIRED' });
    expect((offered as { data: { missing: unknown; order: unknown } }).data).toMatchObject({
      missing: [expect.objectContaining({ id: 'label-kit', version: '1.2.0' })],
      order: ['label-kit', 'label-printer'],
    });
    expect((await client.getInstalledPlugins()).map((p) => p.id)).not.toContain('label-kit');
    const permissions = [
      ...new Set(
        (await client.getCommunityPlugins())
          .filter((p) => p.id === 'label-kit' || p.id === 'label-printer')
          .flatMap((p) => (p as { permissions?: string[] }).permissions ?? []),
      ),
    ];
    const done = await client.installPlugin({
      id: 'label-printer',
      installDependencies: true,
      acceptPermissions: permissions,
    });
    expect(done.success).toBe(true);
    const ids = (await client.getInstalledPlugins()).map((p) => p.id);
    expect(ids.indexOf('label-kit')).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf('label-kit')).toBeLessThan(ids.indexOf('label-printer'));
  });

  it('holds an update that adds a permission until the user allows it, as the server does', async () => {
    const { client, db } = setupMockApi(server, { signedInAs: 'alice' });
    const plugin = db.plugins.get('stock-pulse')!;
    const seeded = (await client.getInstalledPlugins()).find((p) => p.id === 'stock-pulse');
    expect(seeded).toMatchObject({ consentedPermissions: ['inventory:read'], updatePermissions: [] });
    // A new version that also reads the user.
    plugin.version = '9.0.0';
    plugin.versions.set('9.0.0', plugin.ui);
    plugin.manifests.set('9.0.0', { permissions: ['inventory:read', 'user:read'] });
    expect((await client.getInstalledPlugins()).find((p) => p.id === 'stock-pulse')).toMatchObject({
      hasUpdate: true,
      updatePermissions: ['user:read'],
    });
    const held = await client.updateInstalledPlugin('stock-pulse').catch((error: unknown) => error);
    expect(held).toMatchObject({ status: 409, code: 'CONSENT_REQUIRED' });
    expect(consentRequestOf(held)?.added.map((entry) => entry.permission)).toEqual(['user:read']);
    const updated = await client.updateInstalledPlugin('stock-pulse', { acceptPermissions: ['user:read'] });
    expect(updated.version).toBe('9.0.0');
    expect((await client.getInstalledPlugins()).find((p) => p.id === 'stock-pulse')).toMatchObject({
      version: '9.0.0',
      consentedPermissions: ['inventory:read', 'user:read'],
      updatePermissions: [],
    });
  });

  it('empty: no plugins anywhere', async () => {
    const { client } = setupMockApi(server, { signedInAs: 'alice', handlers: { scenario: 'empty' } });
    expect(await client.getCommunityPlugins()).toEqual([]);
    expect(await client.getInstalledPlugins()).toEqual([]);
  });

  it('updateAvailable: every installed plugin has a newer version', async () => {
    const { client } = setupMockApi(server, { signedInAs: 'bob', handlers: { scenario: 'updateAvailable' } });
    const installed = await client.getInstalledPlugins();
    expect(installed.length).toBe(seedPluginFiles.length);
    expect(installed.every((p) => p.hasUpdate && p.latestVersion !== p.version)).toBe(true);
  });

  it('slow: answers only after the latency', async () => {
    const { client } = setupMockApi(server, {
      signedInAs: 'bob',
      handlers: { scenario: 'slow', latencyMs: 200 },
    });
    // The latency is msw's delay (a timer): the answer must wait for it, without the test sleeping.
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      let answered = false;
      const request = client.getAssets().then(() => {
        answered = true;
      });
      await vi.advanceTimersByTimeAsync(150);
      expect(answered).toBe(false);
      await vi.advanceTimersByTimeAsync(100);
      await request;
      expect(answered).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('signedInAs lets stories skip the sign-in step; a wrong token is still refused', async () => {
    const db = createMockDatabase();
    server.use(...createPluginApiHandlers({ db, signedInAs: 'bob' }));
    expect(await createApiClient().me()).toMatchObject({ username: 'bob' });
    await expect(
      createApiClient({ auth: createMemoryAuth({ initialToken: 'stale' }) }).me(),
    ).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('answers unknown API routes with NOT_FOUND', async () => {
    const { db } = setupMockApi(server);
    const response = await fetch('/api/v1/nothing-here', {
      headers: { Authorization: `Bearer ${db.tokenFor('alice')}` },
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ success: false, error: 'NOT_FOUND' });
  });

  it('keeps an install working after its author deletes the plugin', async () => {
    const { client: bob, db } = setupMockApi(server, { signedInAs: 'bob' });
    const alice = createApiClient({ auth: createMemoryAuth({ initialToken: db.tokenFor('alice') }) });
    await bob.deletePlugin('bob-loan-tracker');
    const installed = (await alice.getInstalledPlugins()).find((p) => p.id === 'bob-loan-tracker');
    expect(installed).toMatchObject({ inCatalog: false, hasUpdate: false });
    await expect(alice.updateInstalledPlugin('bob-loan-tracker')).rejects.toMatchObject({
      code: 'PLUGIN_NOT_FOUND',
    });
  });
});
