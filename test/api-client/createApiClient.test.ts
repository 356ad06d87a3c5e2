import { http, HttpResponse } from 'msw';
import {
  createApiClient,
  createMemoryAuth,
  createReferenceApiClient,
  createSlotApiClient,
} from '../../src/api-client';
import { setupMockApiServer, setupMockApi } from './mockApiServer';

const server = setupMockApiServer();

const validUi = { type: 'text', data: 'Hello <<user.name>>' };

describe('plugin endpoints', () => {
  it('lists the community catalog with what the signed-in user has installed', async () => {
    const { client } = setupMockApi(server, { signedInAs: 'alice' });
    const plugins = await client.getCommunityPlugins();
    const loanTracker = plugins.find((p) => p.id === 'bob-loan-tracker');
    expect(plugins.length).toBeGreaterThanOrEqual(10);
    expect(loanTracker).toMatchObject({
      author: 'bob',
      isInstalled: true,
      installedVersion: '1.0.0',
      hasUpdate: true,
      isMine: false,
    });
    expect(plugins.find((p) => p.id === 'welcome-banner')).toMatchObject({
      isMine: true,
      isInstalled: false,
    });
  });

  it('lists installed plugins with their own version and the latest one', async () => {
    const { client } = setupMockApi(server, { signedInAs: 'alice' });
    const installed = await client.getInstalledPlugins();
    expect(installed.map((p) => p.id)).toContain('stock-pulse');
    const pinned = installed.find((p) => p.id === 'bob-loan-tracker');
    expect(pinned?.version).toBe('1.0.0');
    expect(pinned?.hasUpdate).toBe(true);
    expect(pinned?.latestVersion).not.toBe('1.0.0');
    expect(installed.every((p) => p.isActive)).toBe(true);
  });

  it('previews a plugin file by URL, with its validation', async () => {
    const { client, db } = setupMockApi(server, { signedInAs: 'alice' });
    const url = 'https://raw.githubusercontent.com/octo/plugin/main/plugin.stac.json';
    db.remoteFiles.set(url, { name: 'Octo', version: '1.2.0', slot: 'asset_detail', ui: { ui: validUi } });
    const preview = await client.previewPluginStac(url);
    expect(preview).toMatchObject({ name: 'Octo', version: '1.2.0', valid: true, ui: validUi });

    db.remoteFiles.set(`${url}?bad`, { name: 'Bad', ui: { type: 'noSuchWidget' } });
    const bad = await client.previewPluginStac(`${url}?bad`);
    expect(bad.valid).toBe(false);
    expect(bad.issues.some((issue) => issue.code === 'unknown_widget' && issue.path.startsWith('ui'))).toBe(
      true,
    );
  });

  it('installs from the catalog, after consent to its permissions, and counts the download once', async () => {
    const { client } = setupMockApi(server, { signedInAs: 'bob' });
    const before = (await client.getCommunityPlugins()).find((p) => p.id === 'reorder-helper');
    // reorder-helper declares asset:read: without the user's consent nothing is installed.
    const refused = await client.installPlugin({ id: 'reorder-helper' }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ status: 409, code: 'CONSENT_REQUIRED' });
    expect((refused as { data: { consent: unknown } }).data.consent).toEqual([
      expect.objectContaining({
        pluginId: 'reorder-helper',
        permissions: [expect.objectContaining({ permission: 'asset:read' })],
      }),
    ]);
    const result = await client.installPlugin({ id: 'reorder-helper', acceptPermissions: ['asset:read'] });
    expect(result.success).toBe(true);
    const after = (await client.getCommunityPlugins()).find((p) => p.id === 'reorder-helper');
    expect(after?.isInstalled).toBe(true);
    expect(after?.downloadCount).toBe((before?.downloadCount ?? 0) + 1);
    expect((await client.getInstalledPlugins()).map((p) => p.id)).toContain('reorder-helper');
  });

  it('installs a plugin file from a download_url', async () => {
    const { client, db } = setupMockApi(server, { signedInAs: 'bob' });
    const url = 'https://raw.githubusercontent.com/octo/clock/main/plugin.stac.json';
    db.remoteFiles.set(url, {
      id: 'octo-clock',
      name: 'Octo Clock',
      version: '2.0.0',
      slot: 'dashboard_top',
      ui: validUi,
    });
    await client.installPlugin({ id: 'octo-clock', download_url: url });
    const installed = (await client.getInstalledPlugins()).find((p) => p.id === 'octo-clock');
    expect(installed).toMatchObject({ name: 'Octo Clock', version: '2.0.0', inCatalog: false });
  });

  it('uninstalls, toggles and updates an installed plugin', async () => {
    const { client } = setupMockApi(server, { signedInAs: 'alice' });
    await expect(client.togglePlugin('stock-pulse', false)).resolves.toMatchObject({ isActive: false });
    expect((await client.getInstalledPlugins()).find((p) => p.id === 'stock-pulse')?.isActive).toBe(false);

    const updated = await client.updateInstalledPlugin('bob-loan-tracker');
    expect(updated.version).not.toBe('1.0.0');
    expect((await client.getInstalledPlugins()).find((p) => p.id === 'bob-loan-tracker')?.hasUpdate).toBe(
      false,
    );

    await client.uninstallPlugin('stock-pulse');
    expect((await client.getInstalledPlugins()).map((p) => p.id)).not.toContain('stock-pulse');
  });

  it('creates, updates and deletes a plugin the user authors', async () => {
    const { client } = setupMockApi(server, { signedInAs: 'alice' });
    const created = await client.createPlugin({
      name: 'My Widget',
      version: '1.0.0',
      slot: 'dashboard_top',
      ui: validUi,
    });
    expect(created).toMatchObject({ name: 'My Widget', author: 'alice', version: '1.0.0' });
    expect((await client.getCommunityPlugins()).find((p) => p.id === created.id)?.isMine).toBe(true);

    const updated = await client.updatePlugin(created.id, { version: '1.1.0', description: 'Better' });
    expect(updated).toMatchObject({ id: created.id, version: '1.1.0' });
    expect((await client.getCommunityPlugins()).find((p) => p.id === created.id)?.description).toBe('Better');

    const deleted = await client.deletePlugin(created.id, { deleteFromGitHub: true });
    expect(deleted.message).toMatch(/GitHub/);
    expect((await client.getCommunityPlugins()).map((p) => p.id)).not.toContain(created.id);
  });

  it('sends the deleteFromGitHub flag as a query parameter', async () => {
    const seen: string[] = [];
    server.use(
      http.delete('*/api/v1/plugins/:id', ({ request }) => {
        seen.push(new URL(request.url).search);
        return HttpResponse.json({ success: true });
      }),
    );
    const client = createApiClient({ auth: createMemoryAuth({ initialToken: 't' }) });
    await client.deletePlugin('a b', { deleteFromGitHub: true });
    await client.deletePlugin('c');
    expect(seen).toEqual(['?deleteFromGitHub=true', '']);
  });
});

describe('auth and assets', () => {
  it('signs in, knows the user, and signs out everywhere', async () => {
    const { client, auth, db } = setupMockApi(server);
    const demo = await client.getDemoInfo();
    expect(demo.enabled).toBe(true);
    const alice = demo.users.find((u) => u.username === 'alice');
    expect(alice).toBeDefined();

    const session = await client.login('alice', alice!.password);
    expect(session.user.username).toBe('alice');
    expect(client.isAuthenticated()).toBe(true);
    expect(await client.me()).toMatchObject({ username: 'alice', name: 'Alice Moreau' });

    const token = auth.getToken()!;
    await client.logout();
    expect(client.isAuthenticated()).toBe(false);
    expect(db.sessions.has(token)).toBe(false);
  });

  it('sends the token as a Bearer header and never as a cookie', async () => {
    let seen: { authorization: string | null; cookie: string | null } | undefined;
    server.use(
      http.get('*/api/v1/assets', ({ request }) => {
        seen = { authorization: request.headers.get('authorization'), cookie: request.headers.get('cookie') };
        return HttpResponse.json([]);
      }),
    );
    const client = createApiClient({ auth: createMemoryAuth({ initialToken: 'tok-123' }) });
    await client.getAssets();
    expect(seen).toEqual({ authorization: 'Bearer tok-123', cookie: null });
  });

  it('never exposes the token through the client object, cookies or localStorage', async () => {
    const { client, auth } = setupMockApi(server);
    await client.login('bob', 'bob-demo');
    const token = auth.getToken()!;
    expect(token).toBeTruthy();
    const exposed = Object.entries(client).filter(([, value]) => typeof value !== 'function');
    expect(JSON.stringify(exposed)).not.toContain(token);
    expect(document.cookie).not.toContain(token);
    expect(JSON.stringify({ ...localStorage })).not.toContain(token);
  });

  it('reads assets and one asset', async () => {
    const { client } = setupMockApi(server, { signedInAs: 'bob' });
    const assets = await client.getAssets();
    expect(assets.length).toBeGreaterThan(0);
    const one = await client.getAsset(assets[0].id);
    expect(one.name).toBe(assets[0].name);
  });

  it('uses a configured base URL', async () => {
    const { client } = setupMockApi(server, {
      signedInAs: 'bob',
      handlers: { baseUrl: 'http://api.example.test/v2' },
      client: { baseUrl: 'http://api.example.test/v2/' },
    });
    expect(client.baseUrl).toBe('http://api.example.test/v2');
    expect((await client.getAssets()).length).toBeGreaterThan(0);
  });
});

describe('the reference-only client (what the embed ships)', () => {
  it('reads the installed list and switches a plugin off like the full client, as the reference profile', async () => {
    const { auth, client: full } = setupMockApi(server, { signedInAs: 'alice' });
    const client = createReferenceApiClient({ baseUrl: full.baseUrl, auth });
    expect(client.profile).toBe('reference');
    const installed = await client.getInstalledPlugins();
    expect(installed.map((p) => p.id)).toContain('stock-pulse');
    expect(await client.togglePlugin('stock-pulse', false)).toMatchObject({ isActive: false });
    const after = await client.getInstalledPlugins();
    expect(after.find((p) => p.id === 'stock-pulse')?.isActive).toBe(false);
  });
});

describe('the slots’ client (what the embed ships)', () => {
  it('reads the installed list and the user and switches a plugin off with the same answers as the full client', async () => {
    const { auth, client: full } = setupMockApi(server, { signedInAs: 'alice' });
    const client = createSlotApiClient({ baseUrl: full.baseUrl, auth });
    expect(client.baseUrl).toBe(full.baseUrl);
    expect(client.isAuthenticated()).toBe(true);
    expect(await client.getInstalledPlugins()).toEqual(await full.getInstalledPlugins());
    expect(await client.me()).toEqual(await full.me());
    expect(await client.togglePlugin('stock-pulse', false)).toMatchObject({ isActive: false });
    expect((await full.getInstalledPlugins()).find((p) => p.id === 'stock-pulse')?.isActive).toBe(false);
  });

  it('fails with the same typed errors, clears a refused token and tells its listeners once', async () => {
    const { db, client: full } = setupMockApi(server, { signedInAs: 'alice' });
    const auth = createMemoryAuth({ initialToken: db.tokenFor('alice') });
    const client = createSlotApiClient({ baseUrl: full.baseUrl, auth });
    const listener = vi.fn();
    const unsubscribe = client.subscribeUnauthenticated(listener);
    db.sessions.clear(); // the session expired on the server
    const error = await client.getInstalledPlugins().catch((reason: unknown) => reason);
    expect(error).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect((error as Error).message).toBe('Your session has expired or is invalid; sign in again.');
    expect(client.isAuthenticated()).toBe(false);
    unsubscribe();
    await client.me().catch(() => undefined);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
